"""The calf test screen walked on a fake clock through both legs: the lead-in, the beats
sounded through the cue player, the count from the beat, Stop by key and by button, a
corrected count, the knee to wall, and the save into a real history file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.records import CalfTestKind, Side
from supple.core.history.store import HistoryStore
from supple.core.resources import images_dir
from supple.core.session.cues import CueKind
from supple.qt.calftest.screen import NOT_MEASURED, CalfTestScreen
from supple.qt.history.window import HistoryWindow

DAY = date(2026, 12, 2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.db")
    yield s
    s.close()


def make(qtbot: QtBot, store: HistoryStore, first: Side | None = None
         ) -> tuple[CalfTestScreen, FakeClock, RecordingCuePlayer]:
    clock, cues = FakeClock(), RecordingCuePlayer()
    screen = CalfTestScreen(store, cues, clock.now, lambda: DAY, images_dir(), first)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen, clock, cues


def beat_until(screen: CalfTestScreen, clock: FakeClock, raises: int) -> None:
    """Wake the driver at each deadline, as its timer would, until ``raises`` are counted
    and the next raise's "up" beat has come (the runner fails on it)."""
    driver = screen.driver
    assert driver is not None
    while not (driver.pacer.counted == raises and driver.pacer.phase.value == "pacing"
               and screen.beat_label.text() == "▲ UP"):
        deadline = driver.pacer.next_deadline()
        assert deadline is not None
        clock.t = deadline
        driver.wake()
        assert driver.waiting  # its timer is set for the next beat
    clock.advance(0.5)  # half-way up the raise that is not made


def shown(screen: CalfTestScreen) -> QWidget:
    page = screen.pages.currentWidget()
    assert page is not None
    return page


def test_both_legs_counted_corrected_and_saved_apart(qtbot: QtBot, store: HistoryStore
                                                     ) -> None:
    screen, clock, cues = make(qtbot, store, first=Side.RIGHT)
    assert shown(screen) is screen.intro
    assert "Right leg (1 of 2)" in screen.intro_title.text()  # the enrolled side first
    assert "30 raises a minute" in screen.intro_text.text()
    assert screen.picture.path is not None and screen.picture.mirrored is True
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert shown(screen) is screen.run
    assert cues.kinds == [CueKind.LEAD_IN]
    beat_until(screen, clock, 20)
    assert screen.count_label.text() == "20"
    assert cues.kinds.count(CueKind.COUNTDOWN) == 3
    assert cues.kinds.count(CueKind.REP_UP) == 21 and cues.kinds.count(CueKind.REP_DOWN) == 20
    screen.count_label.setFocus()  # Space stops wherever the focus is, not only on Stop
    qtbot.keyClick(screen.count_label, Qt.Key.Key_Space)
    assert shown(screen) is screen.result
    assert cues.kinds[-1] is CueKind.FINISHED
    assert screen.result_title.text() == "Right leg: 20 raises"
    assert screen.count_box.value() == 20
    screen.count_box.setValue(19)  # one did not reach full height
    assert screen.next_button.text() == "Next: left leg"
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)

    assert shown(screen) is screen.intro
    assert "Left leg (2 of 2)" in screen.intro_title.text()
    assert screen.picture.mirrored is False
    assert not screen.space.isEnabled()  # Space is the focused Start button's own here
    qtbot.keyClick(screen.start_button, Qt.Key.Key_Space)
    beat_until(screen, clock, 25)
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert screen.count_box.value() == 25
    assert screen.next_button.text() == "Next: knee to wall"
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)

    assert shown(screen) is screen.knee
    right, left = screen.knee_boxes[Side.RIGHT], screen.knee_boxes[Side.LEFT]
    assert left.text() == NOT_MEASURED and left.singleStep() == 0.5
    right.setValue(12.5)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert shown(screen) is screen.done
    assert screen.done_text.text().splitlines() == ["Right: 19 raises, knee to wall 12.5 cm",
                                                   "Left: 25 raises"]
    assert "Left: 25 raises" in screen.done_text.text()
    store.flush()
    found = {(t.side, t.kind): t.value for t in store.calf_tests()}
    assert found == {(Side.RIGHT, CalfTestKind.HEEL_RAISES): 19.0,
                     (Side.LEFT, CalfTestKind.HEEL_RAISES): 25.0,
                     (Side.RIGHT, CalfTestKind.KNEE_TO_WALL): 12.5}
    assert {t.day for t in store.calf_tests()} == {DAY}

    # The history window shows it, each leg apart, though no routine was ever done.
    history = HistoryWindow(store, today=DAY)
    qtbot.addWidget(history)
    card = history.calf_test_card
    assert card is not None and history.pages.currentIndex() == 0
    assert card.shown() == {"raises": {"left": [(DAY, 25.0)], "right": [(DAY, 19.0)]},
                            "knee": {"left": [], "right": [(DAY, 12.5)]}}


def test_left_first_without_a_side_and_nothing_saved_when_closed(
        qtbot: QtBot, store: HistoryStore) -> None:
    screen, clock, _cues = make(qtbot, store)
    assert "Left leg (1 of 2)" in screen.intro_title.text()
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    beat_until(screen, clock, 3)
    driver = screen.driver
    assert driver is not None
    screen.close()
    assert not driver.waiting  # the metronome stopped with the window
    store.flush()
    assert store.calf_tests() == []


def test_a_stall_counts_every_beat_but_sounds_only_the_latest(
        qtbot: QtBot, store: HistoryStore) -> None:
    screen, clock, cues = make(qtbot, store)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    driver = screen.driver
    assert driver is not None
    clock.advance(5.0 + 9.1)  # the 10th beat came 0.1 s ago; the 9 before it were missed
    driver.wake()
    assert screen.count_label.text() == "5"
    assert cues.kinds == [CueKind.LEAD_IN, CueKind.REP_DOWN]
    clock.advance(0.9 + 0.4)  # the 11th beat, woken 0.4 s late: counted, not sounded
    driver.wake()
    assert cues.kinds == [CueKind.LEAD_IN, CueKind.REP_DOWN]
    assert screen.beat_label.text() == "▲ UP"


def test_a_leg_too_sore_to_test_is_skipped_not_saved_as_zero(
        qtbot: QtBot, store: HistoryStore) -> None:
    screen, _clock, _cues = make(qtbot, store, first=Side.LEFT)
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)  # the sore left leg
    assert "Right leg (2 of 2)" in screen.intro_title.text()
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert shown(screen) is screen.knee
    assert not screen.save_button.isEnabled()  # nothing to save yet
    screen.knee_boxes[Side.LEFT].setValue(7.5)
    assert screen.save_button.isEnabled()
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.done_text.text().splitlines() == ["Left: not tested, knee to wall 7.5 cm",
                                                   "Right: not tested"]
    store.flush()
    assert [(t.side, t.kind, t.value) for t in store.calf_tests()] == [
        (Side.LEFT, CalfTestKind.KNEE_TO_WALL, 7.5)]


def test_stop_before_the_sound_is_ready_goes_back_untested(
        qtbot: QtBot, store: HistoryStore) -> None:
    class Slow(RecordingCuePlayer):
        def when_ready(self, callback: Callable[[], None]) -> None:
            self.waiting.append(callback)

    clock, cues = FakeClock(), Slow()
    cues.waiting = []  # type: ignore[attr-defined]
    screen = CalfTestScreen(store, cues, clock.now, lambda: DAY, images_dir())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert shown(screen) is screen.run and cues.kinds == []  # waiting for the sound
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert shown(screen) is screen.intro and screen.driver is None
    cues.waiting[0]()  # type: ignore[attr-defined]  # the sound comes up late: no test starts
    assert cues.kinds == [] and shown(screen) is screen.intro
