"""Reading a file the user may have replaced with anything: only a regular file, only so much.

``open()`` of a FIFO waits for a writer that never comes, so a ``settings.json`` or an import
that is a named pipe used to hang the app before any window, and ``/dev/zero`` would be read
for ever. Checking with ``stat()`` first is not enough: the name can be swapped between the
check and the open. So the file is opened without blocking (``O_NONBLOCK`` makes the open of a
FIFO return at once and has no effect on regular files), checked through the open descriptor
with ``fstat()``, and read only up to a limit. A file opened for another reason (a lock file,
the head of the history) is opened the same way (:func:`open_regular_file`): opening a FIFO
to write waits for a reader just as opening it to read waits for a writer.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from supple.core.wording import QT_TR_NOOP, tr

#: Added to every open: it never waits (a FIFO), never takes a terminal, never leaks into a child.
_EXTRA = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(
    os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 64 * 1024


class RefusedFileError(OSError):
    """A file this module would not read. Its message names the file ("notes.yaml is a named
    pipe, not a regular file"); :attr:`reason` is the same without the name ("is a named pipe,
    not a regular file"), for a message that names the file its own way. Both translated."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = message if reason is None else reason


class NotRegularFileError(RefusedFileError):
    """The name is a folder, a pipe, a socket or a device; its message says which, and
    :attr:`kind` too ("a named pipe", in English: the caller passes it through ``tr``), for
    a message of the caller's own."""

    kind = QT_TR_NOOP("not a regular file")


class FileTooLargeError(RefusedFileError):
    """The file holds more than the caller is willing to read; its message gives both sizes."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TR_NOOP("a folder")
    if stat.S_ISFIFO(mode):
        return QT_TR_NOOP("a named pipe")
    if stat.S_ISSOCK(mode):
        return QT_TR_NOOP("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TR_NOOP("a device")
    return QT_TR_NOOP("not a regular file")


def _size(n: int) -> str:
    if n < 10 * 1024:
        return tr("%n byte(s)", None, n)
    return tr("{kilobytes} KB").format(kilobytes=-(-n // 1024))


def _not_regular(path: Path, mode: int) -> NotRegularFileError:
    kind = tr(_kind(mode))
    error = NotRegularFileError(
        tr("{file} is {kind}, not a regular file").format(file=path.name, kind=kind),
        tr("is {kind}, not a regular file").format(kind=kind))
    error.kind = _kind(mode)
    return error


def open_regular_file(path: Path, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
    """A descriptor of the regular file at ``path``, opened with ``flags`` (``os.O_WRONLY |
    os.O_CREAT``…, to which ``O_NONBLOCK`` and ``O_CLOEXEC`` are added: the open itself never
    waits) and checked through that descriptor, so nothing swapped in at the name between a
    check and the open is used. The caller closes it (``os.fdopen`` makes a file of it).

    Raises :class:`NotRegularFileError` for anything but a regular file, and the usual
    ``OSError`` when it cannot be opened.
    """
    try:
        fd = os.open(path, flags | _EXTRA, mode)
    except OSError as exc:
        # ENXIO: a socket, a device with nothing behind it, or a FIFO opened to write;
        # EISDIR: a folder opened to write.
        if exc.errno in (errno.ENXIO, errno.EISDIR):
            raise _not_regular(path, os.stat(path).st_mode) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_head(path: Path, count: int) -> tuple[bytes, int]:
    """The first ``count`` bytes (or fewer) of the regular file at ``path``, and its size,
    both from one descriptor; raises as :func:`open_regular_file`."""
    fd = open_regular_file(path)
    try:
        size = os.fstat(fd).st_size
        chunks: list[bytes] = []
        total = 0
        while total < count:
            chunk = os.read(fd, count - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks), size
    finally:
        os.close(fd)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The whole content of the regular file at ``path``, at most ``limit`` bytes.

    Raises :class:`NotRegularFileError` for anything else at that name (a FIFO is never
    waited on), :class:`FileTooLargeError` when it holds more than ``limit`` bytes (also
    when it grows while being read), and the usual ``OSError`` (``FileNotFoundError``,
    ``PermissionError``…) when it cannot be opened. Both errors are ``OSError``s, so code
    that already copes with an unreadable file copes with these too.
    """
    return read_regular_file_and_stat(path, limit)[0]


def read_regular_file_and_stat(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """As :func:`read_regular_file`, with the file's ``fstat()`` taken before reading it (its
    modification time and size, for a snapshot of what was read)."""
    fd = open_regular_file(path)
    try:
        info = os.fstat(fd)
        if info.st_size > limit:
            size, most = _size(info.st_size), _size(limit)
            raise FileTooLargeError(
                tr("{file} is {size}; at most {limit} is read").format(
                    file=path.name, size=size, limit=most),
                tr("is {size}; at most {limit} is read").format(size=size, limit=most))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise FileTooLargeError(
                tr("{file} grew past {limit} while it was read").format(
                    file=path.name, limit=_size(limit)),
                tr("grew past {limit} while it was read").format(limit=_size(limit)))
        return b"".join(chunks), info
    finally:
        os.close(fd)


Stamp = tuple[int, int, int]


def file_stamp(path: Path) -> Stamp | None:
    """What changes when the file does (inode, size, modification time); None if absent.
    A cheap way to know that a verdict or a drawing made from the file still holds."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns
