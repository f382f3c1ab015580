"""Which other process holds the history's write lock, to name it to the user.

When writes wait because "another program" holds the file, the user can only act on it if
told which: a `supple history --import` still running in a terminal, a second Supple, a
``sqlite3`` shell left in a transaction. SQLite's locks are POSIX record locks on the
database and its ``-shm`` file, and Linux lists every such lock, with its owner's process id,
in ``/proc/locks``. Reading that list (and the owner's command line) opens neither database
file: opening and closing one would drop this process's own SQLite locks on it (see
``sharing``). Elsewhere, or where the owner cannot be seen (another user's process, another
PID namespace), nothing is named and the message stays general.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from supple.core.wording import tr

_PROC = Path("/proc")


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    program: str  # "`supple history`", "another copy of Supple", "sqlite3", or "" if unknown
    in_terminal: bool = False

    def __str__(self) -> str:
        if not self.program:
            if self.in_terminal:
                return tr("a program (process {pid}, in a terminal)").format(pid=self.pid)
            return tr("a program (process {pid})").format(pid=self.pid)
        if self.in_terminal:
            return tr("{program} (process {pid}, in a terminal)").format(
                program=self.program, pid=self.pid)
        return tr("{program} (process {pid})").format(program=self.program, pid=self.pid)


def write_lock_holders(db: Path, proc: Path = _PROC) -> list[LockHolder]:
    """The other processes holding a write lock on ``db`` or its ``-wal``/``-shm`` files, in
    the order Linux lists them; empty when none is seen (or on another system)."""
    files = set()
    for path in (db, db.with_name(f"{db.name}-shm"), db.with_name(f"{db.name}-wal")):
        try:
            info = path.stat()
        except OSError:
            continue
        files.add((os.major(info.st_dev), os.minor(info.st_dev), info.st_ino))
    try:
        table = (proc / "locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    pids: list[int] = []
    for line in table.splitlines():
        pid = _writer_of(line, files)
        if pid is not None and pid != os.getpid() and pid not in pids:
            pids.append(pid)
    return [_describe(pid, proc) for pid in pids]


def _writer_of(line: str, files: set[tuple[int, int, int]]) -> int | None:
    """The pid in one line of /proc/locks, if it holds a write lock on one of ``files``:
    ``1: POSIX  ADVISORY  WRITE 7769 fe:00:2155108 120 120``. A process waiting for a lock
    is listed with ``->`` and holds nothing; OFD locks have no owner (pid -1)."""
    fields = line.split()
    if len(fields) < 6 or fields[1] == "->" or fields[3] != "WRITE":
        return None
    try:
        pid = int(fields[4])
        major, minor, inode = fields[5].split(":")
        where = (int(major, 16), int(minor, 16), int(inode))
    except ValueError:
        return None
    return pid if pid > 0 and where in files else None


def _describe(pid: int, proc: Path) -> LockHolder:
    try:
        raw = (proc / str(pid) / "cmdline").read_bytes()
    except OSError:
        return LockHolder(pid, "")
    args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    try:
        terminal = os.readlink(proc / str(pid) / "fd" / "0").startswith(("/dev/pts/", "/dev/tty"))
    except OSError:
        terminal = False
    return LockHolder(pid, _program(args), terminal)


def _program(args: list[str]) -> str:
    """What to call the program run as ``args``: Supple's command line by its command (run
    as the ``supple`` script or ``python -m supple``), anything else by its file name."""
    if not args:
        return ""
    rest: list[str] | None = None
    for i, arg in enumerate(args[:3]):
        if Path(arg).name == "supple":
            rest = args[i + 1:]
            break
        if arg == "-m" and i + 1 < len(args) and args[i + 1].split(".")[0] == "supple":
            rest = args[i + 2:]
            break
    if rest is None:
        return Path(args[0]).name
    command = next((a for a in rest if a in ("history", "list", "show", "validate", "schema",
                                             "run")), None)
    if command is None or command == "run":  # the window
        return tr("another copy of Supple")
    return f"`supple {command}`"
