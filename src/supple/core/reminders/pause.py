"""A pause of the reminders, as the tray's menu sets it: a module of its own, light enough to
import before the window's first paint (the rest of the reminders come after it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

PAUSE_HOUR = timedelta(hours=1)


@dataclass
class ReminderPause:
    """Reminders paused until a moment (an aware datetime), or not. ``on_change`` hears each
    change (the reminders keep it in their state file, so a pause outlives a restart)."""

    until: datetime | None = None
    on_change: Callable[[datetime | None], None] | None = None

    def _set(self, until: datetime | None) -> None:
        self.until = until
        if self.on_change is not None:
            self.on_change(until)

    def pause_for(self, now: datetime, span: timedelta = PAUSE_HOUR) -> None:
        self._set(now + span)

    def pause_for_today(self, now: datetime) -> None:
        """Until the next midnight, wall-clock time where ``now`` is."""
        from supple.core.reminders.zone import at_on

        assert now.tzinfo is not None
        self._set(at_on(now.date() + timedelta(days=1), time(), now.tzinfo))

    def resume(self) -> None:
        self._set(None)

    def paused(self, now: datetime) -> bool:
        return self.until is not None and now < self.until
