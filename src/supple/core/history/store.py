"""The completion history: one SQLite file that a crash, a kill or a full disk cannot empty.

Why it is shaped like this:

* A session row is written when a routine starts and updated in the same transaction as each
  finished step, so whatever kills the process, the row says how far the runner got.
* Recording writes (``begin_session``, ``record_step``, ``finish_session``, ``rate_session``,
  ``touch``; and ``rate_split``, ``rate_morning``, ``add_calf_test``) never raise for a
  storage problem (disk full, read-only, I/O error, or the file locked by another copy for
  longer than ``busy_timeout_ms``): the write is queued in memory,
  the user is told once through a ``Notice``, and the queue is replayed in order by a later
  write or by ``flush()``. The routine keeps running either way.
* Reads and user-initiated maintenance raise a ``HistoryError`` subclass (whose text is for the
  user) for those same problems; any other exception is a bug and propagates unchanged.
* A damaged file is moved aside with a timestamp (never deleted) and replaced by a fresh one
  holding every session and step that could still be read (see ``check`` and ``repair``).
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from supple.core.history import sql as q
from supple.core.history.db import GuardedDatabase
from supple.core.history.enrolment_store import EnrolmentsMixin
from supple.core.history.held import HeldWrites
from supple.core.history.liveness import LiveLocks, Liveness, probe
from supple.core.history.model import (
    DayTotals,
    HistoryCorrupt,
    ImportResult,
    Notice,
    Outcome,
    SessionRecord,
    StepRecord,
    StepStatus,
    UnknownSession,
)
from supple.core.history.records_store import RecordsMixin
from supple.core.history.schema import ConnectionFactory, default_connect
from supple.core.history.sql import iso
from supple.core.wording import tr


def local_now() -> datetime:
    """Wall-clock time with the local UTC offset: what the runner's calendar says."""
    return datetime.now().astimezone()


def _check_pain(value: int | None, name: str) -> None:
    if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
        raise ValueError(tr("{field} must be an integer from 0 to 10, got {value}").format(
            field=name, value=repr(value)))


class HistoryStore(RecordsMixin, EnrolmentsMixin):
    """The completion history. Thread-safe (see ``GuardedDatabase``). What is kept around the
    sessions has its methods in ``RecordsMixin`` (ratings apart, runs, calf tests) and
    ``EnrolmentsMixin``."""

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
        self._clock = clock
        self._stale_after = stale_after
        self._live = LiveLocks(path)
        self._db = GuardedDatabase(
            path,
            clock=self._now,
            connect=connect,
            busy_timeout_ms=busy_timeout_ms,
            retry_after_s=retry_after_s,
            on_notice=on_notice,
        )
        self._submit = self._db.submit
        self._run = self._db.run
        self._read = self._db.read

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def notices(self) -> list[Notice]:
        """Everything the user should have been told, oldest first."""
        return self._db.notices

    @property
    def pending_writes(self) -> int:
        """Writes kept in memory because the disk refused them."""
        return self._db.pending_writes

    def flush(self) -> bool:
        """Try to write everything queued now; True when nothing is left in memory."""
        return self._db.flush()

    def held(self) -> HeldWrites:
        """The writes kept in memory and why: locked by another program (which, if it can be
        seen), read-only, full, damaged."""
        return self._db.held()

    def check(self) -> bool:
        """Look for damage anywhere in the file (``PRAGMA quick_check``) and repair it: the
        damaged file is set aside and what can be read is saved into a fresh one, with a
        ``Notice`` saying how many sessions were saved. True if damage was found. It reads
        the whole file, so call it off the GUI thread, after the first paint; damage met by
        any other read or write is repaired the same way, where it is met."""
        return self._db.check()

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
            record.uuid, routine_id, routine_name, category, fingerprint, iso(now),
            iso(now)[:10], iso(now), steps_total, Outcome.IN_PROGRESS.value, pain_before,
        )  # fmt: skip

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sessions (uuid, routine_id, routine_name, category, fingerprint, "
                "started_at, day, updated_at, steps_total, outcome, pain_before) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

        self._live.acquire(record.uuid)
        self._submit("begin session", apply)  # untranslated: a write's label, for debugging
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
        now = iso(self._now())
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

        self._submit("record step", apply)  # untranslated: as above

    def touch(self, session_uuid: str) -> None:
        """Heartbeat for long steps and pauses; call it every minute or so (not per tick)."""
        if self._db.pending_writes:
            return  # a heartbeat that cannot reach the disk means nothing
        now = iso(self._now())

        def apply(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE sessions SET updated_at = ? WHERE uuid = ?", (now, session_uuid))

        self._submit("heartbeat", apply)

    def finish_session(self, session_uuid: str, outcome: Outcome, active_seconds: float) -> None:
        outcome = Outcome(outcome)
        if outcome is Outcome.IN_PROGRESS:
            # untranslated: a caller's bug (the window and the recorder never pass it)
            raise ValueError("a finished session needs a final outcome, not in_progress")
        now = iso(self._now())
        values = (outcome.value, now, now, active_seconds, session_uuid)

        def apply(conn: sqlite3.Connection) -> None:
            cursor = conn.execute(
                "UPDATE sessions SET outcome = ?, ended_at = ?, updated_at = ?, "
                "active_seconds = ?, resumable = 0 WHERE uuid = ?",
                values,
            )
            if cursor.rowcount == 0:
                raise UnknownSession(session_uuid)

        self._submit("finish session", apply)  # untranslated: as above
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
            if pain_after is not None:  # a separated "after" rating follows its headline pain
                conn.execute("UPDATE session_ratings SET pain = ? WHERE session_uuid = ? AND "
                             "moment = 'after'", (pain_after, session_uuid))

        self._submit("rate session", apply)  # untranslated: as above

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
        for record in self._select_sessions("outcome = 'in_progress'", ()):  # untranslated: SQL
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
        # untranslated: SQL
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
        now = iso(self._now())

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
        return self._read(lambda conn: q.select_sessions(conn, where, params, limit))

    def sessions(
        self,
        routine_id: str | None = None,
        category: str | None = None,
        limit: int | None = None,
    ) -> list[SessionRecord]:
        """Newest first (by local start time as recorded)."""
        return self._select_sessions(*q.filters(routine_id, category), limit)

    def sessions_between(self, first: date, last: date) -> list[SessionRecord]:
        """The sessions started on the local days ``first`` .. ``last`` (both included),
        newest first; through the start-time index, so a report of a few weeks reads those
        weeks and not the whole history."""
        return self._select_sessions("started_at >= ? AND started_at < ?",  # untranslated: SQL
                                     (first.isoformat(), (last + timedelta(days=1)).isoformat()))

    def sessions_within(self, spans: Iterable[tuple[date, date]]) -> list[SessionRecord]:
        """The sessions started on the local days of any of ``spans`` (each ``first`` ..
        ``last``, both included; overlapping ones joined, empty ones left out), newest first,
        each once; a range of the start-time index per span, so what is read is the spans'
        sessions, not the history's."""
        joined: list[tuple[date, date]] = []
        for first, last in sorted(s for s in spans if s[0] <= s[1]):
            if joined and first <= joined[-1][1] + timedelta(days=1):
                joined[-1] = (joined[-1][0], max(joined[-1][1], last))
            else:
                joined.append((first, last))
        where = "started_at >= ? AND started_at < ?"  # untranslated: SQL

        def read(conn: sqlite3.Connection) -> list[SessionRecord]:
            return [record for first, last in reversed(joined)
                    for record in q.select_sessions(conn, where, (
                        first.isoformat(), (last + timedelta(days=1)).isoformat()))]

        return self._read(read)

    def sessions_before(self, day: date, limit: int | None = None) -> list[SessionRecord]:
        """The sessions started on local days before ``day``, newest first, at most ``limit``;
        through the start-time index, so the last one before today is one row read."""
        return self._select_sessions("started_at < ?", (day.isoformat(),),  # untranslated: SQL
                                     limit)

    def session(self, session_uuid: str) -> SessionRecord:
        found = self._select_sessions("uuid = ?", (session_uuid,))
        if not found:
            raise UnknownSession(session_uuid)
        return found[0]

    def steps(self, session_uuid: str) -> list[StepRecord]:
        return self._read(lambda conn: q.select_steps(conn, session_uuid))

    def day_totals(
        self, routine_id: str | None = None, category: str | None = None
    ) -> list[DayTotals]:
        """Per (day, category) sums: the one query every statistic is folded from."""
        return self._read(lambda conn: q.day_totals(conn, routine_id, category))

    def routines(self) -> list[tuple[str, str]]:
        """Every routine ever recorded: (id, the name its latest session used)."""
        return self._read(q.routines)

    def last_done_by_routine(self) -> dict[str, datetime]:
        """For the library: when each routine was last completed."""
        return self._read(q.last_done)

    def each_session(
        self,
        visit: Callable[[tuple[Any, ...], list[tuple[Any, ...]]], None],
        *,
        with_steps: bool = True,
    ) -> int:
        """For export: every session's stored values (``sql.SESSION_COLUMNS``) and its steps'
        (``sql.STEP_COLUMNS``), oldest first, from one snapshot, handed to ``visit`` one
        session at a time as they are read; returns how many. Memory stays that of one
        session whatever the size of the history (the old export held all of it, 1.3 GB for
        50,000 sessions).

        Damage met midway would be repaired and the read started again, repeating what the
        caller had already written; so the whole file is checked (and repaired) first, as
        ``check`` does, which costs a fraction of the export (0.3 s for 100,000 sessions)."""
        self.check()
        visited = 0

        def counted(session: tuple[Any, ...], steps: list[tuple[Any, ...]]) -> None:
            nonlocal visited
            visited += 1
            visit(session, steps)

        def apply(conn: sqlite3.Connection) -> int:
            if visited:  # damage met midway was repaired: starting again would repeat sessions
                raise HistoryCorrupt(tr("The history file was repaired while it was being "
                                        "exported, so the export is incomplete; export it "
                                        "again."))
            return q.each_session(conn, counted, with_steps)

        return self._read(apply)

    def import_sessions(
        self, items: Sequence[q.ImportedSession], batch: int = 2000
    ) -> ImportResult:
        """Insert, in one transaction, the sessions unknown by uuid (see ``sql.insert_unknown``);
        known ones are skipped, so imports are repeatable. ``items`` come from
        ``importing.parse_export``, which has checked everything the tables would refuse."""
        return self._run(lambda conn: q.insert_unknown(conn, items, batch), write=True)

    # ----- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        """Flush what can be flushed; writes still pending are lost (the user was told).

        A session still live here was quit mid-routine: its lock is dropped but its lock file
        stays, so the next start sees it dead and offers to resume it.
        """
        self._db.close()
        self._live.abandon_all()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
