"""Statistics for the history view, folded from per-day aggregates.

SQLite does the heavy part (one ``GROUP BY`` over a covering index, see ``history_schema``);
the result has one row per (day, category), a few thousand at most even for
100,000 sessions, so the folding below is cheap and, being pure, easy to test.

Days are the *local* dates as recorded when each session started: a session at 23:30 in
Lisbon counts for that Lisbon day even if the runner later looks at it from Tokyo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from supple.core.history.model import EARLIEST_DATE, LATEST_AHEAD, DayTotals

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore


@dataclass(frozen=True, slots=True)
class DayActivity:
    """A calendar day with at least one session."""

    day: date
    sessions: int
    completed: int
    minutes: float


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """One ISO week (Monday first); weeks without sessions are included, with zeros."""

    iso_year: int
    iso_week: int
    monday: date
    sessions: int
    completed: int
    minutes_by_category: dict[str, float] = field(default_factory=dict)

    @property
    def minutes(self) -> float:
        return sum(self.minutes_by_category.values())


@dataclass(frozen=True, slots=True)
class PainPoint:
    """Mean calf rating (0–10) on one day, before and after the routines of that day."""

    day: date
    mean_before: float | None
    mean_after: float | None
    ratings: int


@dataclass(frozen=True, slots=True)
class Streaks:
    """A streak is a run of consecutive calendar days with at least one *completed* session.

    The current streak still counts if its last day is yesterday: today is not over yet.
    """

    current: int
    longest: int
    longest_last_day: date | None


@dataclass(frozen=True, slots=True)
class HistoryStats:
    days: list[DayActivity]
    rest_days: list[date]  # days without any session, from the first session up to today
    streaks: Streaks
    weeks: list[WeekSummary]
    pain: list[PainPoint]
    total_sessions: int
    total_completed: int
    total_minutes: float
    # Sessions whose stored day is outside EARLIEST_DATE .. tomorrow: counted in the totals,
    # left out of the calendar, streaks, weeks and pain (their day cannot be true).
    out_of_range_sessions: int = 0


def _streaks(completed_days: list[date], today: date) -> Streaks:
    longest = 0
    longest_last: date | None = None
    run = 0
    previous: date | None = None
    for day in completed_days:  # sorted, unique
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        if run > longest:
            longest, longest_last = run, day
        previous = day
    current = 0
    if previous is not None and today - previous <= timedelta(days=1) and previous <= today:
        current = run
    return Streaks(current=current, longest=longest, longest_last_day=longest_last)


def _weeks(totals: list[DayTotals], today: date) -> list[WeekSummary]:
    sessions: dict[date, int] = defaultdict(int)
    completed: dict[date, int] = defaultdict(int)
    seconds: dict[tuple[date, str], float] = defaultdict(float)
    monday_of: dict[date, date] = {}
    for row in totals:
        monday = monday_of.get(row.day)
        if monday is None:
            monday = monday_of[row.day] = row.day - timedelta(days=row.day.weekday())
        sessions[monday] += row.sessions
        completed[monday] += row.completed
        seconds[monday, row.category] += row.active_seconds
    minutes: dict[date, dict[str, float]] = defaultdict(dict)
    for (monday, category), total in seconds.items():
        minutes[monday][category] = total / 60.0
    if not sessions:
        return []
    monday = min(sessions)
    last = max(max(sessions), today - timedelta(days=today.weekday()))
    weeks = []
    while monday <= last:
        iso = monday.isocalendar()
        weeks.append(
            WeekSummary(
                iso_year=iso.year,
                iso_week=iso.week,
                monday=monday,
                sessions=sessions.get(monday, 0),
                completed=completed.get(monday, 0),
                minutes_by_category=minutes.get(monday, {}),
            )
        )
        monday += timedelta(days=7)
    return weeks


def _pain(totals: list[DayTotals]) -> list[PainPoint]:
    sums: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in totals:
        if row.pain_before_count or row.pain_after_count:
            acc = sums[row.day]
            acc[0] += row.pain_before_sum
            acc[1] += row.pain_before_count
            acc[2] += row.pain_after_sum
            acc[3] += row.pain_after_count
    return [
        PainPoint(
            day=day,
            mean_before=b_sum / b_n if b_n else None,
            mean_after=a_sum / a_n if a_n else None,
            ratings=b_n + a_n,
        )
        for day, (b_sum, b_n, a_sum, a_n) in sorted(sums.items())
    ]


def compute_stats(totals: Iterable[DayTotals], today: date) -> HistoryStats:
    """Never trusts a stored day: one outside the sane range is left out of every series, so
    the work is bounded by the days since ``EARLIEST_DATE`` whatever the file holds."""
    every = list(totals)
    latest = today + LATEST_AHEAD
    rows = [row for row in every if EARLIEST_DATE <= row.day <= latest]
    per_day: dict[date, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for row in rows:
        acc = per_day[row.day]
        acc[0] += row.sessions
        acc[1] += row.completed
        acc[2] += row.active_seconds / 60.0
    days = [DayActivity(day, int(s), int(c), m) for day, (s, c, m) in sorted(per_day.items())]
    rest_days: list[date] = []
    if days:
        day, end = days[0].day, max(today, days[-1].day)
        while day <= end:
            if day not in per_day:
                rest_days.append(day)
            day += timedelta(days=1)
    return HistoryStats(
        days=days,
        rest_days=rest_days,
        streaks=_streaks([d.day for d in days if d.completed], today),
        weeks=_weeks(rows, today),
        pain=_pain(rows),
        total_sessions=sum(row.sessions for row in every),
        total_completed=sum(row.completed for row in every),
        total_minutes=sum(row.active_seconds for row in every) / 60.0,
        out_of_range_sessions=sum(row.sessions for row in every) - sum(r.sessions for r in rows),
    )


def stats_for(
    store: HistoryStore,
    today: date | None = None,
    routine_id: str | None = None,
    category: str | None = None,
) -> HistoryStats:
    """All the statistics of the history view, optionally for one routine or category."""
    if today is None:
        today = date.today()
    return compute_stats(store.day_totals(routine_id=routine_id, category=category), today)
