"""``supple report``: text, CSV and PDF from a real history file, the filters, bad input, and
text and CSV with no Qt at all (in a child process where PySide6 cannot be imported)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from report_histories import full_twelve_weeks, heavy_slow_load_change, open_history
from supple.cli.main import main
from supple.core.paths import AppPaths

SRC = Path(__file__).resolve().parents[2] / "src"
TESTS = Path(__file__).resolve().parents[1]
PERIOD = ("--from", "2026-09-07", "--to", "2026-11-29")


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    history = open_history(AppPaths.resolve(folder).history_db)
    full_twelve_weeks(history)
    heavy_slow_load_change(history)
    history.store.close()
    yield folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_to_a_file(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.txt"
    code, out, err = run(capsys, "--data-dir", str(data), "report", *PERIOD,
                         "--programme", "alfredson", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"wrote {target} (text, 2026-09-07 to 2026-11-29)\n"
    text = target.read_text(encoding="utf-8")
    assert "Planned sessions done: 156 of 168 (93 %)." in text
    assert "Heavy slow" not in text  # the other programme is left out


def test_csv_to_the_terminal(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "report", "--from", "2026-09-07",
                       "--to", "2026-10-25", "--routine", "heavy-slow-calf-raises-seated",
                       "--format", "csv", "-o", "-")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))

    def adherence(measure: str) -> list[str]:
        return [r["value"] for r in rows if r["section"] == "adherence"
                and r["measure"] == measure]

    # From 5 Oct, Mon, Wed and Fri for three weeks: all done.
    assert adherence("planned") == ["9"] and adherence("planned done") == ["9"]
    assert {r["subject"] for r in rows if r["section"] == "load change"} == {
        "Heavy slow calf raises, seated"}


def test_a_routine_by_its_name(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "report", *PERIOD,
                       "--routine", "Alfredson eccentric heel drops", "--format", "text",
                       "-o", "-")
    assert code == 0 and "Planned sessions done: 156 of 168" in out


def test_pdf(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.pdf"
    code, out, _ = run(capsys, "--data-dir", str(data), "report", *PERIOD, "--paper",
                       "letter", "-o", str(target))
    assert code == 0 and out.startswith(f"wrote {target} (pdf,")
    assert target.read_bytes().startswith(b"%PDF-")
    assert shutil.which("pdfinfo"), "pdfinfo (poppler-utils) is needed: ./dev installs it"
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                          check=True).stdout
    assert "(letter)" in info


@pytest.mark.parametrize(("args", "message"), [
    (("--routine", "no-such-routine"), "no routine called 'no-such-routine'"),
    (("--programme", "nope"), "no programme called 'nope'"),
    (("--from", "2026-12-01", "--to", "2026-11-01"), "the period ends (2026-11-01) before"),
    (("--from", "2010-01-01", "--to", "2026-01-01"), "a report covers at most ten years"),
])
def test_bad_input_is_refused(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              args: tuple[str, ...], message: str) -> None:
    target = tmp_path / "report.txt"
    code, out, err = run(capsys, "--data-dir", str(data), "report", *args, "-o", str(target))
    assert code == 1 and out == "" and message in err
    assert not target.exists()


def test_a_date_that_is_not_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--from", "7/9/2026", "-o", "x.txt"])
    assert stopped.value.code == 2
    assert "'7/9/2026' is not a date: give it as YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31"])
def test_a_date_at_the_ends_of_the_calendar_is_refused(
        when: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Near year 1 or 9999 the period's edges ran off the calendar (an OverflowError, shown as
    an internal error); such a date is refused as the typing mistake it is."""
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--to", when, "-o", "x.txt"])
    assert stopped.value.code == 2
    assert f"'{when}' is too far from today: give a date from 1900 to 2200" in \
        capsys.readouterr().err


def test_a_pdf_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "report", "-o", "-")
    assert code == 1 and "a PDF is written to a file" in err


def test_a_folder_that_cannot_be_written(data: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "report.csv"
    code, _, err = run(capsys, "--data-dir", str(data), "report", *PERIOD, "-o", str(target))
    assert code == 6 and f"cannot write {target}" in err


def _child(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``supple`` in a child where importing PySide6 fails, and with no display."""
    code = ("import sys; sys.modules['PySide6'] = None; sys.path[:0] = sys.argv[1:3]; "
            "from supple.cli.main import main; sys.exit(main(sys.argv[3:]))")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-c", code, str(SRC), str(TESTS), "--data-dir",
                           str(data), *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_text_and_csv_need_no_qt(data: Path, tmp_path: Path) -> None:
    for fmt in ("text", "csv"):
        target = tmp_path / f"report.{fmt}"
        done = _child(data, "report", *PERIOD, "--format", fmt, "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert "156" in target.read_text(encoding="utf-8")
    # The same child cannot make a PDF, and says so plainly.
    done = _child(data, "report", *PERIOD, "-o", str(tmp_path / "r.pdf"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "a PDF is drawn with Qt (PySide6), which cannot be imported here" in done.stderr


def test_pdf_without_a_display(data: Path, tmp_path: Path) -> None:
    """The PDF is made on the offscreen platform when there is no display."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    target = tmp_path / "r.pdf"
    done = subprocess.run([sys.executable, "-m", "supple", "--data-dir", str(data), "report",
                           *PERIOD, "-o", str(target)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
