"""Built-in routines, programmes, pictures, sounds and desktop files, found alike from a checkout
and a wheel.

In a wheel, ``routines/``, ``programmes/``, ``assets/`` and ``desktop/`` are packaged inside
``supple/`` (see pyproject's force-include); in a checkout (including an editable install) they
sit at the top of the repository. Both are looked up through :mod:`importlib.resources` first.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _folder(name: str) -> Path:
    package = Path(str(files("supple")))
    packaged = package / name
    if packaged.is_dir():
        return packaged
    return package.resolve().parents[1] / name  # src/supple -> the checkout's top


def builtin_routines_dir() -> Path:
    return _folder("routines")


def builtin_programmes_dir() -> Path:
    return _folder("programmes")


def assets_dir() -> Path:
    return _folder("assets")


def asset_path(relative: str) -> Path:
    """A file under ``assets/``, e.g. ``asset_path("sounds/start.wav")``."""
    return assets_dir() / relative


def sounds_dir() -> Path:
    return asset_path("sounds")


def images_dir() -> Path:
    return asset_path("images")


def desktop_dir() -> Path:
    """The launcher, the icons (hicolor) and the AppStream metainfo."""
    return _folder("desktop")
