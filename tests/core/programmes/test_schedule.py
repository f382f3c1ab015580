"""The schedule: dated occurrences in wall-clock time, across daylight saving, pauses and runs."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supple.core.programmes.loader import load_path, load_text
from supple.core.programmes.model import Programme
from supple.core.programmes.schedule import Enrolment, Schedule, programme_days, wall_clock
from supple.core.resources import builtin_programmes_dir

BERLIN = "Europe/Berlin"


def programme(text: str) -> Programme:
    loaded, problems = load_text(textwrap.dedent(text), "p.yaml")
    assert loaded is not None, problems
    return loaded


TWICE = programme("""\
    supple: 1
    name: Twice
    weeks: 12
    slots: {morning: "07:30", evening: "19:00"}
    routines:
      - routine: drops
        when: twice a day
        changes:
          weeks 1-2: {reps: 15}
          weeks 3-12: {reps: 12}
    """)


def builtin(name: str) -> Programme:
    return load_path(builtin_programmes_dir() / f"{name}.yaml")


def test_twice_a_day_for_twelve_weeks() -> None:
    s = Schedule(Enrolment(TWICE, date(2026, 3, 2), BERLIN))
    assert len(s.occurrences) == 12 * 7 * 2
    assert s.end == date(2026, 5, 24)
    first, second = s.on(date(2026, 3, 2))
    assert (first.slot, first.wall_time, second.slot, second.wall_time) == (
        "morning", time(7, 30), "evening", time(19, 0))
    assert first.week == 1 and first.change is not None and first.change.reps == 15
    assert s.on(date(2026, 3, 16))[0].week == 3
    assert s.on(date(2026, 3, 16))[0].change.reps == 12  # type: ignore[union-attr]
    assert s.on(date(2026, 3, 1)) == [] and s.on(date(2026, 5, 25)) == []
    assert s.week_of(date(2026, 3, 8)) == 1 and s.week_of(date(2026, 3, 9)) == 2
    assert s.week_of(date(2026, 5, 25)) is None


@pytest.mark.parametrize(("zone", "change_day", "before", "after"), [
    (BERLIN, date(2026, 3, 29), 1, 2),      # CET -> CEST
    (BERLIN, date(2026, 10, 25), 2, 1),     # CEST -> CET
    ("America/New_York", date(2026, 3, 8), -5, -4),   # EST -> EDT
    ("America/New_York", date(2026, 11, 1), -4, -5),  # EDT -> EST
])
def test_a_slot_keeps_its_wall_clock_time_across_daylight_saving(
        zone: str, change_day: date, before: int, after: int) -> None:
    s = Schedule(Enrolment(TWICE, change_day - timedelta(days=3), zone))
    for day, hours in ((change_day - timedelta(days=1), before), (change_day, after),
                       (change_day + timedelta(days=1), after)):
        morning, evening = s.on(day)
        assert morning.wall_time == time(7, 30) and evening.wall_time == time(19, 0)
        assert morning.at.utcoffset() == timedelta(hours=hours)
    # The day of the change is 23 or 25 hours long: the two evenings are that far apart.
    eve = s.on(change_day - timedelta(days=1))[1].at.astimezone(UTC)
    next_eve = s.on(change_day)[1].at.astimezone(UTC)
    assert next_eve - eve == timedelta(hours=24 - (after - before))


def test_a_slot_time_the_clocks_skip_or_repeat() -> None:
    zone = ZoneInfo(BERLIN)
    skipped = wall_clock(date(2026, 3, 29), time(2, 30), zone)
    assert skipped.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert skipped.utcoffset() == timedelta(hours=2)
    repeated = wall_clock(date(2026, 10, 25), time(2, 30), zone)
    assert repeated.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 30)
    assert repeated.utcoffset() == timedelta(hours=2)  # the first of the two 02:30s
    night = programme("""\
        supple: 1
        name: Night
        weeks: 1
        slots: {night: "02:30"}
        routines: [{routine: r, when: every day, slots: night}]
        """)
    s = Schedule(Enrolment(night, date(2026, 3, 28), BERLIN))
    assert [o.at.isoformat() for o in s.occurrences[:3]] == [
        "2026-03-28T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"]


def test_the_runners_own_slot_times_replace_the_programmes() -> None:
    s = Schedule(Enrolment(TWICE, date(2026, 3, 2), BERLIN,
                           slot_times={"morning": time(6, 15)}))
    assert [o.wall_time for o in s.on(date(2026, 3, 3))] == [time(6, 15), time(19, 0)]


def test_a_paused_week_shifts_the_programme() -> None:
    start = date(2026, 3, 2)  # a Monday
    pause = (date(2026, 3, 9), date(2026, 3, 15))  # all of week 2
    s = Schedule(Enrolment(TWICE, start, BERLIN, paused=[pause]))
    assert len(s.occurrences) == 12 * 7 * 2  # nothing lost
    assert s.end == date(2026, 5, 31)  # a week later
    assert all(s.on(date(2026, 3, 9) + timedelta(days=i)) == [] for i in range(7))
    assert s.week_of(date(2026, 3, 12)) is None
    assert s.week_of(date(2026, 3, 8)) == 1 and s.week_of(date(2026, 3, 16)) == 2
    assert s.on(date(2026, 3, 16))[0].change.reps == 15  # type: ignore[union-attr]


def test_a_pause_of_part_of_a_week_splits_it() -> None:
    s = Schedule(Enrolment(TWICE, date(2026, 3, 2), BERLIN,
                           paused=[(date(2026, 3, 4), date(2026, 3, 5))]))
    weeks = [s.week_of(date(2026, 3, 2) + timedelta(days=i)) for i in range(10)]
    assert weeks == [1, 1, None, None, 1, 1, 1, 1, 1, 2]


def test_a_pause_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        programme_days(date(2026, 3, 2), 1, [(date(2026, 3, 5), date(2026, 3, 4))])


def test_weekdays_follow_the_calendar() -> None:
    hsr = builtin("heavy-slow-resistance")
    s = Schedule(Enrolment(hsr, date(2026, 3, 4), BERLIN))  # a Wednesday
    days = sorted({o.day for o in s.occurrences})
    assert {d.weekday() for d in days} == {0, 2, 4}
    assert days[:3] == [date(2026, 3, 4), date(2026, 3, 6), date(2026, 3, 9)]
    assert len(s.occurrences) == 2 * 36  # 3 a week for 12 weeks, two routines each
    week6 = [o for o in s.occurrences if o.week == 6]
    assert {(o.change.sets, o.change.reps, o.change.rm) for o in week6} == {(4, 8, 8)}  # type: ignore[union-attr]


def test_run_days_and_the_day_after_follow_the_runs() -> None:
    companion = builtin("running-companion")
    runs = {date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 6), date(2026, 2, 1),
            date(2027, 1, 1)}
    s = Schedule(Enrolment(companion, date(2026, 3, 2), BERLIN, run_dates=runs))
    by_day = {d: [(o.routine_id, o.slot) for o in s.on(d)]
              for d in (date(2026, 3, 2) + timedelta(days=i) for i in range(7))}
    assert by_day == {
        date(2026, 3, 2): [],  # a rest day stays free
        date(2026, 3, 3): [("pre-run-warm-up", "before run"), ("post-run-stretch", "after run")],
        date(2026, 3, 4): [("foam-rolling", "day")],
        date(2026, 3, 5): [("pre-run-warm-up", "before run"), ("post-run-stretch", "after run")],
        date(2026, 3, 6): [("pre-run-warm-up", "before run"), ("foam-rolling", "day"),
                           ("post-run-stretch", "after run")],
        date(2026, 3, 7): [("foam-rolling", "day")],
        date(2026, 3, 8): [],
    }
    assert len(s.occurrences) == 3 * 2 + 3  # runs outside the programme count for nothing


def test_run_days_on_a_paused_day_are_not_due() -> None:
    companion = builtin("running-companion")
    s = Schedule(Enrolment(companion, date(2026, 3, 2), BERLIN, run_dates={date(2026, 3, 3)},
                           paused=[(date(2026, 3, 3), date(2026, 3, 4))]))
    assert s.occurrences == ()


def test_the_answers_choose_the_routine_variant() -> None:
    alfredson = builtin("alfredson")
    plain = Schedule(Enrolment(alfredson, date(2026, 3, 2), BERLIN))
    heel = Schedule(Enrolment(alfredson, date(2026, 3, 2), BERLIN,
                              answers={"where": "insertion"}))
    assert {o.routine_id for o in plain.occurrences} == {"alfredson-heel-drops"}
    assert {o.routine_id for o in heel.occurrences} == {"insertional-heel-drops"}
    assert len(heel.occurrences) == 12 * 7 * 2
    with pytest.raises(ValueError, match="not an answer"):
        Schedule(Enrolment(alfredson, date(2026, 3, 2), BERLIN, answers={"where": "knee"}))
    with pytest.raises(ValueError, match="asks no question"):
        Schedule(Enrolment(alfredson, date(2026, 3, 2), BERLIN, answers={"side": "left"}))


def test_an_entry_limited_to_some_weeks() -> None:
    p = programme("""\
        supple: 1
        name: Some weeks
        weeks: 4
        routines: [{routine: r, when: every day, weeks: 2-3}]
        """)
    s = Schedule(Enrolment(p, date(2026, 3, 2), BERLIN))
    assert {o.week for o in s.occurrences} == {2, 3} and len(s.occurrences) == 14


def test_the_queries_the_reminders_ask() -> None:
    s = Schedule(Enrolment(TWICE, date(2026, 3, 2), BERLIN))
    zone = ZoneInfo(BERLIN)
    at_noon = datetime(2026, 3, 29, 12, 0, tzinfo=zone)
    nxt = s.next_after(at_noon)
    assert nxt is not None and nxt.at == datetime(2026, 3, 29, 19, 0, tzinfo=zone)
    # strictly after: at the slot's own instant, the next one is the one after it
    after = s.next_after(nxt.at)
    assert after is not None and after.at == datetime(2026, 3, 30, 7, 30, tzinfo=zone)
    # any zone: 17:00 UTC is 19:00 in Berlin (summer time), so the evening slot is not after
    in_utc = s.next_after(datetime(2026, 3, 29, 17, 0, tzinfo=UTC))
    assert in_utc is not None and in_utc.day == date(2026, 3, 30)
    assert s.next_after(datetime(2026, 5, 24, 19, 0, tzinfo=zone)) is None
    first = s.next_after(datetime(2000, 1, 1, tzinfo=UTC))
    assert first is not None and first is s.occurrences[0]
    with pytest.raises(ValueError, match="aware"):
        s.next_after(datetime(2026, 3, 29, 12, 0))
    week = s.between(date(2026, 3, 23), date(2026, 3, 29))
    assert len(week) == 14 and {o.week for o in week} == {4}
    assert s.between(date(2026, 3, 29), date(2026, 3, 23)) == []


@settings(max_examples=60, deadline=None)
@given(st.dates(date(2024, 1, 1), date(2030, 12, 31)),
       st.sampled_from([BERLIN, "America/New_York", "Australia/Sydney", "Asia/Kolkata",
                        "UTC"]),
       st.lists(st.tuples(st.integers(0, 100), st.integers(0, 10)), max_size=3))
def test_any_enrolment_keeps_every_slot_at_its_wall_clock_time(
        start: date, zone: str, pauses: list[tuple[int, int]]) -> None:
    paused = [(start + timedelta(days=a), start + timedelta(days=a + n)) for a, n in pauses]
    s = Schedule(Enrolment(TWICE, start, zone, paused=paused))
    assert len(s.occurrences) == 12 * 7 * 2
    assert all(o.wall_time in (time(7, 30), time(19, 0)) and o.at.date() == o.day
               for o in s.occurrences)
    instants = [o.at for o in s.occurrences]
    assert instants == sorted(instants) and len(set(instants)) == len(instants)
    assert all(not any(a <= o.day <= b for a, b in paused) for o in s.occurrences)
    assert [s.week_of(o.day) for o in s.occurrences] == [o.week for o in s.occurrences]


def test_pauses_of_more_than_ten_years_are_a_mistake() -> None:
    with pytest.raises(ValueError, match="more than ten years"):
        programme_days(date(2026, 3, 2), 1, [(date(2026, 3, 3), date(2040, 1, 1))])


def test_the_runner_may_choose_other_weekdays() -> None:
    hsr = builtin("heavy-slow-resistance")
    s = Schedule(Enrolment(hsr, date(2026, 3, 2), BERLIN,
                           weekdays={"heavy-slow-calf-raises-seated": ["tue", "sat"]}))
    seated = {o.day.weekday() for o in s.occurrences
              if o.routine_id == "heavy-slow-calf-raises-seated"}
    standing = {o.day.weekday() for o in s.occurrences
                if o.routine_id == "heavy-slow-calf-raises-standing"}
    assert (seated, standing) == ({1, 5}, {0, 2, 4})
    with pytest.raises(ValueError, match="not on chosen weekdays"):
        Schedule(Enrolment(builtin("alfredson"), date(2026, 3, 2), BERLIN,
                           weekdays={"alfredson-heel-drops": ["mon"]}))
    for wrong in (["funday"], []):
        with pytest.raises(ValueError, match="weekdays are mon, tue"):
            Schedule(Enrolment(hsr, date(2026, 3, 2), BERLIN,
                               weekdays={"heavy-slow-calf-raises-seated": wrong}))
