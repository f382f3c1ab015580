"""Sharing routines: one routine out as a single file, a shared file into the library.

Export writes the routine's file as it is (comments and layout kept): a ``.yaml`` when the
routine draws only on Supple's own pictures, a ``.zip`` of the routine and its own pictures
(the files beside it that it names) otherwise; a ``.yaml`` of a routine with pictures of its
own is refused rather than shared without them. Every picture is checked as the player
checks it, and the zip is read back through :func:`shared_file.read_shared`, the importer's
own checks, before it is written: what Supple exports, Supple imports.

Import (:func:`install_shared`) takes what :func:`shared_file.read_shared` checked and adds it
to the user's routine folder. Nothing is ever overwritten: a routine whose name or id is in
the library already, or a picture of the same name with other content (beside the user's
routines, or among the built-in ones, which a picture beside would hide from every user
routine), is a :class:`Clash` unless ``rename`` is given, which names the routine
"Name (2)" and the picture ``name-2.svg``, through the form editor's own text edits
(:class:`document.RoutineDocument`, read back by the loader after each). The routine keeps
the id it was shared under (its file's name, which programmes refer to) when that is a plain
id. Files are created exclusively (a link of a complete temporary file), pictures first, the
routine last; a failure takes back what this import wrote.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from supple.core.problems import Problem, RoutineError
from supple.core.routines import yaml_source
from supple.core.routines.discovery import ROUTINE_SUFFIXES
from supple.core.routines.document import RoutineDocument
from supple.core.routines.files import slug
from supple.core.routines.loader import load_bytes, load_path
from supple.core.routines.model import Routine
from supple.core.routines.picture_check import check_picture, picture_names
from supple.core.routines.shared_file import SharedRoutine, ShareError, read_zip
from supple.core.safe_read import read_regular_file
from supple.core.wording import tr

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the same routine exports to the same bytes


class ExportError(ValueError):
    """Why a routine was not exported; nothing was written."""


class Clash(ValueError):
    """What in the library the shared routine would replace; nothing was written. Its message
    ends with the command line's hint (``--rename``); :attr:`reason` is the clash alone, for
    the window, which asks instead."""

    def __init__(self, reason: str) -> None:
        super().__init__(tr("{reason}; nothing was imported. Give --rename to add this one "
                            "under a new name").format(reason=reason))
        self.reason = reason


@dataclass(frozen=True)
class Exported:
    target: Path
    pictures: tuple[str, ...]


@dataclass(frozen=True)
class Installed:
    path: Path
    id: str
    name: str
    renamed_from: str | None  # the routine's name in the shared file, when it was renamed
    id_from: str | None  # the id it was shared under, when that was taken
    pictures: tuple[str, ...]  # written beside it
    pictures_renamed: dict[str, str]  # shared name -> the name written
    pictures_kept: tuple[str, ...]  # the same picture was there already


def own_pictures(routine: Routine, routine_path: Path) -> dict[str, Path]:
    """The pictures ``routine`` names that are files beside it (the player shows those
    first), in the order it names them."""
    found: dict[str, Path] = {}
    for _, name in picture_names(routine):
        beside = routine_path.parent / name
        if name not in found and (beside.exists() or beside.is_symlink()):
            found[name] = beside
    return found


def export_routine(routine_path: Path, target: Path) -> Exported:
    """Write the routine at ``routine_path`` to ``target`` (``.yaml``/``.yml`` or ``.zip``),
    which must not exist yet; :class:`ExportError` says why not."""
    try:
        return _export(routine_path, target)
    except FileExistsError:
        raise ExportError(tr("{file} exists already; nothing was written. Choose another "
                             "name, or remove that file first").format(file=target)) from None


def _export(routine_path: Path, target: Path) -> Exported:
    suffix = target.suffix.lower()
    if suffix not in (*ROUTINE_SUFFIXES, ".zip"):
        raise ExportError(tr("{file}: give the file a name ending in .yaml or .zip").format(
            file=target))
    data = read_regular_file(routine_path, yaml_source.MAX_BYTES)
    routine, problems = load_bytes(data, str(routine_path))
    if routine is None:
        raise RoutineError(problems)
    own = own_pictures(routine, routine_path)
    if suffix != ".zip":
        if own:
            raise ExportError(tr("{routine} has pictures of its own ({pictures}): "
                                 "export it as a .zip to take them along").format(
                                     routine=repr(routine.name), pictures=", ".join(own)))
        write_new(target, data)
        return Exported(target, ())
    pictures: dict[str, bytes] = {}
    for name, path in own.items():
        checked = check_picture(path)
        if isinstance(checked, Problem):
            raise ExportError(tr("{file}: {problem}; fix or remove the picture "
                                 "before sharing the routine").format(
                                     file=checked.file, problem=checked.message))
        pictures[name] = checked.data
    entry = routine_path.name if routine_path.suffix.lower() in ROUTINE_SUFFIXES \
        else f"{slug(routine.name)}.yaml"
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in ((entry, data), *pictures.items()):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    try:
        read_zip(target, packed.getvalue())  # what the importer will make of it
    except ShareError as exc:
        raise ExportError("; ".join(str(p) for p in exc.problems)) from None
    write_new(target, packed.getvalue())
    return Exported(target, tuple(pictures))


def write_new(target: Path, data: bytes) -> None:
    """Create ``target`` with ``data``, whole or not at all, never replacing a file:
    FileExistsError if one is there (also one made meanwhile by another process)."""
    if target.exists() or target.is_symlink():
        raise FileExistsError(tr("{file} exists already").format(file=target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, target)  # fails if the name is taken: never overwrites
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT): create it exclusively
            with open(target, "xb") as handle:
                handle.write(data)
    finally:
        tmp.unlink(missing_ok=True)


def _taken_ids(folder: Path) -> set[str]:
    try:
        return {p.stem.casefold() for p in folder.iterdir()
                if p.suffix.lower() in ROUTINE_SUFFIXES}
    except OSError:
        return set()


def _same_file(path: Path, data: bytes) -> bool | None:
    """None when nothing is at ``path``; else whether it holds ``data``."""
    if not (path.exists() or path.is_symlink()):
        return None
    try:
        return path.is_file() and read_regular_file(path, len(data) + 1) == data
    except OSError:
        return False


def _free_picture(name: str, folder: Path, images_dir: Path, used: Collection[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    n = 2
    while True:
        candidate = f"{stem}-{n}.{ext}" if dot else f"{name}-{n}"
        if candidate not in used and not any(
                (d / candidate).exists() or (d / candidate).is_symlink()
                for d in (folder, images_dir)):
            return candidate
        n += 1


def install_shared(shared: SharedRoutine, folder: Path, *, taken_ids: Collection[str],
                   taken_names: Collection[str], images_dir: Path,
                   rename: bool = False) -> Installed:
    """Add ``shared`` to ``folder`` (the user's routines); :class:`Clash` if that would
    replace or hide anything and ``rename`` is not given. ``taken_ids`` and ``taken_names``
    are the library's (built-in routines included)."""
    ids = {i.casefold() for i in taken_ids} | _taken_ids(folder)
    names = {n.casefold() for n in taken_names}
    original = shared.routine.name
    # The id its sharer knew it by (a programme names routines by id), if it is a plain one.
    stem = shared.stem
    name, rid = original, stem if stem and slug(stem) == stem else slug(original)
    base = rid
    document: RoutineDocument | None = None
    if rid.casefold() in ids or name.casefold() in names:
        if not rename:
            if name.casefold() in names:
                raise Clash(tr("a routine called {name} is in the library already")
                            .format(name=repr(name)))
            raise Clash(tr("a routine with the id {id} is in the library already")
                        .format(id=repr(rid)))
        n = 2
        while name.casefold() in names:
            suffix = f" ({n})"
            name = original[:80 - len(suffix)] + suffix
            n += 1
        n = 2
        while rid.casefold() in ids:
            rid = f"{base}-{n}"
            n += 1
        if name != original:
            document = _document(shared).set_field("name", name).after
    written: dict[str, bytes] = {}
    renamed: dict[str, str] = {}
    kept: list[str] = []
    for picture, data in shared.pictures.items():
        here = _same_file(folder / picture, data)
        builtin = _same_file(images_dir / picture, data)
        if here or (here is None and builtin):
            kept.append(picture)
            continue
        if here is None and builtin is None:
            written[picture] = data
            continue
        if not rename:
            if here is not None:
                raise Clash(tr("a different picture called {picture} is beside your routines "
                               "already").format(picture=picture))
            raise Clash(tr("a different picture called {picture} is among Supple's own "
                           "already").format(picture=picture))
        new = _free_picture(picture, folder, images_dir, set(written) | set(renamed.values()))
        document = document or _document(shared)
        for place, used in picture_names(document.routine):
            if used == picture:
                step = tuple(i for i in place[:-1] if isinstance(i, int))
                document = document.set_step_field(step, "image", new).after
        renamed[picture] = new
        written[new] = data
    text = shared.data if document is None else document.text.encode("utf-8")
    return _write(folder, rid, name, text, written, original, renamed, kept, base)


def _document(shared: SharedRoutine) -> RoutineDocument:
    text = yaml_source.decode(shared.data, str(shared.source))
    assert isinstance(text, str)  # it was loaded from these bytes
    return RoutineDocument(text, str(shared.source))


def _write(folder: Path, rid: str, name: str, text: bytes, pictures: dict[str, bytes],
           original: str, renamed: dict[str, str], kept: list[str], base: str) -> Installed:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{rid}.yaml"
    done: list[Path] = []
    try:
        for picture, data in pictures.items():
            write_new(folder / picture, data)
            done.append(folder / picture)
        write_new(target, text)
        done.append(target)
        load_path(target)  # what the library will read
    except BaseException:
        for path in reversed(done):
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return Installed(target, rid, name, original if name != original else None,
                     base if rid != base else None, tuple(pictures), renamed, tuple(kept))
