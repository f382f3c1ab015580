"""Records, enums, notices and errors of the history store.

Kept apart from the store so that the stats, export and Qt layers can name these types
without pulling in SQLite plumbing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

#: The sane range of a session's dates: none is older than this, none later than tomorrow
#: (a day of slack for time zones and a clock set a little ahead). Imports refuse dates
#: outside it; the statistics leave such sessions out of the calendar (one at 9999-12-31
#: overflowed them, one at 0001-01-01 made them walk 730,000 days).
EARLIEST_DATE = date(2000, 1, 1)
LATEST_AHEAD = timedelta(days=1)

#: The longest note a session may hold, in characters: what the player's and the history
#: window's note fields let one type, and what an import accepts (a note as long as the window
#: allows always imports). Qt counts a character outside the BMP as two, so a typed note is
#: never longer than this in Python's count either.
NOTE_MAX = 2000


def canonical_uuid(text: str) -> str | None:
    """``text`` as a session's uuid is stored and compared: lower case, with hyphens
    (``{ABC…}``, ``urn:uuid:abc…`` and ``ABC…`` are one session); None if it is not a UUID.
    Supple writes uuids this way; older versions stored an imported one as its file spelled it.
    """
    if isinstance(text, str) and _CANONICAL_UUID.fullmatch(text):
        return text  # as Supple writes them: the quick way for 50,000 of them
    try:
        return str(uuid.UUID(text))
    except (ValueError, TypeError, AttributeError):
        return None


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Outcome(Enum):
    """How a session ended. ``IN_PROGRESS`` is what a live (or crashed) session looks like."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class StepStatus(Enum):
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One run of a routine, as stored. ``uuid`` is its identity everywhere (export, import)."""

    uuid: str
    routine_id: str
    routine_name: str
    category: str
    fingerprint: str
    started_at: datetime
    ended_at: datetime | None
    updated_at: datetime
    active_seconds: float
    steps_done: int
    steps_skipped: int
    steps_total: int
    outcome: Outcome
    resume_position: int
    pain_before: int | None
    pain_after: int | None
    note: str
    resumable: bool

    @property
    def day(self) -> date:
        """The local calendar day the session started on, as the runner saw it then."""
        return self.started_at.date()


def format_pain(pain_before: int | None, pain_after: int | None) -> str:
    """The calf ratings around a session, ``5 → 2``, as the window's table and ``supple
    history`` both show them: ``–`` for the side not rated, ``—`` for a session not rated."""
    if pain_before is None and pain_after is None:
        return "—"
    before = "–" if pain_before is None else str(pain_before)
    after = "–" if pain_after is None else str(pain_after)
    return f"{before} → {after}"


@dataclass(frozen=True, slots=True)
class StepRecord:
    position: int
    name: str
    side: str | None
    status: StepStatus
    seconds: float
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    skipped_duplicates: int


@dataclass(frozen=True, slots=True)
class DayTotals:
    """One (day, category) aggregate row; the statistics fold these in Python."""

    day: date
    category: str
    sessions: int
    completed: int
    active_seconds: float
    pain_before_sum: int
    pain_before_count: int
    pain_after_sum: int
    pain_after_count: int


class NoticeKind(Enum):
    """Things the user should be told once, not errors the caller must handle."""

    WRITES_PENDING = "writes_pending"  # disk full, read-only, I/O error, or locked too long
    WRITES_SAVED = "writes_saved"  # the pending writes reached the disk after all
    CORRUPT_MOVED_ASIDE = "corrupt_moved_aside"  # and what could be read saved in a new file
    DAMAGED = "damaged"  # damage found that cannot be repaired now (the message says why)


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    message: str
    path: Path | None = None


class HistoryError(Exception):
    """Base of the errors a user should see (as opposed to bugs, which propagate unchanged).

    ``str(error)`` is a sentence fit for a dialog.
    """


class HistoryBusy(HistoryError):
    """Another program (usually a second copy of Supple) held the database for too long."""


class HistoryUnavailable(HistoryError):
    """The disk is full, read-only or failing, so the database cannot be read or written now."""


class HistoryCorrupt(HistoryError):
    """The file is damaged and could not be repaired now (another program has it open, or
    its folder cannot be written); the text says what to do."""


class HistoryTooNew(HistoryError):
    """The file was written by a newer Supple; we refuse to touch it rather than damage it."""


class HistoryImportError(HistoryError):
    """An import file is not a Supple history export."""


class UnknownSession(LookupError):
    """A session uuid that the store never saw: a bug in the caller."""
