"""``supple programme list|show`` and ``supple schema --programme``, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supple.cli.main import main
from supple.core.paths import AppPaths
from supple.core.resources import builtin_programmes_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def user_folder(tmp_path: Path) -> Path:
    folder = AppPaths.resolve(tmp_path).data / "programmes"
    folder.mkdir(parents=True)
    return folder


def test_list_shows_every_built_in_programme(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "programme", "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "WEEKS", "ROUTINES"]
    ids = [line.split()[0] for line in lines[1:]]
    assert ids == sorted(p.stem for p in builtin_programmes_dir().glob("*.yaml"))
    hsr = next(line for line in lines if line.startswith("heavy-slow-resistance"))
    assert "12" in hsr.split() and "heavy-slow-calf-raises-seated," in hsr


def test_show_prints_the_weeks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "programme", "show", "heavy-slow-resistance")
    assert code == 0
    assert "heavy-slow-calf-raises-seated: mon, wed, fri (day 18:00)" in out
    assert ("  weeks 6-8    4 × 8 reps; 8RM: a load you can lift only 8 times with good form"
            "  (12:27)") in out
    code, out, _ = run(capsys, "programme", "show", "alfredson heel drops, 12 WEEKS")
    assert code == 0
    assert "alfredson-heel-drops: twice a day (morning 07:30, evening 19:00)" in out
    assert "insertion: Where the tendon meets the heel bone; alfredson-heel-drops becomes " \
        "insertional-heel-drops" in out
    assert "\\x0a" not in out


def test_show_an_unknown_programme(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "programme", "show", "nope")
    assert code == 1 and out == ""
    assert err.startswith("supple: no programme called 'nope' (known: alfredson,")


def test_a_users_programme_is_listed_and_its_problems_said(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path))
    folder = user_folder(tmp_path)
    (folder / "mine.yaml").write_text(
        "supple: 1\nname: Mine\nweeks: 2\nroutines:\n"
        "  - routine: foam-rolling\n    when: every day\n"
        "    changes: {week 2: {hold: 2m, note: Longer rolls.}}\n", encoding="utf-8")
    (folder / "typo.yaml").write_text(
        "supple: 1\nname: Typo\nweeks: 2\nroutines:\n  - {routine: foam-roling, when: every day}\n",
        encoding="utf-8")
    (folder / "escape.yaml").write_text(
        'supple: 1\nname: "Mine \\e[2J"\nweeks: 2\nroutines: [{routine: foam-rolling, '
        'when: every day}]\n', encoding="utf-8")
    code, out, err = run(capsys, "programme", "list")
    assert code == 0
    assert any(line.startswith("mine ") for line in out.splitlines())
    assert f"{folder / 'typo.yaml'}:5:15: routines[0].routine: no routine 'foam-roling' " \
        "(did you mean 'foam-rolling'?)" in err
    assert f"{folder / 'escape.yaml'}:2:7: name: must be one line of plain text; it holds " \
        "an escape character (ESC) at character 6" in err
    assert "\x1b" not in out + err
    code, out, err = run(capsys, "programme", "show", "mine")
    assert code == 0
    assert "  week 1       as the routine is written  (10:20)" in out
    assert "  week 2       hold 2:00  (17:20)" in out and "               Longer rolls." in out


def test_show_a_file_by_path_with_its_problems(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("supple: 1\nname: P\nweeks: 1\nroutines:\n"
                    "  - routine: foam-rolling\n    when: every day\n"
                    "    changes: {week 1: {reps: 12}}\n", encoding="utf-8")
    code, out, _ = run(capsys, "programme", "show", str(path))
    assert code == 0
    assert "week 1       12 reps (does not fit the routine: reps applies to exercises " \
        "counted in reps, and 'Foam rolling' has none)" in out
    path.write_text("supple: 1\nname: P\nweeks: 0\n", encoding="utf-8")
    code, out, err = run(capsys, "programme", "show", str(path))
    assert code == 1 and out == ""
    assert f"{path}:3:8: weeks: must be at least 1 (got 0)" in err


def test_schema_for_programmes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "--programme")
    assert code == 0 and json.loads(out)["title"] == "Supple programme"
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "Supple routine"
