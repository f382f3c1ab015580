"""The app itself, in a child process, wires the message handler and the watchdog: a flood of
Qt warnings leaves a few lines on standard error, and a stalled window is noted once."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from blocking import run_code

CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app

    app = QApplication(sys.argv[:1])

    def flood():
        for i in range(5000):
            qWarning(f"QSocketNotifier: Invalid socket {i % 3} and type 'Read', disabling...")

    def stall_the_window():
        time.sleep(6)  # past the 5 s the watchdog allows

    def later():
        QTimer.singleShot(2500, app.quit)  # a few beats after the stall

    QTimer.singleShot(200, flood)
    QTimer.singleShot(300, stall_the_window)
    QTimer.singleShot(400, later)
    run_app(AppPaths.resolve(sys.argv[1]))
    """)


@pytest.mark.slow
def test_the_app_collapses_a_flood_and_notes_a_stall_once(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"muted": true}')
    env_rules = os.environ.get("QT_LOGGING_RULES")
    assert env_rules is None or "warning=false" not in env_rules
    done = run_code(CHILD, str(tmp_path), timeout=60, what="the app")
    assert done.returncode == 0, done.stderr[-2000:]
    flood = [line for line in done.stderr.splitlines() if "QSocketNotifier" in line]
    assert 100 < len(flood) <= 102, flood[-3:]
    assert "more like it not shown]" in flood[-1] and "4899" in flood[-1]
    notes = [line for line in done.stderr.splitlines() if "did not answer for" in line]
    assert len(notes) == 1
    assert "in stall_the_window" in done.stderr
