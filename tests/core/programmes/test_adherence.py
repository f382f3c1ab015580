"""Adherence on hand-made session lists: matching, done against planned, missed, active days."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from supple.core.programmes.adherence import DoneSession, Status, Tally, adherence, match
from supple.core.programmes.loader import load_text
from supple.core.programmes.model import Programme
from supple.core.programmes.schedule import Enrolment, Schedule

START = date(2026, 3, 2)  # a Monday


def programme(text: str) -> Programme:
    loaded, problems = load_text(textwrap.dedent(text), "p.yaml")
    assert loaded is not None, problems
    return loaded


TWICE = programme("""\
    supple: 1
    name: Twice
    weeks: 2
    slots: {morning: "07:30", evening: "19:00"}
    routines:
      - {routine: drops, when: twice a day}
      - {routine: raises, when: [mon, thu]}
    """)


def schedule() -> Schedule:
    return Schedule(Enrolment(TWICE, START, "Europe/Berlin"))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 2 + day, hour, minute)


def done(routine: str, when: datetime, completed: bool = True) -> DoneSession:
    return DoneSession(routine, when, completed)


def test_a_morning_slot_done_at_13_00_counts_for_the_morning() -> None:
    s = schedule()
    matched = match(s, [done("drops", at(0, 13))])
    [(occurrence, _)] = matched.items()
    assert occurrence.slot == "morning"
    # ... and a second session that day takes the evening, even if it comes at noon too
    matched = match(s, [done("drops", at(0, 13)), done("drops", at(0, 13, 30))])
    assert sorted(o.slot for o in matched) == ["evening", "morning"]


def test_the_nearest_open_slot_wins_and_a_tie_goes_to_the_earlier() -> None:
    s = schedule()
    [evening] = match(s, [done("drops", at(0, 14))])  # 6.5 h from 07:30, 5 h from 19:00
    assert evening.slot == "evening"
    [tie] = match(s, [done("drops", at(0, 13, 15))])  # 5 h 45 min from both
    assert tie.slot == "morning"


def test_a_session_after_midnight_counts_for_the_new_day() -> None:
    s = schedule()
    [occurrence] = match(s, [done("drops", at(1, 0, 30))])
    assert occurrence.day == date(2026, 3, 3) and occurrence.slot == "morning"


def test_other_routines_and_extra_sessions_match_nothing() -> None:
    s = schedule()
    sessions = [done("stretch", at(0, 8)), done("drops", at(0, 8)), done("drops", at(0, 12)),
                done("drops", at(0, 20)), done("raises", at(1, 8))]  # raises is not due tue
    assert [(o.routine_id, o.slot) for o in match(s, sessions)] == [
        ("drops", "morning"), ("drops", "evening")]


def test_stopped_early_is_attempted_and_a_later_completed_session_makes_it_done() -> None:
    s = schedule()
    stopped = adherence(s, [done("drops", at(0, 7, 40), completed=False)], date(2026, 3, 2))
    assert [st for o, st in stopped.statuses if o.day == START and o.routine_id == "drops"] \
        == [Status.STOPPED, Status.DUE]
    retried = adherence(s, [done("drops", at(0, 7, 40), completed=False),
                            done("drops", at(0, 8, 0))], date(2026, 3, 2))
    assert [st for o, st in retried.statuses if o.day == START and o.routine_id == "drops"] \
        == [Status.DONE, Status.DUE]
    # stopped and never retried, the day over: missed
    later = adherence(s, [done("drops", at(0, 7, 40), completed=False)], date(2026, 3, 3))
    assert later.by_week[1].missed == 3 and later.by_week[1].stopped == 0  # raises too
    # a second stop, or a completed session nearer the evening, leaves the morning stopped
    again = adherence(s, [done("drops", at(0, 7, 40), completed=False),
                          done("drops", at(0, 7, 50), completed=False),
                          done("drops", at(0, 18))], date(2026, 3, 2))
    assert [st for o, st in again.statuses if o.day == START and o.routine_id == "drops"] \
        == [Status.STOPPED, Status.DONE]


def test_done_against_planned_per_week_and_per_routine() -> None:
    s = schedule()
    sessions = [done("drops", at(d, 7, 45)) for d in range(7)]  # every morning of week 1
    sessions += [done("drops", at(d, 19, 5)) for d in (0, 1, 2)]  # three evenings
    sessions += [done("raises", at(0, 18)), done("raises", at(3, 18), completed=False)]
    sessions += [done("drops", at(8, 7, 30))]  # tue of week 2
    result = adherence(s, sessions, today=date(2026, 3, 11))  # wednesday of week 2
    assert result.by_week[1] == Tally(planned=16, done=11, stopped=0, missed=5)
    # week 2: mon missed (both drops and raises), tue evening missed, wed due, the rest to come
    assert result.by_week[2] == Tally(planned=16, done=1, stopped=0, missed=4)
    assert result.by_routine["drops"] == Tally(planned=28, done=11, stopped=0, missed=7)
    assert result.by_routine["raises"] == Tally(planned=4, done=1, stopped=0, missed=2)
    assert result.overall == Tally(planned=32, done=12, stopped=0, missed=9)
    assert result.by_week[1].share == 11 / 16
    today = [st for o, st in result.statuses if o.day == date(2026, 3, 11)]
    assert today == [Status.DUE, Status.DUE]
    assert {st for o, st in result.statuses if o.day > date(2026, 3, 11)} == {Status.UPCOMING}


def test_a_missed_week() -> None:
    s = schedule()
    sessions = [done("drops", at(d, 8)) for d in range(7)]  # mornings of week 1 only
    result = adherence(s, sessions, today=date(2026, 3, 16))  # the day after the end
    assert result.by_week[2] == Tally(planned=16, done=0, stopped=0, missed=16)
    assert len(result.missed) == 7 + 2 + 16  # week 1's evenings and raises, all of week 2
    assert all(o.day < date(2026, 3, 16) for o in result.missed)
    assert result.active_days_30 == 7


def test_active_days_in_the_last_30_days() -> None:
    s = schedule()
    sessions = [done("stretch", datetime(2026, 2, 1, 9)),     # more than 30 days before
                done("stretch", datetime(2026, 3, 1, 9)),     # 30th day back: counted
                done("drops", at(0, 8)), done("drops", at(0, 19)),  # one day, twice
                done("drops", at(1, 8), completed=False),     # stopped: not active
                done("drops", at(5, 8))]
    result = adherence(s, sessions, today=date(2026, 3, 30))
    assert result.active_days_30 == 3


def test_aware_start_times_are_read_in_the_runners_zone() -> None:
    s = schedule()
    # 05:45 UTC is 06:45 in Berlin (winter time): the morning of 2 March
    [occurrence] = match(s, [DoneSession("drops", datetime(2026, 3, 2, 5, 45, tzinfo=UTC),
                                         True)])
    assert occurrence.day == START and occurrence.slot == "morning"
    # 23:30 UTC on 2 March is already 3 March in Berlin
    [late] = match(s, [DoneSession("drops", datetime(2026, 3, 2, 23, 30, tzinfo=UTC), True)])
    assert late.day == date(2026, 3, 3)


def test_nothing_done_nothing_planned_before_the_start() -> None:
    s = schedule()
    result = adherence(s, [], today=START - timedelta(days=1))
    assert result.overall == Tally(planned=32, done=0, stopped=0, missed=0)
    assert result.missed == () and result.active_days_30 == 0
    assert Tally(0, 0, 0, 0).share is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["drops", "raises", "other"]),
                          st.integers(-2, 16), st.integers(0, 23), st.integers(0, 59),
                          st.booleans()), max_size=40),
       st.integers(-2, 20))
def test_the_figures_always_add_up(raw: list[tuple[str, int, int, int, bool]],
                                   today_offset: int) -> None:
    s = schedule()
    sessions = [DoneSession(r, datetime(2026, 3, 2, h, m) + timedelta(days=d), c)
                for r, d, h, m, c in raw]
    today = START + timedelta(days=today_offset)
    result = adherence(s, sessions, today)
    matched = match(s, sessions)
    assert len(set(map(id, matched.values()))) == len(matched)  # a session counts once
    assert all(o.routine_id == x.routine_id and o.day == x.started.date()
               for o, x in matched.items())
    for tally in (*result.by_week.values(), *result.by_routine.values(), result.overall):
        assert tally.done + tally.stopped + tally.missed <= tally.planned
    assert sum(t.done for t in result.by_week.values()) == result.overall.done
    assert result.overall.done == sum(1 for x in matched.values() if x.completed)
    assert 0 <= result.active_days_30 <= 30
