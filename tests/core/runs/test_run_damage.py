"""Bad run files: each gives one clear error naming the file and the line, and
never a part of its runs; an import of several reports each bad file and keeps the good."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from runfiles import START, Lap, gpx, tcx, track_points

from blocking import run_code
from supple.core.runs import MAX_RUN_FILE_BYTES, RunFileError, import_runs, read_runs


def error_of(path: Path) -> RunFileError:
    with pytest.raises(RunFileError) as caught:
        read_runs(path)
    assert caught.value.problem.file == str(path)
    assert str(caught.value).startswith(f"{path}:")
    return caught.value


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# -------------------------------------------------------------------------------------- XML

BOMB = """<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&g;</name><trkseg>
<trkpt lat="52" lon="4"><time>2026-11-30T07:00:00Z</time></trkpt>
<trkpt lat="52" lon="4"><time>2026-11-30T07:10:00Z</time></trkpt>
</trkseg></trk></gpx>
"""


def test_an_entity_expansion_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    """Seven levels of twenty: 20**6 * 66 bytes, some 4 GB, if expanded."""
    error = error_of(write(tmp_path, "bomb.gpx", BOMB))
    assert "declares or refers to XML entities" in str(error)
    assert error.problem.line == 3  # the first declaration, before any expansion


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "a password")
    text = BOMB.split("<!ENTITY")[0] + f'<!ENTITY g SYSTEM "file://{secret}">\n]>' + (
        BOMB.split("]>")[1])
    error = error_of(write(tmp_path, "xxe.gpx", text))
    assert "declares or refers to XML entities" in str(error) and "password" not in str(error)


def test_an_external_dtd_is_not_fetched_and_a_plain_doctype_is_harmless(
        tmp_path: Path) -> None:
    dtd = write(tmp_path, "evil.dtd", '<!ENTITY g "injected">')
    text = gpx([track_points()]).replace(
        "<gpx ", f'<!DOCTYPE gpx SYSTEM "file://{dtd}">\n<gpx ', 1)
    assert len(read_runs(write(tmp_path, "a.gpx", text))) == 1
    named = text.replace("<name>Morning run</name>", "<name>&g;</name>")
    assert "declares or refers to XML entities" in str(error_of(write(tmp_path, "b.gpx", named)))


def test_xml_that_is_not_well_formed_names_its_line_and_column(tmp_path: Path) -> None:
    text = gpx([track_points()]).replace("</trkseg>", "</trksegment>")
    error = error_of(write(tmp_path, "a.gpx", text))
    assert "is not well-formed XML: mismatched tag" in str(error)
    line = text.splitlines().index("    </trksegment>") + 1
    assert (error.problem.line, error.problem.column) == (line, 7)  # where the name starts


def test_a_gpx_cut_short_is_an_error_not_the_points_before_the_cut(tmp_path: Path) -> None:
    text = gpx([track_points(seconds=600)])
    assert "is not well-formed XML" in str(
        error_of(write(tmp_path, "a.gpx", text[: len(text) // 2])))


def test_a_gpx_track_with_no_points_is_no_run(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "empty.gpx", gpx([[]])))
    assert "its track has no points" in str(error) and error.problem.line == 4


def test_a_gpx_whose_points_have_no_time_is_refused(tmp_path: Path) -> None:
    points = [(la, lo, None) for la, lo, _ in track_points()]
    error = error_of(write(tmp_path, "untimed.gpx", gpx([points])))
    assert "its track points have no time" in str(error)


def test_a_gpx_with_only_a_route_is_refused(tmp_path: Path) -> None:
    text = gpx().replace("</metadata>", '</metadata><rte><rtept lat="1" lon="2"/></rte>')
    assert "has no track" in str(error_of(write(tmp_path, "route.gpx", text)))


@pytest.mark.parametrize(("old", "new", "message"), [
    ("<time>2026-11-30T07:00:10Z</time>", "<time>yesterday</time>",
     "a track point's time is not a date and time: 'yesterday'"),
    ('lat="52.0002698"', 'lat="91"', "a track point's lat is not between -90 and 90: '91'"),
    ('lon="4.0000000"', 'lon="east"', "a track point's lon is not between -180 and 180"),
    ('lat="52.0002698" ', "", "a track point has no lat"),
])
def test_a_bad_gpx_value_names_its_line(tmp_path: Path, old: str, new: str,
                                        message: str) -> None:
    text = gpx([track_points()])
    line = next(n for n, t in enumerate(text.splitlines(), 1) if old in t)
    error = error_of(write(tmp_path, "a.gpx", text.replace(old, new, 1)))
    assert message in str(error) and error.problem.line == line


def test_a_tcx_lap_without_its_time_names_the_lap_line(tmp_path: Path) -> None:
    text = tcx([Lap(START, 600, 1000)]).replace("<TotalTimeSeconds>600</TotalTimeSeconds>", "")
    error = error_of(write(tmp_path, "a.tcx", text))
    assert "a lap has no TotalTimeSeconds" in str(error) and error.problem.line == 6


@pytest.mark.parametrize(("old", "new", "message"), [
    ("<TotalTimeSeconds>600</TotalTimeSeconds>", "<TotalTimeSeconds>-1</TotalTimeSeconds>",
     "a lap's TotalTimeSeconds is not a number of 0 or more: '-1'"),
    ("<DistanceMeters>1000</DistanceMeters>", "<DistanceMeters>far</DistanceMeters>",
     "a lap's DistanceMeters is not a number of 0 or more: 'far'"),
    ('StartTime="2026-11-30T07:00:00Z"', 'StartTime="soon"', "a lap's StartTime is not a date"),
    (' StartTime="2026-11-30T07:00:00Z"', "", "a lap has no StartTime"),
])
def test_a_bad_tcx_value_names_its_line(tmp_path: Path, old: str, new: str,
                                        message: str) -> None:
    text = tcx([Lap(START, 600, 1000)])
    line = next(n for n, t in enumerate(text.splitlines(), 1) if old in t)
    error = error_of(write(tmp_path, "a.tcx", text.replace(old, new, 1)))
    assert message in str(error) and error.problem.line == line


def test_a_tcx_activity_with_no_lap_or_no_activity_is_refused(tmp_path: Path) -> None:
    text = tcx([Lap(START, 600, 1000)])
    no_lap = text[:text.index("      <Lap")] + text[text.index("    </Activity>"):]
    error = error_of(write(tmp_path, "a.tcx", no_lap))
    assert "an activity has no lap" in str(error) and error.problem.line == 4
    assert "has no activity" in str(error_of(write(tmp_path, "b.tcx", tcx())))


def test_xml_of_another_kind_names_its_first_element(tmp_path: Path) -> None:
    text = '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"/>\n'
    error = error_of(write(tmp_path, "a.gpx", text))
    assert "is not a GPX or TCX file: its first element is <kml>" in str(error)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"), (b"  \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "is not a GPX or TCX file"),
])
def test_what_is_no_run_file_at_all_says_so(tmp_path: Path, content: bytes,
                                            message: str) -> None:
    assert message in str(error_of(write(tmp_path, "a.gpx", content)))


# ---------------------------------------------------------------------- files that are not

FIFO = """
import sys
from pathlib import Path
from supple.core.runs import RunFileError, read_runs
try:
    read_runs(Path(sys.argv[1]))
except RunFileError as exc:
    print("refused:", exc)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_refused_at_once_without_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "run.gpx"
    os.mkfifo(path)
    done = run_code(FIFO, str(path), what="reading a FIFO as a run file")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"refused: {path}: is a named pipe, not a regular file"


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "runs.gpx").mkdir()
    assert str(error_of(tmp_path / "runs.gpx")).endswith("is a folder, not a regular file")
    assert str(error_of(tmp_path / "none.gpx")).endswith(
        "cannot be read: No such file or directory")


def test_a_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.gpx"
    with path.open("wb") as out:
        out.truncate(MAX_RUN_FILE_BYTES + 1)  # sparse: no 50 MB written
    assert "at most 51200 KB is read" in str(error_of(path))


# -------------------------------------------------------------------------- several files

def test_an_import_reports_each_bad_file_and_keeps_the_good(tmp_path: Path) -> None:
    good_gpx = write(tmp_path, "monday.gpx", gpx([track_points()]))
    cut = gpx([track_points(START + timedelta(days=1))])
    bad_gpx = write(tmp_path, "tuesday.gpx", cut[:-40])
    good_tcx = write(tmp_path, "wednesday.tcx", tcx([Lap(START + timedelta(days=2), 60, 1)]))
    bomb = write(tmp_path, "bomb.gpx", BOMB)
    result = import_runs([good_gpx, bad_gpx, good_tcx, bomb, tmp_path / "missing.gpx"])
    assert [run.file_name for run in result.runs] == ["monday.gpx", "wednesday.tcx"]
    assert [p.file for p in result.problems] == [
        str(bad_gpx), str(bomb), str(tmp_path / "missing.gpx")]
    assert result.problems[1].line == 3
