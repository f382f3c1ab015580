"""Runs read from GPX, TCX and FIT files as watches write them: start, timer time, distance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from runfiles import (
    SESSION,
    SESSION_FIELDS,
    START,
    FitWriter,
    Lap,
    fit_run,
    fit_time,
    gpx,
    tcx,
    track_points,
)

from supple.core.runs import ParsedRun, read_runs


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only(runs: list[ParsedRun]) -> ParsedRun:
    assert len(runs) == 1, runs
    return runs[0]


def test_a_gpx_track_is_a_run_from_its_first_point(tmp_path: Path) -> None:
    run = only(read_runs(write(tmp_path, "morning.gpx", gpx([track_points(seconds=1800)]))))
    assert run.started_at == START and run.started_at.tzinfo is UTC
    assert run.duration_s == 1800
    assert run.distance_m == pytest.approx(180 * 30.0, rel=1e-3)
    assert (run.source, run.file_name, run.sport) == ("gpx", "morning.gpx", "running")


def test_gpx_segments_are_pauses_left_out_of_time_and_distance(tmp_path: Path) -> None:
    first = track_points(seconds=600)
    # The watch paused for 5 minutes and 2 km (a lift home would not count either).
    second = track_points(START + timedelta(seconds=900), seconds=300, lat=52.1)
    run = only(read_runs(write(tmp_path, "a.gpx", gpx([first, second]))))
    assert run.duration_s == 900
    assert run.distance_m == pytest.approx(90 * 30.0, rel=1e-3)


def test_gpx_1_0_and_points_out_of_order_read_alike(tmp_path: Path) -> None:
    points = track_points(seconds=600)
    points[3], points[4] = points[4], points[3]
    run = only(read_runs(write(tmp_path, "old.gpx", gpx([points], version="1.0"))))
    assert (run.started_at, run.duration_s) == (START, 600)


def test_each_gpx_track_is_one_run_and_an_empty_one_is_none(tmp_path: Path) -> None:
    evening = START + timedelta(hours=10)
    text = gpx([track_points()], [[]], [track_points(evening, seconds=1200)])
    runs = read_runs(write(tmp_path, "week.gpx", text))
    assert [(r.started_at, r.duration_s) for r in runs] == [(START, 600), (evening, 1200)]


def test_gpx_points_without_a_time_still_count_for_distance(tmp_path: Path) -> None:
    points: list[tuple[float, float, datetime | None]] = list(track_points(seconds=600))
    points[1:-1] = [(la, lo, None) for la, lo, _ in points[1:-1]]
    run = only(read_runs(write(tmp_path, "a.gpx", gpx([points]))))
    assert run.duration_s == 600
    assert run.distance_m == pytest.approx(60 * 30.0, rel=1e-3)


def test_times_with_offsets_fractions_or_no_zone_are_utc(tmp_path: Path) -> None:
    text = gpx([track_points(seconds=20)]).replace(
        "2026-11-30T07:00:00Z</time></trkpt>", "2026-11-30T08:00:00.250+01:00</time></trkpt>"
    ).replace("2026-11-30T07:00:20Z", "2026-11-30T07:00:20")
    run = only(read_runs(write(tmp_path, "a.gpx", text)))
    assert run.started_at == START and run.duration_s == 20


def test_a_single_point_gives_no_distance(tmp_path: Path) -> None:
    run = only(read_runs(write(tmp_path, "a.gpx", gpx([track_points(seconds=0)]))))
    assert (run.duration_s, run.distance_m) == (0, None)


def test_a_tcx_activity_sums_its_laps(tmp_path: Path) -> None:
    laps = [Lap(START, 1500.4, 5000.0), Lap(START + timedelta(seconds=1600), 1200.0, 4000.5)]
    run = only(read_runs(write(tmp_path, "a.tcx", tcx(laps))))
    assert (run.started_at, run.duration_s, run.distance_m) == (START, 2700, 9000.5)
    assert (run.source, run.sport) == ("tcx", "running")


def test_a_tcx_lap_without_distance_leaves_the_distance_unknown(tmp_path: Path) -> None:
    laps = [Lap(START, 600, 2000.0), Lap(START + timedelta(seconds=600), 600, None)]
    run = only(read_runs(write(tmp_path, "treadmill.tcx", tcx(laps))))
    assert (run.duration_s, run.distance_m) == (1200, None)


def test_each_tcx_activity_is_one_run(tmp_path: Path) -> None:
    later = START + timedelta(days=1)
    runs = read_runs(write(tmp_path, "a.tcx", tcx([Lap(START, 60, 100)], [Lap(later, 90, 200)],
                                                  sport="Other")))
    assert [(r.started_at, r.duration_s, r.sport) for r in runs] == [
        (START, 60, "other"), (later, 90, "other")]


def test_a_fit_session_gives_the_timer_time_not_the_elapsed(tmp_path: Path) -> None:
    run = only(read_runs(write(tmp_path, "a.fit", fit_run(timer_s=2712.4, elapsed_s=3000))))
    assert (run.started_at, run.duration_s, run.distance_m) == (START, 2712, 10_012.0)
    assert (run.source, run.file_name, run.sport) == ("fit", "a.fit", "running")


def test_a_fit_session_without_timer_time_gives_the_elapsed(tmp_path: Path) -> None:
    data = FitWriter().file_id().message(
        SESSION, SESSION_FIELDS, start_time=fit_time(START), total_elapsed_time=1234.0).bytes()
    run = only(read_runs(write(tmp_path, "a.fit", data)))
    assert (run.duration_s, run.distance_m, run.sport) == (1234, None, None)


def test_each_fit_session_is_one_run(tmp_path: Path) -> None:
    later = START + timedelta(hours=1)
    data = (FitWriter().file_id().session(START, 600, 2000)
            .session(later, 1800, None, sport="cycling").bytes())
    runs = read_runs(write(tmp_path, "brick.fit", data))
    assert [(r.started_at, r.duration_s, r.distance_m, r.sport) for r in runs] == [
        (START, 600, 2000.0, "running"), (later, 1800, None, "cycling")]


def test_a_fit_file_without_a_session_is_read_from_its_records(tmp_path: Path) -> None:
    data = FitWriter().file_id().records(START, 1200, metres_per_s=3.0).bytes()
    run = only(read_runs(write(tmp_path, "phone.fit", data)))
    assert (run.started_at, run.duration_s, run.distance_m) == (START, 1200, 3600.0)


def test_chained_fit_files_are_read_through(tmp_path: Path) -> None:
    later = START + timedelta(days=2)
    data = fit_run() + fit_run(start=later)
    assert [r.started_at for r in read_runs(write(tmp_path, "a.fit", data))] == [START, later]


@pytest.mark.parametrize("kind", ["gpx", "tcx", "fit"])
@pytest.mark.parametrize("name", ["activity (3)", "export.xml", "wrong.gpx", "wrong.fit"])
def test_the_kind_comes_from_the_content_not_the_name(tmp_path: Path, kind: str,
                                                      name: str) -> None:
    content = {"gpx": gpx([track_points()]), "tcx": tcx([Lap(START, 600, 1800)]),
               "fit": fit_run(timer_s=600)}[kind]
    run = only(read_runs(write(tmp_path, name, content)))
    assert (run.source, run.started_at, run.duration_s) == (kind, START, 600)


def test_xml_in_another_encoding_is_read(tmp_path: Path) -> None:
    text = gpx([track_points()]).replace("UTF-8", "UTF-16").replace("Morning", "Matinée")
    path = tmp_path / "a.gpx"
    path.write_bytes(text.encode("utf-16"))
    assert only(read_runs(path)).duration_s == 600


def test_extensions_named_like_gpx_elements_are_not_read_as_them(tmp_path: Path) -> None:
    text = gpx([track_points(seconds=60)]).replace(
        "<ele>3.0</ele>", '<ele>3.0</ele><extensions><x:time xmlns:x="urn:x">'
        "1999-01-01T00:00:00Z</x:time></extensions>", 1)
    assert only(read_runs(write(tmp_path, "a.gpx", text))).started_at == START


def test_a_run_needs_an_aware_start_and_no_negative_figures() -> None:
    with pytest.raises(ValueError, match="aware"):
        ParsedRun(datetime(2026, 1, 1), 60, None, "gpx", "a.gpx")
    with pytest.raises(ValueError, match="last"):
        ParsedRun(START, -1, None, "gpx", "a.gpx")
    with pytest.raises(ValueError, match="cover"):
        ParsedRun(START, 1, -5.0, "gpx", "a.gpx")
    two_hours_east = timezone(timedelta(hours=2))
    run = ParsedRun(START.replace(microsecond=700_000).astimezone(two_hours_east), 60, None,
                    "fit", "a.fit")
    assert run.started_at == START and run.started_at.tzinfo is UTC
