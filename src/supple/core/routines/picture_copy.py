"""A picture of the runner's own, copied beside the routine so the routine can name it.

A routine names its pictures by file name only, looked up beside the routine file and among
the built-in ones (see ``model``), so a file chosen anywhere on disk is checked as every
picture is (:mod:`supple.core.routines.picture_check`) and its checked bytes copied into the
routine's folder. A name already taken there by another picture, or by a built-in one (which
the copy would hide), gets a number: ``my-stretch-2.svg``.
"""

from __future__ import annotations

from pathlib import Path

from supple.core.atomic_file import write_atomically
from supple.core.routines.picture_check import CheckedPicture, check_picture
from supple.core.wording import tr


class PictureCopyError(ValueError):
    """The picture was not copied; the message says why, for the runner."""


def copy_picture_beside(source: Path, routine_dir: Path, images_dir: Path) -> str:
    """Copy the picture at ``source`` into ``routine_dir``; the file name to write in the
    routine. A file already there with the same bytes is used as it is."""
    if source.suffix.lower() != ".svg":
        raise PictureCopyError(tr("{picture} is not an SVG picture (pictures are .svg files)")
                               .format(picture=source.name))
    checked = check_picture(source)
    if not isinstance(checked, CheckedPicture):
        raise PictureCopyError(checked.message)
    stem = source.stem.strip() or "picture"
    for n in range(1, 1000):
        name = f"{stem}.svg" if n == 1 else f"{stem}-{n}.svg"
        target = routine_dir / name
        if (images_dir / name).exists():
            continue  # a copy by that name would hide the built-in picture
        if target.exists():
            try:
                if target.read_bytes() == checked.data:
                    return name
            except OSError:
                pass
            continue
        try:
            routine_dir.mkdir(parents=True, exist_ok=True)
            write_atomically(target, checked.data)
        except OSError as exc:
            raise PictureCopyError(tr("could not copy {picture} beside the routine: {reason}")
                                   .format(picture=source.name,
                                           reason=exc.strerror or exc)) from None
        return name
    raise PictureCopyError(tr("too many pictures called {name} beside the routine").format(
        name=stem))
