"""What the tray offers to start, and whether reminders are paused: the seams the reminders
and the programmes plug into.

Pure Python (no Qt), so the programme glue can implement :class:`DueSource` without a window;
:class:`ReminderPause` lives with the reminders in the core (which keep it across restarts).
With no programme running the tray's source answers like :class:`NothingDue`, and its menu
says "No programme yet".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from supple.core.reminders.pause import PAUSE_HOUR, ReminderPause

__all__ = ["PAUSE_HOUR", "DueRoutine", "DueSource", "NothingDue", "ReminderPause"]


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
