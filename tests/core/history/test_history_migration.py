"""Schema version 2 (issue 13): an existing history migrates with nothing lost, a migration
that fails half-way leaves the file as it was, and a repair copies every table.

The old databases here are real ones, built with the schema's own first migration
(``MIGRATIONS[:1]``), not a copy of its text that could drift from it.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from read_only import read_only_folder
from supple.core.history import schema
from supple.core.history.model import HistoryUnavailable, Outcome
from supple.core.history.records import (
    CalfTestKind,
    Location,
    NewRun,
    RatingMoment,
    RunSource,
    Side,
)
from supple.core.history.repair import open_damaged, salvage
from supple.core.history.store import HistoryStore

BERLIN = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 2, 7, 30, 5, tzinfo=BERLIN)
V2_TABLES = {"session_ratings", "morning_ratings", "runs", "calf_tests", "enrolments",
             "enrolment_pauses"}


def clock() -> datetime:
    return NOW


def raw(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    return conn


# Sessions as version 1 wrote them: every outcome, ratings and none, a note with quotes and
# an emoji, a salvaged row whose day is not a date, an interrupted session still resumable.
V1_SESSIONS = [
    (1, "u-1", "calf-care", "Calf care", "post-run stretch", "sha256:a",
     "2025-03-01T07:00:00+01:00", "2025-03-01", "2025-03-01T07:10:00+01:00",
     "2025-03-01T07:10:00+01:00", 600.0, 4, 0, 4, "completed", 4, 0, 5, 2, "fine"),
    (2, "u-2", "heel-drops", "Heel drops", "strength", "sha256:b",
     "2025-03-02T19:30:00+01:00", "2025-03-02", None, "2025-03-02T19:35:00+01:00", 300.5, 2,
     1, 6, "interrupted", 3, 1, None, 7, "it's \"sore\" 🦵"),
    (3, "u-3", "heel-drops", "Heel drops", "strength", "sha256:b",
     "2025-03-03T08:00:00+01:00", "2025-03-03", "2025-03-03T08:01:00+01:00",
     "2025-03-03T08:01:00+01:00", 60.0, 1, 0, 6, "stopped", 1, 0, 3, None, ""),
    (4, "u-4", "foam", "Foam rolling", "recovery", "sha256:c",
     "2025-03-04T21:00:00-05:00", "2025-03-04", "2025-03-04T21:05:00-05:00",
     "2025-03-04T21:05:00-05:00", 270.0, 4, 0, 4, "completed", 4, 0, None, None, ""),
]
V1_STEPS = [
    (1, 0, "Wall stretch", "left", "done", 30.0, "2025-03-01T07:01:00+01:00"),
    (1, 1, "Wall stretch", "right", "done", 30.0, "2025-03-01T07:02:00+01:00"),
    (2, 0, "Heel drops", None, "done", 45.0, "2025-03-02T19:31:00+01:00"),
    (2, 1, "Heel drops", None, "skipped", 0.0, "2025-03-02T19:32:00+01:00"),
]
SESSION_COLUMNS = ", ".join(
    ("id", "uuid", "routine_id", "routine_name", "category", "fingerprint", "started_at", "day",
     "ended_at", "updated_at", "active_seconds", "steps_done", "steps_skipped", "steps_total",
     "outcome", "resume_position", "resumable", "pain_before", "pain_after", "note"))


def build_v1(db: Path) -> None:
    """A version-1 history, as an installed Supple of before issue 13 left it."""
    conn = raw(db)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for step in schema.MIGRATIONS[:1]:
            step(conn)
        conn.execute("PRAGMA user_version = 1")
        conn.executemany(f"INSERT INTO sessions ({SESSION_COLUMNS}) VALUES "
                         f"({', '.join('?' * 20)})", V1_SESSIONS)
        conn.executemany("INSERT INTO steps (session_id, position, name, side, status, seconds, "
                         "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?)", V1_STEPS)
        conn.execute("COMMIT")
    finally:
        conn.close()


def every_row(db: Path, tables: set[str] | None = None) -> dict[str, list[tuple[object, ...]]]:
    conn = raw(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
                for name in names if tables is None or name in tables}
    finally:
        conn.close()


def old_schema_text(db: Path) -> dict[str, str]:
    conn = raw(db)
    try:
        return {r[0]: r[1] for r in conn.execute("SELECT name, sql FROM sqlite_master "
                                                 "WHERE sql IS NOT NULL")}
    finally:
        conn.close()


def version(db: Path) -> int:
    conn = raw(db)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


def test_a_version_1_history_migrates_with_every_row_as_it_was(db: Path) -> None:
    db.parent.mkdir()
    build_v1(db)
    before = every_row(db)
    before_schema = old_schema_text(db)
    assert version(db) == 1 and set(before) == {"sessions", "steps"}

    with HistoryStore(db, clock=clock) as store:
        sessions = {s.uuid: s for s in store.sessions()}
        assert [e.mixed for e in store.rating_entries()] == [5, 2, 7, 3]  # shown as they were
        assert all(e.is_mixed and e.pain is None and e.tightness is None
                   for e in store.rating_entries())
        assert store.session_ratings("u-1") == []  # nothing made up for the old sessions
        assert store.runs() == [] and store.calf_tests() == [] and store.enrolments() == []

    assert version(db) == schema.SCHEMA_VERSION == 2
    after = every_row(db)
    assert {name: after[name] for name in before} == before  # every old row, every value
    assert set(after) >= V2_TABLES and all(after[t] == [] for t in V2_TABLES)
    after_schema = old_schema_text(db)
    assert {name: after_schema[name] for name in before_schema} == before_schema
    # And through the store's records: ratings, notes, outcomes, offsets as recorded.
    assert (sessions["u-1"].pain_before, sessions["u-1"].pain_after) == (5, 2)
    assert sessions["u-2"].note == "it's \"sore\" 🦵" and sessions["u-2"].resumable
    assert sessions["u-2"].outcome is Outcome.INTERRUPTED
    assert sessions["u-4"].started_at.utcoffset() == timedelta(hours=-5)


def test_a_version_1_history_takes_new_records_after_migrating(db: Path) -> None:
    db.parent.mkdir()
    build_v1(db)
    with HistoryStore(db, clock=clock) as store:
        store.rate_split("u-1", pain=3, tightness=6)
        store.rate_morning(date(2025, 3, 2), pain=1, tightness=4)
        entries = [(e.day, e.moment, e.pain, e.tightness, e.mixed)
                   for e in store.rating_entries(until=date(2025, 3, 2))]
    assert entries == [
        (date(2025, 3, 1), RatingMoment.BEFORE, None, None, 5),
        (date(2025, 3, 1), RatingMoment.AFTER, None, None, 2),  # the mixed one, kept
        (date(2025, 3, 1), RatingMoment.AFTER, 3, 6, None),  # the separated one, beside it
        (date(2025, 3, 2), RatingMoment.MORNING, 1, 4, None),
        (date(2025, 3, 2), RatingMoment.AFTER, None, None, 7),
    ]


def fill_v2(store: HistoryStore) -> None:
    record = store.begin_session("heel-drops", "Heel drops", "strength", "fp", 2)
    store.finish_session(record.uuid, Outcome.COMPLETED, 100.0)
    store.rate_split(record.uuid, pain=4, tightness=2, moment=RatingMoment.DURING, sharp=True)
    store.rate_split(record.uuid, pain=3, tightness=5)
    store.rate_morning(date(2026, 11, 3), pain=2, tightness=3, side=Side.LEFT)
    store.add_run(NewRun(date(2026, 11, 1), 42.5, time(6, 45, 10), 8.2, 3, RunSource.GPX,
                         "gpx:abc", "hilly"))
    store.add_run(NewRun(date(2026, 11, 2), 30))
    store.add_calf_test(date(2026, 11, 2), Side.LEFT, CalfTestKind.HEEL_RAISES, 22)
    store.add_calf_test(date(2026, 11, 2), Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 9.46)
    enrolment = store.enrol("alfredson", date(2026, 11, 1), time_zone="Europe/Berlin",
                            name="Left Achilles", side=Side.LEFT, location=Location.MID_PORTION,
                            morning_slot=time(7, 0), evening_slot=time(19, 30))
    store.pause_enrolment(enrolment.uuid, date(2026, 11, 5))
    store.resume_enrolment(enrolment.uuid, date(2026, 11, 9))


def test_a_current_history_reopens_with_nothing_lost(db: Path) -> None:
    with HistoryStore(db, clock=clock) as store:
        fill_v2(store)
    before = every_row(db)
    assert all(before[t] for t in V2_TABLES)
    with HistoryStore(db, clock=clock) as store:
        assert len(store.runs()) == 2
    assert every_row(db) == before
    assert version(db) == 2


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.parent.mkdir()
    build_v1(db)
    before = every_row(db)
    # A statement that fails after some of version 2's tables were made: all must go again.
    broken = (*schema._V2[:3], "CREATE TABLE sessions (x)", *schema._V2[3:])
    monkeypatch.setattr(schema, "_V2", broken)
    conn = raw(db)
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        schema.migrate(conn)
    assert not conn.in_transaction
    conn.close()
    assert version(db) == 1
    assert every_row(db) == before  # no half-made table, no row changed

    with pytest.raises(sqlite3.OperationalError):  # through the store too: a bug, said loudly
        HistoryStore(db, clock=clock)
    assert version(db) == 1 and every_row(db) == before
    assert not list(db.parent.glob("*.corrupt-*"))  # not mistaken for damage

    monkeypatch.undo()
    with HistoryStore(db, clock=clock) as store:
        assert len(store.sessions()) == len(V1_SESSIONS)
    assert version(db) == 2


def test_a_repair_copies_every_table(db: Path, tmp_path: Path) -> None:
    """Every table the schema has is copied by the repair: a new table that it forgot would
    be emptied by the first repair."""
    with HistoryStore(db, clock=clock) as store:
        fill_v2(store)
    before = every_row(db)
    damaged = open_damaged(db)
    assert damaged is not None
    fresh = tmp_path / "fresh.db"
    try:
        result = salvage(damaged, fresh)
    finally:
        damaged.close()
    assert every_row(fresh) == before
    assert result.records == sum(len(before[t]) for t in V2_TABLES)


def test_a_repair_of_a_version_1_file_needs_no_new_table(db: Path, tmp_path: Path) -> None:
    db.parent.mkdir()
    build_v1(db)
    damaged = open_damaged(db)
    assert damaged is not None
    try:
        result = salvage(damaged, tmp_path / "fresh.db")
    finally:
        damaged.close()
    assert (result.sessions, result.steps, result.records) == (4, 4, 0)
    assert version(tmp_path / "fresh.db") == 2


def test_a_version_1_history_on_a_read_only_disk_is_read_as_it_is(db: Path) -> None:
    """Regression: the new version could not migrate a file it could not write, and so read
    nothing of it (version 1 itself read such a file)."""
    db.parent.mkdir()
    build_v1(db)
    before = db.read_bytes()
    with read_only_folder(db.parent):
        store = HistoryStore(db, clock=clock, retry_after_s=0)
        assert {s.uuid for s in store.sessions()} == {"u-1", "u-2", "u-3", "u-4"}
        assert [e.mixed for e in store.rating_entries()] == [5, 2, 7, 3]
        assert store.runs() == [] and store.enrolments() == [] and store.morning_ratings() == []
        with pytest.raises(HistoryUnavailable, match="read-only"):
            store.add_run(NewRun(date(2026, 11, 1), 30))
        store.rate_morning(date(2026, 11, 2), pain=1)  # recorded: kept in memory, not lost
        assert store.pending_writes == 1
        store.close()
    assert db.read_bytes() == before and version(db) == 1
    with HistoryStore(db, clock=clock) as store:  # writable again: migrated for real
        assert len(store.sessions()) == 4
    assert version(db) == 2
