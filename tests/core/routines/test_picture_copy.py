"""A picture of the runner's own is checked, then copied beside the routine by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_pictures import write_hostile
from supple.core.routines.picture_copy import PictureCopyError, copy_picture_beside

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5"/></svg>'


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    home, routines, built_in = tmp_path / "home", tmp_path / "routines", tmp_path / "images"
    for folder in (home, routines, built_in):
        folder.mkdir()
    (built_in / "calf-raise.svg").write_bytes(SVG)
    return home, routines, built_in


def test_copied_beside_the_routine_and_named_by_file_name(
        folders: tuple[Path, Path, Path]) -> None:
    home, routines, built_in = folders
    (home / "my stretch.svg").write_bytes(SVG)
    assert copy_picture_beside(home / "my stretch.svg", routines, built_in) == "my stretch.svg"
    assert (routines / "my stretch.svg").read_bytes() == SVG
    # The same picture again is the same file; another one by that name gets a number.
    assert copy_picture_beside(home / "my stretch.svg", routines, built_in) == "my stretch.svg"
    other = home / "other"
    other.mkdir()
    (other / "my stretch.svg").write_bytes(SVG.replace(b'width="5"', b'width="6"'))
    assert copy_picture_beside(other / "my stretch.svg", routines, built_in) == \
        "my stretch-2.svg"
    assert sorted(p.name for p in routines.iterdir()) == ["my stretch-2.svg", "my stretch.svg"]


def test_a_copy_never_hides_a_built_in_picture(folders: tuple[Path, Path, Path]) -> None:
    home, routines, built_in = folders
    (home / "calf-raise.svg").write_bytes(SVG.replace(b"rect", b"circle"))
    assert copy_picture_beside(home / "calf-raise.svg", routines, built_in) == "calf-raise-2.svg"
    assert not (routines / "calf-raise.svg").exists()


@pytest.mark.parametrize("name", ["nested-use.svg", "huge-canvas.svg", "external-entity.svg"])
def test_a_hostile_picture_is_refused_and_nothing_copied(
        folders: tuple[Path, Path, Path], name: str) -> None:
    home, routines, built_in = folders
    hostile = write_hostile(home)[name]
    with pytest.raises(PictureCopyError):
        copy_picture_beside(hostile, routines, built_in)
    assert list(routines.iterdir()) == []


def test_only_svg_pictures(folders: tuple[Path, Path, Path]) -> None:
    home, routines, built_in = folders
    (home / "photo.png").write_bytes(b"\x89PNG")
    with pytest.raises(PictureCopyError, match="not an SVG"):
        copy_picture_beside(home / "photo.png", routines, built_in)
