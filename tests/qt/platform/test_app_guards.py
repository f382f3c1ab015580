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


QUIT_WHILE_DRAWING = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    from supple.qt.widgets import pictures

    app = QApplication(sys.argv[:1])

    def quit_once_drawing():
        renderer = pictures._renderer
        if renderer is not None and renderer.drawn:
            app.quit()  # the library's icons are being drawn
        else:
            QTimer.singleShot(10, quit_once_drawing)

    QTimer.singleShot(0, quit_once_drawing)
    run_app(AppPaths.resolve(sys.argv[1]))
    print(sorted(t.name for t in threading.enumerate() if t.is_alive()))
    """)


def test_no_drawing_thread_outlives_the_app(tmp_path: Path) -> None:
    """A picture thread still inside Qt's SVG code when the process tears Qt down crashed
    it (SIGSEGV in 1 of 30 starts quit at once under load; 8 of 20 with many drawings
    queued): the app stops the worker and waits for it before it returns."""
    (tmp_path / "settings.json").write_text('{"muted": true}')
    done = run_code(QUIT_WHILE_DRAWING, str(tmp_path), timeout=60, what="the app")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "supple-pictures" not in done.stdout.splitlines()[-1]
