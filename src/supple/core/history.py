"""The completion history: one SQLite file that a crash, a kill or a full disk cannot empty.

Why it is shaped like this:

* A session row is written when a routine starts and updated in the same transaction as each
  finished step, so whatever kills the process, the row says how far the runner got.
* Recording writes (``begin_session``, ``record_step``, ``finish_session``, ``rate_session``,
  ``touch``) never raise for a storage problem (disk full, read-only, I/O error, or the file
  locked by another copy for longer than ``busy_timeout_ms``): the write is queued in memory,
  the user is told once through a ``Notice``, and the queue is replayed in order by a later
  write or by ``flush()``. The routine keeps running either way.
* Reads and user-initiated maintenance raise a ``HistoryError`` subclass (whose text is for the
  user) for those same problems; any other exception is a bug and propagates unchanged.
* A damaged file is moved aside with a timestamp (never deleted) and a fresh one started.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
import uuid as uuid_module
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from supple.core.history_liveness import LiveLocks, Liveness, probe
from supple.core.history_model import (
    DayTotals,
    HistoryBusy,
    HistoryCorrupt,
    HistoryError,
    HistoryUnavailable,
    ImportResult,
    Notice,
    NoticeKind,
    Outcome,
    SessionRecord,
    SessionWithSteps,
    StepRecord,
    StepStatus,
    UnknownSession,
)
from supple.core.history_schema import (
    ConnectionFactory,
    Fault,
    classify,
    configure,
    default_connect,
    header_problem,
    migrate,
    move_aside,
    readonly_problem,
)

T = TypeVar("T")

_SESSION_COLUMNS = (
    "uuid, routine_id, routine_name, category, fingerprint, started_at, ended_at, updated_at, "
    "active_seconds, steps_done, steps_skipped, steps_total, outcome, resume_position, "
    "pain_before, pain_after, note, resumable"
)
_STEP_COLUMNS = "position, name, side, status, seconds, finished_at"


def local_now() -> datetime:
    """Wall-clock time with the local UTC offset: what the runner's calendar says."""
    return datetime.now().astimezone()


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _check_pain(value: int | None, name: str) -> None:
    if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
        raise ValueError(f"{name} must be an integer from 0 to 10, got {value!r}")


@dataclass(frozen=True, slots=True)
class _Write:
    label: str
    apply: Callable[[sqlite3.Connection], None]


def _session_from_row(row: tuple[Any, ...]) -> SessionRecord:
    ended = row[6]
    return SessionRecord(
        uuid=str(row[0]),
        routine_id=str(row[1]),
        routine_name=str(row[2]),
        category=str(row[3]),
        fingerprint=str(row[4]),
        started_at=datetime.fromisoformat(str(row[5])),
        ended_at=None if ended is None else datetime.fromisoformat(str(ended)),
        updated_at=datetime.fromisoformat(str(row[7])),
        active_seconds=float(row[8]),
        steps_done=int(row[9]),
        steps_skipped=int(row[10]),
        steps_total=int(row[11]),
        outcome=Outcome(row[12]),
        resume_position=int(row[13]),
        pain_before=None if row[14] is None else int(row[14]),
        pain_after=None if row[15] is None else int(row[15]),
        note=str(row[16]),
        resumable=bool(row[17]),
    )


def _step_from_row(row: tuple[Any, ...]) -> StepRecord:
    return StepRecord(
        position=int(row[0]),
        name=str(row[1]),
        side=None if row[2] is None else str(row[2]),
        status=StepStatus(row[3]),
        seconds=float(row[4]),
        finished_at=datetime.fromisoformat(str(row[5])),
    )


_FAULT_TEXT = {
    Fault.BUSY: "Another program, probably a second copy of Supple, is using the history file",
    Fault.UNAVAILABLE: "Supple cannot write its history file (the disk may be full or read-only)",
    Fault.CORRUPT: "The history file is damaged",
}


class HistoryStore:
    """The SQLite history. Thread-safe: one connection, guarded by a lock."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] = local_now,
        connect: ConnectionFactory = default_connect,
        busy_timeout_ms: int = 2000,
        stale_after: timedelta = timedelta(minutes=10),
        retry_after_s: float = 5.0,
        on_notice: Callable[[Notice], None] | None = None,
    ) -> None:
        self.path = path
        self.notices: list[Notice] = []
        self._clock = clock
        self._connect = connect
        self._busy_timeout_ms = busy_timeout_ms
        self._stale_after = stale_after
        self._retry_after_s = retry_after_s
        self._on_notice = on_notice
        self._lock = threading.RLock()
        self._live = LiveLocks(path)
        self._pending: deque[_Write] = deque()
        self._pending_fault: Fault | None = None
        self._last_attempt = float("-inf")
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = self._open()
        except sqlite3.Error as error:
            fault = classify(error)
            if fault is Fault.BUSY:
                raise HistoryBusy(f"{_FAULT_TEXT[fault]}. Close it and try again.") from error
            if fault is None:
                raise
            self._enter_pending(fault)
        except OSError:  # cannot even create the data directory
            self._enter_pending(Fault.UNAVAILABLE)

    # ----- opening, corruption ---------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        problem = header_problem(self.path) or readonly_problem(self.path)
        if problem is not None:
            self._move_aside(problem)
        try:
            return self._connect_and_migrate()
        except sqlite3.Error as error:
            if classify(error) is not Fault.CORRUPT:
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
        return conn

    def _move_aside(self, reason: str) -> None:
        target = move_aside(self.path, self._now())
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

    def _enter_pending(self, fault: Fault) -> None:
        if fault is not Fault.BUSY and self._conn is not None:
            # A fresh connection is the only way to notice the disk was remounted read-write.
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
        if self._pending_fault is not None:
            return  # the user has been told already
        self._pending_fault = fault
        later = (
            "It will be saved when the disk allows; keep Supple open until then."
            if fault is not Fault.CORRUPT
            else "It will be repaired when Supple next starts."
        )
        self._notify(
            Notice(
                NoticeKind.WRITES_PENDING,
                f"{_FAULT_TEXT[fault]}. Your session is kept in memory. {later}",
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

    def _submit(self, label: str, apply: Callable[[sqlite3.Connection], None]) -> None:
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
                if self._conn is None:
                    self._conn = self._open()
                self._transaction(self._conn, write.apply)
            except sqlite3.Error as error:
                fault = classify(error)
                if fault is None:
                    self._pending.popleft()
                    raise
                self._enter_pending(fault)
                return
            except HistoryError:
                self._enter_pending(Fault.UNAVAILABLE)
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
            return HistoryUnavailable(f"{_FAULT_TEXT[fault]}: {error}.")
        if fault is Fault.CORRUPT:
            return HistoryCorrupt(
                f"{_FAULT_TEXT[fault]} ({error}). Restart Supple to move it aside and start anew."
            )
        return None

    def _run(self, apply: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        with self._lock:
            if write and self._pending:
                self._drain()  # keep the order of writes
                if self._pending:
                    raise HistoryUnavailable(f"{_FAULT_TEXT[Fault.UNAVAILABLE]}.")
            try:
                if self._conn is None:
                    self._conn = self._open()
                if write:
                    return self._transaction(self._conn, apply)
                return apply(self._conn)
            except sqlite3.Error as error:
                user_error = self._user_error(error)
                if user_error is None:
                    raise
                raise user_error from error

    def _read(self, apply: Callable[[sqlite3.Connection], T]) -> T:
        return self._run(apply, write=False)

    # ----- recording a session ----------------------------------------------------------------

    def _now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.replace(microsecond=0)

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        category: str,
        fingerprint: str,
        steps_total: int,
        pain_before: int | None = None,
    ) -> SessionRecord:
        """Write the row at once, so even a crash in the first step leaves a trace."""
        _check_pain(pain_before, "pain_before")
        now = self._now()
        record = SessionRecord(
            uuid=str(uuid_module.uuid4()),
            routine_id=routine_id,
            routine_name=routine_name,
            category=category,
            fingerprint=fingerprint,
            started_at=now,
            ended_at=None,
            updated_at=now,
            active_seconds=0.0,
            steps_done=0,
            steps_skipped=0,
            steps_total=steps_total,
            outcome=Outcome.IN_PROGRESS,
            resume_position=0,
            pain_before=pain_before,
            pain_after=None,
            note="",
            resumable=False,
        )
        row = (
            record.uuid, routine_id, routine_name, category, fingerprint, _iso(now),
            _iso(now)[:10], _iso(now), steps_total, Outcome.IN_PROGRESS.value, pain_before,
        )  # fmt: skip

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sessions (uuid, routine_id, routine_name, category, fingerprint, "
                "started_at, day, updated_at, steps_total, outcome, pain_before) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

        self._live.acquire(record.uuid)
        self._submit("begin session", apply)
        return record

    def record_step(
        self,
        session_uuid: str,
        position: int,
        name: str,
        side: str | None,
        status: StepStatus,
        seconds: float,
        active_seconds: float,
    ) -> None:
        """Store one finished step and the session's totals in one transaction.

        Idempotent per position: recording a position again (after "back") replaces it.
        ``active_seconds`` is the session's running total, pauses excluded.
        """
        now = _iso(self._now())
        step = (position, name, side, StepStatus(status).value, seconds, now, session_uuid)

        def apply(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(
                "INSERT INTO steps (session_id, position, name, side, status, seconds, "
                "finished_at) SELECT id, ?, ?, ?, ?, ?, ? FROM sessions WHERE uuid = ? "
                "ON CONFLICT (session_id, position) DO UPDATE SET name = excluded.name, "
                "side = excluded.side, status = excluded.status, seconds = excluded.seconds, "
                "finished_at = excluded.finished_at",
                step,
            )
            if cursor.rowcount == 0:
                raise UnknownSession(session_uuid)
            conn.execute(
                "UPDATE sessions SET "
                "steps_done = (SELECT count(*) FROM steps "
                "WHERE session_id = sessions.id AND status = 'done'), "
                "steps_skipped = (SELECT count(*) FROM steps "
                "WHERE session_id = sessions.id AND status = 'skipped'), "
                "resume_position = max(resume_position, ?), active_seconds = ?, updated_at = ? "
                "WHERE uuid = ?",
                (position + 1, active_seconds, now, session_uuid),
            )

        self._submit("record step", apply)

    def touch(self, session_uuid: str) -> None:
        """Heartbeat for long steps and pauses; call it every minute or so (not per tick)."""
        if self._pending:
            return  # a heartbeat that cannot reach the disk means nothing
        now = _iso(self._now())

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE sessions SET updated_at = ? WHERE uuid = ?", (now, session_uuid))

        self._submit("heartbeat", apply)

    def finish_session(self, session_uuid: str, outcome: Outcome, active_seconds: float) -> None:
        outcome = Outcome(outcome)
        if outcome is Outcome.IN_PROGRESS:
            raise ValueError("a finished session needs a final outcome, not in_progress")
        now = _iso(self._now())
        values = (outcome.value, now, now, active_seconds, session_uuid)

        def apply(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(
                "UPDATE sessions SET outcome = ?, ended_at = ?, updated_at = ?, "
                "active_seconds = ?, resumable = 0 WHERE uuid = ?",
                values,
            )
            if cursor.rowcount == 0:
                raise UnknownSession(session_uuid)

        self._submit("finish session", apply)
        self._live.release(session_uuid)

    def rate_session(
        self,
        session_uuid: str,
        pain_after: int | None = None,
        pain_before: int | None = None,
        note: str | None = None,
    ) -> None:
        """Set whichever of the ratings and note are given; ``None`` leaves a field as it was."""
        _check_pain(pain_after, "pain_after")
        _check_pain(pain_before, "pain_before")
        changes = {"pain_after": pain_after, "pain_before": pain_before, "note": note}
        given = {column: value for column, value in changes.items() if value is not None}
        if not given:
            return
        assignments = ", ".join(f"{column} = ?" for column in given)
        values = (*given.values(), session_uuid)

        def apply(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(f"UPDATE sessions SET {assignments} WHERE uuid = ?", values)
            if cursor.rowcount == 0:
                raise UnknownSession(session_uuid)

        self._submit("rate session", apply)

    # ----- crashes and resuming ---------------------------------------------------------------

    def mark_stale_in_progress_as_interrupted(
        self, stale_after: timedelta | None = None
    ) -> list[SessionRecord]:
        """Call at start-up: sessions whose process died become 'interrupted' and resumable.

        A session is dead when its lock file can be locked (its process is gone), or, if it
        has no lock file, when its heartbeat is older than ``stale_after``. A second running
        copy holds its lock, so its live session is left alone. See ``history_liveness``.
        """
        threshold = self._stale_after if stale_after is None else stale_after
        now = self._now()
        dead: list[str] = []
        for record in self._select_sessions("outcome = 'in_progress'", ()):
            if self._live.holds(record.uuid):
                continue
            liveness = probe(self.path, record.uuid)
            if liveness is Liveness.ALIVE:
                continue
            if liveness is Liveness.UNKNOWN and now - record.updated_at < threshold:
                continue
            dead.append(record.uuid)

        def apply(conn: sqlite3.Connection) -> list[str]:
            changed = []
            for session_uuid in dead:
                cursor = conn.execute(
                    "UPDATE sessions SET outcome = 'interrupted', resumable = 1, "
                    "ended_at = updated_at WHERE uuid = ? AND outcome = 'in_progress'",
                    (session_uuid,),
                )
                if cursor.rowcount:
                    changed.append(session_uuid)
            return changed

        changed = self._run(apply, write=True) if dead else []
        return [self.session(session_uuid) for session_uuid in changed]

    def interrupted_sessions(self) -> list[SessionRecord]:
        """Sessions a crash cut short that the user has not yet resumed or kept."""
        return self._select_sessions("outcome = 'interrupted' AND resumable = 1", ())

    def resolve_interrupted(self, session_uuid: str, keep: bool = True) -> None:
        """Stop offering a session: keep it in the history as it is, or delete it."""

        def apply(conn: sqlite3.Connection) -> None:
            if keep:
                sql = "UPDATE sessions SET resumable = 0 WHERE uuid = ?"
            else:
                sql = "DELETE FROM sessions WHERE uuid = ?"
            if conn.execute(sql, (session_uuid,)).rowcount == 0:
                raise UnknownSession(session_uuid)

        self._run(apply, write=True)

    def resume_session(self, session_uuid: str) -> SessionRecord:
        """Make an interrupted session live again; continue at its ``resume_position``."""
        now = _iso(self._now())

        def apply(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(
                "UPDATE sessions SET outcome = 'in_progress', resumable = 0, ended_at = NULL, "
                "updated_at = ? WHERE uuid = ? AND outcome = 'interrupted'",
                (now, session_uuid),
            )
            if cursor.rowcount == 0:
                raise UnknownSession(session_uuid)

        self._run(apply, write=True)
        self._live.acquire(session_uuid)
        return self.session(session_uuid)

    # ----- queries -----------------------------------------------------------------------------

    def _select_sessions(
        self, where: str, params: tuple[object, ...], limit: int | None = None
    ) -> list[SessionRecord]:
        sql = f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE {where} "
        sql += "ORDER BY started_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._read(lambda conn: conn.execute(sql, params).fetchall())
        return [_session_from_row(row) for row in rows]

    def sessions(
        self,
        routine_id: str | None = None,
        category: str | None = None,
        limit: int | None = None,
    ) -> list[SessionRecord]:
        """Newest first (by local start time as recorded)."""
        clauses = ["1"]
        params: list[object] = []
        if routine_id is not None:
            clauses.append("routine_id = ?")
            params.append(routine_id)
        if category is not None:
            clauses.append("category = ?")
            params.append(category)
        return self._select_sessions(" AND ".join(clauses), tuple(params), limit)

    def session(self, session_uuid: str) -> SessionRecord:
        found = self._select_sessions("uuid = ?", (session_uuid,))
        if not found:
            raise UnknownSession(session_uuid)
        return found[0]

    def steps(self, session_uuid: str) -> list[StepRecord]:
        rows = self._read(
            lambda conn: conn.execute(
                f"SELECT {_STEP_COLUMNS} FROM steps JOIN sessions ON sessions.id = session_id "
                "WHERE uuid = ? ORDER BY position",
                (session_uuid,),
            ).fetchall()
        )
        return [_step_from_row(row) for row in rows]

    def day_totals(
        self, routine_id: str | None = None, category: str | None = None
    ) -> list[DayTotals]:
        """Per (day, category, routine) sums: the one query every statistic is folded from."""
        clauses = ["1"]
        params: list[object] = []
        if routine_id is not None:
            clauses.append("routine_id = ?")
            params.append(routine_id)
        if category is not None:
            clauses.append("category = ?")
            params.append(category)
        sql = (
            "SELECT day, category, routine_id, count(*), sum(outcome = 'completed'), "
            "total(active_seconds), total(pain_before), count(pain_before), "
            "total(pain_after), count(pain_after) FROM sessions "
            f"WHERE {' AND '.join(clauses)} GROUP BY day, category, routine_id"
        )
        rows = self._read(lambda conn: conn.execute(sql, params).fetchall())
        return [
            DayTotals(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], r[5],
                      int(r[6]), r[7], int(r[8]), r[9])
            for r in rows
        ]  # fmt: skip

    def sessions_with_steps(self) -> list[SessionWithSteps]:
        """Everything, oldest first, for export; read in one snapshot."""

        def load(conn: sqlite3.Connection) -> list[SessionWithSteps]:
            conn.execute("BEGIN")
            try:
                steps: dict[int, list[StepRecord]] = {}
                for row in conn.execute(
                    f"SELECT session_id, {_STEP_COLUMNS} FROM steps ORDER BY session_id, position"
                ):
                    steps.setdefault(row[0], []).append(_step_from_row(row[1:]))
                return [
                    SessionWithSteps(_session_from_row(row[1:]), steps.get(row[0], []))
                    for row in conn.execute(
                        f"SELECT id, {_SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
                    )
                ]
            finally:
                conn.execute("COMMIT")

        return self._read(load)

    def import_sessions(self, items: list[SessionWithSteps]) -> ImportResult:
        """Insert sessions unknown by uuid; known ones are skipped (so imports are repeatable)."""

        def apply(conn: sqlite3.Connection) -> ImportResult:
            added = 0
            for item in items:
                s = item.session
                # A session that was live on another machine can never finish here.
                outcome = Outcome.INTERRUPTED if s.outcome is Outcome.IN_PROGRESS else s.outcome
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO sessions ({_SESSION_COLUMNS}, day) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        s.uuid, s.routine_id, s.routine_name, s.category, s.fingerprint,
                        _iso(s.started_at),
                        None if s.ended_at is None else _iso(s.ended_at),
                        _iso(s.updated_at), s.active_seconds, s.steps_done, s.steps_skipped,
                        s.steps_total, outcome.value, s.resume_position, s.pain_before,
                        s.pain_after, s.note, 0, _iso(s.started_at)[:10],
                    ),
                )  # fmt: skip
                if cursor.rowcount == 0:
                    continue
                added += 1
                session_id = cursor.lastrowid
                conn.executemany(
                    f"INSERT INTO steps (session_id, {_STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (session_id, st.position, st.name, st.side, st.status.value, st.seconds,
                         _iso(st.finished_at))
                        for st in item.steps
                    ],
                )  # fmt: skip
            return ImportResult(added=added, skipped_duplicates=len(items) - added)

        return self._run(apply, write=True)

    def export_json(self, path: Path) -> int:
        from supple.core.history_export import export_json

        return export_json(self, path)

    def export_csv(self, path: Path) -> int:
        from supple.core.history_export import export_csv

        return export_csv(self, path)

    def import_json(self, path: Path) -> ImportResult:
        from supple.core.history_export import import_json

        return import_json(self, path)

    # ----- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        """Flush what can be flushed; writes still pending are lost (the user was told).

        A session still live here was quit mid-routine: its lock is dropped but its lock file
        stays, so the next start sees it dead and offers to resume it.
        """
        with self._lock:
            with contextlib.suppress(HistoryError, sqlite3.Error):
                self._drain()
            self._live.abandon_all()
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
