"""A second process that holds the history's write lock until told to let go.

It stands for what users run beside the app: ``supple history --import`` (a long write
transaction), or ``sqlite3 history.db`` left inside ``BEGIN``. Started as a script named
``supple`` with the argument ``history``, its command line is what ``/proc`` shows for the
installed ``supple history`` (``python …/bin/supple history``); its standard input can be a
terminal (a pseudo-terminal), as when the user typed the command.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOCKER = """\
import os, sqlite3, sys
conn = sqlite3.connect(os.environ["LOCKER_DB"], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@dataclass
class Locker:
    process: subprocess.Popen[str]
    _release: int | None  # the terminal's other end, or None: the process reads a pipe

    @property
    def pid(self) -> int:
        return self.process.pid

    def release(self) -> None:
        """Let go of the lock, and wait until the process has exited."""
        if self.process.poll() is None:
            if self._release is not None:
                os.write(self._release, b"\n")
            else:
                assert self.process.stdin is not None
                self.process.stdin.write("\n")
                self.process.stdin.flush()
        self.process.wait(timeout=30)


@contextmanager
def history_locked(db: Path, folder: Path, *args: str, name: str = "supple",
                   terminal: bool = False) -> Iterator[Locker]:
    """``db`` write-locked by ``python FOLDER/NAME ARGS…`` until ``release()`` or the end."""
    script = folder / name
    script.write_text(LOCKER)
    env = {**os.environ, "LOCKER_DB": str(db)}
    master = slave = None
    if terminal:
        master, slave = os.openpty()
    process = subprocess.Popen([sys.executable, str(script), *args], env=env, text=True,
                               stdin=slave if slave is not None else subprocess.PIPE,
                               stdout=subprocess.PIPE)
    if slave is not None:
        os.close(slave)
    locker = Locker(process, master)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield locker
    finally:
        try:
            locker.release()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
            if master is not None:
                os.close(master)
