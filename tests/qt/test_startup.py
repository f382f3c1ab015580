"""Start-up: what is imported before the library window is first shown.

Speed itself is measured in benches/bench_app.py; this checks the cause instead: on every start
but the first, the window is painted from the library index, without the YAML reader, the
routine model (pydantic), the history database, the session controller with the engine and the
player, the sound system, the Today view (made only when Today opens first or is shown) and,
with no programme under way, its index's module; without the tray and the reminders' pause
(made once the window is painted, unless the tray is asked for), or the standard library's
table of HTML entities.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = ("yaml", "pydantic", "sqlite3", "supple.core.routines.model", "supple.core.session.engine",
         "supple.core.history.store", "supple.qt.session_controller", "supple.qt.driver",
         "supple.qt.player.view", "supple.qt.editor.window", "PySide6.QtMultimedia",
         "PySide6.QtCharts", "supple.qt.today.view", "supple.qt.today.morning",
         "supple.qt.today.summary", "html.entities", "supple.qt.desktop_tray",
         "supple.qt.platform.coach_due", "supple.core.reminders.pause")

CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    seen = {}
    def shown():
        window = [w for w in QApplication.topLevelWidgets() if hasattr(w, "catalog")][0]
        seen["visible"] = window.isVisible()
        seen["routines"] = len(window.catalog.cards)
        seen["selected"] = window.library_view.selected().name
        seen["loaded"] = sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)
        app.quit()
    QTimer.singleShot(0, shown)
    run_app(AppPaths.resolve(os.environ["SUPPLE_DATA_DIR"]))
    print(json.dumps(seen))
    """)


def start(data: Path, measured: bool = True) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "QT_LOGGING_RULES": "*.warning=false;*.info=false"}
    if not measured:  # coverage in the child imports sqlite3 itself, before the app starts
        env = {k: v for k, v in env.items() if not k.startswith("COVERAGE_PROCESS_")}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_the_library_is_painted_before_the_heavy_parts_are_imported(tmp_path: Path) -> None:
    from supple.core.resources import builtin_routines_dir

    builtins = len(list(builtin_routines_dir().glob("*.yaml")))  # all of them, listed
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True, "theme": "dark"}))
    first = start(tmp_path)  # no index yet: every routine file is read and validated
    assert first["visible"] and first["routines"] == builtins == 10
    assert "pydantic" in first["loaded"]  # type: ignore[operator]
    again = start(tmp_path, measured=False)
    assert again["visible"] and again["routines"] == builtins
    assert again["selected"] == first["selected"]
    assert again["loaded"] == []
