"""One SQLite file kept usable whatever happens to it: the fault handling of the history.

Opening moves a damaged file aside (never deleting it) and starts a fresh one. Every write is
one ``BEGIN IMMEDIATE`` transaction. Recording writes go through ``submit``, which never raises
for a storage problem (disk full, read-only, I/O error, locked longer than the busy timeout):
they wait in an in-memory queue, the user is told once, and a later write or ``flush()``
replays the queue in order. ``run``/``read`` raise a ``HistoryError`` (text for the user)
for those same problems instead. Anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from supple.core.history.model import (
    HistoryBusy,
    HistoryCorrupt,
    HistoryError,
    HistoryUnavailable,
    Notice,
    NoticeKind,
)
from supple.core.history.schema import (
    ConnectionFactory,
    Fault,
    classify,
    configure,
    header_problem,
    migrate,
    move_aside,
    not_a_file_problem,
    readonly_problem,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Write:
    label: str
    apply: Callable[[sqlite3.Connection], None]


_FAULT_TEXT = {
    Fault.BUSY: "Another program, probably a second copy of Supple, is using the history file",
    Fault.UNAVAILABLE: "Supple cannot write its history file (the disk may be full or read-only)",
    Fault.CORRUPT: "The history file is damaged",
}
_READ_ONLY_TEXT = (
    "Supple's history is on a disk or in a folder that cannot be written to (read-only): "
    "it can be read, but nothing new can be saved in it"
)


def _is_read_only(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF == 8) or "readonly" in str(error).lower()


class _OpenFiles:
    """How many connections this process holds to each database file (by real path)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count: dict[str, int] = {}

    @staticmethod
    def _key(path: Path) -> str:
        return os.path.realpath(path)

    def add(self, path: Path) -> None:
        with self._lock:
            key = self._key(path)
            self._count[key] = self._count.get(key, 0) + 1

    def remove(self, path: Path) -> None:
        with self._lock:
            key = self._key(path)
            left = self._count.get(key, 0) - 1
            if left > 0:
                self._count[key] = left
            else:
                self._count.pop(key, None)

    def holds(self, path: Path) -> bool:
        with self._lock:
            return self._key(path) in self._count


_OPEN = _OpenFiles()


class GuardedDatabase:
    """One connection, guarded by a lock so a worker thread may write while the UI reads."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime],
        connect: ConnectionFactory,
        busy_timeout_ms: int,
        retry_after_s: float,
        on_notice: Callable[[Notice], None] | None,
    ) -> None:
        self.path = path
        self.notices: list[Notice] = []
        self._clock = clock
        self._connect = connect
        self._busy_timeout_ms = busy_timeout_ms
        self._retry_after_s = retry_after_s
        self._on_notice = on_notice
        self._lock = threading.RLock()
        self._pending: deque[_Write] = deque()
        self._pending_fault: Fault | None = None
        self._last_attempt = float("-inf")
        self._conn: sqlite3.Connection | None = None
        self._read_only = False  # the connection could only be opened for reading
        self._pending_text = ""
        problem = not_a_file_problem(path)
        if problem is not None:
            raise HistoryUnavailable(problem)
        try:
            self._conn = self._open()
        except sqlite3.Error as error:
            fault = classify(error)
            if fault is Fault.BUSY:
                raise HistoryBusy(f"{_FAULT_TEXT[fault]}. Close it and try again.") from error
            if fault is None:
                raise
            self._enter_pending(fault)
        except HistoryUnavailable as error:  # e.g. cannot even create the data directory
            self._enter_pending(Fault.UNAVAILABLE, str(error))

    # ----- opening, corruption ---------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryUnavailable(
                f"Supple cannot create the folder of its history, {self.path.parent}: "
                f"{error.strerror or error}"
            ) from error
        problem = not_a_file_problem(self.path)
        if problem is not None:
            raise HistoryUnavailable(problem)
        # Reading the file ourselves is only safe while this process has no connection to it:
        # closing any descriptor of a file drops every POSIX lock the process holds on it,
        # SQLite's included, and a connection in another process would then think itself the
        # last one and delete the WAL this process is still writing into. The first store to
        # open the file checked it; the others rely on that (and on SQLite's own errors).
        if not _OPEN.holds(self.path):
            problem = header_problem(self.path) or readonly_problem(self.path)
            if problem is not None:
                self._move_aside(problem)
        try:
            return self._connect_and_migrate()
        except sqlite3.Error as error:
            fault = classify(error)
            if fault is Fault.UNAVAILABLE:
                conn = self._open_read_only()
                if conn is not None:
                    return conn
            if fault is not Fault.CORRUPT:
                raise
            self._move_aside(str(error))
            return self._connect_and_migrate()

    def _connect_and_migrate(self) -> sqlite3.Connection:
        conn = self._connect(self.path)
        try:
            configure(conn, self._busy_timeout_ms)
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        _OPEN.add(self.path)
        return conn

    def _open_read_only(self) -> sqlite3.Connection | None:
        """A history on a disk that refuses writing (read-only mount, folder without write
        permission) can still be read: through ``mode=ro``, which sees the WAL too but needs
        its ``-shm`` to exist already, or else ``immutable=1``, which reads the main file as it
        is. Writes then fail with SQLITE_READONLY and are refused with a message."""
        try:
            if not self.path.is_file() or self.path.stat().st_size == 0:
                return None
            uri = self.path.resolve().as_uri()
        except OSError:
            return None
        for query in ("mode=ro", "immutable=1"):
            try:
                conn = sqlite3.connect(f"{uri}?{query}", uri=True, check_same_thread=False)
            except sqlite3.Error:
                continue
            try:
                conn.isolation_level = None
                conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
                migrate(conn)  # only reads when the schema is current; HistoryTooNew passes
            except sqlite3.Error:
                conn.close()
                continue
            except BaseException:
                conn.close()
                raise
            self._read_only = True
            _OPEN.add(self.path)
            return conn
        return None

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
            self._read_only = False
            _OPEN.remove(self.path)

    def _move_aside(self, reason: str) -> None:
        target = move_aside(self.path, self._clock())
        self._notify(
            Notice(
                NoticeKind.CORRUPT_MOVED_ASIDE,
                f"The history file was damaged ({reason}) and could not be read. It was moved "
                f"to {target} (nothing was deleted) and a new, empty history was started.",
                target,
            )
        )

    # ----- notices and the pending-writes queue ----------------------------------------------

    def _notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        if self._on_notice is not None:
            self._on_notice(notice)

    def _enter_pending(self, fault: Fault, detail: str | None = None) -> None:
        if fault is not Fault.BUSY:
            # A fresh connection is the only way to notice the disk was remounted read-write.
            self._drop_connection()
        if self._pending_fault is not None:
            return  # the user has been told already
        self._pending_fault = fault
        later = (
            "It will be saved when the disk allows; keep Supple open until then."
            if fault is not Fault.CORRUPT
            else "It will be repaired when Supple next starts."
        )
        reason = detail.rstrip(".") if detail else _FAULT_TEXT[fault]
        self._pending_text = reason
        self._notify(
            Notice(
                NoticeKind.WRITES_PENDING,
                f"{reason}. Your session is kept in memory. {later}",
                self.path,
            )
        )

    @property
    def pending_writes(self) -> int:
        return len(self._pending)

    def flush(self) -> bool:
        """Try to write everything queued now; True when nothing is left in memory."""
        with self._lock:
            self._drain()
            return not self._pending

    def submit(self, label: str, apply: Callable[[sqlite3.Connection], None]) -> None:
        with self._lock:
            self._pending.append(_Write(label, apply))
            waited = time.monotonic() - self._last_attempt
            if len(self._pending) > 1 and waited < self._retry_after_s:
                return  # storage failed a moment ago; do not stall the caller retrying it
            self._drain()

    def _drain(self) -> None:
        self._last_attempt = time.monotonic()
        if self._pending_fault is Fault.CORRUPT:
            return
        while self._pending:
            write = self._pending[0]
            try:
                self._transaction(self._writable_connection(), write.apply)
            except sqlite3.Error as error:
                fault = classify(error)
                if fault is None:
                    self._pending.popleft()
                    raise
                read_only = fault is Fault.UNAVAILABLE and (self._read_only or _is_read_only(error))
                self._enter_pending(fault, _READ_ONLY_TEXT if read_only else None)
                return
            except HistoryError as error:
                self._enter_pending(Fault.UNAVAILABLE, str(error))
                return
            except BaseException:
                self._pending.popleft()  # a bug in this write must not block the ones after it
                raise
            self._pending.popleft()
        if self._pending_fault is not None:
            self._pending_fault = None
            self._notify(
                Notice(NoticeKind.WRITES_SAVED, "The history has been saved after all.", self.path)
            )

    def _writable_connection(self) -> sqlite3.Connection:
        """The connection for a write; one that could only read is opened afresh first, as
        the disk may have been made writable since."""
        if self._read_only:
            self._drop_connection()
        if self._conn is None:
            self._conn = self._open()
        if self._read_only:
            raise HistoryUnavailable(f"{_READ_ONLY_TEXT} ({self.path}).")
        return self._conn

    @staticmethod
    def _transaction(conn: sqlite3.Connection, apply: Callable[[sqlite3.Connection], T]) -> T:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = apply(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
        return result

    # ----- reads and direct (raising) writes -------------------------------------------------

    def _user_error(self, error: sqlite3.Error) -> HistoryError | None:
        fault = classify(error)
        if fault is Fault.BUSY:
            return HistoryBusy(f"{_FAULT_TEXT[fault]}. Close it and try again.")
        if fault is Fault.UNAVAILABLE:
            if self._read_only or _is_read_only(error):
                return HistoryUnavailable(f"{_READ_ONLY_TEXT} ({self.path}).")
            return HistoryUnavailable(f"{_FAULT_TEXT[fault]}: {error}.")
        if fault is Fault.CORRUPT:
            return HistoryCorrupt(
                f"{_FAULT_TEXT[fault]} ({error}). Restart Supple to move it aside and start anew."
            )
        return None

    def run(self, apply: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        with self._lock:
            if write and self._pending:
                self._drain()  # keep the order of writes
                if self._pending:
                    text = self._pending_text or _FAULT_TEXT[Fault.UNAVAILABLE]
                    raise HistoryUnavailable(f"{text} ({self.path}).")
            try:
                if write:
                    return self._transaction(self._writable_connection(), apply)
                if self._conn is None:
                    self._conn = self._open()
                return apply(self._conn)
            except sqlite3.Error as error:
                user_error = self._user_error(error)
                if user_error is None:
                    raise
                raise user_error from error

    def read(self, apply: Callable[[sqlite3.Connection], T]) -> T:
        return self.run(apply, write=False)

    def close(self) -> None:
        """Flush what can be flushed; writes still pending are lost (the user was told)."""
        with self._lock:
            with contextlib.suppress(HistoryError, sqlite3.Error):
                self._drain()
            self._drop_connection()
