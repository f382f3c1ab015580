"""``supple runs add|import|list``, each run as a real ``supple`` child process on a temporary
history; the runs files are written by the tests' own GPX, TCX and FIT writers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

from test_enrolment_cli import env, ok, supple_cmd

from core.runs.runfiles import START, Lap, fit_run, gpx, tcx, track_points
from supple.core.history.records import RunSource
from supple.core.history.store import HistoryStore


def runs_in(data: Path) -> list[tuple[date, float, float | None, RunSource]]:
    with HistoryStore(data / "history.db") as store:
        return [(r.day, r.minutes, r.distance_km, r.source) for r in store.runs()]


def files(folder: Path) -> tuple[Path, Path, Path]:
    """The same 10-minute run as a GPX and a FIT file, and another run the next day as TCX."""
    folder.mkdir(exist_ok=True)
    one = folder / "run.gpx"
    one.write_text(gpx([track_points(START, seconds=600)]), encoding="utf-8")
    same = folder / "watch.fit"
    same.write_bytes(fit_run(START, timer_s=600.0, distance_m=1800.0))
    other = folder / "next-day.tcx"
    other.write_text(tcx([Lap(START + timedelta(days=1), 1500.0, 4000.0)]), encoding="utf-8")
    return one, same, other


def test_add_and_list_runs(tmp_path: Path) -> None:
    assert ok(tmp_path, "runs", "list").startswith("No runs yet.")
    out = ok(tmp_path, "runs", "add", "--date", "2026-11-30", "--minutes", "45",
             "--distance", "8,5", "--feel", "3")
    assert out == "Added a run: Mon 30 Nov 2026, 45 min, 8.50 km, calves 3/10.\n"
    ok(tmp_path, "runs", "add", "--minutes", "20")
    table = ok(tmp_path, "runs", "list").splitlines()
    assert table[0].split() == ["DATE", "START", "MINUTES", "KM", "CALVES", "FROM"]
    assert table[1].split() == ["2026-11-30", "45", "8.50", "3/10", "manual"]
    assert table[2].split() == [date.today().isoformat(), "20", "manual"]
    assert table[3] == "2 runs."
    for bad, said in ((["--minutes", "0"], "'0' is not a number of minutes"),
                      (["--minutes", "30", "--feel", "11"], "'11' is not a whole number"),
                      (["--minutes", "30", "--distance", "-1"], "'-1' is not a number of km"),
                      (["--minutes", "nan"], "'nan' is not a number of minutes"),
                      (["--minutes", "30", "--date", "30/11/2026"], "'30/11/2026' is not a "
                       "date"),
                      (["--distance", "5"], "the following arguments are required: "
                       "--minutes")):
        done = supple_cmd(tmp_path, "runs", "add", *bad)
        assert done.returncode == 2, bad
        assert said.replace("km", "kilometres") in done.stderr, done.stderr
    assert len(runs_in(tmp_path)) == 2


def test_import_finds_duplicates_within_and_across_imports(tmp_path: Path) -> None:
    one, same, other = files(tmp_path / "files")
    out = ok(tmp_path, "runs", "import", str(one), str(same))
    assert out.splitlines() == [
        f"Already recorded: watch.fit ({_local(START)}, 10 min, 1.80 km).",
        "Imported 1 run; 1 already recorded."]
    out = ok(tmp_path, "runs", "import", str(same), str(other))
    assert out.splitlines()[0].startswith("Already recorded: watch.fit (")
    assert out.splitlines()[-1] == "Imported 1 run; 1 already recorded."
    runs = runs_in(tmp_path)
    assert [(minutes, source) for _, minutes, _, source in runs] == [
        (10.0, RunSource.GPX), (25.0, RunSource.TCX)]
    assert runs[0][2] is not None and abs(runs[0][2] - 1.8) < 0.01  # summed from the track
    assert ok(tmp_path, "runs", "import", str(one)) .splitlines()[-1] == \
        "Imported 0 runs; 1 already recorded."


def _local(when: object) -> str:
    from datetime import datetime

    assert isinstance(when, datetime)
    local = when.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y} at {local:%H:%M}"


def test_a_ride_is_left_out_and_said(tmp_path: Path) -> None:
    ride = tmp_path / "ride.gpx"
    ride.write_text(gpx([track_points(START, seconds=1200)], sport="cycling"), encoding="utf-8")
    out = ok(tmp_path, "runs", "import", str(ride))
    assert out.splitlines()[0].startswith("Left out, not a run: ride.gpx (cycling, ")
    assert out.splitlines()[-1] == "Imported 0 runs."
    assert runs_in(tmp_path) == []


def test_a_broken_file_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    one, _, other = files(tmp_path / "files")
    broken = tmp_path / "files" / "cut.gpx"
    broken.write_text(gpx([track_points(START + timedelta(days=3))])[:-40], encoding="utf-8")
    fake = tmp_path / "files" / "notes.txt"
    fake.write_text("not a run\n", encoding="utf-8")
    done = supple_cmd(tmp_path, "runs", "import", str(one), str(broken), str(other), str(fake))
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0].startswith(f"supple: {broken}:")  # the file, and where in it
    assert lines[1] == f"supple: {fake}: is not a GPX, TCX or FIT file"
    assert lines[2].startswith("supple: nothing was imported: 2 files could not be read")
    assert runs_in(tmp_path) == []
    missing = supple_cmd(tmp_path, "runs", "import", str(tmp_path / "gone.fit"))
    assert missing.returncode == 1 and str(tmp_path / "gone.fit") in missing.stderr


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "run.gpx"
    os.mkfifo(fifo)
    done = supple_cmd(tmp_path, "runs", "import", str(fifo))  # would block if it were opened
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (f"supple: {fifo}: is a named pipe, not a "
                                       "regular file"), done.stderr
    assert runs_in(tmp_path) == []


def test_two_processes_importing_the_same_run_store_it_once(tmp_path: Path) -> None:
    one, same, other = files(tmp_path / "files")
    ok(tmp_path, "runs", "list")  # the history exists before the race
    results: list[subprocess.CompletedProcess[str]] = []

    def child(path: Path) -> None:
        results.append(subprocess.run(
            [sys.executable, "-m", "supple", "runs", "import", str(path), str(other)],
            env=env(tmp_path), capture_output=True, text=True, timeout=120,
            stdin=subprocess.DEVNULL))

    threads = [threading.Thread(target=child, args=(p,)) for p in (one, same)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    stored = runs_in(tmp_path)
    assert [source for *_, source in stored][1] == RunSource.TCX
    assert stored[0][3] in (RunSource.GPX, RunSource.FIT)
    assert len(stored) == 2 and stored[1][0] - stored[0][0] == timedelta(days=1)
    imported = sum(int(r.stdout.splitlines()[-1].split()[1]) for r in results)
    assert imported == 2  # each run once, whichever process got there first
