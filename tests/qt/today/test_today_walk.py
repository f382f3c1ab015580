"""The programme walk in the real window: enrol → Today → start the due routine in the real
player (a fake monotonic clock drives it) → rate → the next morning (the calendar moved on and
the app opened again) → the morning rating → the advice changes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock
from supple.core.history.records import Location, Side
from supple.core.paths import AppPaths
from supple.qt.player.rating import RatingView
from supple.qt.today.enrol import EnrolDialog
from today_app import BERLIN, START, Wall, fill_in, open_app, run_to_end


def test_enrol_run_the_due_routine_rate_and_the_next_morning_changes_the_advice(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    window, store = open_app(qtbot, paths, wall, clock)
    today = window.today
    assert window.stack.currentWidget() is window.library_view  # nothing under way yet
    window.today_action.trigger()
    assert window.stack.currentWidget() is today.view
    seen: list[EnrolDialog] = []
    today.ask_enrolment = fill_in("alfredson", name="Left Achilles", seen=seen)
    qtbot.mouseClick(today.view.enrol_button, Qt.MouseButton.LeftButton)
    # The Achilles programme asks where it hurts.
    assert seen[0].questions["where"].count() == 2
    [enrolment] = store.enrolments()
    assert (enrolment.programme_id, enrolment.name, enrolment.side, enrolment.location,
            enrolment.time_zone) == ("alfredson", "Left Achilles", Side.LEFT,
                                     Location.MID_PORTION, "Europe/Berlin")
    summary = today.summary
    assert summary is not None and summary.plans[0].week == 1
    assert [(i.slot, i.status) for i in summary.plans[0].items] == [
        ("morning", "due"), ("evening", "due")]
    assert today.view.start_button.text() == "Start My heel drops · morning 07:30"
    assert summary.advice_kind == "go_on" and "No ratings yet" in (summary.advice_text or "")

    # Start it: the real player, this week's 3 × 15 laid over the user's 5 reps.
    with qtbot.waitSignal(window.routineStarted, timeout=2000):
        qtbot.mouseClick(today.view.start_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.stack.currentWidget() is window.session.player
    [step] = window.session.loaded.routine.steps
    assert (step.sets, step.reps) == (3, 15)
    wall.now = datetime(2026, 3, 2, 8, 10, tzinfo=BERLIN)
    run_to_end(window, clock)
    [rating] = window.session.player.findChildren(RatingView)
    rating.scale.group.button(3).click()
    rating.tightness.group.button(4).click()
    qtbot.mouseClick(rating.save, Qt.MouseButton.LeftButton)
    window.close_player()
    assert window.stack.currentWidget() is today.view  # back to Today, not the library
    after = today.summary
    assert after is not None
    assert [(i.slot, i.status) for i in after.plans[0].items] == [
        ("morning", "done"), ("evening", "due")]
    assert (after.plans[0].week_done, after.plans[0].week_planned) == (1, 14)
    assert after.advice_kind == "go_on"
    assert "rate tomorrow morning" in (after.advice_text or "")
    assert not today.view.morning.isVisibleTo(today.view)
    window.close()
    store.close()

    # The next morning, the app is opened again: Today first, and the morning is asked.
    wall.now = datetime(2026, 3, 3, 7, 5, tzinfo=BERLIN)
    window, store = open_app(qtbot, paths, wall, clock)
    today = window.today
    assert window.stack.currentWidget() is today.view
    view = today.view
    assert view.morning.isVisibleTo(view)
    before = today.summary
    assert before is not None and before.day == date(2026, 3, 3)
    assert "No morning rating since yesterday's session" in (before.advice_text or "")
    view.morning.pain.group.button(1).click()
    view.morning.tightness.group.button(2).click()
    qtbot.mouseClick(view.morning.save, Qt.MouseButton.LeftButton)
    [morning] = store.morning_ratings()
    assert (morning.day, morning.pain, morning.tightness) == (date(2026, 3, 3), 1, 2)
    settled = today.summary
    assert settled is not None and settled.advice_text != before.advice_text
    assert (settled.advice_kind, settled.advice_text) == (
        "go_on", "Yesterday's pain settled by morning: go on as planned.")
    assert view.advice_text.text() == settled.advice_text
    assert not view.morning.isVisibleTo(view)
    # Yesterday's evening drops were missed; today's are both due.
    assert [i.status for i in settled.plans[0].items] == ["due", "due"]
    assert settled.plans[0].missed == ("Mon 2 Mar 19:00",)
    store.close()


def test_the_history_window_follows_the_same_calendar_and_programmes(
        qtbot: QtBot, paths: AppPaths) -> None:
    wall, clock = Wall(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)), FakeClock()
    window, store = open_app(qtbot, paths, wall, clock)
    store.enrol("alfredson", START, time_zone="Europe/Berlin", name="Left Achilles")
    window.history_action.trigger()
    history = window.history_window
    assert history is not None and history.today == START  # type: ignore[attr-defined]
    assert [p.id for p in history.programmes] == [  # type: ignore[attr-defined]
        p.id for p in window.today.programmes()]
    store.close()
