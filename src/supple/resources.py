"""Built-in routines, pictures and sounds, found the same way from a checkout and a wheel.

In a wheel, ``routines/`` and ``assets/`` are packaged inside ``supple/`` (see pyproject's
force-include); in a checkout (including an editable install) they sit at the top of the
repository. Both are looked up through :mod:`importlib.resources` first.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


@cache
def _folder(name: str) -> Path:
    packaged = Path(str(files("supple") / name))
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_ROOT / name


def builtin_routines_dir() -> Path:
    return _folder("routines")


def assets_dir() -> Path:
    return _folder("assets")


def asset_path(relative: str) -> Path:
    """A file under ``assets/``, e.g. ``asset_path("sounds/start.wav")``."""
    return assets_dir() / relative


def sounds_dir() -> Path:
    return asset_path("sounds")


def images_dir() -> Path:
    return asset_path("images")
