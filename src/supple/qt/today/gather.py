"""A :class:`TodaySummary` worked out from the history and the programmes, through the core's
``Coach``: once when the history opens, and again after each change (a session, a rating, an
enrolment), never per paint. Plain Python: it imports no Qt, and can be timed and tested as
is."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from supple.core.calf_test import calf_test_due
from supple.core.coach import Coach, Day, Plan
from supple.core.history.model import HistoryError
from supple.core.history.records import Location, Side
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import LoadedProgramme
from supple.core.programmes.model import WeekChange
from supple.core.programmes.weeks import change_parts
from supple.core.wording import CLOCK, WEEKDAY_DAY_MONTH, date_text
from supple.qt.today.summary import ItemLine, NextDue, PlanLine, TodaySummary

MISSED_DAYS = 7  # the missed routines named in Today: those of the last week


def load_text(change: WeekChange | None) -> str | None:
    """A week's load as one line: "3 × 15 reps · 12RM: … · +5 kg in a backpack"."""
    return None if change is None else " · ".join(change_parts(change)) or None


def _detail(side: Side | None, location: Location) -> str:
    parts = [] if side is None else [side.label]
    if location is not Location.NONE:
        parts.append(location.label)
    return " · ".join(parts)


def _plan_line(coach: Coach, plan: Plan, day: Day | None, today: date,
               names: Mapping[str, str]) -> PlanLine:
    e, programme = plan.enrolment, plan.programme.programme
    items = () if day is None else tuple(
        ItemLine(i.occurrence.routine_id, names.get(i.occurrence.routine_id,
                                                    i.occurrence.routine_id),
                 i.occurrence.slot, date_text(i.occurrence.wall_time, CLOCK), i.status.value)
        for i in day.items)
    change = day.items[0].occurrence.change if day is not None and day.items else None
    week = day.week if day is not None else plan.schedule.week_of(today)
    kept = coach.adherence(plan, today)
    tally = kept.by_week.get(week) if week is not None else None
    since = today - timedelta(days=MISSED_DAYS)
    missed = tuple(f"{date_text(o.day, WEEKDAY_DAY_MONTH)} {date_text(o.wall_time, CLOCK)}"
                   for o in kept.missed if o.day >= since)
    return PlanLine(
        enrolment_uuid=e.uuid, programme_id=e.programme_id,
        title=e.name or programme.name, programme_name=programme.name,
        detail=_detail(e.side, e.location), paused=plan.paused, week=week,
        weeks=programme.weeks, phase=None if week is None else programme.phase(week),
        load=load_text(change), note=None if change is None else change.note,
        week_done=0 if tally is None else tally.done,
        week_planned=0 if tally is None else tally.planned, items=items, missed=missed)


class ReadOnce:
    """The store, with the reads the Coach makes done once each for one summary. The Coach
    reads afresh for every question (its answers must never be stale), and a summary asks
    several of them in a row: today's statuses, the next due, adherence, the advice."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store
        self._done: dict[tuple[Any, ...], Any] = {}

    def _once(self, read: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        key = (read.__name__, args, tuple(sorted(kwargs.items())))
        if key not in self._done:
            self._done[key] = read(*args, **kwargs)
        return self._done[key]

    def sessions(self, *args: Any, **kwargs: Any) -> Any:
        return self._once(self._store.sessions, *args, **kwargs)

    def sessions_within(self, spans: Any) -> Any:
        return self._once(self._store.sessions_within, tuple(spans))

    def sessions_before(self, *args: Any, **kwargs: Any) -> Any:
        return self._once(self._store.sessions_before, *args, **kwargs)

    def runs(self, *args: Any, **kwargs: Any) -> Any:
        return self._once(self._store.runs, *args, **kwargs)

    def enrolments(self, *args: Any, **kwargs: Any) -> Any:
        return self._once(self._store.enrolments, *args, **kwargs)

    def rating_entries(self, *args: Any, **kwargs: Any) -> Any:
        return self._once(self._store.rating_entries, *args, **kwargs)

    def morning_ratings(self, *args: Any, **kwargs: Any) -> Any:
        return self._store.morning_ratings(*args, **kwargs)


def morning_due(store: HistoryStore | ReadOnce, today: date) -> bool:
    """True when a session was done before today and no morning has been rated since: the
    first opening of the day after a session asks how the calves feel on waking. Reads the
    last session before today only (the store's start-time index)."""
    earlier = (s.started_at.date() for s in store.sessions_before(today, limit=1))
    last_day = next((d for d in earlier if d < today), None)
    if last_day is None:
        return False
    return not store.morning_ratings(since=last_day + timedelta(days=1), until=today)


def gather(store: HistoryStore, programmes: Sequence[LoadedProgramme],
           names: Mapping[str, str], now: datetime) -> TodaySummary:
    """``now`` is aware, in the runner's zone; ``names`` are routine titles by id. A history
    that cannot be read gives an empty summary with the problem named."""
    today = now.date()
    reads = ReadOnce(store)
    coach = Coach(cast(HistoryStore, reads), programmes)
    try:
        plans = coach.plans(today)
        days = {d.plan.enrolment.uuid: d for d in coach.today(today)}
        lines = tuple(_plan_line(coach, p, days.get(p.enrolment.uuid), today, names)
                      for p in plans)
        found = coach.next_due(now)
        advice = coach.advice(today) if plans else None
        missing = tuple(e.programme_id for e in coach.missing())
        asked = morning_due(reads, today)
        calf = calf_test_due(store.calf_tests(), reads.enrolments(), today,
                             {p.id: p.programme.name for p in programmes})
    except HistoryError as exc:
        return TodaySummary(today, problems=(str(exc),))
    next_due = None
    if found is not None:
        plan, o = found
        next_due = NextDue(plan.enrolment.uuid, o.routine_id, names.get(o.routine_id,
                                                                        o.routine_id),
                           o.day, o.slot, date_text(o.wall_time, CLOCK))
    return TodaySummary(today, lines, None if advice is None else advice.kind.value,
                        None if advice is None else advice.text, next_due, asked, missing,
                        None if calf is None else calf.text(today))
