"""Damage in the middle of a real history file: found, set aside, and what can still be read
is saved into a fresh file, whoever meets it first.

Regression: garbage over a middle page was never recovered. The header and schema looked
fine, so opening did nothing; reads that met the page raised "Restart Supple to move it
aside", a restart never did, and new sessions went on into the damaged file.
"""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from supple.core.history.model import Notice, NoticeKind, Outcome, StepStatus
from supple.core.history.store import HistoryStore

CLOCK = datetime(2026, 11, 2, 7, 30, 5, tzinfo=timezone(timedelta(hours=1)))
SESSIONS = 600
STEPS = 6
PAGE = 4096


def clock() -> datetime:
    return CLOCK


def build_history(db: Path) -> None:
    with HistoryStore(db, clock=clock) as store:
        for n in range(SESSIONS):
            record = store.begin_session(f"routine-{n % 7}", f"Routine {n % 7}", "stretch",
                                         "fp", STEPS)
            for position in range(STEPS):
                store.record_step(record.uuid, position, f"step {position} " + "x" * 40,
                                  "left", StepStatus.DONE, 30.0, 30.0 * (position + 1))
            store.finish_session(record.uuid, Outcome.COMPLETED, 30.0 * STEPS)


def leaf_pages(db: Path, table: str) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]
    finally:
        conn.close()


def damage(db: Path, table: str) -> bytes:
    """Garbage over the middle leaf page of ``table``; returns the damaged file's bytes."""
    pages = leaf_pages(db, table)
    page = pages[len(pages) // 2]
    data = bytearray(db.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    db.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "history.db"
    build_history(path)
    return path


def moved_aside(db: Path) -> Path:
    [moved] = [p for p in db.parent.iterdir() if p.name.startswith("history.db.corrupt-")
               and not p.name.endswith(("-wal", "-shm"))]
    return moved


def test_the_quick_check_finds_middle_damage_and_saves_the_rest(db: Path) -> None:
    damaged = damage(db, "sessions")
    seen: list[Notice] = []
    store = HistoryStore(db, clock=clock, on_notice=seen.append)
    assert seen == []  # opening stays fast: it does not read every page
    assert store.check() is True

    [notice] = seen
    moved = moved_aside(db)
    assert notice.kind is NoticeKind.CORRUPT_MOVED_ASIDE and notice.path == moved
    assert moved.read_bytes() == damaged  # set aside unchanged, never deleted
    sessions = store.sessions()
    lost = SESSIONS - len(sessions)
    assert 0 < lost < 40  # one page of sessions, not the history
    assert f"{len(sessions)} of {SESSIONS} sessions" in notice.message
    assert str(moved) in notice.message
    for session in sessions[:50]:
        assert len(store.steps(session.uuid)) == STEPS  # each saved session keeps its steps
    assert store.check() is False  # the fresh file is sound
    assert set(store.last_done_by_routine()) == {f"routine-{n}" for n in range(7)}
    store.close()


def test_damage_under_a_step_page_loses_those_steps_only(db: Path) -> None:
    damage(db, "steps")
    store = HistoryStore(db, clock=clock)
    assert store.check() is True
    assert len(store.sessions()) == SESSIONS
    with sqlite3.connect(db) as conn:
        steps = conn.execute("SELECT count(*) FROM steps").fetchone()[0]
    assert SESSIONS * STEPS - 100 < steps < SESSIONS * STEPS
    store.close()


def test_a_read_that_meets_the_damage_repairs_it_and_answers(db: Path) -> None:
    damage(db, "sessions")
    seen: list[Notice] = []
    store = HistoryStore(db, clock=clock, on_notice=seen.append)
    sessions = store.sessions()  # a full scan meets the damaged page
    assert SESSIONS - 40 < len(sessions) < SESSIONS
    assert [n.kind for n in seen] == [NoticeKind.CORRUPT_MOVED_ASIDE]
    store.close()


def test_every_store_of_the_process_goes_on_in_the_repaired_file(db: Path) -> None:
    """The app holds two stores (the window's, the recorder's); one repairs, the other's
    next write lands in the fresh file, not in the one set aside."""
    damage(db, "sessions")
    window = HistoryStore(db, clock=clock)
    recorder = HistoryStore(db, clock=clock)
    live = recorder.begin_session("calf", "Calf care", "stretch", "fp", 2)
    recorder.record_step(live.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    assert window.check() is True
    recorder.record_step(live.uuid, 1, "b", None, StepStatus.DONE, 1, 2)
    recorder.finish_session(live.uuid, Outcome.COMPLETED, 2)
    assert recorder.notices == [] and recorder.pending_writes == 0
    found = window.session(live.uuid)
    assert (found.outcome, found.steps_done) == (Outcome.COMPLETED, 2)
    moved = sqlite3.connect(f"file:{moved_aside(db)}?mode=ro", uri=True)
    try:
        assert moved.execute("SELECT count(*) FROM steps WHERE position = 1 AND name = 'b'"
                             ).fetchone() == (0,)
    finally:
        moved.close()
    window.close()
    recorder.close()


def test_a_recording_write_that_meets_the_damage_is_not_lost(db: Path) -> None:
    damage(db, "ix_sessions_open")  # an index page: every row is still readable
    store = HistoryStore(db, clock=clock)
    record = store.begin_session("calf", "Calf care", "stretch", "fp", 1)
    store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
    store.finish_session(record.uuid, Outcome.COMPLETED, 1)
    store.mark_stale_in_progress_as_interrupted()  # reads the damaged index
    assert store.check() in (True, False)  # found by now, or by the check
    assert store.pending_writes == 0
    assert store.session(record.uuid).outcome is Outcome.COMPLETED
    assert len(store.sessions()) == SESSIONS + 1  # an index page loses no session
    assert store.check() is False
    store.close()


def test_a_file_another_process_holds_is_not_swapped(db: Path, tmp_path: Path) -> None:
    """Its connections would go on writing into the copy set aside: left alone, with a
    message, until only one program has it open."""
    import subprocess
    import sys

    import supple

    damaged = damage(db, "sessions")
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from supple.core.history.store import HistoryStore\n"
        "store = HistoryStore(Path(sys.argv[1]))\nprint('open', flush=True)\nsys.stdin.read()\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(supple.__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    other = subprocess.Popen([sys.executable, "-c", script, str(db)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        seen: list[Notice] = []
        store = HistoryStore(db, clock=clock, on_notice=seen.append)
        assert store.check() is True
        assert db.read_bytes() == damaged
        assert "only one program has it open" in seen[-1].message
        store.close()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)
        other.stdout.close()  # type: ignore[union-attr]
    store = HistoryStore(db, clock=clock)  # alone now
    assert store.check() is True
    assert SESSIONS - 40 < len(store.sessions()) < SESSIONS
    store.close()
