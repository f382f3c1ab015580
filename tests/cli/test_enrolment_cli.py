"""``supple programme start|status|pause|resume|finish``, each run as a real ``supple`` child
process on a temporary history (and the history then read back through the store)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import supple
from supple.core.history.records import EnrolmentState, Location, Side
from supple.core.history.store import HistoryStore

HERE = Path(__file__).parent


def env(data: Path) -> dict[str, str]:
    """This checkout's supple, the data folder ``data``, and no display: a command that would
    open the window (``supple run``) says so instead. The time zone is this process's, so
    that "today" is the same day here and in the child."""
    src = str(Path(supple.__file__).resolve().parents[1])
    path = os.pathsep.join([src, str(HERE.parent), os.environ.get("PYTHONPATH", "")])
    kept = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**kept, "PYTHONPATH": path, "SUPPLE_DATA_DIR": str(data)}


def supple_cmd(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "supple", *args], env=env(data),
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def ok(data: Path, *args: str) -> str:
    done = supple_cmd(data, *args)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def enrolments(data: Path) -> list[tuple[str, EnrolmentState]]:
    with HistoryStore(data / "history.db") as store:
        return [(e.programme_id, e.state) for e in store.enrolments()]


WEEK_AGO = date.today() - timedelta(days=7)
TODAY = date.today()


def test_start_status_pause_resume_finish(tmp_path: Path) -> None:
    out = ok(tmp_path, "programme", "start", "alfredson", "--date", WEEK_AGO.isoformat(),
             "--side", "left", "--name", "Left Achilles")
    last = WEEK_AGO + timedelta(days=83)
    assert out.splitlines()[0] == (f"Started Left Achilles (Alfredson heel drops, 12 weeks) on "
                                   f"{WEEK_AGO:%a} {WEEK_AGO.day} {WEEK_AGO:%b %Y}; its last day "
                                   f"is {last:%a} {last.day} {last:%b %Y}.")
    assert "Side: left." in out
    assert "In the tendon, 2–6 cm above the heel (the default; give --where to choose)." in out
    with HistoryStore(tmp_path / "history.db") as store:
        [e] = store.enrolments()
    assert (e.start_day, e.side, e.location, e.name) == (WEEK_AGO, Side.LEFT, Location.NONE,
                                                         "Left Achilles")

    status = ok(tmp_path, "programme", "status", "--date", TODAY.isoformat())
    assert "Left Achilles (Alfredson heel drops, 12 weeks), left side" in status
    assert "  Week 2 of 12: Getting used to the drops" in status
    lines = [line for line in status.splitlines() if "Alfredson eccentric heel drops" in line]
    assert [line.split()[-1] for line in lines[:2]] == ["due", "due"]
    assert "07:30  morning" in lines[0] and "19:00  evening" in lines[1]
    assert status.count("load: 3 × 15 reps") == 2
    assert "  This week: 0 done of 14 planned." in status
    assert "  So far: 0 of 14 done (0 %), 14 missed." in status  # week 1, all of it
    assert status.rstrip().splitlines()[-1].startswith("Advice: No ratings yet")

    out = ok(tmp_path, "programme", "pause", "--date", TODAY.isoformat())
    assert out.startswith("Paused Left Achilles (Alfredson heel drops, 12 weeks) from ")
    again = supple_cmd(tmp_path, "programme", "pause", "alfredson")
    assert again.returncode == 1
    assert again.stderr.strip() == ("supple: Left Achilles (Alfredson heel drops, 12 weeks) is "
                                    "paused already")  # not "is paused; it cannot be paused"
    assert "  Paused since " in ok(tmp_path, "programme", "status")
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.PAUSED)]
    again = supple_cmd(tmp_path, "programme", "pause")
    assert (again.returncode, again.stderr) == (1, "supple: no programme is under way to "
                                                "pause\n")

    assert ok(tmp_path, "programme", "resume", "Left Achilles").startswith("Resumed ")
    again = supple_cmd(tmp_path, "programme", "resume", "alfredson")
    assert again.returncode == 1 and again.stderr.strip().endswith(
        "is not paused: it is under way")
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.ACTIVE)]
    assert ok(tmp_path, "programme", "finish").startswith("Finished Left Achilles")
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.FINISHED)]
    assert ok(tmp_path, "programme", "status").startswith("You are not following a programme")


def test_where_it_hurts_chooses_the_variant(tmp_path: Path) -> None:
    out = ok(tmp_path, "programme", "start", "alfredson", "--where", "insertion")
    assert "Where does your Achilles tendon hurt? Where the tendon meets the heel bone." in out
    status = ok(tmp_path, "programme", "status")
    assert status.startswith("Alfredson heel drops, 12 weeks, insertion\n")
    assert status.count("Heel drops for insertional Achilles pain  due") == 2
    assert "Alfredson eccentric heel drops" not in status
    refused = supple_cmd(tmp_path, "programme", "start", "heavy-slow-resistance", "--where",
                         "insertion")
    assert refused.returncode == 1
    assert "does not ask where it hurts; leave out --where" in refused.stderr


def test_starting_another_says_both_are_followed_and_instead_switches(tmp_path: Path) -> None:
    ok(tmp_path, "programme", "start", "alfredson")
    out = ok(tmp_path, "programme", "start", "heavy-slow-resistance")
    assert "You are also following Alfredson heel drops, 12 weeks (since " in out
    assert "Both are kept: their routines are due side by side. To switch instead, finish " \
        "the other with `supple programme finish alfredson`, or start with --instead." in out
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.ACTIVE),
                                    ("heavy-slow-resistance", EnrolmentState.ACTIVE)]
    ambiguous = supple_cmd(tmp_path, "programme", "pause")
    assert ambiguous.returncode == 4
    assert "say which to pause:\n  alfredson  (" in ambiguous.stderr

    out = ok(tmp_path, "programme", "start", "cadence-retraining", "--instead")
    assert out.count("it stays in the history.") == 2 and "also following" not in out
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.FINISHED),
                                    ("heavy-slow-resistance", EnrolmentState.FINISHED),
                                    ("cadence-retraining", EnrolmentState.ACTIVE)]

    same = supple_cmd(tmp_path, "programme", "start", "CADENCE RETRAINING, 6 WEEKS")  # by name
    assert same.returncode == 1
    assert "you are already following " in same.stderr and "finish it first" in same.stderr


def test_bad_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    unknown = supple_cmd(tmp_path, "programme", "start", "couch-to-5k")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert unknown.stderr.startswith("supple: no programme called 'couch-to-5k' (known: "
                                     "alfredson, ")
    for bad in ("2026-02-30", "next week", "\x1b[2J"):
        done = supple_cmd(tmp_path, "programme", "start", "alfredson", "--date", bad)
        assert done.returncode == 2 and "is not a date: give it as YYYY-MM-DD" in done.stderr
        assert "\x1b" not in done.stderr
    side = supple_cmd(tmp_path, "programme", "start", "alfredson", "--side", "middle")
    assert side.returncode == 2 and "'middle' is not a side: left, right or both" in side.stderr
    where = supple_cmd(tmp_path, "programme", "start", "alfredson", "--where", "none")
    assert where.returncode == 2 and "mid-portion or insertion" in where.stderr
    assert enrolments(tmp_path) == []
    finish = supple_cmd(tmp_path, "programme", "finish", "alfredson")
    assert finish.returncode == 1
    assert finish.stderr == ("supple: you are not following a programme called 'alfredson' "
                             "(under way: none)\n")


def test_two_processes_starting_one_programme_make_one_enrolment(tmp_path: Path) -> None:
    ok(tmp_path, "programme", "status")  # the history exists before the race
    children = [subprocess.Popen([sys.executable, "-m", "supple", "programme", "start",
                                  "alfredson"], env=env(tmp_path), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
                for _ in range(2)]
    results = [(child.wait(timeout=120), *child.communicate()) for child in children]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    refused = next(err for code, _, err in results if code == 1)
    assert "you are already following Alfredson heel drops, 12 weeks" in refused
    assert enrolments(tmp_path) == [("alfredson", EnrolmentState.ACTIVE)]
    # Meanwhile a third reads it from yet another process.
    assert "Week 1 of 12" in ok(tmp_path, "programme", "status")


def test_a_programme_past_its_weeks_says_so(tmp_path: Path) -> None:
    out = ok(tmp_path, "programme", "start", "heavy-slow-resistance", "--date", "2026-01-05")
    assert "First due: Heavy slow calf raises, seated, Mon 5 Jan 2026 at 18:00." in out
    status = ok(tmp_path, "programme", "status", "--date", "2026-06-01")
    assert ("  Its 12 weeks ended on Sun 29 Mar 2026: finish it with `supple programme "
            "finish heavy-slow-resistance`.") in status
    assert "  So far: 0 of 72 done (0 %), 72 missed." in status  # 3 a week × 2 routines × 12
    early = ok(tmp_path, "programme", "status", "--date", "2026-01-01")
    assert "  Starts on Mon 5 Jan 2026." in early


def test_a_start_at_the_end_of_the_calendar_is_refused_and_nothing_is_kept(
        tmp_path: Path) -> None:
    """Started on 9999-12-31, the programme was kept, then its first week ran off the calendar
    and every later `programme status` was an internal error."""
    done = supple_cmd(tmp_path, "programme", "start", "alfredson", "--date", "9999-12-31")
    assert done.returncode == 2 and "is too far from today" in done.stderr
    assert "internal error" not in done.stderr
    assert not (tmp_path / "history.db").exists() or enrolments(tmp_path) == []
    assert supple_cmd(tmp_path, "programme", "status").returncode == 0
