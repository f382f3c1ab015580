"""The watchdog notes, once, that the GUI thread stopped answering and what it was doing.

The stall is real: a slot that sleeps 6 s on the GUI thread (past the 5 s the app allows).
Nothing here measures time; the test waits for the note and reads what it says.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from blocking import run_code
from supple.qt.platform.watchdog import STALL_S, Stall, Watchdog, start_watchdog


def stall_the_gui_thread_for_a_while() -> None:
    time.sleep(STALL_S + 1)  # the stall itself: a slot that does not return


@pytest.mark.slow
def test_a_stall_of_the_gui_thread_is_noted_once_with_its_stack(
        qtbot: QtBot, tmp_path: Path) -> None:
    watchdog = Watchdog(stall_file=tmp_path / "gui-stall.txt")
    watchdog.start()
    try:
        with qtbot.waitSignal(watchdog.stalled, timeout=30_000) as noted:
            QTimer.singleShot(0, stall_the_gui_thread_for_a_while)
        assert noted.args is not None
        stall = noted.args[0]
        assert isinstance(stall, Stall)
        # What the GUI thread was doing: the slot, and the sleep inside it.
        assert "stall_the_gui_thread_for_a_while" in stall.stack
        assert "(most recent call first)" in stall.stack
        assert str(stall).startswith("supple: the window did not answer for")
        # Once: the beats after it find nothing more to say.
        for _ in range(3):
            with qtbot.waitSignal(watchdog._timer.timeout, timeout=10_000):
                pass
        assert watchdog.stalls == [stall]
        assert (tmp_path / "gui-stall.txt").read_text() == ""  # emptied once noted
    finally:
        watchdog.stop()


def test_beats_that_come_note_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    watchdog = Watchdog(stall_file=tmp_path / "gui-stall.txt", beat_ms=10)
    watchdog.start()
    try:
        for _ in range(5):
            with qtbot.waitSignal(watchdog._timer.timeout, timeout=10_000):
                pass
        assert watchdog.stalls == []
    finally:
        watchdog.stop()


def test_a_stack_left_by_a_run_that_never_came_back_is_kept(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    stall_file = tmp_path / "cache" / "gui-stall.txt"
    stall_file.parent.mkdir()
    stall_file.write_text("Timeout (0:00:05)!\nThread 0x1 (most recent call first):\n")
    watchdog = start_watchdog(None, stall_file)
    try:
        kept = stall_file.with_name("gui-stall.txt.previous")
        assert kept.read_text().startswith("Timeout")
        assert stall_file.read_text() == ""
    finally:
        watchdog.stop()


FIFO_STALL_FILE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from supple.qt.platform.watchdog import start_watchdog
app = QCoreApplication([])
watchdog = start_watchdog(None, Path(sys.argv[1]))
watchdog.stop()
print("started")
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_stall_file_that_is_a_fifo_is_not_waited_on(tmp_path: Path) -> None:
    stall_file = tmp_path / "gui-stall.txt"
    os.mkfifo(stall_file)
    done = run_code(FIFO_STALL_FILE, str(stall_file), what="a watchdog given a FIFO")
    assert done.returncode == 0 and done.stdout.strip() == "started", done.stderr
    assert stat.S_ISFIFO(stall_file.stat().st_mode)  # left alone; a temporary file was used
