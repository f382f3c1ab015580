"""Bad run files: each gives one clear error naming the file (and the line, for XML), and
never a part of its runs; an import of several reports each bad file and keeps the good."""

from __future__ import annotations

import os
import struct
from datetime import timedelta
from pathlib import Path

import pytest
import runfiles as rf
from hypothesis import given, settings
from hypothesis import strategies as st
from runfiles import START, FitWriter, Lap, fit_crc, fit_run, gpx, tcx, track_points

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


# -------------------------------------------------------------------------------------- FIT

def test_a_fit_file_cut_anywhere_gives_an_error_never_a_run(tmp_path: Path) -> None:
    data = fit_run(timer_s=120)
    path = tmp_path / "cut.fit"
    for size in range(12, len(data)):
        path.write_bytes(data[:size])
        error = error_of(path)
        assert f"is cut short: it ends at byte {size}," in str(error)


def test_a_fit_file_whose_crc_is_wrong_is_damaged(tmp_path: Path) -> None:
    data = bytearray(fit_run())
    data[-1] ^= 0xFF
    assert "is damaged: its checksum does not match" in str(
        error_of(write(tmp_path, "a.fit", bytes(data))))


def test_a_changed_byte_inside_a_fit_file_is_caught_by_its_crc(tmp_path: Path) -> None:
    data = bytearray(fit_run())
    data[len(data) // 2] ^= 0x01  # a distance or a time one off: no decoder would notice
    assert "is damaged: its checksum does not match" in str(
        error_of(write(tmp_path, "a.fit", bytes(data))))


def test_a_fit_header_whose_crc_is_wrong_is_refused(tmp_path: Path) -> None:
    data = bytearray(fit_run())
    data[12] ^= 0xFF
    error = error_of(write(tmp_path, "a.fit", bytes(data)))
    assert "is damaged: its header's checksum does not match" in str(error)


def test_fit_messages_the_decoder_cannot_make_sense_of_are_a_damaged_file(
        tmp_path: Path) -> None:
    writer = FitWriter().file_id()
    writer.body += bytes([0x05])  # a data message of a local type never defined
    error = error_of(write(tmp_path, "a.fit", writer.bytes()))
    assert "is damaged at byte 37" in str(error)


def with_crc(data: bytearray) -> bytes:
    body = bytes(data[:-2])
    return body + struct.pack("<H", fit_crc(body))


def test_what_trips_the_decoder_itself_is_still_this_files_error(tmp_path: Path) -> None:
    data = bytearray(fit_run())
    data[28] = 0x04  # file_id's time_created declared of an unknown base type
    error = error_of(write(tmp_path, "a.fit", with_crc(data)))
    assert "could not be decoded (TypeError" in str(error)


def test_a_fit_course_is_not_a_run(tmp_path: Path) -> None:
    data = FitWriter().file_id("course").records(START, 60).bytes()
    assert "is a FIT course file, not an activity" in str(error_of(write(tmp_path, "c.fit",
                                                                         data)))


def test_a_fit_file_with_no_time_at_all_is_refused(tmp_path: Path) -> None:
    assert "when the run was is not known" in str(
        error_of(write(tmp_path, "a.fit", FitWriter().file_id().bytes())))


def test_a_fit_session_with_no_start_or_no_duration_is_refused(tmp_path: Path) -> None:
    no_start = FitWriter().file_id().message(rf.SESSION, rf.SESSION_FIELDS, total_timer_time=60)
    assert "session 1 has no start time" in str(
        error_of(write(tmp_path, "a.fit", no_start.bytes())))
    no_time = FitWriter().file_id().message(rf.SESSION, rf.SESSION_FIELDS,
                                            start_time=rf.fit_time(START))
    assert "session 1 has no duration" in str(
        error_of(write(tmp_path, "b.fit", no_time.bytes())))


def test_a_good_session_after_a_bad_one_is_not_returned_alone(tmp_path: Path) -> None:
    writer = FitWriter().file_id().session(START, 600, 2000)
    writer.message(rf.SESSION, rf.SESSION_FIELDS, total_timer_time=60)  # no start
    assert "session 2 has no start time" in str(error_of(write(tmp_path, "a.fit",
                                                               writer.bytes())))


@pytest.mark.parametrize("junk", [b"junk after the end", bytes(20), b"\x0e"])
def test_bytes_after_the_end_of_a_fit_file_make_it_damaged(tmp_path: Path,
                                                           junk: bytes) -> None:
    data = fit_run()
    error = error_of(write(tmp_path, "a.fit", data + junk))
    assert "is damaged: what follows its FIT data is not FIT" in str(error)
    assert f"@ {len(data)}" in str(error)


def test_a_short_file_named_fit_says_it_has_no_fit_header(tmp_path: Path) -> None:
    assert "has no FIT header" in str(error_of(write(tmp_path, "a.fit", b"\x0e\x20")))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_damage_to_a_fit_file_is_an_error_or_a_whole_run(tmp_path_factory: pytest.
                                                             TempPathFactory,
                                                             data: st.DataObject) -> None:
    """Changed bytes with the CRCs made to match again, so that the decoder itself meets them:
    whatever it makes of them is a RunFileError or runs, never another exception."""
    original = bytearray(fit_run(timer_s=60))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(14, len(original) - 3))
        original[at] = data.draw(st.integers(0, 255))
    damaged = with_crc(original)
    path = tmp_path_factory.mktemp("fuzz") / "a.fit"
    path.write_bytes(damaged)
    try:
        runs = read_runs(path)
    except RunFileError:
        return
    assert runs and all(run.source == "fit" for run in runs)


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
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "is not a GPX, TCX or FIT file"),
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
    cut = fit_run(start=START + timedelta(days=1))
    bad_fit = write(tmp_path, "tuesday.fit", cut[:-40])
    good_tcx = write(tmp_path, "wednesday.tcx", tcx([Lap(START + timedelta(days=2), 60, 1)]))
    bomb = write(tmp_path, "bomb.gpx", BOMB)
    result = import_runs([good_gpx, bad_fit, good_tcx, bomb, tmp_path / "missing.fit"])
    assert [run.file_name for run in result.runs] == ["monday.gpx", "wednesday.tcx"]
    assert [p.file for p in result.problems] == [
        str(bad_fit), str(bomb), str(tmp_path / "missing.fit")]
    assert result.problems[1].line == 3
    assert result.duplicates == ()
