"""Running code that used to block (a read of a FIFO, say) in a child process with a bound.

A test of such a fix must fail on the old code, not hang the test run: the code runs in a
child, which is killed when it does not finish within ``timeout`` seconds. The bound is a
guard, not a measurement: it is many times what the work takes when it does not block.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

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
