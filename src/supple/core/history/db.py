"""One SQLite file kept usable whatever happens to it: the fault handling of the history.

A damaged file, found at opening, by ``check()`` (``PRAGMA quick_check``) or by any statement
that meets the damage, is set aside (never deleted) and replaced by a fresh file holding
every session that could still be read (``repair``); the operation that met it is then done
again on the fresh file, so a recording write is not lost. Every write is
one ``BEGIN IMMEDIATE`` transaction. Recording writes go through ``submit``, which never raises
for a storage problem (disk full, read-only, I/O error, locked longer than the busy timeout):
they wait in an in-memory queue, the user is told once, and a later write or ``flush()``
replays the queue in order. ``run``/``read`` raise a ``HistoryError`` (text for the user)
for those same problems instead. Anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from supple.core.history.held import (
    HeldCause,
    HeldWrites,
    cause_of,
    detail_of,
    is_read_only,
    later,
    problem,
    read_only_text,
    why_not_writable,
)
from supple.core.history.lock_holders import LockHolder, write_lock_holders
from supple.core.history.model import (
    HistoryBusy,
    HistoryCorrupt,
    HistoryError,
    HistoryUnavailable,
    Notice,
    NoticeKind,
)
from supple.core.history.repair import replace_with_salvage
from supple.core.history.schema import (
    ConnectionFactory,
    Fault,
    classify,
    configure,
    header_problem,
    migrate,
    not_a_file_problem,
    quick_check,
    readonly_problem,
)
from supple.core.history.sharing import share_of
from supple.core.wording import tr

T = TypeVar("T")
_REPAIR_WAIT_S = 0.25  # how long an operation waits for a repair before saying it is busy


@dataclass(frozen=True, slots=True)
class _Write:
    label: str
    apply: Callable[[sqlite3.Connection], None]


def _busy_text() -> str:
    return tr("Another program, probably a second copy of Supple, is using the history file. "
              "Close it and try again.")


class _Damaged(Exception):
    """Raised inside an operation that met damage; the operation repairs and runs again."""

    def __init__(self, reason: str, generation: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.generation = generation


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
        self._refusal = (HeldCause.READ_ONLY, "")  # and why it could not be written, said
        self._pending_text = ""
        self._held_cause: HeldCause | None = None  # why the writes in ``_pending`` wait
        self._held_detail = ""
        self._share = share_of(path)
        self._generation = self._share.generation
        self._share.stores.add(self)
        problem = not_a_file_problem(path)
        if problem is not None:
            raise HistoryUnavailable(problem)
        try:
            self._guarded(self._connect_now)
        except sqlite3.Error as error:
            fault = classify(error)
            if fault is Fault.BUSY:
                raise HistoryBusy(_busy_text()) from error
            if fault is None:
                raise
            cause = cause_of(fault, error)
            self._enter_pending(fault, detail_of(cause, error), cause)
        except HistoryCorrupt as error:  # damaged, and it could not be repaired now
            self._enter_pending(Fault.CORRUPT, str(error))
        except HistoryUnavailable as error:  # e.g. cannot even create the data directory
            self._enter_pending(Fault.UNAVAILABLE, str(error))

    def _connect_now(self) -> None:
        if self._conn is None:
            self._conn = self._open()

    # ----- opening, corruption ---------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryUnavailable(
                tr("Supple cannot create the folder of its history, {folder}: {reason}").format(
                    folder=self.path.parent, reason=error.strerror or error)
            ) from error
        problem = not_a_file_problem(self.path)
        if problem is not None:
            raise HistoryUnavailable(problem)
        # Reading the file ourselves is only safe while this process has no connection to it:
        # closing any descriptor of a file drops every POSIX lock the process holds on it,
        # SQLite's included, and a connection in another process would then think itself the
        # last one and delete the WAL this process is still writing into. The first store to
        # open the file checked it; the others rely on that (and on SQLite's own errors).
        # Stores connect one at a time, so none connects while another reads the header.
        with self._share.opening:
            if not self._share.connected:
                problem = header_problem(self.path) or readonly_problem(self.path)
                if problem is not None:
                    raise _Damaged(problem, self._generation)
            try:
                return self._connect_and_migrate()
            except sqlite3.Error as error:
                fault = classify(error)
                if fault is Fault.UNAVAILABLE:
                    conn = self._open_read_only()
                    if conn is not None:
                        self._refusal = why_not_writable(error, self.path)
                        return conn
                if fault is Fault.CORRUPT:
                    raise _Damaged(str(error), self._generation) from error
                raise

    def _connect_and_migrate(self) -> sqlite3.Connection:
        conn = self._connect(self.path)
        try:
            configure(conn, self._busy_timeout_ms)
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._share.connect()
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
                migrate(conn, read_only=True)  # writes nothing; HistoryTooNew passes
            except sqlite3.Error:
                conn.close()
                continue
            except BaseException:
                conn.close()
                raise
            self._read_only = True
            self._share.connect()
            return conn
        return None

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
            self._read_only = False
            self._share.disconnect()

    def _guarded(self, operation: Callable[[], T]) -> T:
        """Run ``operation`` with this store's connection, while no repair can swap the file;
        if it meets damage, repair, and run it once more on the repaired file."""
        # A repair of a large history takes seconds: the GUI thread must not wait that long.
        wait = min(self._busy_timeout_ms / 1000, _REPAIR_WAIT_S)
        for attempt in (1, 2):
            try:
                with self._share.gate.shared(wait), self._lock:
                    if self._generation != self._share.generation:
                        self._after_swap()
                    return operation()
            except TimeoutError:  # a repair, usually of a few ms, is taking long
                raise HistoryBusy(tr("The history file is being repaired; try again in a "
                                     "moment.")) from None
            except _Damaged as damage:
                problem = self._repair(damage)
                if problem is not None or attempt == 2:
                    raise HistoryCorrupt(problem or tr(
                        "The history file is damaged ({reason}) and could not be repaired."
                    ).format(reason=damage.reason)) from None
        raise AssertionError("unreachable")

    def _damage(self, error: sqlite3.Error) -> _Damaged:
        return _Damaged(str(error), self._generation)

    def _repair(self, damage: _Damaged) -> str | None:
        """Swap the damaged file for a repaired one; None when done (here or by another store
        meanwhile), else why it cannot be done now."""
        share = self._share
        with share.gate.exclusive():
            if share.generation != damage.generation:
                return None  # another store of this process repaired it meanwhile
            with share.alone() as alone:
                if not alone:
                    return tr(
                        "The history file is damaged ({reason}). It is repaired when "
                        "only one program has it open: close other copies of Supple (or "
                        "`supple history`) and start Supple again. If its folder cannot be "
                        "written, copy {path} somewhere it can."
                    ).format(reason=damage.reason, path=self.path)

                def disconnect_all() -> None:
                    for store in list(share.stores):
                        with store._lock:
                            store._drop_connection()

                try:
                    target, text, _saved = replace_with_salvage(
                        self.path, self._clock(), damage.reason, disconnect_all)
                except (OSError, sqlite3.Error) as error:
                    return tr("The history file is damaged ({reason}) and could not be "
                              "repaired: {error}. It was left as it is.").format(
                        reason=damage.reason, error=error)
                share.generation += 1
        self._notify(Notice(NoticeKind.CORRUPT_MOVED_ASIDE, text, target))
        return None

    def _after_swap(self) -> None:
        """The file was replaced by a repaired one: reconnect, and let held writes go in."""
        self._drop_connection()
        self._generation = self._share.generation
        if self._pending_fault is Fault.CORRUPT:
            self._pending_fault = Fault.UNAVAILABLE  # retried, and "saved after all" when in

    def check(self) -> bool:
        """``PRAGMA quick_check`` of the whole file, and a repair if it finds damage; True if
        it did. It reads every page (about 0.3 s for 100,000 sessions), so call it off the
        GUI thread; other reads and writes of this process go on meanwhile."""
        with self._share.gate.shared():
            generation = self._share.generation
            problem = quick_check(self.path)
        if problem is None:
            return False
        cannot = self._repair(_Damaged(problem, generation))
        if cannot is not None:
            self._notify(Notice(NoticeKind.DAMAGED, cannot, self.path))
        return True

    # ----- notices and the pending-writes queue ----------------------------------------------

    def _notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        if self._on_notice is not None:
            self._on_notice(notice)

    def _enter_pending(self, fault: Fault, detail: str | None = None,
                       cause: HeldCause | None = None) -> None:
        if fault is not Fault.BUSY:
            # A fresh connection is the only way to notice the disk was remounted read-write.
            self._drop_connection()
        cause = cause or cause_of(fault)
        if self._pending_fault is not None and cause is self._held_cause:
            return  # the user has been told already
        if self._pending_fault is None:
            self._pending_fault = fault
        self._held_cause, self._held_detail = cause, detail or ""
        reason = problem(cause, self._held_detail, self._holders(cause))
        self._pending_text = reason.rstrip(".")
        self._notify(
            Notice(
                NoticeKind.WRITES_PENDING,
                tr("{problem} Your session is kept in memory. {when_saved}").format(
                    problem=reason, when_saved=later(cause)),
                self.path,
            )
        )

    def _holders(self, cause: HeldCause | None) -> tuple[LockHolder, ...]:
        return tuple(write_lock_holders(self.path)) if cause is HeldCause.LOCKED else ()

    def held(self) -> HeldWrites:
        """How many writes wait in memory, and why (who holds the file, if it is locked)."""
        with self._lock:
            count, cause, detail = len(self._pending), self._held_cause, self._held_detail
        if not count:
            return HeldWrites(0)
        return HeldWrites(count, cause, detail, self._holders(cause))

    @property
    def pending_writes(self) -> int:
        return len(self._pending)

    def flush(self) -> bool:
        """Try to write everything queued now; True when nothing is left in memory."""
        self._drain_guarded()
        return not self._pending

    def submit(self, label: str, apply: Callable[[sqlite3.Connection], None]) -> None:
        with self._lock:
            self._pending.append(_Write(label, apply))
            waited = time.monotonic() - self._last_attempt
            if len(self._pending) > 1 and waited < self._retry_after_s:
                return  # storage failed a moment ago; do not stall the caller retrying it
        self._drain_guarded()

    def _drain_guarded(self) -> None:
        try:
            self._guarded(self._drain)
        except HistoryCorrupt as error:  # damaged and not repairable now: keep the writes
            self._enter_pending(Fault.CORRUPT, str(error))
        except HistoryBusy as error:  # a repair by this process is taking long
            self._enter_pending(Fault.BUSY, str(error), HeldCause.FAILING)

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
                if fault is Fault.CORRUPT:
                    raise self._damage(error) from error
                read_only = fault is Fault.UNAVAILABLE and (self._read_only or is_read_only(error))
                cause = cause_of(fault, error, read_only)
                self._enter_pending(fault, detail_of(cause, error), cause)
                return
            except HistoryError as error:
                cause = self._refusal[0] if self._read_only else HeldCause.FAILING
                self._enter_pending(Fault.UNAVAILABLE, str(error), cause)
                return
            except BaseException:
                self._pending.popleft()  # a bug in this write must not block the ones after it
                raise
            self._pending.popleft()
        if self._pending_fault is not None:
            self._pending_fault = None
            self._held_cause, self._held_detail = None, ""
            self._notify(
                Notice(NoticeKind.WRITES_SAVED, tr("The history has been saved after all."),
                       self.path)
            )

    def _writable_connection(self) -> sqlite3.Connection:
        """The connection for a write; one that could only read is opened afresh first, as
        the disk may have been made writable since."""
        if self._read_only:
            self._drop_connection()
        if self._conn is None:
            self._conn = self._open()
        if self._read_only:
            raise HistoryUnavailable(self._refusal[1])
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
            return HistoryBusy(_busy_text())
        if fault is Fault.UNAVAILABLE:
            if self._read_only or is_read_only(error):
                return HistoryUnavailable(read_only_text(self.path))
            return HistoryUnavailable(tr("Supple cannot write its history file (the disk may be "
                                         "full or read-only): {error}.").format(error=error))
        return None

    def run(self, apply: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        return self._guarded(lambda: self._run_once(apply, write))

    def _run_once(self, apply: Callable[[sqlite3.Connection], T], write: bool) -> T:
        if write and self._pending:
            self._drain()  # keep the order of writes
            if self._pending:
                text = self._pending_text or tr(
                    "Supple cannot write its history file (the disk may be full or read-only)")
                raise HistoryUnavailable(tr("{problem} ({path}).").format(
                    problem=text, path=self.path))
        try:
            if write:
                return self._transaction(self._writable_connection(), apply)
            if self._conn is None:
                self._conn = self._open()
            return apply(self._conn)
        except sqlite3.Error as error:
            if classify(error) is Fault.CORRUPT:
                raise self._damage(error) from error
            user_error = self._user_error(error)
            if user_error is None:
                raise
            raise user_error from error

    def read(self, apply: Callable[[sqlite3.Connection], T]) -> T:
        return self.run(apply, write=False)

    def close(self) -> None:
        """Flush what can be flushed; writes still pending are lost (the user was told)."""
        with contextlib.suppress(HistoryError, sqlite3.Error):
            self._drain_guarded()
        with self._share.gate.shared(), self._lock:
            self._drop_connection()
        self._share.stores.discard(self)
