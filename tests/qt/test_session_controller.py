"""The session controller on its own: a bare window, a real history, fakes for the rest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.model import Outcome, SessionRecord, StepStatus
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import load_card, scan_catalog
from supple.core.resources import images_dir
from supple.core.routines.loader import LoadedRoutine
from supple.core.session.engine import State
from supple.core.settings import Settings
from supple.qt.platform.screensaver import ScreenSaverInhibitor
from supple.qt.session_controller import SessionController, SessionParts

ROUTINE = """\
supple: 1
name: Controller test
defaults: {lead_in: 2s}
steps:
  - {name: Calf raises, hold: 4s}
  - {name: Wall stretch, hold: 4s}
"""


class FakePort:
    """A desktop that keeps the screen on when asked."""

    def __init__(self) -> None:
        self.cookies: list[int] = []

    def inhibit(self, app_name: str, reason: str) -> int | None:
        self.cookies.append(len(self.cookies) + 1)
        return self.cookies[-1]

    def uninhibit(self, cookie: int) -> None:
        self.cookies.remove(cookie)


@dataclass
class World:
    window: QMainWindow
    clock: FakeClock
    parts: SessionParts
    loaded: LoadedRoutine
    db: Path


@pytest.fixture
def world(qtbot: QtBot, tmp_path: Path) -> Iterator[World]:
    (tmp_path / "controller-test.yaml").write_text(ROUTINE)
    card = scan_catalog(None, [tmp_path]).find("controller-test")
    assert card is not None
    loaded, problems = load_card(card)
    assert loaded is not None, problems
    db = tmp_path / "history.db"
    history = HistoryStore(db)
    recorder = SessionRecorder(lambda: HistoryStore(db))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    clock = FakeClock()
    parts = SessionParts(clock, RecordingCuePlayer(), history, recorder,
                         ScreenSaverInhibitor(FakePort(), parent=window), images_dir())
    yield World(window, clock, parts, loaded, db)
    recorder.close()
    history.close()


def started(world: World, *, pain_before: int | None = None,
            resume: SessionRecord | None = None) -> SessionController:
    session = SessionController.prepare(world.loaded, Settings(muted=True), world.parts,
                                        world.window, pain_before=pain_before, resume=resume)
    assert session is not None
    world.window.setCentralWidget(session.player)
    session.start()
    return session


def run_to_end(session: SessionController, clock: FakeClock) -> None:
    driver = session.driver
    while not driver.state.over:
        deadline = driver.engine.next_deadline()
        assert deadline is not None
        clock.t = max(clock.t, deadline)
        driver.tick()


def sessions(world: World) -> list[tuple[Outcome, int | None, int | None]]:
    """Each session recorded: how it ended, the (mixed) rating before it and the pain rated
    right after it (apart from tightness)."""
    assert world.parts.recorder.drain()
    store = HistoryStore(world.db)
    try:
        found = []
        for s in store.sessions():
            after = [r.pain for r in store.session_ratings(s.uuid)]
            # The separated pain is also the session's headline pain the history shows.
            assert s.pain_after == (after[0] if after else None)
            found.append((s.outcome, s.pain_before, after[0] if after else None))
        return found
    finally:
        store.close()


def test_a_session_is_under_way_until_it_ends_and_keeps_a_rating_left_unsaved(
        world: World) -> None:
    session = started(world, pain_before=3)
    assert session.under_way and session.driver.state is State.RUNNING
    session.driver.pause()
    assert session.under_way  # paused is still under way
    session.driver.resume()
    run_to_end(session, world.clock)
    assert not session.under_way and session.driver.state is State.FINISHED
    session.rating.scale.group.button(4).click()  # chosen, Save not pressed
    session.end()
    session.end()  # leaving twice is harmless
    assert not session.player.isVisible()
    assert sessions(world) == [(Outcome.COMPLETED, 3, 4)]


def test_leaving_a_session_under_way_stops_it_and_lets_the_screen_rest(
        qtbot: QtBot, world: World) -> None:
    screensaver = world.parts.screensaver
    session = started(world)
    qtbot.waitUntil(lambda: screensaver.active)  # the screen stays on while it runs
    session.end()
    assert not screensaver.active
    assert session.driver.state is State.STOPPED
    assert sessions(world) == [(Outcome.STOPPED, None, None)]


def test_the_mini_view_stands_in_for_the_window_and_gives_it_back_as_it_was(
        qtbot: QtBot, world: World) -> None:
    window = world.window
    window.showFullScreen()
    session = started(world)
    session.player.miniRequested.emit()
    mini = session.mini
    assert mini is not None and mini.isVisible()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    session.show_mini()
    assert session.mini is mini  # one at a time
    mini.restoreRequested.emit()
    assert session.mini is None and not mini.isVisible()
    state = window.windowState()
    assert state & Qt.WindowState.WindowFullScreen and not state & Qt.WindowState.WindowMinimized
    # Leaving the session takes its mini view with it.
    session.show_mini()
    mini = session.mini
    assert mini is not None and mini.isVisible()
    session.end()
    assert session.mini is None and not mini.isVisible()


def crashed(world: World, statuses: list[StepStatus]) -> SessionRecord:
    """A session of the routine that died after steps that went as ``statuses``."""
    store = HistoryStore(world.db)
    record = store.begin_session(world.loaded.id, "Controller test", "strength",
                                 world.loaded.fingerprint, 2)
    for position, status in enumerate(statuses):
        store.record_step(record.uuid, position, "x", None, status, 0.5, 0.5 * (position + 1))
    store.close()  # as if the app died here
    store = HistoryStore(world.db)
    [interrupted] = store.mark_stale_in_progress_as_interrupted()
    store.close()
    return interrupted


def test_a_resumed_session_goes_on_from_the_first_step_not_done(world: World) -> None:
    session = started(world, resume=crashed(world, [StepStatus.SKIPPED]))
    seg = session.driver.engine.segment
    assert seg is not None and (seg.kind.value, seg.name) == ("lead_in", "Wall stretch")
    run_to_end(session, world.clock)
    # The step skipped before the crash still counts as skipped.
    assert (session.driver.engine.done, session.driver.engine.skipped) == (1, 1)
    assert sessions(world) == [(Outcome.COMPLETED, None, None)]


def test_a_resumed_session_with_nothing_left_is_not_prepared(world: World) -> None:
    interrupted = crashed(world, [StepStatus.DONE, StepStatus.DONE])
    assert SessionController.prepare(world.loaded, Settings(), world.parts, world.window,
                                     resume=interrupted) is None
    assert sessions(world) == [(Outcome.INTERRUPTED, None, None)]  # not touched
