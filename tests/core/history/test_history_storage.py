"""Where the history lives is not always a writable file: a folder in its place, a
read-only disk. Reading still works where it can; what cannot work says why, in words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import supple
from read_only import read_only_folder
from supple.core.history.model import (
    HistoryError,
    HistoryUnavailable,
    Notice,
    NoticeKind,
    Outcome,
    StepStatus,
)
from supple.core.history.recorder import SessionRecorder
from supple.core.history.stats import stats_for
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine, load_text
from supple.core.session.timeline import plan

ROUTINE = """\
supple: 1
name: Storage test
steps:
  - {name: Calf raises, reps: 2, tempo: 1s}
  - {name: Wall stretch, hold: 3s, sides: both}
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


# ----- a folder where the file should be ------------------------------------------------------


def test_a_folder_named_history_db_is_refused_with_the_reason(db: Path) -> None:
    db.mkdir(parents=True)
    (db / "keep.txt").write_text("whatever the user keeps here")
    with pytest.raises(HistoryUnavailable) as caught:
        HistoryStore(db)
    message = str(caught.value)
    assert str(db) in message and "folder" in message
    assert "full" not in message  # not blamed on the disk
    assert (db / "keep.txt").read_text() == "whatever the user keeps here"  # left alone


def test_the_recorder_says_once_that_a_folder_blocks_the_history(db: Path) -> None:
    db.mkdir(parents=True)
    routine, problems = load_text(ROUTINE, "storage-test.yaml")
    assert routine is not None, problems
    loaded = LoadedRoutine("storage-test", Path("storage-test.yaml"), routine, False,
                           routine.fingerprint())
    timeline = plan(routine)
    messages: list[str] = []
    recorder = SessionRecorder(lambda: HistoryStore(db), on_error=messages.append)
    assert recorder.begin(loaded, timeline).result(timeout=10) is None
    from supple.core.session.events import StepFinished

    for segment in timeline.work_segments:
        recorder.handle(StepFinished(segment.end, segment, None, skipped=False, seconds=1.0),
                        segment.end)
    recorder.close()
    assert len(messages) == 1, messages
    assert "folder" in messages[0]


def test_every_read_of_an_unopenable_history_raises_a_history_error(db: Path) -> None:
    """Regression: an OSError escaped from reads (a traceback at start-up)."""
    with HistoryStore(db) as store:
        session = store.begin_session("calf", "Calf care", "stretch", "fp", 1)
        store.record_step(session.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
        for companion in db.parent.glob("history.db*"):
            companion.unlink()
        db.mkdir()
        store.close()
        for read in (store.sessions, store.interrupted_sessions, store.last_done_by_routine,
                     store.mark_stale_in_progress_as_interrupted):
            with pytest.raises(HistoryError, match="folder"):
                read()


# ----- a read-only disk -------------------------------------------------------------------------


def history_with_sessions(db: Path, count: int = 3) -> list[str]:
    uuids = []
    with HistoryStore(db) as store:
        for n in range(count):
            record = store.begin_session("calf", "Calf care", "stretch", "fp", 2)
            store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 10, 10)
            store.record_step(record.uuid, 1, "b", "left", StepStatus.DONE, 10, 20 + n)
            store.finish_session(record.uuid, Outcome.COMPLETED, 20 + n)
            uuids.append(record.uuid)
    return uuids


def test_a_history_in_a_read_only_folder_is_read_and_writing_is_refused(db: Path) -> None:
    """Regression: a WAL database cleanly closed has no -shm, and SQLite cannot create one
    in a read-only folder, so every read failed ("Last done: never", exit 3)."""
    uuids = history_with_sessions(db)
    assert not (db.parent / "history.db-shm").exists()
    with read_only_folder(db.parent):
        seen: list[Notice] = []
        store = HistoryStore(db, on_notice=seen.append, retry_after_s=0)
        assert {s.uuid for s in store.sessions()} == set(uuids)
        assert set(store.last_done_by_routine()) == {"calf"}
        assert [s.name for s in store.steps(uuids[0])] == ["a", "b"]
        assert stats_for(store).total_completed == 3
        assert seen == []  # reading is not worth a notice

        with pytest.raises(HistoryUnavailable, match="read-only") as refused:
            store.import_sessions([])
        assert str(db) in str(refused.value)
        record = store.begin_session("calf", "Calf care", "stretch", "fp", 2)  # no exception
        store.record_step(record.uuid, 0, "a", None, StepStatus.DONE, 1, 1)
        assert store.pending_writes == 2
        [notice] = seen
        assert notice.kind is NoticeKind.WRITES_PENDING and "read-only" in notice.message
        assert len(store.sessions()) == 3  # still readable after the refused writes
        store.close()


def test_the_newest_steps_in_the_wal_are_read_from_a_read_only_folder(db: Path) -> None:
    """A crash leaves the newest rows only in the -wal (with its -shm): they are read too."""
    history_with_sessions(db, 1)
    script = (
        "import os, sys\nfrom pathlib import Path\n"
        "from supple.core.history.store import HistoryStore\n"
        "from supple.core.history.model import StepStatus\n"
        "store = HistoryStore(Path(sys.argv[1]))\n"
        "r = store.begin_session('drills', 'Drills', 'warm-up', 'fp', 3)\n"
        "store.record_step(r.uuid, 0, 'skips', None, StepStatus.DONE, 5, 5)\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(supple.__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", script, str(db)], env=env, check=True, timeout=60)
    assert (db.parent / "history.db-wal").stat().st_size > 0
    with read_only_folder(db.parent):
        store = HistoryStore(db)
        drills = [s for s in store.sessions() if s.routine_id == "drills"]
        assert [(s.steps_done, s.outcome) for s in drills] == [(1, Outcome.IN_PROGRESS)]
        store.close()
