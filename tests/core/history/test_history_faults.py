"""What the history does when the world misbehaves: locks, full or read-only disks, damaged
files, concurrent writers, and a process killed mid-session."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from fakes import FaultSwitch
from supple.core.history.model import (
    HistoryBusy,
    HistoryError,
    HistoryUnavailable,
    Notice,
    NoticeKind,
    Outcome,
    StepStatus,
)
from supple.core.history.schema import Fault, classify
from supple.core.history.store import HistoryStore

CLOCK_START = datetime(2026, 11, 2, 7, 30, 5, tzinfo=timezone(timedelta(hours=1)))


def fixed_clock() -> datetime:
    return CLOCK_START


def sql(path: Path, statement: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path, timeout=10)
    try:
        with conn:
            return conn.execute(statement).fetchall()
    finally:
        conn.close()


def session_with_steps(store: HistoryStore, steps: int) -> str:
    record = store.begin_session("calf", "Calf care", "stretch", "fp", steps)
    for position in range(steps):
        store.record_step(record.uuid, position, f"step {position}", None, StepStatus.DONE, 1, 1)
    return record.uuid


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


# ----- classification: tell the user, or a bug ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "fault"),
    [
        ("database is locked", Fault.BUSY),
        ("database or disk is full", Fault.UNAVAILABLE),
        ("attempt to write a readonly database", Fault.UNAVAILABLE),
        ("disk I/O error", Fault.UNAVAILABLE),
        ("file is not a database", Fault.CORRUPT),
        ("database disk image is malformed", Fault.CORRUPT),
        ("no such table: sessions", None),
        ('near "SELEC": syntax error', None),
    ],
)
def test_classify(message: str, fault: Fault | None) -> None:
    assert classify(sqlite3.OperationalError(message)) is fault


def test_a_bug_propagates_from_a_write(db: Path) -> None:
    switch = FaultSwitch()
    store = HistoryStore(db, clock=fixed_clock, connect=switch)
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
    switch.error = sqlite3.OperationalError("no such column: bogus")
    with pytest.raises(sqlite3.OperationalError, match="bogus"):
        store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    assert store.notices == []
    assert store.pending_writes == 0  # the bad write is dropped, not retried forever
    store.close()


# ----- locked by another copy -----------------------------------------------------------------


def test_a_short_lock_is_waited_out(db: Path) -> None:
    store = HistoryStore(db, clock=fixed_clock)
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    released = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    released.start()
    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)  # blocks ~0.2 s
    released.join()
    other.close()
    assert store.notices == [] and store.pending_writes == 0
    assert store.session(record.uuid).steps_done == 1
    store.close()


def test_a_long_lock_raises_busy_for_actions_and_queues_recording(db: Path) -> None:
    seen: list[Notice] = []
    store = HistoryStore(db, clock=fixed_clock, busy_timeout_ms=50, on_notice=seen.append,
                         retry_after_s=0)  # fmt: skip
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    with pytest.raises(HistoryBusy, match="second copy of Supple") as caught:
        store.resolve_interrupted(record.uuid)
    assert isinstance(caught.value, HistoryError)

    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)  # no exception
    store.record_step(record.uuid, 1, "b", None, StepStatus.DONE, 1, 2)
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING]
    assert "second copy of Supple" in seen[0].message
    assert store.pending_writes == 2

    other.execute("COMMIT")
    other.close()
    assert store.flush()
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING, NoticeKind.WRITES_SAVED]
    assert store.session(record.uuid).steps_done == 2
    store.close()


def test_two_stores_in_two_threads_lose_no_rows(db: Path) -> None:
    HistoryStore(db).close()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with HistoryStore(db, busy_timeout_ms=10_000) as store:
                for _ in range(60):
                    uuid = session_with_steps(store, 4)
                    store.finish_session(uuid, Outcome.COMPLETED, 4)
                assert store.notices == []
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sql(db, "SELECT count(*), sum(steps_done) FROM sessions") == [(120, 480)]
    assert sql(db, "SELECT count(*) FROM steps") == [(480,)]
    assert sql(db, "SELECT count(*) FROM sessions WHERE outcome = 'completed'") == [(120,)]


def test_two_processes_lose_no_rows(db: Path) -> None:
    HistoryStore(db).close()
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from supple.core.history.store import HistoryStore
        from supple.core.history.model import Outcome, StepStatus
        with HistoryStore(Path({str(db)!r}), busy_timeout_ms=10_000) as store:
            for i in range(80):
                record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
                for p in range(3):
                    store.record_step(record.uuid, p, "s", None, StepStatus.DONE, 1, p + 1)
                store.finish_session(record.uuid, Outcome.COMPLETED, 3)
            assert not store.notices, store.notices
        """
    )
    children = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(2)]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    assert sql(db, "SELECT count(*), sum(steps_done) FROM sessions") == [(160, 480)]
    assert sql(db, "SELECT count(*) FROM steps") == [(480,)]


# ----- full or read-only disk -----------------------------------------------------------------


def test_disk_full_keeps_writes_in_memory_and_flushes_them_in_order(db: Path) -> None:
    switch = FaultSwitch()
    seen: list[Notice] = []
    store = HistoryStore(db, clock=fixed_clock, connect=switch, on_notice=seen.append,
                         retry_after_s=0)  # fmt: skip
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
    switch.error = sqlite3.OperationalError("database or disk is full")
    for position in range(3):
        store.record_step(record.uuid, position, f"s{position}", None, StepStatus.DONE, 1, 9)
    store.finish_session(record.uuid, Outcome.COMPLETED, 30.0)
    later = store.begin_session("drills", "Drills", "warm-up", "fp2", 1)
    assert store.pending_writes == 5
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING]  # told once, not per write
    assert "kept in memory" in seen[0].message

    switch.error = None
    store.rate_session(later.uuid, pain_after=2)  # a later write succeeds: the queue goes first
    assert store.pending_writes == 0
    assert [n.kind for n in seen] == [NoticeKind.WRITES_PENDING, NoticeKind.WRITES_SAVED]
    finished = store.session(record.uuid)
    assert (finished.outcome, finished.steps_done, finished.active_seconds) == (
        Outcome.COMPLETED, 3, 30.0,
    )  # fmt: skip
    assert store.session(later.uuid).pain_after == 2
    store.close()


def test_while_pending_writes_do_not_retry_on_every_call(db: Path) -> None:
    switch = FaultSwitch()
    store = HistoryStore(db, connect=switch, retry_after_s=3600)
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 3)
    switch.error = sqlite3.OperationalError("disk I/O error")
    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    opened = switch.connections
    switch.error = None
    store.record_step(record.uuid, 1, "b", None, StepStatus.DONE, 1, 2)
    assert (store.pending_writes, switch.connections) == (2, opened)  # not tried again yet
    assert store.flush()
    assert store.session(record.uuid).steps_done == 2
    store.close()


def test_real_disk_full_from_max_page_count(db: Path) -> None:
    """A genuine SQLITE_FULL from SQLite, not an injected one (tests run as root)."""
    limit: dict[str, int | None] = {"pages": None}

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, check_same_thread=False)
        if limit["pages"] is not None:
            conn.execute(f"PRAGMA max_page_count = {limit['pages']}")
        return conn

    store = HistoryStore(db, connect=connect, retry_after_s=0)
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 50)
    store.close()
    limit["pages"] = sql(db, "PRAGMA page_count")[0][0]
    store = HistoryStore(db, connect=connect, retry_after_s=0)
    store.mark_stale_in_progress_as_interrupted()
    store.resume_session(record.uuid)
    for position in range(50):
        store.record_step(record.uuid, position, "x" * 2000, None, StepStatus.DONE, 1, 1)
    assert [n.kind for n in store.notices] == [NoticeKind.WRITES_PENDING]
    assert store.pending_writes > 0
    with pytest.raises(HistoryUnavailable):
        store.resolve_interrupted(record.uuid)  # a user action is told, not queued

    limit["pages"] = None  # space freed
    assert store.flush()
    assert store.session(record.uuid).steps_done == 50
    store.close()


def test_real_read_only_database(db: Path) -> None:
    read_only = {"on": True}

    def connect(path: Path) -> sqlite3.Connection:
        if read_only["on"]:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return sqlite3.connect(path, check_same_thread=False)

    HistoryStore(db).close()
    store = HistoryStore(db, connect=connect, retry_after_s=0)
    assert store.sessions() == []  # reading still works
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 2)
    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    assert [n.kind for n in store.notices] == [NoticeKind.WRITES_PENDING]
    assert sql(db, "SELECT count(*) FROM sessions") == [(0,)]

    read_only["on"] = False  # remounted read-write
    store.record_step(record.uuid, 1, "b", None, StepStatus.DONE, 1, 2)
    assert store.pending_writes == 0
    assert sql(db, "SELECT steps_done FROM sessions") == [(2,)]
    store.close()


def test_unwritable_from_the_start(tmp_path: Path) -> None:
    def connect(path: Path) -> sqlite3.Connection:  # the file cannot be created
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    store = HistoryStore(tmp_path / "history.db", connect=connect)
    assert [n.kind for n in store.notices] == [NoticeKind.WRITES_PENDING]
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 2)  # no exception
    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    assert store.pending_writes == 2
    with pytest.raises(HistoryUnavailable):
        store.sessions()
    store.close()


# ----- damaged files --------------------------------------------------------------------------


def _moved(db: Path) -> list[Path]:
    return sorted(db.parent.glob("history.db.corrupt-*"))


@pytest.mark.parametrize(
    "damage",
    ["garbage", "text", "truncated", "page_one"],
)
def test_a_damaged_file_is_moved_aside_and_a_new_one_started(db: Path, damage: str) -> None:
    with HistoryStore(db) as store:
        for _ in range(40):
            session_with_steps(store, 8)
    data = db.read_bytes()
    if damage == "garbage":
        damaged = os.urandom(len(data))
    elif damage == "text":
        damaged = b"these are my running notes, not a database\n" * 10
    elif damage == "truncated":
        damaged = data[: len(data) // 2]
    else:  # the header is intact, the schema behind it is not
        damaged = data[:100] + os.urandom(4096 - 100) + data[4096:]
    db.write_bytes(damaged)
    (db.parent / "history.db-wal").write_bytes(b"stale wal")
    (db.parent / "history.db-shm").write_bytes(b"stale shm")

    store = HistoryStore(db, clock=fixed_clock)
    assert store.sessions() == []
    session_with_steps(store, 2)  # the new file works
    assert len(store.sessions()) == 1

    moved = db.parent / "history.db.corrupt-20261102-073005"
    assert moved.read_bytes() == damaged  # never deleted, never changed
    assert (db.parent / "history.db.corrupt-20261102-073005-wal").read_bytes() == b"stale wal"
    # the -shm is only an index SQLite rebuilds from the WAL; it is moved, its bytes may differ
    assert (db.parent / "history.db.corrupt-20261102-073005-shm").exists()
    assert not (db.parent / "history.db-wal").read_bytes().startswith(b"stale")
    [notice] = store.notices
    assert notice.kind is NoticeKind.CORRUPT_MOVED_ASIDE and notice.path == moved
    assert str(moved) in notice.message
    store.close()


def test_two_damaged_files_in_one_second_do_not_collide(db: Path) -> None:
    db.parent.mkdir(parents=True)
    for content in (b"first bad file" * 20, b"second bad file" * 20):
        db.write_bytes(content)
        HistoryStore(db, clock=fixed_clock).close()
    assert [p.read_bytes()[:6] for p in _moved(db)] == [b"first ", b"second"]


# ----- killed mid-session ---------------------------------------------------------------------


@pytest.fixture
def child_script(db: Path) -> Iterator[str]:
    yield textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from supple.core.history.store import HistoryStore
        from supple.core.history.model import StepStatus
        store = HistoryStore(Path({str(db)!r}))
        record = store.begin_session("calf", "Calf care", "stretch", "fp", 6)
        for position in range(3):
            store.record_step(record.uuid, position, f"step {{position}}", "left",
                              StepStatus.DONE, 30.0, 30.0 * (position + 1))
        print(record.uuid, flush=True)
        print("ready", flush=True)
        time.sleep(120)
        """
    )


def test_sigkill_mid_session_leaves_an_interrupted_resumable_session(
    db: Path, child_script: str
) -> None:
    child = subprocess.Popen([sys.executable, "-c", child_script], stdout=subprocess.PIPE,
                             text=True)  # fmt: skip
    try:
        assert child.stdout is not None
        session_uuid = child.stdout.readline().strip()
        assert child.stdout.readline().strip() == "ready"

        alive = HistoryStore(db)  # while the child lives, its session is not stolen
        assert alive.mark_stale_in_progress_as_interrupted(stale_after=timedelta(0)) == []
        alive.close()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
        child.stdout.close()  # type: ignore[union-attr]

    store = HistoryStore(db)
    [found] = store.mark_stale_in_progress_as_interrupted(stale_after=timedelta(0))
    assert found.uuid == session_uuid
    assert found.outcome is Outcome.INTERRUPTED
    assert (found.steps_done, found.resume_position, found.active_seconds) == (3, 3, 90.0)
    assert [s.uuid for s in store.interrupted_sessions()] == [session_uuid]
    assert [s.name for s in store.steps(session_uuid)] == ["step 0", "step 1", "step 2"]
    store.close()
