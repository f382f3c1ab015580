"""Nothing a routine file, a file name or the history holds reaches the terminal raw.

Each command runs in a real pseudo-terminal (so ``--csv`` and ``--json`` know they are
printing to one), on a data folder whose texts hold ESC, BEL, NUL, C1 controls and direction
overrides in every place they can still be: file names, the history's names and notes (which
an import or a paste may bring), and messages quoting them. Regression: ``list``, ``show``,
``validate`` and ``history`` printed them as they were, so a shared file could retitle,
clear or rewrite the terminal of whoever listed it.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

import supple
from supple.core.history.model import Outcome, StepStatus
from supple.core.history.store import HistoryStore

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202egnp"
RAW = [b"\x1b", b"\x07", b"\x00", "\x9b".encode(), "\u202e".encode()]
ROUTINE = ("supple: 1\nname: Evil\ndescription: \"two\\nlines\\tand a tab\"\n"
           "steps:\n  - {name: Calf stretch, hold: 30s}\n")


def in_a_terminal(*args: str) -> tuple[int, bytes]:
    """Run ``supple ARGS`` with stdin, stdout and stderr on a pseudo-terminal; its output."""
    src = str(Path(supple.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    master, slave = pty.openpty()
    child = subprocess.Popen([sys.executable, "-m", "supple", *args], stdin=slave,
                             stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                if child.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        code = child.wait(timeout=60)
    finally:
        os.close(master)
    return code, b"".join(chunks)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    routines = data / "routines"
    routines.mkdir(parents=True)
    (routines / f"evil{HOSTILE}.yaml").write_text(ROUTINE)
    (routines / f"broken{HOSTILE}.yaml").write_text("supple: 1\nname: Broken\nsteps: []\n")
    with HistoryStore(data / "history.db") as store:
        record = store.begin_session("evil", f"Evil{HOSTILE}", f"cat{HOSTILE}", "fp", 1)
        store.record_step(record.uuid, 0, f"step{HOSTILE}", None, StepStatus.DONE, 30, 30)
        store.finish_session(record.uuid, Outcome.COMPLETED, 30)
        store.rate_session(record.uuid, note=f"a note\x00{HOSTILE}\nsecond line")
    return data


def test_no_command_prints_a_control_character_or_override_raw(data: Path) -> None:
    evil = data / "routines" / f"evil{HOSTILE}.yaml"
    broken = data / "routines" / f"broken{HOSTILE}.yaml"
    commands = [
        ("list",), ("check",), ("show", str(broken)), ("show", f"nothing{HOSTILE}"),
        ("validate", str(evil), str(broken)), ("history",), ("history", "--csv"),
        ("history", "--json"),
    ]
    for command in commands:
        code, output = in_a_terminal("--data-dir", str(data), *command)
        assert code in (0, 1), (command, output)
        for raw in RAW:
            assert raw not in output, (command, raw, output)
        assert b"\\x1b" in output or b"\\u001b" in output, (command, output)  # shown, not lost
    for by in (f"evil{HOSTILE}", str(evil)):  # an id and a path that hold them, too
        code, output = in_a_terminal("--data-dir", str(data), "show", by)
        assert code == 0 and b"Evil  (my routines" in output


def test_multi_line_texts_keep_their_lines(data: Path) -> None:
    code, output = in_a_terminal("--data-dir", str(data), "show", f"evil{HOSTILE}")
    assert code == 0
    assert b"two\r\nlines\tand a tab" in output  # the terminal's own \r\n


def test_piped_exports_stay_exact(data: Path, tmp_path: Path) -> None:
    """An export written to a file or a pipe is data: nothing the user wrote is changed."""
    done = subprocess.run([sys.executable, "-m", "supple", "--data-dir", str(data), "history",
                           "--json"], capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(supple.__file__)
                                                               .resolve().parents[1])})
    assert done.returncode == 0
    assert "\u202e".encode() in done.stdout and b"\\u001b" in done.stdout
