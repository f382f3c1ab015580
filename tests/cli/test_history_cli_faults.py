"""``supple history`` when the history's storage misbehaves: a plain message, never
"internal error", and whatever can still be read is printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from supple.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_folder_named_history_db_gets_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    (data / "history.db").mkdir(parents=True)
    for args in ((), ("--json",), ("--csv",)):
        code, out, err = run(capsys, "--data-dir", str(data), "history", *args)
        assert code == 1 and out == ""
        assert "internal error" not in err and "Traceback" not in err
        assert f"{data / 'history.db'} is a folder" in err


RUN_CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from supple.cli.main import main
    seen = {"started": False}
    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "notices")]
        if windows and windows[0].driver is not None:
            seen["started"] = True
            seen["notice"] = windows[0].notices.label.text()
            print(json.dumps(seen), flush=True)
            os._exit(0)  # quitting normally would ask whether to stop the routine
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    QTimer.singleShot(60_000, lambda: (print(json.dumps(seen), flush=True), os._exit(1)))
    main(["run", sys.argv[1]])
    """)


def test_supple_run_starts_the_routine_when_history_db_is_a_folder(tmp_path: Path) -> None:
    """Regression: a traceback in after_show, the routine never started, and the notice
    blamed a full disk."""
    data = tmp_path / "d"
    (data / "history.db").mkdir(parents=True)
    routine = tmp_path / "tiny.yaml"
    routine.write_text("supple: 1\nname: Tiny\nsteps:\n  - {name: Hold, hold: 30s}\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent", "QT_LOGGING_RULES": "*.warning=false"}
    done = subprocess.run([sys.executable, "-c", RUN_CHILD, str(routine)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started"], done.stderr
    assert "is a folder" in seen["notice"] and "full" not in seen["notice"]
