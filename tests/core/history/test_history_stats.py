"""Statistics of the history view: calendar, streaks, weekly minutes, pain over time."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from supple.core.history.model import DayTotals, Outcome, StepStatus
from supple.core.history.stats import compute_stats, stats_for
from supple.core.history.store import HistoryStore


def totals(
    day: str,
    sessions: int = 1,
    completed: int = 1,
    seconds: float = 600.0,
    category: str = "stretch",
    pain_before: list[int] | None = None,
    pain_after: list[int] | None = None,
) -> DayTotals:
    before, after = pain_before or [], pain_after or []
    return DayTotals(
        date.fromisoformat(day), category, sessions, completed, seconds,
        sum(before), len(before), sum(after), len(after),
    )  # fmt: skip


def test_empty_history() -> None:
    stats = compute_stats([], date(2026, 6, 10))
    assert (stats.days, stats.rest_days, stats.weeks, stats.pain) == ([], [], [], [])
    assert (stats.streaks.current, stats.streaks.longest) == (0, 0)


def test_streak_counts_consecutive_days_with_a_completed_session() -> None:
    rows = [
        totals("2026-06-01"), totals("2026-06-02"), totals("2026-06-03"),  # 3 in a row
        totals("2026-06-05"),
        totals("2026-06-06", completed=0),  # stopped early: a session, but no streak day
        totals("2026-06-07"), totals("2026-06-08"),
    ]  # fmt: skip
    on_the_day = compute_stats(rows, date(2026, 6, 8)).streaks
    assert (on_the_day.current, on_the_day.longest) == (2, 3)
    assert on_the_day.longest_last_day == date(2026, 6, 3)
    # today is not over: a streak that ended yesterday is still current
    assert compute_stats(rows, date(2026, 6, 9)).streaks.current == 2
    assert compute_stats(rows, date(2026, 6, 10)).streaks.current == 0


def test_two_sessions_on_one_day_count_once_for_the_streak() -> None:
    rows = [totals("2026-06-01", sessions=2, completed=2), totals("2026-06-02")]
    assert compute_stats(rows, date(2026, 6, 2)).streaks.longest == 2


def test_calendar_days_and_rest_days_up_to_today() -> None:
    rows = [totals("2026-06-01"), totals("2026-06-01", category="warm-up"), totals("2026-06-04")]
    stats = compute_stats(rows, date(2026, 6, 6))
    assert [(d.day.day, d.sessions, d.minutes) for d in stats.days] == [(1, 2, 20.0), (4, 1, 10.0)]
    assert [d.day for d in stats.rest_days] == [2, 3, 5, 6]


def test_minutes_per_iso_week_by_category_across_a_year_end() -> None:
    rows = [
        totals("2026-12-28", seconds=600),  # Monday of ISO 2026-W53
        totals("2027-01-03", seconds=300, category="warm-up"),  # Sunday, still 2026-W53
        totals("2027-01-04", seconds=120),  # Monday of 2027-W01
        totals("2027-01-20", seconds=60),  # 2027-W03; W02 has no sessions
    ]
    weeks = compute_stats(rows, date(2027, 1, 20)).weeks
    assert [(w.iso_year, w.iso_week) for w in weeks] == [(2026, 53), (2027, 1), (2027, 2),
                                                         (2027, 3)]  # fmt: skip
    assert weeks[0].minutes_by_category == {"stretch": 10.0, "warm-up": 5.0}
    assert weeks[0].monday == date(2026, 12, 28) and weeks[0].sessions == 2
    assert (weeks[2].sessions, weeks[2].minutes) == (0, 0.0)
    assert weeks[3].minutes == 1.0


def test_weeks_run_up_to_the_current_week() -> None:
    weeks = compute_stats([totals("2026-06-01")], date(2026, 6, 16)).weeks
    assert [w.monday.day for w in weeks] == [1, 8, 15]


def test_pain_means_per_day() -> None:
    rows = [
        totals("2026-06-01", pain_before=[6, 8], pain_after=[3]),
        totals("2026-06-01", category="warm-up", pain_after=[5]),
        totals("2026-06-02"),  # no ratings that day
        totals("2026-06-03", pain_before=[4]),
    ]
    pain = compute_stats(rows, date(2026, 6, 3)).pain
    assert [(p.day.day, p.mean_before, p.mean_after, p.ratings) for p in pain] == [
        (1, 7.0, 4.0, 4),
        (3, 4.0, None, 1),
    ]


def _random_history(path: Path) -> list[tuple[date, str, str, Outcome, float, int | None]]:
    """Sessions spread over two months, written through the store; returns what was written."""
    rng = random.Random(5)
    moment = datetime(2026, 3, 1, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    written = []
    clock_now = [moment]
    with HistoryStore(path, clock=lambda: clock_now[0]) as store:
        for _ in range(120):
            clock_now[0] += timedelta(hours=rng.choice([3, 9, 20, 30, 50]))
            category = rng.choice(["stretch", "warm-up"])
            routine = rng.choice(["calf", "drills", "hips"])
            record = store.begin_session(routine, routine, category, "fp", 2)
            store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 30, 30)
            outcome = rng.choice([Outcome.COMPLETED, Outcome.COMPLETED, Outcome.STOPPED])
            seconds = float(rng.randint(60, 900))
            store.finish_session(record.uuid, outcome, seconds)
            pain = rng.choice([None, rng.randint(0, 10)])
            if pain is not None:
                store.rate_session(record.uuid, pain_after=pain)
            written.append((record.day, category, routine, outcome, seconds, pain))
    return written


def test_sql_aggregates_agree_with_a_naive_count(tmp_path: Path) -> None:
    written = _random_history(tmp_path / "history.db")
    with HistoryStore(tmp_path / "history.db") as store:
        today = max(w[0] for w in written)
        stats = stats_for(store, today=today)
        warm_up = stats_for(store, today=today, category="warm-up")
        calf = stats_for(store, today=today, routine_id="calf")

    per_day: dict[date, int] = defaultdict(int)
    for day, *_ in written:
        per_day[day] += 1
    assert {d.day: d.sessions for d in stats.days} == per_day
    assert stats.total_sessions == 120
    assert stats.total_completed == sum(w[3] is Outcome.COMPLETED for w in written)
    assert abs(stats.total_minutes - sum(w[4] for w in written) / 60) < 1e-9
    expected_warm_up = sum(w[4] for w in written if w[1] == "warm-up") / 60
    assert abs(sum(w.minutes_by_category.get("warm-up", 0) for w in stats.weeks)
               - expected_warm_up) < 1e-9  # fmt: skip
    assert warm_up.total_sessions == sum(w[1] == "warm-up" for w in written)
    assert calf.total_sessions == sum(w[2] == "calf" for w in written)
    rated = [w for w in written if w[5] is not None]
    assert sum(p.ratings for p in stats.pain) == len(rated)

    completed_days = sorted({w[0] for w in written if w[3] is Outcome.COMPLETED})
    longest = run = 1
    for previous, day in itertools.pairwise(completed_days):
        run = run + 1 if (day - previous).days == 1 else 1
        longest = max(longest, run)
    assert stats.streaks.longest == longest
