"""The modules that must stay fully covered by their own tests, each measured with them alone.

Run by ``./dev test`` after the whole suite (which holds the floor for the whole, in
pyproject's ``[tool.coverage.report] fail_under``). Each module here is small, central and easy
to test without the rest: that its own test file runs every line of it is what keeps it so.
Being covered by some other test that happens to pass through it does not count.

Why a script that runs each test file again (about ten seconds in all) rather than a pytest
plugin that reads the whole run's per-test contexts: many tests start child processes (the
app, the command line, the history in a second process), and what a child runs is recorded
with no test context. It would count as any test's, so a line that only a child runs would
pass for covered by the module's own file.

Usage: ``python tools/check_coverage.py`` (exit 1 if a module is not fully covered).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: module -> its own tests. Add a module once its own tests cover it; never remove one to make
#: the check pass.
FULLY_COVERED: dict[str, tuple[str, ...]] = {
    "supple.core.session.timeline": ("tests/core/session/test_timeline.py",),
    "supple.core.session.events": ("tests/core/session/test_engine.py",),
    "supple.core.session.display": ("tests/core/session/test_display.py",),
    "supple.core.routines.model": ("tests/core/routines/test_loader.py",
                                   "tests/core/routines/test_plain_errors.py"),
    "supple.core.routines.durations": ("tests/core/routines/test_durations.py",
                                       "tests/core/routines/test_plain_errors.py"),
    "supple.core.programmes.pain_monitoring": ("tests/core/programmes/test_pain_monitoring.py",),
    "supple.core.runs": ("tests/core/runs/test_run_formats.py",
                         "tests/core/runs/test_run_damage.py",
                         "tests/core/runs/test_run_duplicates.py"),
    "supple.core.history.held": ("tests/core/history/test_held_writes.py",),
    "supple.core.history.lock_holders": ("tests/core/history/test_held_writes.py",),
    # No test file of its own yet: the player's tests drive it through every command.
    "supple.qt.driver": ("tests/qt/player/test_player_view.py",),
}


def check(module: str, tests: tuple[str, ...]) -> tuple[bool, str]:
    """Whether ``tests`` alone cover every line of ``module``, and what pytest said."""
    with tempfile.TemporaryDirectory(prefix="supple-cov-") as tmp:
        env = {**os.environ, "COVERAGE_FILE": str(Path(tmp) / ".coverage")}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   f"--cov={module}", "--cov-report=term-missing", "--cov-fail-under=100",
                   *tests]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                check=False)
    return result.returncode == 0, result.stdout + result.stderr


def main() -> int:
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda item: (item[0], item[1], *check(*item)),
                                FULLY_COVERED.items()))
    failed = 0
    for module, tests, ok, output in results:
        if ok:
            print(f"{module}: 100 % by {', '.join(tests)}")
            continue
        failed += 1
        print(f"{module}: NOT fully covered by {', '.join(tests)} alone\n{output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
