"""The command line never waits on a file that is not a regular file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from blocking import run_bounded

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def test_history_import_of_a_fifo_exits_with_a_message(tmp_path: Path) -> None:
    """``supple history --import FIFO`` used to block for ever waiting for a writer."""
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    done = run_bounded(["-m", "supple", "--data-dir", str(tmp_path / "data"), "history",
                        "--import", str(pipe)], what="supple history --import FIFO")
    assert done.returncode == 1, done.stderr
    assert "cannot import" in done.stderr and "a named pipe" in done.stderr
    assert "Traceback" not in done.stderr


def test_validate_of_a_fifo_says_so(tmp_path: Path) -> None:
    pipe = tmp_path / "routine.yaml"
    os.mkfifo(pipe)
    done = run_bounded(["-m", "supple", "validate", str(pipe)], what="supple validate FIFO")
    assert done.returncode == 1
    assert "not a regular file" in done.stdout
