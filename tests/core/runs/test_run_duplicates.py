"""The same run, however exported or by whichever device, is imported once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from runfiles import START, Lap, fit_run, gpx, tcx, track_points

from supple.core.runs import ParsedRun, drop_duplicates, import_runs, read_runs, run_key
from supple.core.runs.duplicates import key_span


def run(start_s: int = 0, duration_s: int = 2700, distance_m: float | None = 9000.0,
        source: str = "fit") -> ParsedRun:
    return ParsedRun(START + timedelta(seconds=start_s), duration_s, distance_m,
                     source, f"a.{source}")  # type: ignore[arg-type]


def test_a_key_is_the_start_to_the_second_the_timer_time_and_the_distance() -> None:
    assert run(distance_m=10_011.6).source_key == "2026-11-30T07:00:00Z 2700s 10012m"
    assert run(distance_m=None).source_key == "2026-11-30T07:00:00Z 2700s -"
    assert run_key(START, 60, 0.4) == "2026-11-30T07:00:00Z 60s 0m"
    with pytest.raises(ValueError, match="aware"):
        run_key(START.replace(tzinfo=None), 60, None)


def test_one_run_exported_as_gpx_tcx_and_fit_is_imported_once(tmp_path: Path) -> None:
    """As a watch's app exports it: the FIT session starts when the timer did, the GPX's first
    point a second later, and the GPX distance, summed from the points, is a little short."""
    files = [tmp_path / "run.fit", tmp_path / "run.gpx", tmp_path / "run.tcx"]
    files[0].write_bytes(fit_run(timer_s=2712, distance_m=10_012))
    files[1].write_text(gpx([track_points(START + timedelta(seconds=1), seconds=2710,
                                          metres_per_step=36.7)]))
    files[2].write_text(tcx([Lap(START, 1400, 5000), Lap(START + timedelta(seconds=1400),
                                                          1312, 5012)]))
    fit, gps, laps = (read_runs(path)[0].source_key for path in files)
    assert gps == "2026-11-30T07:00:01Z 2710s 9946m"  # not the FIT's: matched with a margin
    assert fit == laps == "2026-11-30T07:00:00Z 2712s 10012m"
    result = import_runs(files)
    assert [r.source for r in result.runs] == ["fit"]
    assert sorted(r.source for r in result.duplicates) == ["gpx", "tcx"]
    again = import_runs(files, known_keys=[result.runs[0].source_key])
    assert (again.runs, len(again.duplicates), again.problems) == ((), 3, ())


def test_two_devices_started_minutes_apart_on_one_run_are_one() -> None:
    watch, phone = run(0, 3600), run(300, 3000, source="gpx")
    assert drop_duplicates([phone], [watch.source_key]) == []


def test_runs_on_the_same_day_apart_in_time_are_two() -> None:
    morning, evening = run(0, 1800), run(8 * 3600, 1800)
    assert drop_duplicates([evening], [morning.source_key]) == [evening]
    # Back to back, touching but not overlapping: a run home after a run out.
    out, back = run(0, 1800), run(1800 + 150, 1800)
    assert drop_duplicates([out, back], []) == [out, back]


def test_a_short_run_inside_a_long_one_overlaps_by_all_of_the_shorter() -> None:
    assert drop_duplicates([run(600, 300)], [run(0, 3600).source_key]) == []
    # Only a quarter of the shorter overlapping: a second run, not a copy.
    assert drop_duplicates([run(3600 - 150, 600)], [run(0, 3600).source_key]) != []


def test_starts_within_two_minutes_are_one_run_even_with_no_duration() -> None:
    assert drop_duplicates([run(119, 0)], [run(0, 0).source_key]) == []
    assert drop_duplicates([run(121, 0)], [run(0, 0).source_key]) == [run(121, 0)]


def test_distance_and_source_are_not_compared() -> None:
    gps, treadmill = run(distance_m=9000.0, source="gpx"), run(distance_m=None, source="tcx")
    assert drop_duplicates([treadmill], [gps.source_key]) == []
    assert drop_duplicates([run(distance_m=4000.0)], [gps.source_key]) == []


@pytest.mark.parametrize("key", ["", "manual 2026-11-30", "2026-11-30T07:00:00Z 60 -",
                                 "2026-11-30 07:00:00 60s -", "2026-11-30T07:00:00Z -5s -",
                                 "2026-11-30T07:00:00Z xs -"])
def test_keys_of_another_kind_match_nothing(key: str) -> None:
    assert key_span(key) is None
    assert drop_duplicates([run()], [key]) == [run()]
