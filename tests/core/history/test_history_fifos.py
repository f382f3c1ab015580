"""The history's own reads never wait on a named pipe put where a file of its should be: the
header check of ``history.db``, the ``.lock`` file every store takes, and each live session's
lock file. A plain ``open()`` of a FIFO waits for the other end for ever (to read: a writer; to
write, as a lock file is opened: a reader), so each check runs in a child with a bound
(``blocking.run_code``): on the old code the test fails instead of hanging the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from blocking import run_code

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

#: Makes ``Path.stat`` of the name in ``sys.argv[1]`` say "a regular file of 4 KB", as it did
#: just before the file was swapped for a pipe (the check-then-open race, made certain).
STALE_STAT = """
import os, stat, sys
from pathlib import Path
real_stat = Path.stat
def stale_stat(self, **kw):
    info = real_stat(self, **kw)
    if str(self) != sys.argv[1]:
        return info
    fields = list(info)
    fields[0], fields[6] = stat.S_IFREG | 0o644, 4096
    return os.stat_result(fields)
Path.stat = stale_stat
"""


def test_the_header_check_reads_a_pipe_swapped_in_after_its_look_without_waiting(
        tmp_path: Path) -> None:
    """It looked with ``stat()`` (a non-empty regular file) and then opened the name."""
    db = tmp_path / "history.db"
    os.mkfifo(db)
    code = STALE_STAT + """
from supple.core.history.model import HistoryUnavailable
from supple.core.history.schema import header_problem
try:
    print("problem:", header_problem(Path(sys.argv[1])))
except HistoryUnavailable as exc:
    print("unavailable:", exc)
"""
    done = run_code(code, str(db), what="checking the header of a history swapped for a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"unavailable: {db} is a named pipe, not Supple's history "
                                  "file"), done.stdout
    assert Path(db).is_fifo()  # left alone: it is not the app's to remove


def test_a_pipe_at_the_history_lock_file_does_not_stop_the_history_opening(
        tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    os.mkfifo(tmp_path / "history.db.lock")
    code = """
import sys
from pathlib import Path
from supple.core.history.store import HistoryStore
store = HistoryStore(Path(sys.argv[1]))
print("sessions:", len(store.sessions()))
store.close()
"""
    done = run_code(code, str(db), what="opening a history whose lock file is a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "sessions: 0"
    assert (tmp_path / "history.db.lock").is_fifo()


def test_a_pipe_at_a_live_sessions_lock_file_is_not_taken_as_its_lock(tmp_path: Path) -> None:
    """A session starting opened the name plainly, to write: a pipe there waited for a
    reader. It is no lock this app can hold, so the heartbeat decides."""
    db = tmp_path / "history.db"
    os.mkfifo(tmp_path / "history.db.live-taken")
    code = """
import sys
from pathlib import Path
from supple.core.history.liveness import LiveLocks
locks = LiveLocks(Path(sys.argv[1]))
locks.acquire("taken")
print("held:", locks.holds("taken"))
"""
    done = run_code(code, str(db), what="taking a live lock that is a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "held: False"
    assert (tmp_path / "history.db.live-taken").is_fifo()


def test_a_pipe_at_a_live_sessions_lock_file_is_probed_without_waiting(tmp_path: Path) -> None:
    """Is the owner alive? The probe opened the name plainly, to read: a pipe there waited
    for a writer. Not a lock this app made: unknown, and left alone."""
    db = tmp_path / "history.db"
    os.mkfifo(tmp_path / "history.db.live-probed")
    code = """
import sys
from pathlib import Path
from supple.core.history.liveness import probe
print("probe:", probe(Path(sys.argv[1]), "probed").value)
"""
    done = run_code(code, str(db), what="probing a live lock that is a FIFO")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "probe: unknown"
    assert (tmp_path / "history.db.live-probed").is_fifo()
