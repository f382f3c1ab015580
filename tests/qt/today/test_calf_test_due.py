"""The calf test in the real window: offered in Today in week 1 of a programme and again
once none is done in 14 days, reachable from the toolbar without a programme, opened with
the enrolled side first, and gone from Today once saved."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock
from supple.core.history.records import CalfTestKind, Side
from supple.core.paths import AppPaths
from supple.qt.calftest.screen import CalfTestScreen
from supple.qt.history.window import HistoryWindow
from today_app import BERLIN, Wall, fill_in, open_app


def one_leg(qtbot: QtBot, screen: CalfTestScreen, clock: FakeClock, seconds: float) -> None:
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.driver is not None
    clock.advance(seconds)
    screen.driver.wake()
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)


def test_due_in_week_one_done_then_due_again_after_fourteen_days(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    window, store = open_app(qtbot, paths, wall, clock)
    view = window.today.view
    # No programme and no test yet: offered all the same, and in the toolbar.
    assert not view.calf_card.isHidden()
    assert view.calf_text.text().startswith("Calf test due: about 5 minutes · none yet")
    assert window.calf_test_action in window.toolbar.actions()

    window.today.ask_enrolment = fill_in("alfredson", name="Right Achilles", side="Right")
    qtbot.mouseClick(view.enrol_button, Qt.MouseButton.LeftButton)
    window.history_action.trigger()  # open beside the test: it shows the result at once
    history = window.history_window
    assert isinstance(history, HistoryWindow) and history.calf_test_card is None
    assert history.pages.currentWidget() is history.empty_state  # no session, no test yet
    qtbot.mouseClick(view.calf_button, Qt.MouseButton.LeftButton)
    screen = window.calf_tests.screen
    assert screen is not None and screen.isVisible()
    assert screen.sides == (Side.RIGHT, Side.LEFT)  # the enrolled side first
    one_leg(qtbot, screen, clock, 5.0 + 16.5)  # 8 raises
    one_leg(qtbot, screen, clock, 5.0 + 20.5)  # 10 raises
    screen.knee_boxes[Side.LEFT].setValue(9.0)
    with qtbot.waitSignal(window.calf_tests.saved, timeout=2000):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    store.flush()
    found = {(t.side, t.kind): t.value for t in store.calf_tests()}
    assert found == {(Side.RIGHT, CalfTestKind.HEEL_RAISES): 8.0,
                     (Side.LEFT, CalfTestKind.HEEL_RAISES): 10.0,
                     (Side.LEFT, CalfTestKind.KNEE_TO_WALL): 9.0}
    assert view.calf_card.isHidden()  # Today refreshed: done for now
    card = history.calf_test_card
    assert card is not None and history.pages.currentIndex() == 0
    assert card.shown()["raises"] == {"left": [(wall.now.date(), 10.0)],
                                      "right": [(wall.now.date(), 8.0)]}

    wall.now += timedelta(days=13)
    window.today.refresh()
    assert view.calf_card.isHidden()
    wall.now += timedelta(days=1)
    window.today.refresh()
    assert not view.calf_card.isHidden()
    assert "your last was 14 days ago" in view.calf_text.text()
    screen.close()


def test_not_opened_while_a_routine_is_under_way_or_without_a_history(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    window, _store = open_app(qtbot, paths, wall, clock)
    window.calf_tests._busy = lambda: True
    window.calf_test_action.trigger()
    assert window.calf_tests.screen is None
    assert any("A routine is under way" in text for text, _ in window.notices._queue)
    window.calf_tests._busy = lambda: False
    window.calf_test_action.trigger()
    first = window.calf_tests.screen
    assert first is not None and first.sides == (Side.LEFT, Side.RIGHT)
    window.calf_test_action.trigger()  # the one open is raised, not a second one made
    assert window.calf_tests.screen is first
    first.close()
    window.calf_test_action.trigger()  # closed: a fresh one
    second = window.calf_tests.screen
    assert second is not None and second is not first and second.isVisible()
    second.close()
    window.services.history = None
    assert window.calf_tests.open() is None


def test_the_due_line_is_kept_in_todays_index_and_an_older_index_still_reads() -> None:
    from datetime import date

    from supple.qt.today.summary import TodaySummary, from_json, to_json

    summary = TodaySummary(date(2026, 3, 2), calf_test="Calf test due: about 5 minutes · x.")
    assert from_json(to_json(summary)) == summary
    older = to_json(summary)
    del older["summary"]["calf_test"]  # written before the calf test was offered
    read = from_json(older)
    assert read is not None and read.calf_test is None and read.day == summary.day
