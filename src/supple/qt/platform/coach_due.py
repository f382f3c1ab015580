"""The tray's :class:`~supple.qt.platform.due.DueSource` from the programmes: the next routine
due and today's plan, as the :class:`~supple.core.coach.Coach` answers them.

The tray asks each time its menu opens, on the GUI thread, so this answers from a snapshot;
:meth:`CoachDueSource.refresh` (the reminders' timer each minute, a routine ending) reads
the history again. Until a history is attached, or when it cannot be read, nothing is due.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from supple.core.wording import CLOCK, WEEKDAY_DAY_MONTH, date_text
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.platform.due import DueRoutine

if TYPE_CHECKING:  # made before the first paint; the coach comes with the history
    from supple.core.coach import Coach, Day
    from supple.core.programmes.schedule import Occurrence

# By the adherence's Status values.
STATUS_WORDS = {"done": QT_TR_NOOP("done"), "stopped": QT_TR_NOOP("stopped early"),
                "missed": QT_TR_NOOP("missed"), "due": QT_TR_NOOP("to do"),
                "upcoming": QT_TR_NOOP("to do")}


@dataclass(frozen=True)
class _Snapshot:
    day: date
    next_due: DueRoutine | None
    plan: tuple[str, ...]


class CoachDueSource:
    """``name`` gives a routine's name from its id (the library's catalog)."""

    def __init__(self, name: Callable[[str], str] = lambda rid: rid) -> None:
        self.coach: Coach | None = None
        self.name = name
        self._snapshot: _Snapshot | None = None

    def attach(self, coach: Coach, now: datetime) -> None:
        self.coach = coach
        self.refresh(now)

    def refresh(self, now: datetime, days: Sequence[Day] | None = None) -> None:
        """Read the coach afresh (from the history: not on every menu opening); ``days``:
        the coach's answer for today, if the caller has it (the reminders ask it too)."""
        if self.coach is None:
            return
        from supple.core.history.model import HistoryError

        try:
            days = self.coach.today(now.date()) if days is None else days
        except (HistoryError, ValueError):
            self._snapshot = None
            return
        found = _next_due(now, days)
        due = None
        if found is not None:
            if found.day == now.date():
                text = tr("{routine}, {slot} (week {week})").format(
                    routine=self.name(found.routine_id), slot=found.slot, week=found.week)
            else:
                text = tr("{routine}, {slot} (week {week}, {day})").format(
                    routine=self.name(found.routine_id), slot=found.slot, week=found.week,
                    day=date_text(found.day, WEEKDAY_DAY_MONTH))
            due = DueRoutine(found.routine_id, text)
        items = sorted((i.occurrence.wall_time, self.name(i.occurrence.routine_id),
                        tr(STATUS_WORDS[i.status.value])) for d in days for i in d.items)
        self._snapshot = _Snapshot(now.date(), due,
                                   tuple(tr("{time} {routine}, {status}").format(
                                       time=date_text(t, CLOCK), routine=n, status=s)
                                       for t, n, s in items))

    def next_due(self, now: datetime) -> DueRoutine | None:
        return None if self._snapshot is None else self._snapshot.next_due

    def todays_plan(self, now: datetime) -> Sequence[str]:
        snapshot = self._snapshot
        return snapshot.plan if snapshot is not None and snapshot.day == now.date() else ()


def _next_due(now: datetime, days: Sequence[Day]) -> Occurrence | None:
    """As :meth:`Coach.next_due` answers, from today's answer: the earliest of today's still
    to do in any plan, else the next one coming (from the schedules: no history read)."""
    best: Occurrence | None = None
    for day in days:
        open_item = day.next_due
        occurrence = open_item.occurrence if open_item is not None else \
            day.plan.schedule.next_after(now)
        if occurrence is not None and (best is None or occurrence.at < best.at):
            best = occurrence
    return best
