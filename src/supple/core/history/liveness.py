"""Is the process that owns an 'in_progress' session still alive?

A crashed session must be offered for resuming at the next start, but a *second running
copy* of Supple must not steal the first copy's live session. Two signals, in order:

1. A lock file per live session (``history.db.live-<uuid>``) held with ``flock`` by the
   owning process. The kernel drops the lock when the process dies, however it dies
   (SIGKILL, power cut), so "lock can be taken" means "owner is dead" at once — no waiting
   for a timeout after a crash — and it works across PID namespaces (Flatpak) where a PID
   check would not. Where ``fcntl`` does not exist (Windows) no lock files are made.
2. Without a lock file, the heartbeat: the row's ``updated_at`` (refreshed by every step and
   by ``HistoryStore.touch``) older than a threshold means dead.
"""

from __future__ import annotations

import contextlib
import os
from enum import Enum
from pathlib import Path
from typing import IO

from supple.core.safe_read import open_regular_file

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    _HAVE_FLOCK = False
else:
    _HAVE_FLOCK = True


class Liveness(Enum):
    ALIVE = "alive"
    DEAD = "dead"
    UNKNOWN = "unknown"  # no lock file: decide by heartbeat


def lock_path(db_path: Path, session_uuid: str) -> Path:
    return db_path.with_name(f"{db_path.name}.live-{session_uuid}")


class LiveLocks:
    """The locks this store holds for the sessions it is running."""

    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self._held: dict[str, IO[bytes]] = {}

    def acquire(self, session_uuid: str) -> None:
        """Best effort: if the file cannot be made (read-only disk) the heartbeat still works."""
        if not _HAVE_FLOCK or session_uuid in self._held:
            return
        try:
            # Never waits: a named pipe at the name would block a plain open until a reader
            # came; it is refused instead (and left alone), and the heartbeat decides.
            handle = os.fdopen(open_regular_file(lock_path(self._db_path, session_uuid),
                                                 os.O_WRONLY | os.O_CREAT | os.O_APPEND), "ab")
        except OSError:
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return
        self._held[session_uuid] = handle

    def release(self, session_uuid: str) -> None:
        handle = self._held.pop(session_uuid, None)
        if handle is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(lock_path(self._db_path, session_uuid))
        handle.close()

    def abandon_all(self) -> None:
        """Drop the locks but leave the files: the sessions are now dead, and look it."""
        for handle in self._held.values():
            handle.close()
        self._held.clear()

    def holds(self, session_uuid: str) -> bool:
        return session_uuid in self._held


def probe(db_path: Path, session_uuid: str) -> Liveness:
    """Ask the kernel whether someone still holds the session's lock."""
    if not _HAVE_FLOCK:
        return Liveness.UNKNOWN
    path = lock_path(db_path, session_uuid)
    try:
        # Not a plain open: one of a named pipe at the name waits for a writer for ever.
        # Anything but a regular file is not a lock this app made: the heartbeat decides.
        handle = os.fdopen(open_regular_file(path), "rb")
    except OSError:
        return Liveness.UNKNOWN
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return Liveness.ALIVE
        except OSError:
            return Liveness.UNKNOWN
        with contextlib.suppress(OSError):
            os.unlink(path)  # the owner is gone; tidy its lock file
        return Liveness.DEAD
