"""The coach joins a real history file (enrolments, sessions, runs, ratings) with the built-in
programmes: what is due on a day, the next routine due, adherence and the advice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from supple.core.coach import Coach, answers_for
from supple.core.history.model import Outcome
from supple.core.history.records import Location, NewRun
from supple.core.history.store import HistoryStore
from supple.core.programmes.adherence import Status
from supple.core.programmes.loader import LoadedProgramme, load_folders
from supple.core.programmes.pain_monitoring import AdviceKind
from supple.core.resources import builtin_programmes_dir

BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 11, 30)  # a Monday


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 7, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def programmes() -> list[LoadedProgramme]:
    loaded, problems = load_folders(builtin_programmes_dir())
    assert not problems
    return loaded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.db", clock=clock) as opened:
        yield opened


def session(store: HistoryStore, clock: Clock, routine_id: str, at: datetime,
            outcome: Outcome = Outcome.COMPLETED) -> str:
    clock.now = at
    record = store.begin_session(routine_id, routine_id, "strength", "fp", 2)
    clock.now = at + timedelta(minutes=10)
    store.finish_session(record.uuid, outcome, 600.0)
    return record.uuid


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)


def test_twice_a_day_both_due_then_the_morning_done(
        store: HistoryStore, clock: Clock, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    coach = Coach(store, programmes)
    [day] = coach.today(date(2026, 12, 1))
    assert (day.week, day.phase) == (1, "Getting used to the drops")
    assert [(i.occurrence.slot, i.status) for i in day.items] == [
        ("morning", Status.DUE), ("evening", Status.DUE)]
    session(store, clock, "alfredson-heel-drops", at(1, 8, 10))
    [day] = coach.today(date(2026, 12, 1))
    assert [i.status for i in day.items] == [Status.DONE, Status.DUE]
    assert day.next_due is not None and day.next_due.occurrence.slot == "evening"
    found = coach.next_due(at(1, 9))
    assert found is not None and found[1].slot == "evening" and found[1].day == date(2026, 12, 1)


def test_with_both_slots_done_early_the_next_due_is_tomorrows_morning(
        store: HistoryStore, clock: Clock, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    session(store, clock, "alfredson-heel-drops", at(1, 8, 10))
    session(store, clock, "alfredson-heel-drops", at(1, 12, 0))  # the evening's, at noon
    found = Coach(store, programmes).next_due(at(1, 13))  # before the evening slot's time
    assert found is not None
    assert (found[1].day, found[1].slot) == (date(2026, 12, 2), "morning")


def test_a_day_missed_and_a_session_stopped_early_count_as_such(
        store: HistoryStore, clock: Clock, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin")
    session(store, clock, "alfredson-heel-drops", at(1, 7, 40), Outcome.STOPPED)
    coach = Coach(store, programmes)
    [plan] = coach.plans(date(2026, 12, 2))
    kept = coach.adherence(plan, date(2026, 12, 2))
    # Nov 30 and Dec 1: four planned so far; the stopped morning is an attempt, not done.
    assert kept.by_week[1].done == 0
    assert kept.by_week[1].missed == 4 and kept.by_week[1].stopped == 0
    [day] = coach.today(date(2026, 12, 1))
    assert [i.status for i in day.items] == [Status.STOPPED, Status.DUE]


def test_pain_at_the_insertion_gets_the_insertional_routine(
        store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    enrolment = store.enrol("alfredson", START, time_zone="Europe/Berlin",
                            location=Location.INSERTION)
    coach = Coach(store, programmes)
    [plan] = coach.plans(START)
    assert answers_for(enrolment, plan.programme) == {"where": "insertion"}
    assert {o.routine_id for o in plan.schedule.on(START)} == {"insertional-heel-drops"}


def test_the_runners_own_slot_times_are_kept(
        store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("alfredson", START, time_zone="Europe/Berlin", morning_slot=time(6, 15),
                evening_slot=time(21, 0))
    [plan] = Coach(store, programmes).plans(START)
    assert [o.wall_time for o in plan.schedule.on(START)] == [time(6, 15), time(21, 0)]


def test_a_paused_programme_asks_nothing_and_resumes_where_it_was(
        store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    enrolment = store.enrol("alfredson", START, time_zone="Europe/Berlin")
    store.pause_enrolment(enrolment.uuid, date(2026, 12, 7))
    coach = Coach(store, programmes)
    assert coach.today(date(2026, 12, 9)) == []
    assert coach.next_due(at(9, 9)) is None
    store.resume_enrolment(enrolment.uuid, date(2026, 12, 10))
    [day] = coach.today(date(2026, 12, 10))
    assert day.week == 2  # the paused days do not count: week 2 begins again on the 10th


def test_runs_make_run_days_and_the_day_after(
        store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("running-companion", START, time_zone="Europe/Berlin")
    store.add_run(NewRun(day=date(2026, 12, 2), minutes=40))
    coach = Coach(store, programmes)
    assert [i.occurrence.routine_id for d in coach.today(date(2026, 12, 1)) for i in d.items] \
        == []  # a rest day
    assert [i.occurrence.routine_id for d in coach.today(date(2026, 12, 2)) for i in d.items] \
        == ["pre-run-warm-up", "post-run-stretch"]
    assert [i.occurrence.routine_id for d in coach.today(date(2026, 12, 3)) for i in d.items] \
        == ["foam-rolling"]


def test_an_enrolment_whose_programme_is_gone_is_named_not_planned(
        store: HistoryStore, programmes: list[LoadedProgramme]) -> None:
    store.enrol("removed-programme", START, time_zone="Europe/Berlin")
    coach = Coach(store, programmes)
    assert coach.plans(START) == []
    assert [e.programme_id for e in coach.missing()] == ["removed-programme"]


def test_the_advice_reads_the_separated_ratings(
        store: HistoryStore, clock: Clock, programmes: list[LoadedProgramme]) -> None:
    coach = Coach(store, programmes)
    advice = coach.advice(date(2026, 12, 2))
    assert advice is not None and advice.kind is AdviceKind.GO_ON  # nothing rated yet
    uuid = session(store, clock, "alfredson-heel-drops", at(1, 8))
    store.rate_split(uuid, pain=8, tightness=3)
    advice = coach.advice(date(2026, 12, 2))
    assert advice is not None and advice.kind is AdviceKind.SEE_PROFESSIONAL


def test_the_advice_from_the_last_weeks_is_the_advice_from_every_rating(
        store: HistoryStore, clock: Clock, programmes: list[LoadedProgramme]) -> None:
    """Reading only the last weeks changes no advice, on any day: with ratings every few
    days, with a gap of months (stale), and with only mixed ratings in the window."""
    from supple.core.coach import rule_ratings
    from supple.core.programmes.pain_monitoring import advise

    first = date(2026, 1, 5)
    for n in range(0, 120, 3):  # sessions rated apart, mornings mostly
        day = first + timedelta(days=n)
        uuid = session(store, clock, "alfredson-heel-drops",
                       datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN))
        store.rate_split(uuid, pain=(n * 7) % 9, tightness=n % 5, sharp=n == 57)
        if n % 2:
            store.rate_morning(day + timedelta(days=1), pain=(n * 5) % 8)
    late = date(2026, 9, 1)  # months later: one mixed rating only
    clock.now = datetime(2026, 9, 1, 8, tzinfo=BERLIN)
    mixed = store.begin_session("quick-calf-care", "Quick", "stretch", "fp", 1, 4)
    store.finish_session(mixed.uuid, Outcome.COMPLETED, 60.0)
    coach = Coach(store, programmes)
    every = rule_ratings(store.rating_entries())
    kinds = set()
    for n in range(0, 260, 1):
        today = first + timedelta(days=n)
        advice = coach.advice(today)
        assert advice == advise(every, today), today
        assert advice is not None
        kinds.add(advice.reason.value)
    # Only a mixed rating in the window: still the age of the last separated one.
    assert coach.advice(late) == advise(every, late)
    assert advise(every, late).reason.value == "stale"
    # The days covered the cases that read furthest back.
    assert {"stale", "sharp", "settled", "not_settled"} <= kinds
