"""The history store: recording, resuming, queries, schema and export/import."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from supple.core.history import schema as history_schema
from supple.core.history.export import export_csv, export_json, format_table, import_json
from supple.core.history.liveness import lock_path
from supple.core.history.model import (
    HistoryImportError,
    HistoryTooNew,
    Outcome,
    SessionRecord,
    StepStatus,
    UnknownSession,
)
from supple.core.history.store import HistoryStore

LISBON_SUMMER = timezone(timedelta(hours=1))
BERLIN_SUMMER = timezone(timedelta(hours=2))


class WallClock:
    """Local wall time moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> WallClock:
    return WallClock(datetime(2026, 6, 1, 7, 30, 0, tzinfo=BERLIN_SUMMER))


@pytest.fixture
def make_store(tmp_path: Path, clock: WallClock) -> Callable[..., HistoryStore]:
    stores: list[HistoryStore] = []

    def make(**kwargs: object) -> HistoryStore:
        store = HistoryStore(tmp_path / "history.db", clock=clock, **kwargs)  # type: ignore[arg-type]
        stores.append(store)
        return store

    yield make  # type: ignore[misc]
    for store in stores:
        store.close()


def sql(tmp_path: Path, statement: str) -> list[tuple[object, ...]]:
    """Through an independent connection: what another process would see on disk."""
    conn = sqlite3.connect(tmp_path / "history.db")
    try:
        with conn:
            return conn.execute(statement).fetchall()
    finally:
        conn.close()


def begin(store: HistoryStore, steps_total: int = 4, **kwargs: object) -> SessionRecord:
    return store.begin_session(
        kwargs.pop("routine_id", "calf-care"),  # type: ignore[arg-type]
        kwargs.pop("routine_name", "Calf care"),  # type: ignore[arg-type]
        kwargs.pop("category", "post-run stretch"),  # type: ignore[arg-type]
        "sha256:abc",
        steps_total,
        **kwargs,  # type: ignore[arg-type]
    )


def test_begin_writes_the_row_at_once(
    make_store: Callable[..., HistoryStore], tmp_path: Path
) -> None:
    record = begin(make_store(), pain_before=6)
    row = sql(tmp_path, "SELECT uuid, outcome, started_at, pain_before, steps_total FROM sessions")
    assert row == [(record.uuid, "in_progress", "2026-06-01T07:30:00+02:00", 6, 4)]


def test_record_step_updates_counts_and_active_time_in_one_go(
    make_store: Callable[..., HistoryStore], clock: WallClock, tmp_path: Path
) -> None:
    store = make_store()
    record = begin(store)
    clock.advance(seconds=35)
    store.record_step(record.uuid, 0, "Wall calf stretch", "left", StepStatus.DONE, 30.0, 30.0)
    store.record_step(record.uuid, 1, "Wall calf stretch", "right", StepStatus.SKIPPED, 2.0, 32.0)
    session = store.session(record.uuid)
    assert (session.steps_done, session.steps_skipped, session.resume_position) == (1, 1, 2)
    assert session.active_seconds == 32.0
    assert session.updated_at == datetime(2026, 6, 1, 7, 30, 35, tzinfo=BERLIN_SUMMER)
    steps = store.steps(record.uuid)
    assert [(s.position, s.side, s.status) for s in steps] == [
        (0, "left", StepStatus.DONE),
        (1, "right", StepStatus.SKIPPED),
    ]
    assert sql(tmp_path, "SELECT steps_done, steps_skipped FROM sessions") == [(1, 1)]


def test_record_step_is_idempotent_per_position(make_store: Callable[..., HistoryStore]) -> None:
    store = make_store()
    record = begin(store)
    store.record_step(record.uuid, 0, "Heel drops", None, StepStatus.SKIPPED, 1.0, 1.0)
    store.record_step(record.uuid, 1, "Calf raise", None, StepStatus.DONE, 30.0, 31.0)
    # "back" to step 0, this time done; recording position 0 again replaces it
    store.record_step(record.uuid, 0, "Heel drops", None, StepStatus.DONE, 45.0, 76.0)
    session = store.session(record.uuid)
    assert (session.steps_done, session.steps_skipped) == (2, 0)
    assert session.resume_position == 2  # the furthest point reached, not the last recorded
    assert [(s.position, s.seconds) for s in store.steps(record.uuid)] == [(0, 45.0), (1, 30.0)]


def test_finish_and_rate(make_store: Callable[..., HistoryStore], clock: WallClock) -> None:
    store = make_store()
    record = begin(store, pain_before=7)
    clock.advance(minutes=9)
    store.finish_session(record.uuid, Outcome.COMPLETED, 480.0)
    store.rate_session(record.uuid, pain_after=3, note="left calf looser")
    store.rate_session(record.uuid, note="left calf much looser")  # None leaves pain alone
    session = store.session(record.uuid)
    assert session.outcome is Outcome.COMPLETED
    assert session.ended_at == datetime(2026, 6, 1, 7, 39, tzinfo=BERLIN_SUMMER)
    assert (session.pain_before, session.pain_after) == (7, 3)
    assert session.note == "left calf much looser"
    assert session.active_seconds == 480.0
    assert not lock_path(store.path, record.uuid).exists()


def test_invalid_values_are_bugs(make_store: Callable[..., HistoryStore], tmp_path: Path) -> None:
    store = make_store()
    record = begin(store)
    with pytest.raises(ValueError):
        store.rate_session(record.uuid, pain_after=11)
    with pytest.raises(ValueError):
        begin(store, pain_before=-1)
    with pytest.raises(ValueError):
        store.finish_session(record.uuid, Outcome.IN_PROGRESS, 0.0)
    with pytest.raises(sqlite3.IntegrityError):  # the schema guards it as well
        sql(tmp_path, "UPDATE sessions SET pain_after = 11")


def test_unknown_session_raises_and_does_not_block_later_writes(
    make_store: Callable[..., HistoryStore],
) -> None:
    store = make_store()
    with pytest.raises(UnknownSession):
        store.record_step("no-such-uuid", 0, "x", None, StepStatus.DONE, 1.0, 1.0)
    record = begin(store)
    store.record_step(record.uuid, 0, "Heel drops", None, StepStatus.DONE, 1.0, 1.0)
    assert store.pending_writes == 0
    assert store.session(record.uuid).steps_done == 1


def test_local_time_with_offset_and_local_day(
    make_store: Callable[..., HistoryStore], clock: WallClock, tmp_path: Path
) -> None:
    clock.now = datetime(2026, 6, 1, 23, 50, tzinfo=LISBON_SUMMER)  # already June 2nd in UTC+2
    record = begin(make_store())
    assert record.day.isoformat() == "2026-06-01"
    assert sql(tmp_path, "SELECT started_at, day FROM sessions") == [
        ("2026-06-01T23:50:00+01:00", "2026-06-01")
    ]


def test_sessions_newest_first_and_filtered(
    make_store: Callable[..., HistoryStore], clock: WallClock
) -> None:
    store = make_store()
    made = []
    for routine, category in [("calf", "stretch"), ("drills", "warm-up"), ("calf", "stretch")]:
        made.append(begin(store, routine_id=routine, category=category).uuid)
        clock.advance(hours=1)
    assert [s.uuid for s in store.sessions()] == made[::-1]
    assert [s.uuid for s in store.sessions(routine_id="calf")] == [made[2], made[0]]
    assert [s.uuid for s in store.sessions(category="warm-up")] == [made[1]]
    assert [s.uuid for s in store.sessions(limit=2)] == made[:0:-1]


def test_schema_settings(make_store: Callable[..., HistoryStore], tmp_path: Path) -> None:
    make_store()
    assert sql(tmp_path, "PRAGMA user_version") == [(history_schema.SCHEMA_VERSION,)]
    assert sql(tmp_path, "PRAGMA journal_mode") == [("wal",)]
    indices = {row[0] for row in sql(tmp_path, "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_sessions_started", "ix_sessions_stats", "ix_sessions_open"} <= indices


def test_foreign_keys_cascade(make_store: Callable[..., HistoryStore], clock: WallClock) -> None:
    store = make_store()
    record = begin(store)
    store.record_step(record.uuid, 0, "Heel drops", None, StepStatus.DONE, 1.0, 1.0)
    store.close()
    clock.advance(hours=1)
    store = make_store()
    store.mark_stale_in_progress_as_interrupted()
    store.resolve_interrupted(record.uuid, keep=False)
    assert store.sessions() == []
    assert store.steps(record.uuid) == []
    assert sql(store.path.parent, "SELECT count(*) FROM steps") == [(0,)]


def test_adding_a_migration_is_one_function(
    make_store: Callable[..., HistoryStore], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = make_store()
    begin(store)
    store.close()

    def to_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN weather TEXT")

    following = history_schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(history_schema, "MIGRATIONS", (*history_schema.MIGRATIONS, to_v2))
    monkeypatch.setattr(history_schema, "SCHEMA_VERSION", following)
    assert len(make_store().sessions()) == 1
    assert sql(tmp_path, "PRAGMA user_version") == [(following,)]
    assert "weather" in {row[1] for row in sql(tmp_path, "PRAGMA table_info(sessions)")}


def test_a_newer_schema_is_left_untouched(
    make_store: Callable[..., HistoryStore], tmp_path: Path
) -> None:
    make_store().close()
    sql(tmp_path, "PRAGMA user_version = 99")
    before = (tmp_path / "history.db").read_bytes()
    with pytest.raises(HistoryTooNew, match="newer version"):
        make_store().sessions()
    assert (tmp_path / "history.db").read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


# ----- crashes, second copies and resuming ---------------------------------------------------


def test_a_second_running_copy_does_not_steal_a_live_session(
    make_store: Callable[..., HistoryStore], clock: WallClock
) -> None:
    first = make_store()
    live = begin(first)
    clock.advance(hours=5)  # even a very old heartbeat: the lock says the owner is alive
    second = make_store()
    assert second.mark_stale_in_progress_as_interrupted(stale_after=timedelta(0)) == []
    assert second.session(live.uuid).outcome is Outcome.IN_PROGRESS
    first.record_step(live.uuid, 0, "Heel drops", None, StepStatus.DONE, 1.0, 1.0)
    first.finish_session(live.uuid, Outcome.COMPLETED, 1.0)
    assert second.session(live.uuid).outcome is Outcome.COMPLETED


def test_quitting_mid_session_is_seen_as_interrupted_at_once(
    make_store: Callable[..., HistoryStore],
) -> None:
    first = make_store()
    record = begin(first)
    first.record_step(record.uuid, 0, "Heel drops", None, StepStatus.DONE, 1.0, 1.0)
    first.close()
    # no time has passed: the released lock, not the heartbeat, says the owner is gone
    found = make_store().mark_stale_in_progress_as_interrupted()
    assert [(s.uuid, s.outcome, s.resume_position, s.resumable) for s in found] == [
        (record.uuid, Outcome.INTERRUPTED, 1, True)
    ]
    assert not lock_path(first.path, record.uuid).exists()


def test_without_a_lock_file_the_heartbeat_decides(
    make_store: Callable[..., HistoryStore], clock: WallClock
) -> None:
    owner = make_store()
    record = begin(owner)
    lock_path(owner.path, record.uuid).unlink()  # e.g. a platform without flock
    other = make_store()
    clock.advance(minutes=9)
    assert other.mark_stale_in_progress_as_interrupted() == []
    owner.touch(record.uuid)  # a heartbeat during a long pause
    clock.advance(minutes=9)
    assert other.mark_stale_in_progress_as_interrupted() == []
    clock.advance(minutes=2)
    assert [s.uuid for s in other.mark_stale_in_progress_as_interrupted()] == [record.uuid]
    # interrupted at its last sign of life, not when it was found
    assert other.session(record.uuid).ended_at == datetime(2026, 6, 1, 7, 39, tzinfo=BERLIN_SUMMER)


def test_resume_keep_and_discard(make_store: Callable[..., HistoryStore]) -> None:
    first = make_store()
    a, b, c = begin(first), begin(first), begin(first)
    for record in (a, b, c):
        first.record_step(record.uuid, 0, "Heel drops", None, StepStatus.DONE, 10.0, 10.0)
    first.close()
    store = make_store()
    assert len(store.mark_stale_in_progress_as_interrupted()) == 3
    assert {s.uuid for s in store.interrupted_sessions()} == {a.uuid, b.uuid, c.uuid}

    store.resolve_interrupted(a.uuid, keep=True)
    store.resolve_interrupted(b.uuid, keep=False)
    resumed = store.resume_session(c.uuid)
    assert (resumed.outcome, resumed.resume_position, resumed.ended_at) == (
        Outcome.IN_PROGRESS, 1, None,
    )  # fmt: skip
    store.record_step(c.uuid, 1, "Calf raise", None, StepStatus.DONE, 30.0, 40.0)
    store.finish_session(c.uuid, Outcome.COMPLETED, 40.0)

    assert store.interrupted_sessions() == []
    outcomes = {s.uuid: s.outcome for s in store.sessions()}
    assert outcomes == {a.uuid: Outcome.INTERRUPTED, c.uuid: Outcome.COMPLETED}
    assert store.session(c.uuid).steps_done == 2
    with pytest.raises(UnknownSession):
        store.resume_session(a.uuid + "-nope")


# ----- export and import ---------------------------------------------------------------------


def _fill(store: HistoryStore, clock: WallClock) -> list[SessionRecord]:
    made = []
    for i in range(3):
        record = begin(store, pain_before=5 + i)
        store.record_step(record.uuid, 0, "Wall calf stretch", "left", StepStatus.DONE, 30, 30)
        store.record_step(record.uuid, 1, "Wall calf stretch", "right", StepStatus.SKIPPED, 0, 30)
        store.finish_session(record.uuid, Outcome.COMPLETED if i else Outcome.STOPPED, 30.0)
        store.rate_session(record.uuid, pain_after=2, note=f"run {i}, with a comma")
        made.append(record)
        clock.advance(days=1)
    return made


def test_export_import_round_trip_without_duplicates(tmp_path: Path, clock: WallClock) -> None:
    with HistoryStore(tmp_path / "a" / "history.db", clock=clock) as source:
        _fill(source, clock)
        assert export_json(source, tmp_path / "export.json") == 3
        expected = source.sessions()
        expected_steps = {s.uuid: source.steps(s.uuid) for s in expected}
    with HistoryStore(tmp_path / "b" / "history.db", clock=clock) as target:
        first = import_json(target, tmp_path / "export.json")
        again = import_json(target, tmp_path / "export.json")
        assert (first.added, first.skipped_duplicates) == (3, 0)
        assert (again.added, again.skipped_duplicates) == (0, 3)
        assert target.sessions() == expected
        assert {s.uuid: target.steps(s.uuid) for s in expected} == expected_steps


def test_importing_a_live_session_marks_it_interrupted(
    make_store: Callable[..., HistoryStore], tmp_path: Path, clock: WallClock
) -> None:
    with HistoryStore(tmp_path / "other" / "history.db", clock=clock) as other:
        live = begin(other)
        export_json(other, tmp_path / "export.json")
    store = make_store()
    assert import_json(store, tmp_path / "export.json").added == 1
    imported = store.session(live.uuid)
    assert (imported.outcome, imported.resumable) == (Outcome.INTERRUPTED, False)


def test_import_rejects_a_foreign_file_listing_every_problem(
    make_store: Callable[..., HistoryStore], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "format": "supple-history", "version": 1,
        "sessions": [{"uuid": "x", "pain_after": 12, "outcome": "finished"}],
    }))  # fmt: skip
    with pytest.raises(HistoryImportError) as caught:
        import_json(make_store(), bad)
    message = str(caught.value)
    assert "sessions.0.pain_after" in message and "sessions.0.outcome" in message
    assert "sessions.0.started_at" in message
    with pytest.raises(HistoryImportError):
        import_json(make_store(), tmp_path / "missing.json")


def test_export_csv(
    make_store: Callable[..., HistoryStore], tmp_path: Path, clock: WallClock
) -> None:
    store = make_store()
    made = _fill(store, clock)
    assert export_csv(store, tmp_path / "h.csv") == 3
    with (tmp_path / "h.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["uuid"] for r in rows] == [r.uuid for r in made]  # oldest first
    assert rows[0]["outcome"] == "stopped"
    assert rows[1]["note"] == "run 1, with a comma"
    assert rows[2]["started_at"] == "2026-06-03T07:30:00+02:00"


def test_format_table(make_store: Callable[..., HistoryStore], clock: WallClock) -> None:
    store = make_store()
    _fill(store, clock)
    lines = format_table(store.sessions()).splitlines()
    assert lines[0].split() == [
        "Started",
        "Routine",
        "Category",
        "Outcome",
        "Active",
        "Steps",
        "Pain",
        "Note",
    ]
    assert len(lines) == 2 + 3
    assert "2026-06-03 07:30" in lines[2] and "5 → 2" in lines[-1] and "stopped early" in lines[-1]
    assert "1/4 (1 skipped)" in lines[2]
    assert "(no sessions yet)" in format_table([])


def test_core_history_never_imports_qt() -> None:
    code = (
        "import sys, supple.core.history.store, supple.core.history.stats, "
        "supple.core.history.export; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
