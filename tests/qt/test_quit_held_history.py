"""Quitting while part of the history waits in memory: the real dialog names the real cause
(a lock held by another program, which one; a full disk), and the notice said it first."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fakes import FakeClock, FaultSwitch, RecordingCuePlayer
from history_locker import history_locked
from supple.core.history.model import Outcome
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services, UnsavedHistory

ROUTINE = """\
supple: 1
name: Quit test
defaults: {lead_in: 0s}
steps:
  - {name: Calf raises, hold: 3s}
  - {name: Wall stretch, hold: 3s}
"""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.resolve(tmp_path / "data")
    p.routines.mkdir(parents=True)
    (p.routines / "quit-test.yaml").write_text(ROUTINE)
    return p


WindowMaker = Callable[[FakeClock, "Callable[[Path], sqlite3.Connection] | None"], MainWindow]


@pytest.fixture
def window_mid_routine(qtbot: QtBot, paths: AppPaths) -> Iterator[WindowMaker]:
    """Makes a window wired as app.py wires it (the store's notices and the recorder's errors
    go to the notice bar), with a routine started and its session row on disk. Closed at the
    end without asking, so a test that fails does not leave a dialog waiting for ever."""
    made: list[MainWindow] = []

    def make(clock: FakeClock,
             connect: Callable[[Path], sqlite3.Connection] | None = None) -> MainWindow:
        window = _window_mid_routine(qtbot, paths, clock, connect)
        made.append(window)
        return window

    yield make
    for window in made:
        window.ask_unsaved_history = lambda held: UnsavedHistory.QUIT
        window.close()


def _window_mid_routine(qtbot: QtBot, paths: AppPaths, clock: FakeClock,
                        connect: Callable[[Path], sqlite3.Connection] | None) -> MainWindow:
    window: MainWindow | None = None

    def notify(text: str) -> None:
        if window is not None:
            window.notify(text)

    def open_store() -> HistoryStore:
        extra = {} if connect is None else {"connect": connect}
        return HistoryStore(paths.history_db, busy_timeout_ms=50, retry_after_s=0,
                            on_notice=lambda n: notify(n.message), **extra)  # type: ignore[arg-type]

    services = Services(paths=paths, clock=clock, cues=RecordingCuePlayer(),
                        history=HistoryStore(paths.history_db),
                        open_recorder=lambda: SessionRecorder(open_store, on_error=notify),
                        voice_reason=None)
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    window.confirm_quit = lambda: True
    qtbot.addWidget(window)
    window.show()
    card = window.catalog.find("quit-test")
    assert card is not None
    window.start_card(card)
    assert window.recorder is not None and window.recorder.drain()
    return window


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    assert window.session is not None
    driver = window.session.driver
    while not driver.state.over:
        deadline = driver.engine.next_deadline()
        assert deadline is not None
        clock.t = max(clock.t, deadline)
        driver.tick()
    assert window.recorder is not None and window.recorder.drain()


@dataclass
class Box:
    text: str
    informative: str


@dataclass
class Answerer:
    """Answers each message box the window shows, in turn: ``answers`` are (the button's
    text, or "Escape" for the key; something to do first)."""

    answers: list[tuple[str, Callable[[], None] | None]]
    seen: list[Box] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> None:
        self.timer.timeout.connect(self._poll)
        self.timer.start(10)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or box.property("answered"):
            return
        box.setProperty("answered", True)
        self.seen.append(Box(box.text(), box.informativeText()))
        title, before = self.answers.pop(0) if self.answers else ("Quit without saving", None)
        if before is not None:
            before()
        if title == "Escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        [button] = [b for b in box.buttons() if b.text() == title]
        button.click()


@pytest.fixture
def answerer() -> Iterator[Callable[[list[tuple[str, Callable[[], None] | None]]], Answerer]]:
    made: list[Answerer] = []

    def make(answers: list[tuple[str, Callable[[], None] | None]]) -> Answerer:
        made.append(Answerer(answers))
        made[-1].start()
        return made[-1]

    yield make
    for each in made:
        each.timer.stop()


def test_a_lock_held_by_supple_history_is_named_and_quitting_saves_once_it_lets_go(
        qtbot: QtBot, paths: AppPaths, tmp_path: Path, window_mid_routine: WindowMaker,
        answerer: Callable[[list[tuple[str, Callable[[], None] | None]]], Answerer]) -> None:
    """Regression: the dialog said "The disk may be full or read-only. Free some space", and
    the notice "probably a second copy of Supple", while `supple history` held the file."""
    clock = FakeClock()
    window = window_mid_routine(clock, None)
    with history_locked(paths.history_db, tmp_path, "history", "--import",
                        "sessions.json") as locker:
        run_to_end(window, clock)
        named = f"`supple history` (process {locker.pid})"
        qtbot.waitUntil(lambda: named in window.notices.label.text(), timeout=5000)
        notice = window.notices.label.text()
        assert "locked by another program" in notice and "disk" not in notice
        # Asked; tried again while it still holds the file; asked again, and it lets go.
        answers = answerer([("Try again", None), ("Try again", locker.release)])
        assert window.close()
    assert not window.isVisible() and not answers.answers
    first, second = answers.seen
    assert "full" not in first.informative and "read-only" not in first.informative
    assert first.informative == (
        f"Supple's history file is locked by another program: {named}. The history file is "
        f"{paths.history_db}.\n\nClose it (or let it finish), then try again. Or quit without "
        "saving, and these changes are lost.")
    assert first.text == "3 changes to your history could not be saved and are kept in memory only."
    assert second == first
    store = HistoryStore(paths.history_db)
    [session] = store.sessions()
    assert session.outcome is Outcome.COMPLETED and session.steps_done == 2
    store.close()


def test_a_full_disk_is_called_full_and_quitting_without_saving_is_offered(
        qtbot: QtBot, paths: AppPaths, window_mid_routine: WindowMaker,
        answerer: Callable[[list[tuple[str, Callable[[], None] | None]]], Answerer]) -> None:
    switch = FaultSwitch()
    clock = FakeClock()
    window = window_mid_routine(clock, switch)
    switch.error = sqlite3.OperationalError("database or disk is full")
    run_to_end(window, clock)
    qtbot.waitUntil(lambda: "is full" in window.notices.label.text(), timeout=5000)
    answers = answerer([("Cancel", None), ("Escape", None), ("Quit without saving", None)])
    assert not window.close()  # Cancel: stay
    assert not window.close()  # and so does the Escape key
    assert window.close()
    first, second, third = answers.seen
    assert first == second == third
    assert first.informative.startswith("The disk that holds Supple's history is full. The "
                                        f"history file is {paths.history_db}.\n\nFree some space")
    assert "locked" not in first.informative


def test_a_writer_that_does_not_answer_is_said_plainly(
        qtbot: QtBot, window_mid_routine: WindowMaker,
        answerer: Callable[[list[tuple[str, Callable[[], None] | None]]], Answerer]) -> None:
    window = window_mid_routine(FakeClock(), None)
    answers = answerer([("Try again", None)])
    assert window.ask_unsaved_history(None) is UnsavedHistory.TRY_AGAIN
    [box] = answers.seen
    assert box.text == "Part of your history could not be saved and is kept in memory only."
    assert box.informative.startswith("Supple's history writer did not answer in time")
