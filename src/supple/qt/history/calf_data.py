"""What the history's calf chart and programme weeks show, as plain data (no Qt): the
ratings as separate daily lines (pain during, after, the next morning; tightness), the older
mixed ratings as what they were, the runs; and for each programme, planned against done per
week with its runs and rest days.

Read over a bounded span (the chart's weeks, a programme's days), so the history window stays
within its budget however long the history is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from supple.core.history.records import (
    CalfTest,
    CalfTestKind,
    RatingEntry,
    RatingMoment,
    RunRecord,
    Side,
)

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore
    from supple.core.programmes.loader import LoadedProgramme

Line = tuple[tuple[date, float], ...]  # (day, that day's mean), by day


@dataclass(frozen=True)
class CalfLines:
    pain_during: Line
    pain_after: Line
    pain_morning: Line
    tightness: Line  # after the sessions and on waking, the day's mean
    mixed: Line  # "tightness or pain" in one number, from before they were rated apart
    runs: tuple[date, ...]

    @property
    def beyond_mixed(self) -> bool:
        """Anything the pain chart above does not show already: ratings apart, or runs."""
        return bool(self.pain_during or self.pain_after or self.pain_morning
                    or self.tightness or self.runs)


def _means(values: dict[date, list[int]]) -> Line:
    return tuple((day, sum(v) / len(v)) for day, v in sorted(values.items()))


def calf_lines(entries: Iterable[RatingEntry], runs: Iterable[RunRecord]) -> CalfLines:
    pain: dict[RatingMoment, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    tight: dict[date, list[int]] = defaultdict(list)
    mixed: dict[date, list[int]] = defaultdict(list)
    for e in entries:
        if e.mixed is not None:
            mixed[e.day].append(e.mixed)
            continue
        if e.pain is not None:
            pain[e.moment][e.day].append(e.pain)
        if e.tightness is not None:
            tight[e.day].append(e.tightness)
    return CalfLines(_means(pain[RatingMoment.DURING]), _means(pain[RatingMoment.AFTER]),
                     _means(pain[RatingMoment.MORNING]), _means(tight), _means(mixed),
                     tuple(sorted({r.day for r in runs})))


@dataclass(frozen=True)
class CalfTestLines:
    """Each leg's calf tests over the weeks: one point a day (the last test of that day)."""

    raises_left: Line
    raises_right: Line
    knee_left: Line
    knee_right: Line

    @property
    def first(self) -> date | None:
        days = [d for line in (self.raises_left, self.raises_right, self.knee_left,
                               self.knee_right) for d, _ in line]
        return min(days) if days else None


def calf_test_lines(tests: Iterable[CalfTest]) -> CalfTestLines:
    """``tests`` oldest first, as the store gives them: a test done again the same day
    replaces the earlier one."""
    by: dict[tuple[Side, CalfTestKind], dict[date, float]] = defaultdict(dict)
    for t in tests:
        by[(t.side, t.kind)][t.day] = t.value

    def line(side: Side, kind: CalfTestKind) -> Line:
        return tuple(sorted(by[(side, kind)].items()))

    return CalfTestLines(line(Side.LEFT, CalfTestKind.HEEL_RAISES),
                         line(Side.RIGHT, CalfTestKind.HEEL_RAISES),
                         line(Side.LEFT, CalfTestKind.KNEE_TO_WALL),
                         line(Side.RIGHT, CalfTestKind.KNEE_TO_WALL))


@dataclass(frozen=True)
class WeekRow:
    week: int
    first: date
    last: date
    planned: int
    done: int
    runs: int
    rest_days: int  # days so far with neither a session nor a run
    started: bool  # False for a week still to come


@dataclass(frozen=True)
class ProgrammeWeeks:
    title: str
    state: str  # "active", "paused", "finished"
    current: int | None  # the week today is in
    weeks: tuple[WeekRow, ...]


def week_rows(days: Sequence[date], planned: dict[int, tuple[int, int]],
              session_days: set[date], run_days: Iterable[date], today: date) -> list[WeekRow]:
    """One row per programme week: ``days`` are the programme's days in order (paused ones
    left out), ``planned`` is (planned, done) by week."""
    runs_on: dict[date, int] = defaultdict(int)
    for day in run_days:
        runs_on[day] += 1
    rows = []
    for start in range(0, len(days), 7):
        week_days = days[start:start + 7]
        number = start // 7 + 1
        first, last = week_days[0], week_days[-1]
        past = [d for d in week_days if d <= today]
        plan, done = planned.get(number, (0, 0))
        rows.append(WeekRow(
            number, first, last, plan, done,
            sum(runs_on[d] for d in week_days),
            sum(1 for d in past if d not in session_days and not runs_on[d]),
            first <= today))
    return rows


def chart_start(today: date, weeks: int) -> date:
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=weeks - 1)


def programme_weeks(store: HistoryStore, programmes: Sequence[LoadedProgramme],
                    session_days: set[date], today: date, most: int = 3
                    ) -> list[ProgrammeWeeks]:
    """The ``most`` latest enrolments (finished ones too) whose programme is known: each
    week begun so far, planned against done, with its runs and rest days. The coach reads
    only each enrolment's own days of sessions, however long the history."""
    from supple.core.coach import Coach, Plan, schedule_for
    from supple.core.history.records import EnrolmentState

    known = {p.id: p for p in programmes}
    enrolments = [e for e in store.enrolments() if e.programme_id in known][-most:]
    if not enrolments:
        return []
    coach = Coach(store, programmes)
    first = min(e.start_day for e in enrolments)
    runs = store.runs(since=first - timedelta(days=1))  # the day before: "day after a run"
    found = []
    for e in reversed(enrolments):
        programme = known[e.programme_id]
        end = e.finished_day if e.state is EnrolmentState.FINISHED and e.finished_day \
            else today
        plan = Plan(e, programme, schedule_for(e, programme, runs, end))
        kept = coach.adherence(plan, end)
        planned = {week: (t.planned, t.done) for week, t in kept.by_week.items()}
        rows = [r for r in week_rows(plan.schedule.days, planned, session_days,
                                     (r.day for r in runs), end) if r.started]
        found.append(ProgrammeWeeks(e.name or programme.programme.name, e.state.value,
                                    plan.schedule.week_of(today), tuple(rows)))
    return found
