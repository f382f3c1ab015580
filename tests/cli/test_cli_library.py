"""The library's warnings on the command line: two files with one id, routines sharing a
name, pictures that cannot be shown; and ``show NAME`` when a name is not enough."""

from __future__ import annotations

from pathlib import Path

import pytest

from supple.cli.faults import EXIT_AMBIGUOUS, EXIT_INVALID, EXIT_OK
from supple.cli.main import main
from supple.core.resources import builtin_routines_dir

TINY = "supple: 1\nname: {name}\nsteps:\n  - {{name: Calf stretch, hold: 30s{image}}}\n"


def routine(folder: Path, file: str, name: str, image: str = "") -> Path:
    path = folder / file
    path.write_text(TINY.format(name=name, image=f", image: {image}" if image else ""))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    return data


def test_show_of_a_name_two_routines_have_asks_for_the_id(
        capsys: pytest.CaptureFixture[str], data: Path) -> None:
    """Regression: it showed one of them, and said nothing."""
    mine = routine(data / "routines", "my-calf.yaml", "Quick calf care")
    for command in ("show", "run"):
        code, out, err = run(capsys, "--data-dir", str(data), command, "QUICK calf care")
        assert (code, out) == (EXIT_AMBIGUOUS, "")
        builtin = builtin_routines_dir() / "quick-calf-care.yaml"
        assert err == ("supple: 2 routines are called 'QUICK calf care'; give the id of the "
                       f"one you mean:\n  my-calf  ({mine})\n  quick-calf-care  ({builtin})\n")
    code, out, _ = run(capsys, "--data-dir", str(data), "show", "my-calf")
    assert code == EXIT_OK and out.startswith("Quick calf care  (my routines")


def test_list_and_check_warn_about_one_id_in_two_files(
        capsys: pytest.CaptureFixture[str], data: Path) -> None:
    routine(data / "routines", "calf.yaml", "First")
    routine(data / "routines", "calf.yml", "Second")
    warning = (f"{data / 'routines' / 'calf.yml'}: warning: has the same id, 'calf', as "
               "calf.yaml, which is the one listed; this file is not. Rename one of them to "
               "list both")
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert code == EXIT_OK and err == warning + "\n"
    assert [line.split()[:2] for line in out.splitlines() if line.startswith("calf ")] == [
        ["calf", "First"]]
    code, out, err = run(capsys, "--data-dir", str(data), "check")
    assert (code, err) == (EXIT_OK, "")  # a warning is not an error
    builtins = len(list(builtin_routines_dir().glob("*.yaml")))
    assert out == f"{warning}\n{builtins + 1} routines ready; 0 errors, 1 warning\n"


def test_check_exits_1_for_an_error_and_lists_pictures_not_shown(
        capsys: pytest.CaptureFixture[str], data: Path) -> None:
    pictures = routine(data / "routines", "pictures.yaml", "Pictures", "nowhere.svg")
    (data / "routines" / "broken.yaml").write_text("supple: 1\nname: Broken\nsteps: []\n")
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == EXIT_INVALID
    lines = out.splitlines()
    assert lines[0].startswith(f"{data / 'routines' / 'broken.yaml'}:3:8: steps:")
    assert lines[1].startswith(f"{pictures}:4:44: warning: steps[0].image: picture not "
                               "shown: no file named nowhere.svg")
    assert lines[2].endswith("routines ready; 1 error, 1 warning")


def test_validate_names_a_picture_it_cannot_show_and_still_says_ok(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = routine(tmp_path, "pictures.yaml", "Pictures", "refused.svg")
    (tmp_path / "refused.svg").write_text("<html/>")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == EXIT_OK
    assert out == (f"{path}:4:44: warning: steps[0].image: picture not shown: refused.svg "
                   f"is not an SVG picture (its root is <html>)\n{path}: ok\n")
    routine(tmp_path, "builtin-picture.yaml", "Fine", "calf-raise.svg")
    code, out, _ = run(capsys, "validate", str(tmp_path / "builtin-picture.yaml"))
    assert (code, out) == (EXIT_OK, f"{tmp_path / 'builtin-picture.yaml'}: ok\n")
