"""Reading a shared routine as hostile input: every check of ``shared_file`` has a file here
that only it refuses, and a good file passes them all."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from supple.core.routines.shared_file import (
    MAX_ENTRIES,
    SharedRoutine,
    ShareError,
    read_shared,
)

ROUTINE = b"""\
# Shared by a friend: the comment comes along.
supple: 1
name: Friend's calves
category: stretch
steps:
  - {name: Wall stretch, hold: 30s, sides: both, image: wall.svg}
  - {name: Calf raises, reps: 10, image: calf-raise.svg}
"""
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
       b'<rect width="10" height="10"/></svg>')


def member(name: str, data: bytes, *, mode: int = stat.S_IFREG | 0o644,
           method: int = zipfile.ZIP_DEFLATED) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
    info.external_attr = mode << 16
    info.compress_type = method
    return info, data


def packed(*members: tuple[zipfile.ZipInfo, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, data in members:
            archive.writestr(info, data)
    return out.getvalue()


def good(*extra: tuple[zipfile.ZipInfo, bytes]) -> list[tuple[zipfile.ZipInfo, bytes]]:
    return [member("friends-calves.yaml", ROUTINE), member("wall.svg", SVG), *extra]


def refused(tmp_path: Path, data: bytes, name: str = "shared.zip") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ShareError) as raised:
        read_shared(path)
    [problem] = raised.value.problems
    assert problem.file.startswith(str(path))
    return f"{problem.file}: {problem.message}"


def test_a_good_zip_and_a_good_yaml(tmp_path: Path) -> None:
    path = tmp_path / "shared.zip"
    path.write_bytes(packed(*good()))
    shared = read_shared(path)
    assert isinstance(shared, SharedRoutine)
    assert (shared.routine.name, shared.data, shared.pictures) == (
        "Friend's calves", ROUTINE, {"wall.svg": SVG})  # calf-raise.svg is a built-in one
    yaml = tmp_path / "friend.yaml"
    yaml.write_bytes(ROUTINE)
    assert read_shared(yaml).pictures == {} and read_shared(yaml).data == ROUTINE


def test_an_invalid_routine_is_refused_with_its_line(tmp_path: Path) -> None:
    bad = ROUTINE.replace(b"hold: 30s", b"hodl: 30s")
    path = tmp_path / "bad.yaml"
    path.write_bytes(bad)
    with pytest.raises(ShareError) as raised:
        read_shared(path)
    assert any(p.line == 6 and p.file == str(path) for p in raised.value.problems)
    inside = refused_all(tmp_path, packed(member("r.yaml", bad)))
    assert any(p.file == f"{tmp_path / 'shared.zip'}!r.yaml" and p.line == 6 for p in inside)


def refused_all(tmp_path: Path, data: bytes) -> list[object]:
    path = tmp_path / "shared.zip"
    path.write_bytes(data)
    with pytest.raises(ShareError) as raised:
        read_shared(path)
    return list(raised.value.problems)


@pytest.mark.parametrize(("name", "said"), [
    ("../../x.svg", "points outside the folder it is unpacked in (..)"),
    ("/etc/cron.d/x", "has an entry with an absolute path"),
    ("C:evil.svg", "has an entry with an absolute path"),
    ("..\\..\\x.svg", "points outside the folder"),
    ("pictures/wall.svg", "has an entry in a folder"),
    ("wall\x1b[2J.svg", "is not a plain file name"),
])
def test_entries_that_could_land_elsewhere_are_refused(tmp_path: Path, name: str,
                                                       said: str) -> None:
    message = refused(tmp_path, packed(*good(member(name, SVG))))
    assert said in message
    assert "\x1b" not in message
    assert list(tmp_path.iterdir()) == [tmp_path / "shared.zip"]  # nothing unpacked


def test_a_symlink_a_folder_and_an_encrypted_entry_are_refused(tmp_path: Path) -> None:
    link = member("calf-raise.svg", b"/etc/passwd", mode=stat.S_IFLNK | 0o777)
    assert "!calf-raise.svg: has an entry that is a symbolic link" in refused(
        tmp_path, packed(*good(link)))
    folder = member("pictures/", b"", mode=stat.S_IFDIR | 0o755)
    assert "has an entry in a folder" in refused(tmp_path, packed(*good(folder)))
    data = bytearray(packed(*good()))
    # The general-purpose flag's bit 0 (encrypted) in the central directory's first entry.
    at = data.index(b"PK\x01\x02") + 8
    data[at] |= 0x1
    assert "has an encrypted entry" in refused(tmp_path, bytes(data))
    bz = member("calf-raise.svg", SVG, method=zipfile.ZIP_BZIP2)
    assert "packed with a method other than deflate" in refused(tmp_path, packed(*good(bz)))


def test_only_the_routine_and_the_pictures_it_names(tmp_path: Path) -> None:
    assert "!run.sh: is neither the routine nor a picture it names" in refused(
        tmp_path, packed(*good(member("run.sh", b"rm -rf ~"))))
    assert "!other.svg: is neither" in refused(tmp_path, packed(*good(member("other.svg",
                                                                               SVG))))
    assert "holds 2 routines" in refused(tmp_path, packed(*good(member("b.yml", ROUTINE))))
    assert "holds no routine (.yaml)" in refused(tmp_path, packed(member("wall.svg", SVG)))
    assert "has two entries of this name" in refused(
        tmp_path, packed(*good(member("WALL.svg", SVG))))


def test_a_hostile_picture_is_refused(tmp_path: Path) -> None:
    laugh = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'
             b'<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    message = refused(tmp_path, packed(member("r.yaml", ROUTINE), member("wall.svg", laugh)))
    assert "!wall.svg: is a picture that cannot be shown: it " in message


def test_too_many_entries(tmp_path: Path) -> None:
    many = [member(f"p{i}.svg", SVG) for i in range(MAX_ENTRIES)]
    assert f"has {MAX_ENTRIES + 2} entries; a shared routine has at most {MAX_ENTRIES}" in \
        refused(tmp_path, packed(*good(*many)))


def test_a_zip_bomb_is_refused_by_its_declared_size_before_unpacking(tmp_path: Path) -> None:
    bomb = packed(*good(member("calf-raise.svg", b"\0" * (64 * 1024 * 1024))))
    assert len(bomb) < 200 * 1024  # 64 MB of zeros packs into a small file
    message = refused(tmp_path, bomb)
    assert "!calf-raise.svg: declares 67,108,864 bytes unpacked, more than the 256 KB" in message
    # Under each member's limit, but not altogether.
    wide = [member(f"p{i}.svg", b" " * (250 * 1024)) for i in range(40)]
    routine = ROUTINE + b"".join(f"  - {{name: S{i}, hold: 5s, image: p{i}.svg}}\n".encode()
                                 for i in range(40))
    assert "declares more than 8 MB unpacked" in refused(
        tmp_path, packed(member("r.yaml", routine), *wide))


def test_a_member_holding_more_than_it_declares_is_refused(tmp_path: Path) -> None:
    """The directory says 97 bytes; the stream unpacks to 200 KB. Only 97 are ever read."""
    big = SVG[:-6] + b" " * (200 * 1024) + b"</svg>"
    data = bytearray(packed(member("r.yaml", ROUTINE), member("wall.svg", big)))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.rindex(signature) + offset
        assert struct.unpack_from("<I", data, at)[0] == len(big)
        struct.pack_into("<I", data, at, len(SVG))
    message = refused(tmp_path, bytes(data))
    assert "!wall.svg: is damaged or does not hold what it declares" in message


def test_not_a_zip_and_not_a_file(tmp_path: Path) -> None:
    assert "is not a zip file that can be read" in refused(tmp_path, b"PK\x03\x04garbage")
    fifo = tmp_path / "shared.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ShareError) as raised:
        read_shared(fifo)  # would block for a writer if it were opened for reading
    assert str(raised.value) == f"{fifo}: is a named pipe, not a regular file"
    with pytest.raises(ShareError, match="is a folder"):
        read_shared(tmp_path)
    with pytest.raises(ShareError, match="cannot be read"):
        read_shared(tmp_path / "missing.zip")
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"#" * (300 * 1024))
    with pytest.raises(ShareError, match="larger than 256 KB"):
        read_shared(huge)


def test_an_entry_with_permissions_but_no_file_type_is_a_file(tmp_path: Path) -> None:
    """Python's ``ZipFile.writestr(name, data)`` writes mode 0o600 with no file-type bits; such
    zips were refused as "not a regular file" (and so never reached their real checks)."""
    path = tmp_path / "by-python.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("friends-calves.yaml", ROUTINE)
        archive.writestr("wall.svg", SVG)
    shared = read_shared(path)
    assert shared.routine.name and [p for p in shared.pictures] == ["wall.svg"]
    socket = member("wall.svg", SVG, mode=stat.S_IFSOCK | 0o644)
    assert "has an entry that is not a regular file" in refused(
        tmp_path, packed(member("friends-calves.yaml", ROUTINE), socket))
