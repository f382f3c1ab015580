"""What the tray offers to start, and whether reminders are paused: the seams the reminders
and the programmes plug into.

Pure Python (no Qt), so the programme glue can implement :class:`DueSource` and the reminder
code can read :class:`ReminderPause` without a window. Until a programme exists the tray's
source is :class:`NothingDue`, and its menu says "No programme yet".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import NamedTuple, Protocol

PAUSE_HOUR = timedelta(hours=1)


class DueRoutine(NamedTuple):
    """A routine to offer: ``routine_id`` as the library knows it, ``label`` as the menu
    shows it (e.g. "Heel drops, evening set (week 3)")."""

    routine_id: str
    label: str


class DueSource(Protocol):
    """Asked each time the tray menu opens, on the GUI thread: it must answer quickly (from
    what it holds, not by reading files)."""

    def next_due(self, now: datetime) -> DueRoutine | None:
        """The routine due next (or overdue), None when nothing is planned."""

    def todays_plan(self, now: datetime) -> Sequence[str]:
        """Today's planned sessions, one line each ("07:30 Heel drops, done"); empty: none."""


class NothingDue:
    """Until a programme is running: nothing is due and nothing is planned."""

    def next_due(self, now: datetime) -> DueRoutine | None:
        return None

    def todays_plan(self, now: datetime) -> Sequence[str]:
        return ()


@dataclass
class ReminderPause:
    """Reminders paused until a moment (an aware datetime), or not. Kept in memory: a restart
    ends a pause, which errs on the side of reminding."""

    until: datetime | None = None

    def pause_for(self, now: datetime, span: timedelta = PAUSE_HOUR) -> None:
        self.until = now + span

    def pause_for_today(self, now: datetime) -> None:
        """Until the next midnight, wall-clock time where ``now`` is."""
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), tzinfo=now.tzinfo)
        self.until = midnight

    def resume(self) -> None:
        self.until = None

    def paused(self, now: datetime) -> bool:
        return self.until is not None and now < self.until
