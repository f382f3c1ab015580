"""The editor's files never wait on a named pipe: the routine file it opens, checks and saves,
and the drafts it keeps. A plain ``open()`` of a FIFO waits for a writer for ever, so each
check runs in a child with a bound (``blocking.run_code``): on the old code the test fails
instead of hanging the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from blocking import run_code

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def test_a_routine_file_that_is_a_pipe_is_refused_by_name_when_opened_to_edit(
        tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    os.mkfifo(path)
    code = """
import sys
from pathlib import Path
from supple.core.routines.files import RoutineFileError, disk_snapshot, read_routine_file
try:
    read_routine_file(Path(sys.argv[1]))
except RoutineFileError as exc:
    print("refused:", exc)
print("snapshot:", disk_snapshot(Path(sys.argv[1])))
"""
    done = run_code(code, str(path), what="opening a routine file that is a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [
        "refused: mine.yaml is a named pipe, not a regular file", "snapshot: None"]


def test_saving_over_a_routine_file_swapped_for_a_pipe_fails_and_changes_nothing(
        tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    os.mkfifo(path)
    code = """
import sys
from pathlib import Path
from supple.core.routines.files import save_routine_text
print(save_routine_text(Path(sys.argv[1]), "supple: 1\\n", None))
"""
    done = run_code(code, str(path), what="saving over a routine file that is a FIFO")
    assert done.returncode == 0, done.stderr
    assert "SaveFailed" in done.stdout
    assert "cannot check mine.yaml before saving: mine.yaml is a named pipe" in done.stdout
    assert path.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["mine.yaml"]


def test_a_pipe_among_the_drafts_is_skipped_and_the_real_drafts_are_still_offered(
        tmp_path: Path) -> None:
    code = """
import os, sys
from pathlib import Path
from supple.core.routines.drafts import DraftStore
folder = Path(sys.argv[1])
store = DraftStore(folder / "drafts")
kept, piped = folder / "kept.yaml", folder / "piped.yaml"
assert store.save(kept, "kept text") and store.save(piped, "lost text")
os.unlink(store._file(piped))
os.mkfifo(store._file(piped))
print("piped:", store.load_draft(piped))
print("pending:", [(d.path.name, d.text) for d in store.pending()])
"""
    done = run_code(code, str(tmp_path), what="reading drafts beside a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["piped: None", "pending: [('kept.yaml', 'kept text')]"]
