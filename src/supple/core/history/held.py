"""Why history writes wait in memory, said so that the user can do something about it.

The store keeps writes the file refused and replays them later; the user is told in a notice
at once, and asked again before quitting. Both must name the real cause: a lock held by
another program is not a full disk, and "free some space" does not help with it. The cause
is decided where the SQLite error is seen (``db``); the words are here, so that the notice
and the quit dialog say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from supple.core.history.lock_holders import LockHolder


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


def problem(cause: HeldCause | None, detail: str, holders: tuple[LockHolder, ...]) -> str:
    """What is wrong. ``detail``, the store's own sentence, is used where the cause alone
    says too little (a damaged file, a folder in the file's place, SQLite's own words)."""
    match cause:
        case HeldCause.LOCKED if holders:
            who = " and ".join(str(h) for h in holders)
            return f"Supple's history file is locked by another program: {who}."
        case HeldCause.LOCKED:
            return ("Supple's history file is locked by another program (perhaps a second copy "
                    "of Supple, or `supple history` in a terminal).")
        case HeldCause.FULL:
            return "The disk that holds Supple's history is full."
        case _ if detail:
            return _sentence(detail)
        case HeldCause.READ_ONLY:
            return ("Supple's history is on a disk or in a folder that cannot be written to "
                    "(read-only).")
        case HeldCause.DAMAGED:
            return "Supple's history file is damaged."
        case _:
            return "The disk refused to write Supple's history."


def remedy(cause: HeldCause | None, holders: tuple[LockHolder, ...]) -> str:
    """What to do about it, before trying again."""
    match cause:
        case HeldCause.LOCKED if any(h.in_terminal for h in holders):
            return "Let it finish, or stop it in its terminal (Ctrl+C), then try again."
        case HeldCause.LOCKED:
            return "Close it (or let it finish), then try again."
        case HeldCause.READ_ONLY:
            return "Make it writable (or mount it read-write), then try again."
        case HeldCause.FULL:
            return "Free some space on it, then try again."
        case HeldCause.DAMAGED:
            return "Close any other program using it, then try again."
        case _:
            return "Try again in a moment; if it keeps failing, check the disk."


def later(cause: HeldCause) -> str:
    """For the notice: when the writes will reach the file by themselves."""
    match cause:
        case HeldCause.LOCKED:
            return ("It is saved once that program lets go of the file; keep Supple open "
                    "until then.")
        case HeldCause.DAMAGED:
            return "It is written once the file is repaired."
        case _:
            return "It will be saved when the disk allows; keep Supple open until then."


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."

