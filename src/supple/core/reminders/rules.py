"""What a reminder is, and which of those due may be shown now.

The rules, in :func:`decide`:

- A reminder is due from its time (:attr:`Candidate.at`) until it expires (the end of its day;
  the morning rating at noon). It is shown once: its key is remembered (``state``), so
  checking again, or after a restart, shows nothing twice.
- Nothing is shown while reminders are off or paused, in quiet hours, or while the desktop
  says not now (another window full screen, the screen locked): what falls due then is held,
  and shown once when that ends, if it has not expired.
- Missed reminders are not stacked: of several of a kind due at once (a machine waking at
  noon with the 07:30 and the 11:00 missed), only the latest is shown, and the others count
  as shown.
- "Later" holds a shown reminder back for :data:`LATER` and shows it once more then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from enum import Enum

from supple.core.reminders.state import ReminderState
from supple.core.reminders.zone import at_on, end_of

LATER = timedelta(minutes=30)
LATE = timedelta(minutes=5)  # shown this long after its time, a reminder says when it was due


class Kind(Enum):
    ROUTINE = "routine"
    MORNING_RATING = "morning rating"  # untranslated: an identifier, never shown


@dataclass(frozen=True)
class Candidate:
    """A reminder that falls due at ``at`` (aware) and lapses at ``expires``."""

    key: str  # stable across restarts and zones: what was shown is remembered by it
    kind: Kind
    at: datetime
    expires: datetime
    routine_id: str | None  # what "Start" starts; None for the morning rating
    label: str  # the routine as the runner knows it, or what is asked

    def late(self, now: datetime) -> bool:
        return now - self.at > LATE


@dataclass(frozen=True)
class UserReminder:
    """A routine the runner wants to be reminded of at ``times`` on ``weekdays`` (0 is
    Monday), wall-clock time wherever the machine is."""

    routine_id: str
    times: tuple[time, ...]
    weekdays: frozenset[int] = frozenset(range(7))


@dataclass(frozen=True)
class QuietHours:
    """From ``start`` to ``end`` (excluded), across midnight when ``end`` comes first."""

    start: time
    end: time

    def cover(self, at: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end


@dataclass(frozen=True)
class ReminderConfig:
    enabled: bool = True
    reminders: tuple[UserReminder, ...] = ()
    quiet: QuietHours | None = field(default_factory=lambda: QuietHours(time(22), time(7)))
    morning_rating: time | None = time(8)  # None: never asked by a notification
    morning_ends: time = time(12)


def zone_of(now: datetime) -> tzinfo:
    if now.tzinfo is None:
        # untranslated: a caller's mistake (a naive datetime), never the runner's
        raise ValueError("reminders need an aware datetime (with its time zone)")
    return now.tzinfo


def user_candidates(reminders: Sequence[UserReminder], now: datetime,
                    label: dict[str, str] | None = None) -> list[Candidate]:
    """Today's reminders of the runner's own, in the zone of ``now``."""
    zone = zone_of(now)
    today = now.date()
    names = label or {}
    found = []
    for reminder in reminders:
        if today.weekday() not in reminder.weekdays:
            continue
        for at in reminder.times:
            # By routine and time, not place in the list: reordering shows nothing again.
            found.append(Candidate(
                f"own:{reminder.routine_id}:{today.isoformat()}:{at:%H:%M}",
                Kind.ROUTINE, at_on(today, at, zone), end_of(today, zone), reminder.routine_id,
                names.get(reminder.routine_id, reminder.routine_id)))
    return found


@dataclass(frozen=True)
class Decision:
    show: tuple[Candidate, ...]  # at most one of each kind
    state: ReminderState
    held: bool  # something is due but may not be shown now


def decide(now: datetime, candidates: Iterable[Candidate], state: ReminderState,
           config: ReminderConfig, *, not_now: bool | Callable[[], bool] = False) -> Decision:
    """What to show at ``now``, and the state that remembers it. ``not_now``: the desktop
    asks for no interruption (full screen, screen locked); a function is asked only when
    something is due (it may have to ask the window manager)."""
    zone_of(now)
    due = [c for c in candidates if c.at <= now < c.expires and state.pending(c.key, now)]
    if not due:
        return Decision((), state.pruned(now), False)
    quiet = config.quiet is not None and config.quiet.cover(now.timetz().replace(tzinfo=None))
    if not config.enabled or state.paused(now) or quiet or \
            (not_now() if callable(not_now) else not_now):
        return Decision((), state, True)
    chosen: dict[Kind, Candidate] = {}
    for candidate in sorted(due, key=lambda c: (c.at, c.key)):
        chosen[candidate.kind] = candidate  # the latest of each kind wins
    new_state = state.shown_now([c.key for c in due], now)
    return Decision(tuple(sorted(chosen.values(), key=lambda c: c.at)), new_state.pruned(now),
                    False)
