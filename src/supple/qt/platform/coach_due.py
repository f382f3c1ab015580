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

from supple.core.history.model import HistoryError
from supple.qt.platform.due import DueRoutine

if TYPE_CHECKING:  # made before the first paint; the coach comes with the history
    from supple.core.coach import Coach

# By the adherence's Status values.
STATUS_WORDS = {"done": "done", "stopped": "stopped early", "missed": "missed", "due": "to do",
                "upcoming": "to do"}


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

    def refresh(self, now: datetime) -> None:
        """Read the coach afresh (from the history: not on every menu opening)."""
        if self.coach is None:
            return
        try:
            found = self.coach.next_due(now)
            days = self.coach.today(now.date())
        except (HistoryError, ValueError):
            self._snapshot = None
            return
        due = None
        if found is not None:
            _, occurrence = found
            when = "" if occurrence.day == now.date() else f", {occurrence.day:%a %d %b}"
            due = DueRoutine(occurrence.routine_id,
                             f"{self.name(occurrence.routine_id)}, {occurrence.slot} "
                             f"(week {occurrence.week}{when})")
        items = sorted((i.occurrence.wall_time, self.name(i.occurrence.routine_id),
                        STATUS_WORDS[i.status.value]) for d in days for i in d.items)
        self._snapshot = _Snapshot(now.date(), due,
                                   tuple(f"{t:%H:%M} {n}, {s}" for t, n, s in items))

    def next_due(self, now: datetime) -> DueRoutine | None:
        return None if self._snapshot is None else self._snapshot.next_due

    def todays_plan(self, now: datetime) -> Sequence[str]:
        snapshot = self._snapshot
        return snapshot.plan if snapshot is not None and snapshot.day == now.date() else ()
