"""Why history writes wait in memory, said so that the user can do something about it.

The store keeps writes the file refused and replays them later; the user is told in a notice
at once, and asked again before quitting. Both must name the real cause: a lock held by
another program is not a full disk, and "free some space" does not help with it. The cause
is read from the SQLite error here (``cause_of``: ``Fault`` alone lumps a full disk with a
read-only one), with the words, so that the notice and the quit dialog say the same thing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from supple.core.history.lock_holders import LockHolder
from supple.core.history.schema import Fault
from supple.core.wording import tr


class HeldCause(Enum):
    LOCKED = "locked"  # another program holds the file's write lock
    READ_ONLY = "read_only"  # the disk or the folder cannot be written
    FULL = "full"  # no space left on the disk
    DAMAGED = "damaged"  # damaged, and it cannot be repaired now
    FAILING = "failing"  # anything else the disk said: an I/O error, a file it cannot open


@dataclass(frozen=True, slots=True)
class HeldWrites:
    """What is held in memory now, and why."""

    count: int
    cause: HeldCause | None = None  # None when nothing is held
    detail: str = ""  # the store's own sentence about it, when the cause alone says too little
    holders: tuple[LockHolder, ...] = ()  # LOCKED: who holds it, when seen

    def problem(self) -> str:
        """What is wrong, as a sentence."""
        return problem(self.cause, self.detail, self.holders)

    def remedy(self) -> str:
        """What the user can do before trying again, as a sentence."""
        return remedy(self.cause, self.holders)


def read_only_text(path: Path | None = None) -> str:
    """What a history that can be read but not written is told (with its file, if given)."""
    if path is None:
        return tr("Supple's history is on a disk or in a folder that cannot be written to "
                  "(read-only): it can be read, but nothing new can be saved in it")
    return tr("Supple's history is on a disk or in a folder that cannot be written to "
              "(read-only): it can be read, but nothing new can be saved in it ({path}).").format(
        path=path)


def is_read_only(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF == 8) or "readonly" in str(error).lower()


def is_full(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    # untranslated: SQLite's own message
    return (isinstance(code, int) and code & 0xFF == 13) or "disk is full" in str(error).lower()


def cause_of(fault: Fault, error: sqlite3.Error | None = None,
             read_only: bool = False) -> HeldCause:
    """What the user is told is wrong (``Fault`` lumps full, read-only and failing together)."""
    if fault is Fault.BUSY:
        return HeldCause.LOCKED
    if fault is Fault.CORRUPT:
        return HeldCause.DAMAGED
    if read_only or (error is not None and is_read_only(error)):
        return HeldCause.READ_ONLY
    if error is not None and is_full(error):
        return HeldCause.FULL
    return HeldCause.FAILING


def detail_of(cause: HeldCause, error: sqlite3.Error) -> str | None:
    """The store's own words for a cause, where the cause's alone say too little."""
    if cause is HeldCause.READ_ONLY:
        return read_only_text()
    if cause is HeldCause.FAILING:
        return tr("Supple cannot write its history file ({error})").format(error=error)
    return None


def why_not_writable(error: sqlite3.Error, path: Path) -> tuple[HeldCause, str]:
    """The file at ``path`` opens for reading, not for writing (``error``): read-only (a
    folder that refuses the ``-wal`` file cannot open it), unless the disk said it is full
    or failing. The cause, and the sentence a refused write raises."""
    code = getattr(error, "sqlite_errorcode", None)
    cannot_open = (isinstance(code, int) and code & 0xFF in (3, 14)) or (
        "unable to open" in str(error).lower())  # untranslated: SQLite's own message
    cause = cause_of(Fault.UNAVAILABLE, error, read_only=cannot_open)
    if cause is HeldCause.FULL:
        return cause, tr("The disk that holds Supple's history ({path}) is full.").format(
            path=path)
    if cause is HeldCause.FAILING:
        return cause, tr("Supple cannot write its history file {path} ({error}).").format(
            path=path, error=error)
    return cause, read_only_text(path)


def problem(cause: HeldCause | None, detail: str, holders: tuple[LockHolder, ...]) -> str:
    """What is wrong. ``detail``, the store's own sentence, is used where the cause alone
    says too little (a damaged file, a folder in the file's place, SQLite's own words)."""
    match cause:
        case HeldCause.LOCKED if holders:
            who = str(holders[0])
            for holder in holders[1:]:
                who = tr("{earlier} and {next}", "programs holding a file").format(
                    earlier=who, next=holder)
            return tr("Supple's history file is locked by another program: {programs}.").format(
                programs=who)
        case HeldCause.LOCKED:
            return tr("Supple's history file is locked by another program (perhaps a second "
                      "copy of Supple, or `supple history` in a terminal).")
        case HeldCause.FULL:
            return tr("The disk that holds Supple's history is full.")
        case _ if detail:
            return _sentence(detail)
        case HeldCause.READ_ONLY:
            return tr("Supple's history is on a disk or in a folder that cannot be written to "
                      "(read-only).")
        case HeldCause.DAMAGED:
            return tr("Supple's history file is damaged.")
        case _:
            return tr("The disk refused to write Supple's history.")


def remedy(cause: HeldCause | None, holders: tuple[LockHolder, ...]) -> str:
    """What to do about it, before trying again."""
    match cause:
        case HeldCause.LOCKED if any(h.in_terminal for h in holders):
            return tr("Let it finish, or stop it in its terminal (Ctrl+C), then try again.")
        case HeldCause.LOCKED:
            return tr("Close it (or let it finish), then try again.")
        case HeldCause.READ_ONLY:
            return tr("Make it writable (or mount it read-write), then try again.")
        case HeldCause.FULL:
            return tr("Free some space on it, then try again.")
        case HeldCause.DAMAGED:
            return tr("Close any other program using it, then try again.")
        case _:
            return tr("Try again in a moment; if it keeps failing, check the disk.")


def later(cause: HeldCause) -> str:
    """For the notice: when the writes will reach the file by themselves."""
    match cause:
        case HeldCause.LOCKED:
            return tr("It is saved once that program lets go of the file (close it, or let it "
                      "finish); keep Supple open until then.")
        case HeldCause.DAMAGED:
            return tr("It is written once the file is repaired.")
        case _:
            return tr("It will be saved when the disk allows; keep Supple open until then.")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."

