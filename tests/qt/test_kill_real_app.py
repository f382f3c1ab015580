"""A real ``supple run`` process killed with SIGKILL mid-routine leaves its session in the
history, marked interrupted, with every step it finished."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.store import HistoryStore

pytestmark = pytest.mark.slow

ROUTINE = """\
supple: 1
name: Kill test
defaults: {lead_in: 0}
steps:
  - {name: One, hold: 1s}
  - {name: Two, hold: 1s}
  - {name: Three, hold: 1s}
  - {name: Long, hold: 10m}
"""


def steps_recorded(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM steps").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_routine_leaves_an_interrupted_session(tmp_path: Path) -> None:
    data = tmp_path / "data"
    routine = tmp_path / "kill-test.yaml"
    routine.write_text(ROUTINE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
           "PULSE_SERVER": "unix:/nonexistent"}  # no sound needed
    proc = subprocess.Popen([sys.executable, "-m", "supple", "run", str(routine)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db = data / "history.db"
    try:
        give_up = time.monotonic() + 60
        while steps_recorded(db) < 3:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < give_up, "the app never recorded three steps"
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    store = HistoryStore(db)
    try:
        found = store.mark_stale_in_progress_as_interrupted()
        assert [r.routine_id for r in found] == ["kill-test"]
        [session] = store.sessions()
        assert session.outcome is Outcome.INTERRUPTED
        assert session.steps_done == 3 and session.steps_total == 4
        assert [(s.name, s.status) for s in store.steps(session.uuid)] == [
            ("One", StepStatus.DONE), ("Two", StepStatus.DONE), ("Three", StepStatus.DONE)]
        assert session.resume_position == 3
        assert [r.uuid for r in store.interrupted_sessions()] == [session.uuid]
    finally:
        store.close()
