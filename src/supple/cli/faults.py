"""Exit codes, and what the command line says when the history's storage fails.

The history store's errors (``HistoryError`` and its kinds) carry sentences written for the
window ("keep Supple open", "start Supple again"). A terminal user needs other advice: which
file or folder, and what to type or close before running the command again. Each expected
fault therefore has its own exit code, so a script can tell "the file is busy, try later"
from "the disk is read-only" and from a bug; ``EXIT_INTERNAL`` is kept for bugs alone.
docs/routine-format.md lists the codes (keep the two in step).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from supple.cli.terminal import shown
from supple.core.history.model import (
    HistoryBusy,
    HistoryCorrupt,
    HistoryError,
    HistoryImportError,
    HistoryTooNew,
)
from supple.core.wording import tr

EXIT_OK = 0
EXIT_INVALID = 1  # a routine, an import file or a name given is not valid
EXIT_USAGE = 2  # the command line itself is wrong (argparse's own code), or no display
EXIT_INTERNAL = 3  # a bug in Supple: please report it
EXIT_AMBIGUOUS = 4  # a routine name that more than one routine has: give the id
EXIT_HISTORY_BUSY = 5  # another program holds the history file: try again once it is closed
EXIT_READ_ONLY = 6  # the data folder or its disk cannot be written (read-only, full, failing)
EXIT_HISTORY_DAMAGED = 7  # the history file is damaged and cannot be repaired now
EXIT_NOT_A_FILE = 8  # something other than a file (a folder) is where the history belongs
EXIT_HISTORY_TOO_NEW = 9  # the history was written by a newer Supple


@dataclass(frozen=True)
class Fault:
    """What to print on stderr (one or more lines, as they are printed) and the exit code."""

    code: int
    message: str

    def text(self) -> str:
        return shown(self.message, lines=True)


def _said(code: int, message: str) -> Fault:
    return Fault(code, f"supple: {message}")


def _writable(path: Path) -> bool:
    """Whether this process may write ``path``: ``access`` is what the kernel would say now
    (a read-only mount, an immutable file, a folder without write permission)."""
    return os.access(path, os.W_OK)


def _not_a_file(db: Path) -> str | None:
    try:
        mode = db.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return tr("a folder") if stat.S_ISDIR(mode) else tr("not a regular file (a pipe or a "
                                                        "device?)")


def history_fault(error: HistoryError, db: Path) -> Fault:
    """The plain answer to a storage fault met on the history file ``db``."""
    folder = db.parent
    if isinstance(error, HistoryImportError):
        return _said(EXIT_INVALID, str(error))
    if isinstance(error, HistoryTooNew):
        return _said(EXIT_HISTORY_TOO_NEW,
                     tr("the history file {file} was written by a newer version of Supple; it "
                        "was left as it is. Update Supple (or use --data-dir with another "
                        "folder).").format(file=db))
    what = _not_a_file(db)
    if what is not None:
        return _said(EXIT_NOT_A_FILE,
                     tr("{file} is {what}, not Supple's history file, so there is no history "
                        "to read or write. Move or rename it, then run this command again.")
                     .format(file=db, what=what))
    if isinstance(error, HistoryBusy):
        return _said(EXIT_HISTORY_BUSY,
                     tr("the history file {file} is in use by another program (Supple's window "
                        "or another supple command) and stayed locked. Wait for it to finish, or "
                        "close it, then run this command again.").format(file=db))
    folder_writable = _writable(folder) and (not db.exists() or _writable(db))
    if isinstance(error, HistoryCorrupt):
        if not folder_writable:
            return _said(EXIT_HISTORY_DAMAGED,
                         tr("the history file {file} is damaged, and its folder cannot be "
                            "written, so it cannot be repaired there. Copy the folder somewhere "
                            "you can write to and run `supple --data-dir COPY history`: the copy "
                            "is repaired and what can still be read is kept.").format(file=db))
        return _said(EXIT_HISTORY_DAMAGED,
                     tr("the history file {file} is damaged, and it cannot be repaired while "
                        "another program has it open. Close Supple's window and any other "
                        "supple command, then run `supple history`: it sets the damaged file "
                        "aside (never deleting it) and keeps every session that can still be "
                        "read.").format(file=db))
    if not folder_writable:
        return _said(EXIT_READ_ONLY,
                     tr("the history in {folder} cannot be written: the folder (or its disk) "
                        "is read-only. Reading the history still works; to change it, make the "
                        "folder writable, or use --data-dir with a writable copy.").format(
                            folder=folder))
    return _said(EXIT_READ_ONLY,
                 tr("the history file {file} cannot be written: the disk may be full or "
                    "failing ({why}). Free some space (or check the disk), then run this "
                    "command again.").format(file=db, why=_detail(error)))


def folder_fault(error: OSError, folder: Path) -> Fault:
    """The data folder itself could not be made."""
    if error.errno == errno.EEXIST or error.errno == errno.ENOTDIR:
        return _said(EXIT_NOT_A_FILE,
                     tr("cannot use {folder} as Supple's data folder: a file of that name is "
                        "in the way. Move it, or choose another folder with --data-dir.")
                     .format(folder=folder))
    reason = error.strerror or str(error)
    if error.errno == errno.ENOSPC:
        return _said(EXIT_READ_ONLY, tr("cannot create the data folder {folder}: {why}. Free "
                                        "some space on the disk, then run this command again.")
                     .format(folder=folder, why=reason))
    return _said(EXIT_READ_ONLY,
                 tr("cannot create the data folder {folder}: {why}. Choose a folder you can "
                    "write to with --data-dir (or SUPPLE_DATA_DIR).").format(folder=folder,
                                                                             why=reason))


def _detail(error: HistoryError) -> str:
    cause = error.__cause__
    text = str(cause) if cause is not None else str(error)
    return text.rstrip(".")
