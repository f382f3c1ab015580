"""The ← key as media players have it: restart the exercise, and pressed again soon after (or
at an exercise's start) go back one more, however many times it is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_player_view import Session, make_session


def shown_session(qtbot: QtBot) -> Session:
    """A session in a shown, active window, so keyboard shortcuts reach it."""
    s = make_session(qtbot)
    s.view.show()
    qtbot.waitExposed(s.view)
    s.view.activateWindow()
    s.view.setFocus()
    qtbot.waitUntil(s.view.isActiveWindow)
    return s


def test_left_restarts_then_goes_back_one_exercise_per_press(qtbot: QtBot) -> None:
    s = shown_session(qtbot)
    s.at(35.0)  # ten seconds into the right side (segment 3, [25, 45))
    assert s.engine.segment is not None and s.engine.segment.index == 3
    seen = []
    for pause in (0.0, 0.4, 0.4, 0.4):
        s.clock.advance(pause)
        s.driver.tick()
        qtbot.keyClick(s.view, Qt.Key.Key_Left)
        seg = s.engine.segment
        assert seg is not None
        seen.append((seg.index, round(s.engine.position() - seg.start, 3)))
    assert seen == [(3, 0.0), (1, 0.0), (0, 0.0), (0, 0.0)]


def test_left_while_paused_goes_back_too(qtbot: QtBot) -> None:
    s = shown_session(qtbot)
    s.at(35.0)
    qtbot.keyClick(s.view, Qt.Key.Key_Space)  # pause
    for expected in (3, 1, 0):
        qtbot.keyClick(s.view, Qt.Key.Key_Left)
        seg = s.engine.segment
        assert seg is not None and seg.index == expected


def test_left_pressed_again_a_few_seconds_after_a_restart_goes_back(qtbot: QtBot) -> None:
    """Watching the restarted step for three seconds, then pressing again: the previous step,
    not a second restart; long after the restart, it restarts again."""
    s = shown_session(qtbot)
    s.at(35.0)
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment is not None and s.engine.segment.index == 3
    s.clock.advance(3.0)
    s.driver.tick()
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment.index == 1
    s.clock.advance(10.0)
    s.driver.tick()
    qtbot.keyClick(s.view, Qt.Key.Key_Left)
    assert s.engine.segment.index == 1 and s.engine.position() == s.engine.segment.start
