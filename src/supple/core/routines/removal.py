"""Deleting a routine of the user's: the file moves to a backup folder, and can come back.

Deleting is never final in one click: the file is moved (not copied and removed) into the
backup folder under a name with the time, so undoing is moving it back. A customized copy of a
built-in routine is "restored to the built-in" the same way: the copy goes, the built-in one
shows again. Moving it back refuses to overwrite a file written at its old place since.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from supple.core.wording import tr


class RemovalError(OSError):
    """The routine was not moved; the message says why."""


def move_to_backup(path: Path, backups: Path, now: datetime) -> Path:
    """Move the routine file at ``path`` into ``backups``; where it went."""
    stamp = now.strftime("%Y-%m-%d %H.%M.%S")
    try:
        backups.mkdir(parents=True, exist_ok=True)
        for n in range(1, 100):
            extra = "" if n == 1 else f" ({n})"
            target = backups / f"{path.stem} {stamp}{extra}{path.suffix}"
            if not target.exists():
                break
        else:  # pragma: no cover - a hundred deletions within one second
            raise RemovalError(tr("too many backups of {file} this second").format(
                file=path.name))
        _move(path, target)
    except OSError as exc:
        if isinstance(exc, RemovalError):
            raise
        raise RemovalError(tr("{file} was not deleted: {reason}").format(
            file=path.name, reason=exc.strerror or exc)) from None
    return target


def restore_backup(backup: Path, original: Path) -> None:
    """Put ``backup`` back at ``original``, unless a file is there again."""
    if original.exists():
        raise RemovalError(tr("{file} was not brought back: a routine file of that name "
                              "was written since").format(file=original.name))
    try:
        _move(backup, original)
    except OSError as exc:
        raise RemovalError(tr("{file} was not brought back: {reason}").format(
            file=original.name, reason=exc.strerror or exc)) from None


def _move(source: Path, target: Path) -> None:
    try:
        os.replace(source, target)  # one rename on one disk: never half done
    except OSError as exc:
        if exc.errno != 18:  # EXDEV: another disk (a sync folder, a mount)
            raise
        shutil.move(str(source), str(target))
