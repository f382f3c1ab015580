"""The Today view: its summary from a real history and the built-in programmes, the index it
is painted from at start-up, and what it paints."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from supple.core.history.model import Outcome
from supple.core.history.records import Location, Side
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir
from supple.qt.today.gather import gather
from supple.qt.today.summary import (
    ItemLine,
    NextDue,
    PlanLine,
    TodayIndex,
    TodaySummary,
    from_json,
    read_index,
    to_json,
    write_index,
)
from supple.qt.today.view import TodayView

BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 3, 2)  # a Monday


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


class Wall:
    """The calendar's now, moved by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def do_session(store: HistoryStore, wall: Wall, when: datetime, routine_id: str,
               outcome: Outcome = Outcome.COMPLETED) -> str:
    wall.now = when
    record = store.begin_session(routine_id, routine_id, "strength", "fp", 2)
    store.finish_session(record.uuid, outcome, 300.0)
    return record.uuid


@pytest.fixture
def programmes() -> list:
    found, problems = load_folders(builtin_programmes_dir())
    assert not problems
    return found


def summary_line(widget: TodayView) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_a_day_of_the_alfredson_programme_done_and_due(
        tmp_path: Path, programmes: list) -> None:
    wall = Wall(at(START, 6))
    store = HistoryStore(tmp_path / "h.db", clock=wall)
    enrolment = store.enrol("alfredson", START, time_zone="Europe/Berlin", name="Left heel",
                            side=Side.LEFT, location=Location.MID_PORTION)
    day3 = START + timedelta(days=15)  # week 3
    do_session(store, wall, at(day3 - timedelta(days=1), 7, 40), "alfredson-heel-drops")
    do_session(store, wall, at(day3, 7, 35), "alfredson-heel-drops")
    wall.now = at(day3, 12)
    names = {"alfredson-heel-drops": "Alfredson heel drops"}
    summary = gather(store, programmes, names, wall())
    [plan] = summary.plans
    assert (plan.enrolment_uuid, plan.title, plan.detail) == (
        enrolment.uuid, "Left heel", "left side · mid-portion")
    assert (plan.week, plan.weeks, plan.phase) == (3, 12, "Adding load when pain-free")
    assert plan.load == "3 × 15 reps"
    assert [(i.slot, i.time, i.status) for i in plan.items] == [
        ("morning", "07:30", "done"), ("evening", "19:00", "due")]
    # Week 3 began yesterday: 14 planned in it, yesterday's morning and today's done.
    assert (plan.week_done, plan.week_planned) == (2, 14)
    assert summary.due_today == NextDue(enrolment.uuid, "alfredson-heel-drops",
                                        "Alfredson heel drops", day3, "evening", "19:00")
    assert summary.advice_kind == "go_on" and summary.advice_text
    assert summary.morning_due  # sessions yesterday and today, no morning rated
    store.close()


def test_the_insertional_answer_swaps_the_routine_and_a_pause_says_so(
        tmp_path: Path, programmes: list) -> None:
    wall = Wall(at(START, 6))
    store = HistoryStore(tmp_path / "h.db", clock=wall)
    e = store.enrol("alfredson", START, time_zone="Europe/Berlin",
                    location=Location.INSERTION)
    summary = gather(store, programmes, {}, wall())
    assert {i.routine_id for i in summary.plans[0].items} == {"insertional-heel-drops"}
    assert summary.plans[0].title == "Alfredson heel drops, 12 weeks"
    store.pause_enrolment(e.uuid, START)
    paused = gather(store, programmes, {}, wall())
    assert paused.plans[0].paused and paused.plans[0].items == ()
    assert paused.due_today is None
    store.close()


def test_an_enrolment_in_a_programme_that_is_gone_is_named(tmp_path: Path,
                                                           programmes: list) -> None:
    store = HistoryStore(tmp_path / "h.db")
    store.enrol("my-old-plan", START, time_zone="UTC")
    summary = gather(store, programmes, {}, at(START, 9))
    assert summary.plans == () and summary.missing == ("my-old-plan",)
    store.close()


def example() -> TodaySummary:
    item = ItemLine("alfredson-heel-drops", "Alfredson heel drops", "morning", "07:30", "due")
    plan = PlanLine("u1", "alfredson", "Left heel", "Alfredson heel drops, 12 weeks",
                    "left side", False, 3, 12, "Adding load", "3 × 15 reps", "A note.", 2, 4,
                    (item,), ("Mon 19:00",))
    return TodaySummary(date(2026, 3, 17), (plan,), "ease", "Ease the next session.",
                        NextDue("u1", "alfredson-heel-drops", "Alfredson heel drops",
                                date(2026, 3, 17), "morning", "07:30"), True, ("gone",))


def test_the_index_keeps_the_summary_and_refuses_what_it_did_not_write(tmp_path: Path) -> None:
    summary = example()
    assert from_json(json.loads(json.dumps(to_json(summary)))) == summary
    path = tmp_path / "cache" / "today.json"
    assert write_index(path, TodayIndex(summary, date(2026, 3, 17))) is None
    assert read_index(path) == TodayIndex(summary, date(2026, 3, 17))
    for bad in ("[]", "{", '{"version": 99}', '{"version": 1, "summary": {"day": "x"}}'):
        path.write_text(bad)
        assert read_index(path).summary is None
    path.write_text('{"version": 1, "morning_asked": "not a day"}')
    assert read_index(path) == TodayIndex()
    assert read_index(tmp_path / "none.json") == TodayIndex()
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert "could not be saved" in (write_index(blocked / "x.json", TodayIndex()) or "")


def test_the_view_paints_the_summary(qtbot: QtBot) -> None:
    view = TodayView(example())
    qtbot.addWidget(view)
    view.show()
    texts = summary_line(view)
    assert "Today · Tuesday 17 March" in texts
    assert "Ease the next session" in texts and "Week 3 of 12 · Adding load" in texts
    assert "Today's load: 3 × 15 reps" in texts and "This week: 2 of 4 done" in texts
    assert "Missed in the last 7 days: Mon 19:00." in texts
    assert any("'gone'" in t for t in texts)
    assert view.start_button.isVisibleTo(view)
    assert view.start_button.text() == "Start Alfredson heel drops · morning 07:30"
    with qtbot.waitSignal(view.startRequested):
        view.start_button.click()
    with qtbot.waitSignal(view.pauseRequested) as paused:
        view.plan_buttons("u1")["Pause"].click()
    assert paused.args == ["u1"]
    assert not view.morning.isVisibleTo(view)
    view.show_summary(example(), ask_morning=True)
    assert view.morning.isVisibleTo(view) and not view.morning.save.isEnabled()
    view.morning.pain.group.button(3).click()
    with qtbot.waitSignal(view.morningRated) as rated:
        view.morning.save.click()
    assert rated.args == [3, None]


def test_stop_advice_is_marked_and_holds_the_start_button_back_in_words(qtbot: QtBot) -> None:
    base = example()
    stop = TodaySummary(base.day, base.plans, "see_professional", "Pain reached 8/10.",
                        base.next_due)
    view = TodayView(stop)
    qtbot.addWidget(view)
    assert view.advice_card.property("role") == "alert"
    assert "Stop and see a professional" in summary_line(view)
    assert "physiotherapist or doctor" in view.next_text.text()
    assert view.start_button.property("role") == ""  # still there, no longer inviting
    view.show_summary(base)
    assert view.start_button.property("role") == "primary"


def test_nothing_more_today_names_the_next_and_nothing_known_says_so(qtbot: QtBot) -> None:
    base = example()
    tomorrow = NextDue("u1", "x", "Heel drops", base.day + timedelta(days=1), "morning",
                       "07:30")
    view = TodayView(TodaySummary(base.day, base.plans, None, None, tomorrow))
    qtbot.addWidget(view)
    assert not view.start_button.isVisibleTo(view)
    assert view.next_text.text() == "Nothing more due today. Next: Heel drops, tomorrow at 07:30."
    view.show_summary(None)
    assert view.empty_text.text() == "Reading your programmes…"
    assert view.plan_cards == []
    view.show_summary(TodaySummary(base.day))
    assert "No programme under way" in view.empty_text.text()
