"""Exporting a routine and installing a shared one: round trips, and every clash refused
unless renamed, with nothing overwritten either way."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_shared_file import ROUTINE, SVG, good, member, packed

from supple.core.resources import images_dir
from supple.core.routines.loader import load_path
from supple.core.routines.shared_file import read_shared
from supple.core.routines.sharing import (
    Clash,
    ExportError,
    Installed,
    export_routine,
    install_shared,
    own_pictures,
)

OTHER_SVG = SVG.replace(b'width="10" height="10"/>', b'width="5" height="5"/>')


def library(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "friends-calves.yaml").write_bytes(ROUTINE)
    (folder / "wall.svg").write_bytes(SVG)
    return folder


def install(path: Path, folder: Path, *, rename: bool = False,
            names: tuple[str, ...] = ()) -> Installed:
    return install_shared(read_shared(path), folder, taken_ids={"quick-calf-care"},
                          taken_names=set(names), images_dir=images_dir(), rename=rename)


def test_export_a_zip_and_install_it_elsewhere_byte_for_byte(tmp_path: Path) -> None:
    folder = library(tmp_path)
    routine = load_path(folder / "friends-calves.yaml")
    assert list(own_pictures(routine, folder / "friends-calves.yaml")) == ["wall.svg"]
    out = tmp_path / "share.zip"
    exported = export_routine(folder / "friends-calves.yaml", out)
    assert exported.pictures == ("wall.svg",)
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["friends-calves.yaml", "wall.svg"]
    again = tmp_path / "again.zip"
    export_routine(folder / "friends-calves.yaml", again)
    assert again.read_bytes() == out.read_bytes()  # the same routine, the same bytes

    elsewhere = tmp_path / "friend" / "routines"
    installed = install(out, elsewhere)
    assert installed.path == elsewhere / "friends-calves.yaml"
    assert installed.path.read_bytes() == ROUTINE
    assert (elsewhere / "wall.svg").read_bytes() == SVG


def test_a_yaml_export_of_a_routine_with_its_own_pictures_is_refused(tmp_path: Path) -> None:
    folder = library(tmp_path)
    with pytest.raises(ExportError, match=r"has pictures of its own \(wall.svg\): export "
                                          "it as a .zip"):
        export_routine(folder / "friends-calves.yaml", tmp_path / "share.yaml")
    (folder / "wall.svg").unlink()  # now it draws only on Supple's own pictures
    export_routine(folder / "friends-calves.yaml", tmp_path / "share.yaml")
    assert (tmp_path / "share.yaml").read_bytes() == ROUTINE
    with pytest.raises(ExportError, match="exists already; nothing was written"):
        export_routine(folder / "friends-calves.yaml", tmp_path / "share.yaml")
    with pytest.raises(ExportError, match=r"ending in \.yaml or \.zip"):
        export_routine(folder / "friends-calves.yaml", tmp_path / "share.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routines", "share.yaml"]


def test_a_broken_picture_is_not_exported(tmp_path: Path) -> None:
    folder = library(tmp_path)
    (folder / "wall.svg").write_bytes(b"<svg><!ENTITY x 'y'></svg>")
    with pytest.raises(ExportError, match=r"wall\.svg: picture not shown"):
        export_routine(folder / "friends-calves.yaml", tmp_path / "share.zip")
    assert not (tmp_path / "share.zip").exists()


def test_a_name_clash_is_refused_and_renamed_on_request(tmp_path: Path) -> None:
    folder = library(tmp_path)
    shared = tmp_path / "share.zip"
    shared.write_bytes(packed(*good()))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(Clash, match="a routine with the id 'friends-calves' is in the library "
                                    "already; nothing was imported"):
        install(shared, folder)
    with pytest.raises(Clash, match="a routine called \"Friend's calves\" is in the library"):
        install(shared, tmp_path / "empty", names=("FRIEND'S CALVES",))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not (tmp_path / "empty").exists()

    installed = install(shared, folder, rename=True, names=("Friend's calves",))
    assert installed.name == "Friend's calves (2)"
    assert installed.path == folder / "friends-calves-2.yaml"
    text = installed.path.read_bytes()
    assert text == ROUTINE.replace(b"name: Friend's calves", b"name: Friend's calves (2)")
    assert load_path(installed.path).name == "Friend's calves (2)"
    assert installed.pictures_kept == ("wall.svg",)
    assert (installed.renamed_from, installed.id_from) == ("Friend's calves", "friends-calves")
    assert {p.name: p.read_bytes() for p in folder.iterdir()
            if p.name in before} == before  # nothing of what was there changed
    only_id = install(shared, folder, rename=True)  # the name is free: only the id changes
    assert (only_id.id, only_id.name, only_id.renamed_from) == (
        "friends-calves-3", "Friend's calves", None)
    assert only_id.path.read_bytes() == ROUTINE


def test_a_different_picture_of_the_same_name_is_a_clash(tmp_path: Path) -> None:
    folder = library(tmp_path)
    (folder / "friends-calves.yaml").unlink()
    (folder / "wall.svg").write_bytes(OTHER_SVG)  # another routine's picture
    shared = tmp_path / "share.zip"
    shared.write_bytes(packed(*good()))
    with pytest.raises(Clash, match=r"a different picture called wall\.svg is beside your "
                                    "routines already"):
        install(shared, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["wall.svg"]
    installed = install(shared, folder, rename=True)
    assert installed.pictures_renamed == {"wall.svg": "wall-2.svg"}
    assert (folder / "wall.svg").read_bytes() == OTHER_SVG
    assert (folder / "wall-2.svg").read_bytes() == SVG
    assert load_path(installed.path).steps[0].image == "wall-2.svg"


def test_a_picture_that_would_hide_a_built_in_one_is_a_clash(tmp_path: Path) -> None:
    builtin = images_dir() / "calf-raise.svg"
    assert builtin.is_file()
    shared = tmp_path / "share.zip"
    shared.write_bytes(packed(member("r.yaml", ROUTINE), member("calf-raise.svg", SVG)))
    with pytest.raises(Clash, match=r"calf-raise\.svg is among Supple's own already"):
        install(shared, tmp_path / "routines")
    installed = install(shared, tmp_path / "routines", rename=True)
    assert installed.pictures_renamed == {
        "calf-raise.svg": "calf-raise-2.svg"}
    same = tmp_path / "same.zip"  # the built-in picture itself: nothing to write
    same.write_bytes(packed(member("other.yaml", ROUTINE.replace(b"Friend's", b"Other")),
                            member("calf-raise.svg", builtin.read_bytes())))
    assert install(same, tmp_path / "routines").pictures_kept == (
        "calf-raise.svg",)


def test_an_id_a_built_in_routine_has_is_a_clash(tmp_path: Path) -> None:
    shared = tmp_path / "quick-calf-care.yaml"  # a customized copy of the built-in one
    shared.write_bytes(ROUTINE)
    with pytest.raises(Clash, match="with the id 'quick-calf-care'"):
        install(shared, tmp_path / "routines")
    installed = install(shared, tmp_path / "routines", rename=True)
    assert installed.id == "quick-calf-care-2"
    odd = tmp_path / "download (1).yaml"  # not a plain id: the name's slug instead
    odd.write_bytes(ROUTINE.replace(b"Friend's calves", b"Odd one"))
    assert install(odd, tmp_path / "routines").id == "odd-one"


def test_a_failed_import_takes_back_the_pictures_it_wrote(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import supple.core.routines.sharing as sharing

    shared = tmp_path / "share.zip"
    shared.write_bytes(packed(*good()))
    real = sharing.write_new

    def full_disk(target: Path, data: bytes) -> None:
        if target.suffix == ".yaml":
            raise OSError(28, "No space left on device")
        real(target, data)

    monkeypatch.setattr(sharing, "write_new", full_disk)
    folder = tmp_path / "routines"
    with pytest.raises(OSError, match="No space left"):
        install(shared, folder)
    assert list(folder.iterdir()) == []  # wall.svg was written, then taken back
    monkeypatch.setattr(sharing, "write_new", real)
    assert install(shared, folder).pictures == ("wall.svg",)


def test_write_new_never_replaces_a_file(tmp_path: Path) -> None:
    from supple.core.routines.sharing import write_new

    target = tmp_path / "x.yaml"
    write_new(target, b"one")
    with pytest.raises(FileExistsError):
        write_new(target, b"two")
    assert target.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]  # no temporary file left
