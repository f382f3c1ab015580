"""Schema, migrations and the SQLite fault taxonomy of the history store.

The schema version lives in ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes a database from
version ``i`` to ``i + 1``, so adding version 2 means appending one function.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import Enum
from pathlib import Path

from supple.core.history.model import HistoryTooNew, HistoryUnavailable
from supple.core.safe_read import NotRegularFileError, read_regular_head
from supple.core.wording import tr

ConnectionFactory = Callable[[Path], sqlite3.Connection]

_V1 = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        category TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        started_at TEXT NOT NULL,
        day TEXT NOT NULL CHECK (day = substr(started_at, 1, 10)),
        ended_at TEXT,
        updated_at TEXT NOT NULL,
        active_seconds REAL NOT NULL DEFAULT 0 CHECK (active_seconds >= 0),
        steps_done INTEGER NOT NULL DEFAULT 0,
        steps_skipped INTEGER NOT NULL DEFAULT 0,
        steps_total INTEGER NOT NULL CHECK (steps_total >= 0),
        outcome TEXT NOT NULL
            CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'interrupted')),
        resume_position INTEGER NOT NULL DEFAULT 0,
        resumable INTEGER NOT NULL DEFAULT 0 CHECK (resumable IN (0, 1)),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE steps (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL,
        side TEXT,
        status TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
        seconds REAL NOT NULL CHECK (seconds >= 0),
        finished_at TEXT NOT NULL,
        UNIQUE (session_id, position)
    )
    """,
    "CREATE INDEX ix_sessions_started ON sessions (started_at, id)",
    "CREATE INDEX ix_sessions_routine ON sessions (routine_id, started_at)",
    "CREATE INDEX ix_sessions_category ON sessions (category, started_at)",
    "CREATE INDEX ix_sessions_open ON sessions (outcome, resumable)",
    # Covering index for the statistics: one in-order index scan, no table lookups, no sort.
    """
    CREATE INDEX ix_sessions_stats ON sessions
        (day, category, routine_id, outcome, active_seconds, pain_before, pain_after)
    """,
)


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


# Version 2 (issue 13): what is recorded around the sessions. Pain and tightness rated apart
# (a session's ratings during and right after it, and each next morning's); the old sessions'
# pain_before/pain_after stay as they were: one mixed "tightness or pain" number, told apart
# from the new ratings by where it is kept. Runs (typed in or imported from a watch's file, one
# row per source_key so an import is never counted twice), calf tests per side, and the
# enrolments in programmes with their pauses. Dates are the runner's local calendar days
# ('YYYY-MM-DD'), as the sessions' day is.
_V2 = (
    """
    CREATE TABLE session_ratings (
        session_uuid TEXT NOT NULL REFERENCES sessions(uuid) ON DELETE CASCADE,
        moment TEXT NOT NULL CHECK (moment IN ('during', 'after')),
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        tightness INTEGER CHECK (tightness BETWEEN 0 AND 10),
        sharp INTEGER NOT NULL DEFAULT 0 CHECK (sharp IN (0, 1)),
        rated_at TEXT NOT NULL,
        PRIMARY KEY (session_uuid, moment)
    )
    """,
    """
    CREATE TABLE morning_ratings (
        day TEXT PRIMARY KEY CHECK (length(day) = 10),
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        tightness INTEGER CHECK (tightness BETWEEN 0 AND 10),
        side TEXT CHECK (side IN ('left', 'right', 'both')),
        rated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        source_key TEXT NOT NULL UNIQUE CHECK (length(source_key) > 0),
        day TEXT NOT NULL CHECK (length(day) = 10),
        start_time TEXT,
        minutes REAL NOT NULL CHECK (minutes > 0 AND minutes <= 10080),
        distance_km REAL CHECK (distance_km >= 0 AND distance_km <= 1000),
        calf_feel INTEGER CHECK (calf_feel BETWEEN 0 AND 10),
        source TEXT NOT NULL CHECK (source IN ('manual', 'gpx', 'tcx', 'fit')),
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_runs_day ON runs (day, start_time)",
    """
    CREATE TABLE calf_tests (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL CHECK (length(day) = 10),
        side TEXT NOT NULL CHECK (side IN ('left', 'right')),
        kind TEXT NOT NULL CHECK (kind IN ('heel_raises', 'knee_to_wall')),
        value REAL NOT NULL CHECK (value >= 0 AND CASE kind
            WHEN 'heel_raises' THEN value <= 1000 AND value = CAST(value AS INTEGER)
            ELSE value <= 100 END),
        recorded_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_calf_tests_day ON calf_tests (day, side, kind)",
    """
    CREATE TABLE enrolments (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        programme_id TEXT NOT NULL,
        start_day TEXT NOT NULL CHECK (length(start_day) = 10),
        name TEXT,
        side TEXT CHECK (side IN ('left', 'right', 'both')),
        location TEXT NOT NULL DEFAULT 'none'
            CHECK (location IN ('mid-portion', 'insertion', 'none')),
        state TEXT NOT NULL CHECK (state IN ('active', 'paused', 'finished')),
        finished_day TEXT,
        morning_slot TEXT,
        evening_slot TEXT,
        time_zone TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE enrolment_pauses (
        enrolment_uuid TEXT NOT NULL REFERENCES enrolments(uuid) ON DELETE CASCADE,
        first_day TEXT NOT NULL CHECK (length(first_day) = 10),
        last_day TEXT CHECK (last_day IS NULL OR last_day >= first_day),
        PRIMARY KEY (enrolment_uuid, first_day)
    )
    """,
)


def _migrate_to_v2(conn: sqlite3.Connection) -> None:
    for statement in _V2:
        conn.execute(statement)


MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_migrate_to_v1, _migrate_to_v2)
SCHEMA_VERSION = len(MIGRATIONS)


def _as_empty_temp_tables(statements: Sequence[str]) -> Callable[[sqlite3.Connection], None]:
    def read_as_is(conn: sqlite3.Connection) -> None:
        for statement in statements:
            if statement.lstrip().startswith("CREATE TABLE"):
                conn.execute(statement.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))

    return read_as_is


# For a file that cannot be written (a read-only disk): READERS[i] lets a connection read a
# version-i file as if MIGRATIONS[i] had run, writing nothing to it. The tables a migration
# adds become empty TEMP tables of that connection alone; the file is migrated for real the
# first time it is opened on a writable disk.
READERS: Sequence[Callable[[sqlite3.Connection], None]] = (
    _as_empty_temp_tables(_V1), _as_empty_temp_tables(_V2))


def default_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, check_same_thread=False)


def configure(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """Settings that must hold for every connection, whoever made it (tests inject factories)."""
    conn.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Reading the mode first keeps a read-only connection on an existing WAL file working.
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode: a commit survives a crash of the app; a power cut may lose the last
    # few transactions but never corrupts the file. That is the trade for ~0.1 ms commits.
    conn.execute("PRAGMA synchronous = NORMAL")


def migrate(conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Bring the schema to ``SCHEMA_VERSION`` in one transaction (all steps or none); on a
    ``read_only`` connection an older file is made readable as it is (``READERS``)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version == SCHEMA_VERSION:
        # Touch the schema so that a file that is not a database fails here, at open.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return
    if version > SCHEMA_VERSION:
        raise HistoryTooNew(tr(
            "The history file was written by a newer version of Supple (schema {version}, "
            "this version knows {known}). Update Supple to see it; it was not changed."
        ).format(version=version, known=SCHEMA_VERSION))
    if read_only:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for reader in READERS[version:]:
            reader(conn)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])  # may have moved on
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class Fault(Enum):
    """SQLite failures the user must hear about; anything unclassified is a bug."""

    BUSY = "busy"
    UNAVAILABLE = "unavailable"  # full, read-only, I/O error, cannot open
    CORRUPT = "corrupt"


_BY_CODE = {
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    3: Fault.UNAVAILABLE,  # SQLITE_PERM
    8: Fault.UNAVAILABLE,  # SQLITE_READONLY
    10: Fault.UNAVAILABLE,  # SQLITE_IOERR
    13: Fault.UNAVAILABLE,  # SQLITE_FULL
    14: Fault.UNAVAILABLE,  # SQLITE_CANTOPEN
    11: Fault.CORRUPT,  # SQLITE_CORRUPT
    26: Fault.CORRUPT,  # SQLITE_NOTADB
}
# untranslated: SQLite's own messages, matched in its errors
_BY_MESSAGE = (
    ("database is locked", Fault.BUSY),
    ("database table is locked", Fault.BUSY),
    ("database or disk is full", Fault.UNAVAILABLE),
    ("readonly database", Fault.UNAVAILABLE),
    ("disk i/o error", Fault.UNAVAILABLE),
    ("unable to open database", Fault.UNAVAILABLE),
    ("database disk image is malformed", Fault.CORRUPT),
    ("file is not a database", Fault.CORRUPT),
)


def classify(error: sqlite3.Error) -> Fault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(error).lower()
    for needle, fault in _BY_MESSAGE:
        if needle in text:
            return fault
    return None


_MAGIC = b"SQLite format 3\x00"


def not_a_file_problem(path: Path) -> str | None:
    """Something other than a regular file where the history should be: a folder (once seen
    in the wild), a pipe that would block every read, a device. Never touched; the user is
    told what it is and what to do."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return tr("Supple cannot look at its history file {path}: {reason}.").format(
            path=path, reason=error.strerror)
    if stat.S_ISREG(mode):
        return None
    return _not_the_history(path, tr("a folder") if stat.S_ISDIR(mode)
                            else tr("not a regular file"))


def _not_the_history(path: Path, what: str) -> str:
    return tr("{path} is {what}, not Supple's history file, so no history can be kept. "
              "Move or rename it, then start Supple again.").format(path=path, what=what)


def header_problem(path: Path) -> str | None:
    """Cheap check of the 100-byte header: catches garbage and truncation without a full scan.

    ``PRAGMA quick_check`` would catch more but reads the whole file, which would blow the
    open-in-200-ms budget on a large history; deeper damage is caught when a query hits it.
    Raises :class:`HistoryUnavailable` when something other than a regular file is at the
    name now (a pipe swapped in since it was looked at would block the read for ever).
    """
    try:
        header, size = read_regular_head(path, 100)
    except FileNotFoundError:
        return None
    except NotRegularFileError as error:
        raise HistoryUnavailable(_not_the_history(path, tr(error.kind))) from None
    if size == 0:
        return None  # SQLite treats an empty file as a new database
    if len(header) < 100 or not header.startswith(_MAGIC):
        return tr("not a SQLite database")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if pages and valid_for == change_counter and size < pages * page_size:
        return tr("truncated ({size} bytes, header says {expected})").format(
            size=size, expected=pages * page_size)
    return None


def readonly_problem(path: Path) -> str | None:
    """Look at an existing file through a read-only connection before the real one opens it.

    A read-write connection that meets a damaged file would, on closing, checkpoint its WAL
    into it and delete the WAL: the evidence we promise to keep. A read-only one cannot.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA user_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        return str(error) if classify(error) is Fault.CORRUPT else None
    finally:
        conn.close()
    return None


def quick_check(path: Path) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the file, or None (also when it cannot be
    opened at all: opening reports that). Through a read-only connection of its own, so it
    neither waits for nor blocks the store's connections."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    uri = path.resolve().as_uri()
    for query in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True)
        except sqlite3.Error:
            continue
        try:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        except sqlite3.Error as error:
            if classify(error) is Fault.CORRUPT:
                return str(error)
            continue
        finally:
            conn.close()
        found = [str(row[0]) for row in rows]
        return None if found == ["ok"] else "; ".join(found)
    return None


def move_aside(path: Path, when: datetime) -> Path:
    """Rename the database and its WAL/SHM companions; never delete anything."""
    stem = f"{path.name}.corrupt-{when.strftime('%Y%m%d-%H%M%S')}"
    target = path.with_name(stem)
    n = 1
    while target.exists():
        target = path.with_name(f"{stem}-{n}")
        n += 1
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    return target
