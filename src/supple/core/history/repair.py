"""Copy what can still be read out of a damaged history into a fresh file.

SQLite stores each table as a b-tree keyed by rowid. Garbage over one page loses the rows on
that page (or, for an inner page, the rows below it), not the rest: a scan in rowid order that
stops at the damage can go on past it, because a seek to a rowid beyond the damaged range
descends to other pages. So each table is read in rowid order; where the scan fails, the next
readable rowid is found by seeking (doubling, then halving, so the work is bounded by the
rowid range's logarithm per damaged spot), and the scan resumes there. Every row goes into the
fresh file through the schema's own constraints, so a row that decoded into nonsense is
dropped rather than copied. Indexes are not read at all (the fresh file builds its own), so
damage to an index loses nothing.

Pure Python and SQLite, nothing to install; the ``sqlite3`` shell's ``.recover`` reads orphaned
pages too and could save a little more, but is not on every machine.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from supple.core.history.schema import migrate, move_aside
from supple.core.wording import tr

_SESSION_COLUMNS = (
    "id", "uuid", "routine_id", "routine_name", "category", "fingerprint", "started_at", "day",
    "ended_at", "updated_at", "active_seconds", "steps_done", "steps_skipped", "steps_total",
    "outcome", "resume_position", "resumable", "pain_before", "pain_after", "note",
)  # fmt: skip
_STEP_COLUMNS = ("session_id", "position", "name", "side", "status", "seconds", "finished_at")
# Schema version 2: the records around the sessions, each table copied like the sessions (a
# rating of a session that was lost, or a pause of a lost enrolment, is refused by its key).
_RECORD_TABLES = (
    ("session_ratings", ("session_uuid", "moment", "pain", "tightness", "sharp", "rated_at")),
    ("morning_ratings", ("day", "pain", "tightness", "side", "rated_at")),
    ("runs", ("id", "source_key", "day", "start_time", "minutes", "distance_km", "calf_feel",
              "source", "note", "recorded_at")),
    ("calf_tests", ("id", "uuid", "day", "side", "kind", "value", "recorded_at")),
    ("enrolments", ("id", "uuid", "programme_id", "start_day", "name", "side", "location",
                    "state", "finished_day", "morning_slot", "evening_slot", "time_zone",
                    "created_at", "updated_at")),
    ("enrolment_pauses", ("enrolment_uuid", "first_day", "last_day")),
)
_LOWEST = -(2**63)
_HIGHEST = 2**63 - 1
_BATCH = 500


@dataclass(frozen=True, slots=True)
class Salvage:
    sessions: int  # copied into the fresh file
    steps: int
    sessions_before: int | None  # how many the damaged file held, when it could still tell
    records: int = 0  # ratings, runs, calf tests, enrolments and pauses copied


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def open_damaged(path: Path) -> sqlite3.Connection | None:
    """A read-only connection that never writes to the damaged file (a read-write one would
    checkpoint its WAL into it on closing, and delete the WAL: evidence we keep)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error:
        return None
    conn.text_factory = _text
    with contextlib.suppress(sqlite3.Error):
        # Lets a truncated file open: its header promises pages that are not there.
        conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def _first_row_from(conn: sqlite3.Connection, sql: str, start: int) -> bool:
    """Does reading from rowid ``start`` on work (even if there is nothing there)?"""
    try:
        conn.execute(sql, (start,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_readable(conn: sqlite3.Connection, sql: str, failed_at: int) -> int | None:
    """The smallest rowid after ``failed_at`` from which reading works; None if none does.
    (Reading works again past a damaged range: doubling finds a start beyond it, halving then
    finds where it ends.)"""
    step, bad, good = 1, failed_at, None
    while good is None:
        probe = min(bad + step, _HIGHEST)
        if _first_row_from(conn, sql, probe):
            good = probe
        elif probe == _HIGHEST:
            return None
        else:
            bad, step = probe, step * 2
    while good - bad > 1:
        middle = (bad + good) // 2
        if _first_row_from(conn, sql, middle):
            good = middle
        else:
            bad = middle
    return good


def readable_rows(conn: sqlite3.Connection, table: str,
                  columns: tuple[str, ...]) -> Iterator[tuple[object, ...]]:
    """Every row of ``table`` that can still be read, in rowid order (rowid first)."""
    scan = (f"SELECT rowid, {', '.join(columns)} FROM {table} NOT INDEXED "
            "WHERE rowid >= ? ORDER BY rowid")
    start = _LOWEST
    while True:
        try:
            for row in conn.execute(scan, (start,)):
                start = int(row[0]) + 1
                yield row
            return
        except sqlite3.DatabaseError:
            if start > _HIGHEST:
                return
            resume = _next_readable(conn, scan + " LIMIT 1", start)
            if resume is None:
                return
            start = resume


def _insert_all(fresh: sqlite3.Connection, sql: str,
                rows: Iterator[tuple[object, ...]]) -> int:
    """Insert rows in batches; a batch that fails is retried row by row, and a row the
    schema refuses is left out."""
    copied = 0
    batch: list[tuple[object, ...]] = []

    def flush() -> int:
        """How many rows went in (an ignored duplicate does not count)."""
        start = fresh.total_changes
        try:
            with _savepoint(fresh):
                fresh.executemany(sql, batch)
            return fresh.total_changes - start
        except sqlite3.DatabaseError:
            done = 0
            for row in batch:
                start = fresh.total_changes
                with contextlib.suppress(sqlite3.DatabaseError):
                    fresh.execute(sql, row)
                done += fresh.total_changes - start
            return done

    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            copied += flush()
            batch = []
    if batch:
        copied += flush()
    return copied


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT batch")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO batch")
        conn.execute("RELEASE batch")
        raise
    conn.execute("RELEASE batch")


def _count(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    """A file damaged before it was migrated has only the older tables."""
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            (table,)).fetchone() is not None
    except sqlite3.DatabaseError:
        return True  # the scan will find what can still be read, if anything


def _copy_table(damaged: sqlite3.Connection, fresh: sqlite3.Connection, table: str,
                columns: tuple[str, ...]) -> int:
    if not _has_table(damaged, table):
        return 0
    marks = ", ".join("?" * len(columns))
    return _insert_all(
        fresh,
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        (row[1:] for row in readable_rows(damaged, table, columns)),
    )


def salvage(damaged: sqlite3.Connection | None, fresh_path: Path) -> Salvage:
    """Make a new history at ``fresh_path`` holding every readable session and step, and
    every readable rating, run, calf test and enrolment."""
    fresh = sqlite3.connect(fresh_path)
    try:
        fresh.isolation_level = None
        fresh.execute("PRAGMA foreign_keys = ON")
        migrate(fresh)
        if damaged is None:
            return Salvage(0, 0, None)
        before = _count(damaged)
        fresh.execute("BEGIN")
        marks = ", ".join("?" * len(_SESSION_COLUMNS))
        sessions = _insert_all(
            fresh,
            f"INSERT OR IGNORE INTO sessions ({', '.join(_SESSION_COLUMNS)}) VALUES ({marks})",
            (row[1:] for row in readable_rows(damaged, "sessions", _SESSION_COLUMNS)),
        )
        marks = ", ".join("?" * len(_STEP_COLUMNS))
        steps = _insert_all(
            fresh,  # a step whose session was lost is refused by the foreign key
            f"INSERT OR IGNORE INTO steps ({', '.join(_STEP_COLUMNS)}) VALUES ({marks})",
            (row[1:] for row in readable_rows(damaged, "steps", _STEP_COLUMNS)),
        )
        records = sum(_copy_table(damaged, fresh, table, columns)
                      for table, columns in _RECORD_TABLES)
        fresh.execute("COMMIT")
        return Salvage(sessions, steps, before, records)
    finally:
        fresh.close()


def _repaired_text(reason: str, target: Path, result: Salvage) -> str:
    if result.sessions == 0 and result.records == 0:
        saved = tr("Nothing in it could be read, so a new, empty history was started.")
    elif result.sessions == 0:
        saved = tr("No session could be read; the ratings, runs, calf tests and programmes "
                   "that could were saved into a fresh history.")
    else:
        steps = tr("%n step(s)", None, result.steps)
        if result.sessions_before:
            saved = tr("%n of {total} sessions (with {steps}) could be read and were saved into "
                       "a fresh history.", None, result.sessions).format(
                total=result.sessions_before, steps=steps)
        else:
            saved = tr("%n session(s) (with {steps}) could be read and were saved into a fresh "
                       "history.", None, result.sessions).format(steps=steps)
        if result.records:
            saved = tr("{sessions_saved} So were the ratings, runs, calf tests and programmes "
                       "that could be read.").format(sessions_saved=saved)
    return tr("The history file was damaged ({reason}). It was moved to {target} (nothing was "
              "deleted). {saved}").format(reason=reason, target=target, saved=saved)


def replace_with_salvage(path: Path, when: datetime, reason: str,
                         disconnect_all: Callable[[], None]) -> tuple[Path, str, Salvage]:
    """Set the damaged file (and its -wal/-shm) aside and put a fresh one holding what could
    be read in its place. ``disconnect_all`` closes this process's other connections to it;
    it is called while a read-only connection holds the file, so none of them can checkpoint
    into it or delete its WAL as they close. Raises OSError or sqlite3.Error if the fresh file
    cannot be written (then nothing was moved)."""
    damaged = open_damaged(path) if path.exists() else None
    try:
        disconnect_all()
        fresh = path.with_name(f"{path.name}.repairing-{os.getpid()}")
        for leftover in (fresh, *(fresh.with_name(fresh.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)  # an earlier repair of ours that was cut short
        try:
            result = salvage(damaged, fresh)
        except BaseException:
            fresh.unlink(missing_ok=True)
            raise
        target = move_aside(path, when)
        os.replace(fresh, path)
    finally:
        if damaged is not None:
            damaged.close()
    return target, _repaired_text(reason, target, result), result
