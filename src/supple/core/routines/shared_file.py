"""Reading a shared routine: one ``.yaml`` file, or a ``.zip`` of the routine and its pictures,
from someone else, and so checked as hostile before anything of it is used.

The file is read whole with :func:`supple.core.safe_read.read_regular_file` (a FIFO, a device
or a folder is refused without being opened for reading, and no more than
:data:`MAX_SHARED_BYTES` is read). A zip is then checked from its central directory before a
single member is decompressed:

- at most :data:`MAX_ENTRIES` entries, no two with one name (case folded);
- every name a plain file name at the top: no folder, no ``..``, no absolute path, no drive
  or backslash, no control character: nothing can be written outside the routine folder,
  and nothing is written where the zip says anyway (the names are looked up, not joined);
- no symbolic link, folder or other special entry (the Unix mode in ``external_attr``), no
  encrypted entry, only the stored and deflate methods;
- one routine (``.yaml``/``.yml``) and SVG pictures the routine names, nothing else;
- each entry's *declared* size within its kind's limit (the loader's and the picture
  check's), and all of them within :data:`MAX_UNPACKED_BYTES`: a zip bomb is refused from
  its directory. The *actual* size is bounded too: a member is read to at most its limit
  plus one byte, and one that holds more than it declares (or fails its CRC) is refused.

Then the routine goes through the real loader (every problem with its line, as for a file
in the library), and each picture through :func:`picture_check.check_svg`. What comes out,
a :class:`SharedRoutine`, holds only checked bytes; or :class:`ShareError` lists what is
wrong, each problem naming the file (and the member).
"""

from __future__ import annotations

import io
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from supple.core.problems import Problem
from supple.core.routines import yaml_source
from supple.core.routines.discovery import ROUTINE_SUFFIXES
from supple.core.routines.loader import load_bytes
from supple.core.routines.model import Routine
from supple.core.routines.picture_check import (
    MAX_PICTURE_BYTES,
    PictureRejected,
    check_svg,
    picture_names,
)
from supple.core.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file
from supple.core.wording import tr

MAX_ENTRIES = 64
MAX_UNPACKED_BYTES = 8 * 1024 * 1024  # the routine and 31 pictures at their limit
#: The largest shared file read: a zip of a routine and its pictures stays well below it.
MAX_SHARED_BYTES = MAX_UNPACKED_BYTES
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a member first, or an empty archive
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class ShareError(ValueError):
    """A shared file that cannot be imported; ``problems`` say why, each naming the file."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems[:3]))
        self.problems = problems


@dataclass(frozen=True)
class SharedRoutine:
    """A shared routine that passed every check: its file's exact bytes (comments and layout
    kept), the routine, and its own pictures (name to checked SVG bytes)."""

    source: Path
    data: bytes
    routine: Routine
    pictures: dict[str, bytes] = field(default_factory=dict)
    stem: str = ""  # the routine file's name without .yaml: the id its sharer knew it by


def _fail(path: Path, message: str, member: str | None = None) -> ShareError:
    where = f"{path}" if member is None else f"{path}!{_printable(member)}"
    return ShareError([Problem(where, message)])


def _printable(name: str) -> str:
    return "".join(c if unicodedata.category(c)[0] != "C" else f"\\x{ord(c):02x}"
                   for c in name[:120])


def read_shared(path: Path) -> SharedRoutine:
    """The routine in the shared file at ``path``, checked; or :class:`ShareError`."""
    try:
        data = read_regular_file(path, MAX_SHARED_BYTES)
    except NotRegularFileError as exc:
        raise _fail(path, exc.reason) from None
    except FileTooLargeError:
        raise _fail(path, tr("is larger than {limit} MB: not a shared routine").format(
            limit=MAX_SHARED_BYTES // (1024 * 1024))) from None
    except OSError as exc:
        raise _fail(path, tr("cannot be read: {reason}").format(
            reason=exc.strerror or exc)) from None
    if data.startswith(_ZIP_MAGIC):
        return read_zip(path, data)
    if len(data) > yaml_source.MAX_BYTES:
        raise _fail(path, tr("is larger than {limit} KB, the limit for a routine file").format(
            limit=yaml_source.MAX_BYTES // 1024))
    return SharedRoutine(path, data, _load(data, str(path)), stem=path.stem)


def _load(data: bytes, file: str) -> Routine:
    routine, problems = load_bytes(data, file)
    if routine is None:
        raise ShareError(problems)
    return routine


def _name_problem(name: str) -> str | None:
    if not name:
        return tr("has an entry with no name")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return tr("has an entry with an absolute path; a shared routine's files are all at "
                  "the top")
    if "/" in name or "\\" in name:
        parts = name.replace("\\", "/").split("/")
        if ".." in parts:
            return tr("has an entry that points outside the folder it is unpacked in (..)")
        return tr("has an entry in a folder; a shared routine's files are all at the top")
    if name in (".", "..") or any(unicodedata.category(c)[0] == "C" for c in name):
        return tr("has an entry whose name is not a plain file name")
    return None


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    named = _name_problem(info.filename)
    if named is not None:
        return named
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)  # none at all: permissions only (Python's writestr), a file
    if info.is_dir() or (kind and kind != stat.S_IFREG):
        if stat.S_ISLNK(mode):
            return tr("has an entry that is a symbolic link")
        return tr("has an entry that is not a regular file")
    if info.flag_bits & 0x1:
        return tr("has an encrypted entry")
    if info.compress_type not in _METHODS:
        return tr("has an entry packed with a method other than deflate")
    return None


def _limit(name: str) -> int:
    return yaml_source.MAX_BYTES if name.lower().endswith(ROUTINE_SUFFIXES) \
        else MAX_PICTURE_BYTES


def read_zip(path: Path, data: bytes) -> SharedRoutine:
    """The routine in the zip ``data`` (read from ``path``), checked as the module says."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _fail(path, tr("is not a zip file that can be read ({reason})").format(
            reason=exc)) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise _fail(path, tr("has %n entries; a shared routine has at most {limit} "
                                 "(the routine and its pictures)", None, len(entries)).format(
                                     limit=MAX_ENTRIES))
        seen: set[str] = set()
        for info in entries:
            problem = _entry_problem(info)
            if problem is None and info.filename.casefold() in seen:
                problem = tr("has two entries of this name")
            if problem is not None:
                raise _fail(path, problem, info.filename)
            seen.add(info.filename.casefold())
            if info.file_size > _limit(info.filename):
                raise _fail(path, tr("declares {size} bytes unpacked, more than the {limit} KB "
                                     "such a file may have").format(
                                         size=f"{info.file_size:,}",
                                         limit=_limit(info.filename) // 1024),
                            info.filename)
        if sum(i.file_size for i in entries) > MAX_UNPACKED_BYTES:
            raise _fail(path, tr("declares more than {limit} MB unpacked: not a shared "
                                 "routine").format(limit=MAX_UNPACKED_BYTES // (1024 * 1024)))
        routines = [i for i in entries if i.filename.lower().endswith(ROUTINE_SUFFIXES)]
        if len(routines) != 1:
            raise _fail(path, tr("holds no routine (.yaml)") if not routines else
                        tr("holds %n routine(s); a shared zip holds one", None, len(routines)))
        text = _member(archive, routines[0], path)
        routine = _load(text, f"{path}!{routines[0].filename}")
        named = {name for _, name in picture_names(routine)}
        pictures: dict[str, bytes] = {}
        for info in entries:
            if info is routines[0]:
                continue
            if info.filename not in named or not info.filename.lower().endswith(".svg"):
                raise _fail(path, tr("is neither the routine nor a picture it names"),
                            info.filename)
            picture = _member(archive, info, path)
            try:
                pictures[info.filename] = check_svg(picture).data
            except PictureRejected as exc:
                raise _fail(path, tr("is a picture that cannot be shown: it {reason}").format(
                    reason=exc), info.filename) from None
    return SharedRoutine(path, text, routine, pictures, stem=Path(routines[0].filename).stem)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    """The member's bytes, reading no more than its limit and one byte."""
    limit = _limit(info.filename)
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        # A bad CRC (also what holding more than it declares gives), a cut or garbled stream.
        raise _fail(path, tr("is damaged or does not hold what it declares ({reason})").format(
            reason=exc), info.filename) from None
    if len(data) != info.file_size:
        raise _fail(path, tr("does not hold the {size} bytes it declares").format(
            size=f"{info.file_size:,}"), info.filename)
    return data
