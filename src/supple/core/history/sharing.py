"""Who has a history file open: the stores of this process, and other processes.

The app holds two stores on one file (the window's and the recorder's), a ``supple history``
may read it from another process, and a damaged file must be swapped for a repaired one under
all of them. Three things follow, one ``FileShare`` per file (by real path) holds them:

* ``connected``: while this process has a SQLite connection to the file, nothing may open
  the file with ``open()``: closing that descriptor would drop every POSIX lock the process
  holds on it, SQLite's included (see ``GuardedDatabase._open``); ``opening`` makes checking
  and connecting one step.
* ``gate``: every store's operation runs inside ``gate.shared()``; a repair takes
  ``gate.exclusive()``, so it never swaps the file under a statement, and the stores notice
  the new ``generation`` and reconnect.
* A ``flock`` on ``<db>.lock``, shared while this process is connected: a repair takes it
  exclusively, so a file another process still has open (whose connections would go on
  writing into the moved-aside copy) is never swapped. Where ``fcntl`` does not exist, or the
  lock file cannot be made (a read-only disk, where no repair could be written anyway), no
  repair is attempted. (A process that connects during another's repair does not wait for
  it: it does not get its shared lock, and the seconds-long window is left open.)
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from supple.core.safe_read import open_regular_file

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class Gate:
    """Shared/exclusive, reader-preferring and re-entrant for shared holders: an operation may
    call another (a write drains the queue first) without deadlocking behind a repair."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive: int | None = None  # the thread holding it

    @contextlib.contextmanager
    def shared(self, timeout: float | None = None) -> Iterator[None]:
        """Raises TimeoutError if an exclusive holder keeps it longer than ``timeout`` s."""
        me = threading.get_ident()
        with self._cond:
            if not self._cond.wait_for(
                lambda: self._exclusive is None or self._exclusive == me, timeout
            ):
                # untranslated: caught by the store, which says it in words of its own
                raise TimeoutError("the history file is being repaired")
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            while self._shared or (self._exclusive is not None and self._exclusive != me):
                self._cond.wait()
            outer = self._exclusive == me
            self._exclusive = me
        try:
            yield
        finally:
            with self._cond:
                if not outer:
                    self._exclusive = None
                self._cond.notify_all()


class FileShare:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.gate = Gate()
        self.opening = threading.Lock()  # one store at a time checks the file and connects
        self.generation = 0  # bumped when the file was swapped for a repaired one
        self.stores: weakref.WeakSet[Any] = weakref.WeakSet()  # whose connections a repair closes
        self._lock = threading.Lock()
        self._connections = 0
        self._flock: IO[bytes] | None = None
        self._alone = False  # within alone(): the exclusive flock outlives disconnects

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(f"{self.path.name}.lock")

    @property
    def connected(self) -> bool:
        with self._lock:
            return self._connections > 0

    def connect(self) -> None:
        with self._lock:
            self._connections += 1
            if self._connections == 1:
                self._flock = self._take(exclusive=False)

    def disconnect(self) -> None:
        with self._lock:
            self._connections = max(self._connections - 1, 0)
            if self._connections == 0 and self._flock is not None and not self._alone:
                self._flock.close()
                self._flock = None

    @contextlib.contextmanager
    def alone(self) -> Iterator[bool]:
        """True within the block if no other process has the file open (and none can start
        to, through a store); call inside ``gate.exclusive()``."""
        with self._lock:
            if self._flock is not None and fcntl is not None:
                try:
                    fcntl.flock(self._flock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    alone = True
                except OSError:
                    alone = False
                    with contextlib.suppress(OSError):
                        fcntl.flock(self._flock.fileno(), fcntl.LOCK_SH)  # an upgrade may drop it
            else:
                self._flock = self._take(exclusive=True)
                alone = self._flock is not None
            self._alone = alone
        try:
            yield alone
        finally:
            with self._lock:
                self._alone = False
                if alone and self._flock is not None and fcntl is not None:
                    if self._connections == 0:
                        self._flock.close()
                        self._flock = None
                    else:
                        with contextlib.suppress(OSError):
                            fcntl.flock(self._flock.fileno(), fcntl.LOCK_SH)

    def _take(self, *, exclusive: bool) -> IO[bytes] | None:
        if fcntl is None:
            return None
        try:  # never a plain open: one of a named pipe at the name waits for a reader
            handle = os.fdopen(open_regular_file(
                self.lock_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND), "ab")
        except OSError:
            return None
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return None
        return handle


_SHARES: dict[str, FileShare] = {}
_SHARES_LOCK = threading.Lock()


def share_of(path: Path) -> FileShare:
    key = os.path.realpath(path)
    with _SHARES_LOCK:
        found = _SHARES.get(key)
        if found is None:
            found = _SHARES[key] = FileShare(Path(key))
        return found
