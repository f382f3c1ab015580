"""``supple export ROUTINE -o FILE`` and ``supple import FILE [--rename]`` as real commands on
a temporary data folder: round trips, and exit 1 with the reason for every refused file."""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "routines"))

from test_enrolment_cli import ok, supple_cmd
from test_shared_file import ROUTINE, SVG, good, member, packed


def user_routine(data: Path) -> Path:
    folder = data / "routines"
    folder.mkdir(parents=True)
    (folder / "wall.svg").write_bytes(SVG)
    path = folder / "friends-calves.yaml"
    path.write_bytes(ROUTINE)
    return path


def test_export_then_import_in_another_data_folder(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    user_routine(mine)
    out = ok(mine, "export", "Friend's calves", "-o", str(tmp_path / "share.zip"))
    assert out == (f"Exported \"Friend's calves\" to {tmp_path / 'share.zip'}, with its 1 own "
                   "picture (wall.svg).\n")
    refused = supple_cmd(mine, "export", "friends-calves", "-o", str(tmp_path / "share.yaml"))
    assert refused.returncode == 1 and "export it as a .zip" in refused.stderr
    again = supple_cmd(mine, "export", "friends-calves", "-o", str(tmp_path / "share.zip"))
    assert again.returncode == 1 and "exists already; nothing was written" in again.stderr
    unknown = supple_cmd(mine, "export", "nope", "-o", str(tmp_path / "n.yaml"))
    assert unknown.returncode == 1 and "no routine called 'nope'" in unknown.stderr

    out = ok(theirs, "import", str(tmp_path / "share.zip"))
    added = theirs / "routines" / "friends-calves.yaml"
    assert out.splitlines() == [f"Imported \"Friend's calves\" as friends-calves: {added}",
                                "  with its pictures: wall.svg"]
    assert (theirs / "routines" / "friends-calves.yaml").read_bytes() == ROUTINE
    assert (theirs / "routines" / "wall.svg").read_bytes() == SVG
    listed = ok(theirs, "list")
    assert "friends-calves" in listed and "Friend's calves" in listed
    assert "Friend's calves" in ok(theirs, "show", "friends-calves")


def test_a_clash_is_exit_1_unless_renamed(tmp_path: Path) -> None:
    user_routine(tmp_path)
    shared = tmp_path / "share.zip"
    shared.write_bytes(packed(*good()))
    before = sorted((p.name, p.read_bytes()) for p in (tmp_path / "routines").iterdir())
    clash = supple_cmd(tmp_path, "import", str(shared))
    assert (clash.returncode, clash.stdout) == (1, "")
    assert clash.stderr == (f"supple: {shared}: a routine called \"Friend's calves\" is in the "
                            "library already; nothing was imported. Give --rename to add this "
                            "one under a new name\n")
    assert sorted((p.name, p.read_bytes()) for p in (tmp_path / "routines").iterdir()) == before
    out = ok(tmp_path, "import", str(shared), "--rename")
    assert out.splitlines()[1:] == [
        "  renamed from \"Friend's calves\": a routine of that name is in the library already",
        "  its id friends-calves is taken in the library, so it is friends-calves-2 here"]
    assert "Friend's calves (2)" in ok(tmp_path, "list")
    builtin = tmp_path / "quick.yaml"
    builtin.write_bytes(ROUTINE.replace(b"Friend's calves", b"Quick calf care"))
    clash = supple_cmd(tmp_path, "import", str(builtin))
    assert clash.returncode == 1 and "called 'Quick calf care' is in the library" in clash.stderr


def test_hostile_and_invalid_files_are_exit_1_with_the_reason(tmp_path: Path) -> None:
    cases = {
        "slip.zip": (packed(*good(member("../../x.svg", SVG))),
                     "!../../x.svg: has an entry that points outside the folder"),
        "bomb.zip": (packed(*good(member("calf-raise.svg", b"\0" * (32 * 1024 * 1024)))),
                     "!calf-raise.svg: declares 33,554,432 bytes unpacked"),
        "link.zip": (packed(*good(member("calf-raise.svg", b"/etc/passwd",
                                         mode=0o120777))), "is a symbolic link"),
        "bad.yaml": (ROUTINE.replace(b"hold: 30s", b"hodl: 30s"), "bad.yaml:6:"),
        "escape.yaml": (ROUTINE.replace(b"Friend's calves", b'"Evil \\e[2J"'),
                        "escape.yaml:3:7: name: must be one line of plain text"),
    }
    for name, (data, said) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        done = supple_cmd(tmp_path / "data", "import", str(path))
        assert (done.returncode, done.stdout) == (1, ""), name
        assert said in done.stderr, (name, done.stderr)
        assert done.stderr.rstrip().endswith(f"supple: {path} was not imported")
        assert "\x1b" not in done.stderr and "Traceback" not in done.stderr
    fifo = tmp_path / "share.zip"
    os.mkfifo(fifo)
    done = supple_cmd(tmp_path / "data", "import", str(fifo))  # returns: nothing waits on it
    assert done.returncode == 1 and f"{fifo}: is a named pipe, not a regular file" in done.stderr
    assert not (tmp_path / "data" / "routines").exists() or not any(
        (tmp_path / "data" / "routines").iterdir())
    usage = supple_cmd(tmp_path / "data", "export", "quick-calf-care")
    assert usage.returncode == 2 and "-o/--output" in usage.stderr


def test_the_export_of_a_built_in_routine_is_its_file(tmp_path: Path) -> None:
    from supple.core.resources import builtin_routines_dir

    target = tmp_path / "q.zip"
    ok(tmp_path, "export", "quick-calf-care", "-o", str(target))
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["quick-calf-care.yaml"]  # its pictures are built in
        assert archive.read("quick-calf-care.yaml") == \
            (builtin_routines_dir() / "quick-calf-care.yaml").read_bytes()
