"""Running code that used to block (a read of a FIFO, say) in a child process with a bound.

A test of such a fix must fail on the old code, not hang the test run: the code runs in a
child, which is killed when it does not finish within ``timeout`` seconds. The bound is a
guard, not a measurement: it is many times what the work takes when it does not block.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest


def run_bounded(args: Sequence[str], timeout: float = 15.0,
                what: str = "the child") -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS…``; fail the test (never hang it) if it is still running after
    ``timeout`` seconds."""
    try:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{what} was still blocked after {timeout:g} s and was killed; "
                    f"output so far: {exc.stdout!r} {exc.stderr!r}")


def run_code(code: str, *argv: str, timeout: float = 15.0,
             what: str = "the child") -> subprocess.CompletedProcess[str]:
    """Run ``code`` with ``python -c``; ``argv`` become ``sys.argv[1:]``."""
    return run_bounded(["-c", code, *argv], timeout=timeout, what=what)


@contextlib.contextmanager
def pipe_freed_if_blocked(path: Path, after: float = 10.0) -> Iterator[list[float]]:
    """For code that has to run on this thread (Qt's GUI thread), so cannot go in a child:
    while the block runs longer than ``after`` seconds, the FIFO at ``path`` is opened from
    both ends and closed again, once a second, which lets a plain ``open()`` waiting on it
    return (reading nothing). The list yielded records each time: a test asserts it stays
    empty, so on code that waits on the pipe it fails instead of hanging the run."""
    freed: list[float] = []
    done = threading.Event()

    def free() -> None:
        wait = after
        while not done.wait(wait):
            wait = 1.0
            with contextlib.suppress(OSError):
                reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a waiting writer goes on
                with contextlib.suppress(OSError):
                    os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # a waiting reader
                os.close(reader)
                freed.append(after)

    thread = threading.Thread(target=free, name="pipe-freer", daemon=True)
    thread.start()
    try:
        yield freed
    finally:
        done.set()
        thread.join()
