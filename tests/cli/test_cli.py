"""The ``supple`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from supple.cli.main import main
from supple.core.resources import builtin_routines_dir

GOOD = """\
supple: 1
name: Tiny
category: strength
steps:
  - {name: Calf raises, reps: 3, tempo: {up: 1s, down: 2s}}
  - {name: Wall stretch, hold: 20s, sides: both}
"""
BAD = """\
supple: 1
name: Broken
steps:
  - name: Calf raises
    hodl: 30s
  - {name: Heel drops, reps: 0}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_builtin_routine(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list")
    assert code == 0
    ids = sorted(p.stem for p in builtin_routines_dir().glob("*.yaml"))
    assert ids, "no built-in routines shipped"
    for rid in ids:
        assert rid in out
    assert "ID" in out.splitlines()[0] and "DURATION" in out.splitlines()[0]
    assert err == ""


def test_show_prints_the_expanded_plan(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD)
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Tiny")
    assert any("get ready" in line and "Calf raises" in line for line in lines)
    assert any("3 reps" in line and "up 1s down 2s" in line for line in lines)
    assert any("Wall stretch · left" in line for line in lines)
    assert any("switch" in line and "Wall stretch · right" in line for line in lines)
    # 5 s lead-in + 9 s reps + 5 s lead-in + 20 s + 5 s switch + 20 s = 64 s
    assert lines[-1].split() == ["1:04", "done"]


def test_show_counts_one_rep_as_one_rep(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text("supple: 1\nname: One\nsteps:\n  - {name: Deep squat, reps: 1}\n")
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    [line] = [line for line in out.splitlines() if "Deep squat" in line and "get ready" not in line]
    assert line.split()[1:3] == ["1", "rep"]


def test_show_by_id_and_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    first = sorted(builtin_routines_dir().glob("*.yaml"))[0].stem
    code, out, _ = run(capsys, "show", first)
    assert code == 0 and "done" in out
    name = out.splitlines()[0].split("  (")[0]
    code, out2, _ = run(capsys, "show", name.upper())
    assert code == 0 and out2 == out


def test_show_unknown_routine(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "no-such-routine")
    assert code == 1
    assert "no routine called 'no-such-routine'" in err


def test_validate_exit_codes_and_messages(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD)
    bad.write_text(BAD)
    code, out, _ = run(capsys, "validate", str(good))
    assert (code, out) == (0, f"{good}: ok\n")
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{good}: ok"
    assert lines[1].startswith(f"{bad}:5:5: steps[0].hodl: unknown key 'hodl' (did you mean")
    assert lines[2].startswith(f"{bad}:6:30: steps[1].reps:")


def test_validate_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate"])
    assert exc.value.code == 2


def test_schema_is_json_schema_from_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Supple routine"
    assert schema["additionalProperties"] is False
    assert {"supple", "name", "steps"} <= set(schema["required"])
    assert "Exercise" in schema["$defs"] and "Block" in schema["$defs"]


def test_validate_never_prints_a_traceback_for_hostile_files(tmp_path: Path) -> None:
    files = {
        "binary.yaml": bytes(range(256)),
        "bomb.yaml": b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
            f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            .encode() for i in range(8)),
        "tag.yaml": b"!!python/object/apply:os.system ['echo pwned']\n",
        "empty.yaml": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-m", "supple", "validate", *sorted(str(tmp_path / n) for n in files)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "SUPPLE_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "pwned" not in result.stdout
    for name in files:
        assert str(tmp_path / name) in result.stdout


def test_data_dir_option_and_environment(tmp_path: Path) -> None:
    from supple.core.paths import AppPaths

    paths = AppPaths.resolve(str(tmp_path / "portable"))
    assert paths.history_db == tmp_path / "portable" / "history.db"
    assert paths.routines == tmp_path / "portable" / "routines"
    assert paths.settings_file == tmp_path / "portable" / "settings.json"
    from_env = AppPaths.resolve(None, {"SUPPLE_DATA_DIR": str(tmp_path / "env")})
    assert from_env.data == tmp_path / "env"
    xdg = AppPaths.resolve(None, {})
    assert xdg.data.name == "supple" and xdg.config.name == "supple"


def test_user_routine_appears_in_list(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    data = tmp_path / "d"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "my-tiny.yaml").write_text(GOOD)
    code, out, _ = run(capsys, "--data-dir", str(data), "list")
    assert code == 0
    assert any(line.startswith("my-tiny") and "strength" in line for line in out.splitlines())


def test_list_prints_the_catalog_as_a_table(tmp_path: Path) -> None:
    """The exact layout: columns as wide as their widest cell, two spaces apart, no trailing
    blanks; the problems on stderr, one a line."""
    from supple.cli.main import cmd_list
    from supple.core.library.catalog import scan_catalog

    (tmp_path / "my-tiny.yaml").write_text(GOOD)
    (tmp_path / "broken.yaml").write_text(BAD)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        assert cmd_list(scan_catalog(None, [tmp_path]), out) == 0
    assert out.getvalue() == (
        "ID       NAME  CATEGORY  EXERCISES  DURATION\n"
        "my-tiny  Tiny  strength  2          1:04\n")
    assert [line.split(": ")[0] for line in err.getvalue().splitlines()] == [
        f"{tmp_path / 'broken.yaml'}:5:5", f"{tmp_path / 'broken.yaml'}:6:30"]


def test_list_from_an_unchanged_library_reads_no_routine_file(tmp_path: Path) -> None:
    """``supple list`` goes through the window's catalog and its index: the second time, with
    nothing changed, neither the YAML reader nor the routine model (pydantic) is imported."""
    data = tmp_path / "d"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "my-tiny.yaml").write_text(GOOD)
    code = textwrap.dedent(f"""
        import sys
        from supple.cli.main import main
        status = main(["--data-dir", {str(data)!r}, "list"])
        heavy = sorted(m for m in ("yaml", "pydantic", "supple.core.routines.model")
                       if m in sys.modules)
        print("HEAVY", ",".join(heavy), file=sys.stderr)
        sys.exit(status)
        """)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=60, check=True) for _ in range(2)]
    assert runs[0].stderr.strip() == "HEAVY pydantic,supple.core.routines.model,yaml"  # read
    assert runs[1].stderr.strip() == "HEAVY"
    assert runs[1].stdout == runs[0].stdout and "my-tiny" in runs[1].stdout
    assert (data / "cache" / "library-index.json").is_file()


def test_show_of_a_routine_broken_since_it_was_listed_says_why(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The routine shown is read from its file now, not taken from the listing: a file saved
    broken between the two (by the editor, say) gives its problems, not a stale plan."""
    import supple.cli.main as cli
    from supple.core.library.catalog import scan_catalog

    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "my-tiny.yaml").write_text(GOOD)
    listed = scan_catalog(None, [folder])
    (folder / "my-tiny.yaml").write_text(BAD)
    monkeypatch.setattr(cli, "_catalog", lambda _paths: listed)
    code, out, err = run(capsys, "show", "my-tiny")
    assert (code, out) == (1, "")
    assert err.splitlines()[0].startswith(f"{folder / 'my-tiny.yaml'}:5:5: steps[0].hodl:")


def test_history_table_export_and_import_round_trip(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    from supple.core.history.model import Outcome, StepStatus
    from supple.core.history.store import HistoryStore

    data = tmp_path / "d"
    data.mkdir()
    code, out, _ = run(capsys, "--data-dir", str(data), "history")
    assert code == 0 and "No sessions yet" in out

    store = HistoryStore(data / "history.db")
    record = store.begin_session("quick-calf-care", "Quick calf care", "post-run stretch",
                                 "abc123", 2, pain_before=5)
    store.record_step(record.uuid, 1, "Calf raises", None, StepStatus.DONE, 30.0, 35.0)
    store.record_step(record.uuid, 3, "Wall stretch", "left", StepStatus.SKIPPED, 2.0, 37.0)
    store.finish_session(record.uuid, Outcome.COMPLETED, 37.0)
    store.rate_session(record.uuid, pain_after=3, note="better")
    store.close()

    code, out, _ = run(capsys, "--data-dir", str(data), "history")
    assert code == 0
    assert "Quick calf care" in out and "completed" in out and "5 → 3" in out

    code, csv_text, _ = run(capsys, "--data-dir", str(data), "history", "--csv")
    assert code == 0
    header, row = csv_text.splitlines()[:2]
    assert "routine_id" in header and "quick-calf-care" in row

    code, exported, _ = run(capsys, "--data-dir", str(data), "history", "--json")
    assert code == 0
    doc = json.loads(exported)
    [session] = doc["sessions"]
    assert session["uuid"] == record.uuid and len(session["steps"]) == 2

    export = tmp_path / "export.json"
    export.write_text(exported)
    other = tmp_path / "other"
    other.mkdir()
    code, out, _ = run(capsys, "--data-dir", str(other), "history", "--import", str(export))
    assert (code, out) == (0, "imported 1 session, skipped 0 already present\n")
    code, out, _ = run(capsys, "--data-dir", str(other), "history", "--import", str(export))
    assert (code, out) == (0, "imported 0 sessions, skipped 1 already present\n")
    code, again, _ = run(capsys, "--data-dir", str(other), "history", "--json")
    assert json.loads(again)["sessions"] == doc["sessions"]


def test_history_import_of_a_bad_file_says_why(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "history", "--import", str(bad))
    assert code == 1
    assert f"cannot import {bad}" in err


def test_history_import_refuses_infinite_numbers(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """Regression: an imported "active_seconds": 1e999 made every later listing overflow."""
    doc = {"format": "supple-history", "version": 1, "sessions": [{
        "uuid": "u1", "routine_id": "r", "routine_name": "R", "category": "strength",
        "fingerprint": "f", "started_at": "2026-11-01T07:00:00+01:00",
        "active_seconds": 1e999, "steps_done": 0, "steps_skipped": 0, "steps_total": 1,
        "outcome": "completed", "resume_position": 0}]}
    bad = tmp_path / "inf.json"
    bad.write_text(json.dumps(doc).replace("Infinity", "1e999"))
    data = str(tmp_path / "d")
    code, _, err = run(capsys, "--data-dir", data, "history", "--import", str(bad))
    assert code == 1 and "cannot import" in err
    code, out, _ = run(capsys, "--data-dir", data, "history")
    assert code == 0 and "No sessions yet" in out


def test_validate_fails_for_a_folder_or_pipe_named_on_the_command_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import os

    folder, pipe = tmp_path / "d.yaml", tmp_path / "p.yaml"
    folder.mkdir()
    os.mkfifo(pipe)
    code, out, _ = run(capsys, "validate", str(folder), str(pipe))
    assert code == 1
    assert f"{folder}: warning: is a folder" in out and f"{pipe}: warning: is not a regular" in out


def test_no_display_gives_a_message_not_a_crash(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SUPPLE_DATA_DIR"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "supple"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr
