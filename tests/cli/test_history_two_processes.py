"""One writer and many readers in other processes see the same history and lose nothing.

Regression: ``supple history`` run while the app recorded a routine deleted the database's
``-wal`` and ``-shm`` files; the app went on writing into the deleted files, and after a
SIGKILL every step recorded since was gone and resume offered step 1 again.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import supple
from supple.core.history.model import Outcome
from supple.core.history.store import HistoryStore

HERE = Path(__file__).parent


def child_env(data: Path) -> dict[str, str]:
    """The children import this checkout's supple and the shared test helpers."""
    src = str(Path(supple.__file__).resolve().parents[1])
    path = os.pathsep.join([src, str(HERE.parent), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "SUPPLE_DATA_DIR": str(data)}


def cli(data: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "supple", "history", *args],
                          env=child_env(data), capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    data = tmp_path / "data"
    data.mkdir()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "history_writer.py"), str(data / "history.db")],
        env=child_env(data), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        yield child, data
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def test_readers_in_other_processes_never_lose_the_writers_steps(
    writer: tuple[subprocess.Popen[str], Path],
) -> None:
    child, data = writer
    assert child.stdin is not None and child.stdout is not None
    _, session_uuid, total = child.stdout.readline().split()
    steps_total = int(total)
    steps_before_kill = steps_total - 2
    for step in range(1, steps_before_kill + 1):
        child.stdin.write("next\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == f"step {step}"
        # Readers in two more processes, as a user typing `supple history` would.
        table = cli(data)
        assert "in progress" in table and f"{step}/{steps_total}" in table
        [exported] = json.loads(cli(data, "--json"))["sessions"]
        assert (exported["uuid"], exported["steps_done"]) == (session_uuid, step)
        assert [s["position"] for s in exported["steps"]] == list(range(step))

    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL

    with HistoryStore(data / "history.db") as store:
        [found] = store.mark_stale_in_progress_as_interrupted()
        assert found.uuid == session_uuid and found.outcome is Outcome.INTERRUPTED
        assert (found.steps_done, found.resume_position) == (steps_before_kill, steps_before_kill)
        assert [s.position for s in store.steps(session_uuid)] == list(range(steps_before_kill))
        assert [s.uuid for s in store.interrupted_sessions()] == [session_uuid]
