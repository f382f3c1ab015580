"""Where the history lives is not always a writable file: a folder in its place, a
read-only disk. Reading still works where it can; what cannot work says why, in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from supple.core.history.model import HistoryError, HistoryUnavailable, StepStatus
from supple.core.history.recorder import SessionRecorder
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
