"""``supple history --import`` and ``--json``: a plain answer for a bad file, nothing half done."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from supple.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def export_of(*positions: int, uid: str | None = None) -> str:
    when = "2026-06-01T07:00:00+02:00"
    return json.dumps({"format": "supple-history", "version": 1, "sessions": [{
        "uuid": uid or str(uuid.UUID(int=7, version=4)), "routine_id": "calf",
        "routine_name": "Calf care", "category": "stretch", "fingerprint": "fp",
        "started_at": when, "active_seconds": 60, "steps_done": len(positions),
        "steps_skipped": 0, "steps_total": len(positions), "outcome": "completed",
        "resume_position": len(positions),
        "steps": [{"position": p, "name": "Wall stretch", "status": "done", "seconds": 30,
                   "finished_at": when} for p in positions],
    }]})  # fmt: skip


def test_duplicate_step_positions_are_a_plain_refusal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: ``supple: internal error: IntegrityError: UNIQUE constraint failed``,
    exit 3."""
    bad = tmp_path / "export.json"
    bad.write_text(export_of(0, 1, 1))
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", data, "history", "--import", str(bad))
    assert (code, out) == (1, "")
    assert "internal error" not in err
    assert f"cannot import {bad}: Nothing was imported: 1 problem in the file" in err
    assert "sessions.0.steps.2.position" in err and str(uuid.UUID(int=7, version=4)) in err
    code, out, _ = run(capsys, "--data-dir", data, "history")
    assert code == 0 and "No sessions yet" in out


def test_an_export_with_a_bom_and_an_upper_case_uuid_imports_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lower = str(uuid.UUID(int=7, version=4))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(export_of(0, 1, uid=lower.upper()).encode("utf-8-sig"))
    second.write_text(export_of(0, 1, uid=lower))
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", data, "history", "--import", str(first))
    assert (code, out, err) == (0, "imported 1 session, skipped 0 already present\n", "")
    code, out, _ = run(capsys, "--data-dir", data, "history", "--import", str(second))
    assert (code, out) == (0, "imported 0 sessions, skipped 1 already present\n")
    code, out, _ = run(capsys, "--data-dir", data, "history", "--json")
    assert code == 0
    assert [s["uuid"] for s in json.loads(out)["sessions"]] == [lower]


def test_each_problem_of_a_refused_import_is_a_line_of_its_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The problems were printed as one line joined by a visible ``\\x0a``."""
    bad = tmp_path / "export.json"
    bad.write_text(json.dumps({"format": "supple-history", "version": 1, "sessions": [1, 2]}))
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "history", "--import", str(bad))
    assert code == 1 and "\\x0a" not in err
    lines = err.splitlines()
    assert lines[0].endswith("2 problems in the file:")
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["sessions.0", "sessions.1"]
