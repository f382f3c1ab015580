"""Replacing a file so that it is always either wholly old or wholly new.

Settings, routine files and history exports are written this way: a crash, a kill or a full
disk in the middle of a write never leaves half a file where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target``, fsync it, rename it over
    ``target`` and fsync the folder. Raises OSError (the old file is then untouched and no
    temporary file is left behind)."""
    with replacing(target, mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def replacing(target: Path, mode: int | None = None) -> Iterator[BinaryIO]:
    """The same for a file written piece by piece (a large export): what is written to the
    handle replaces ``target`` when the block ends, and nothing does if it raises."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; best effort (not possible on every platform)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
