"""``supple calf-test add|list``, run as a real ``supple`` child process on a temporary
history: each leg apart, knee to wall optional, bad values refused before anything is
written, and a test the locked history refuses is an error, not lost silently."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_enrolment_cli import ok, supple_cmd

from supple.core.history.records import CalfTestKind, Side
from supple.core.history.store import HistoryStore


def test_add_and_list_each_leg_apart(tmp_path: Path) -> None:
    assert ok(tmp_path, "calf-test", "list").startswith("No calf tests yet.")
    out = ok(tmp_path, "calf-test", "add", "--left-raises", "18", "--right-raises", "25",
             "--left-knee-wall", "9,5", "--date", "2026-11-18")
    assert out == ("Recorded the calf test of Wed 18 Nov 2026: left 18 heel raises, knee to "
                   "wall 9.5 cm; right 25 heel raises.\n")
    ok(tmp_path, "calf-test", "add", "--left-raises", "21", "--right-raises", "26",
       "--left-knee-wall", "10.2", "--right-knee-wall", "12", "--date", "2026-12-02")
    with HistoryStore(tmp_path / "history.db") as store:
        found = [(t.day, t.side, t.kind, t.value) for t in store.calf_tests()]
    assert found == [
        (date(2026, 11, 18), Side.LEFT, CalfTestKind.HEEL_RAISES, 18.0),
        (date(2026, 11, 18), Side.LEFT, CalfTestKind.KNEE_TO_WALL, 9.5),
        (date(2026, 11, 18), Side.RIGHT, CalfTestKind.HEEL_RAISES, 25.0),
        (date(2026, 12, 2), Side.LEFT, CalfTestKind.HEEL_RAISES, 21.0),
        (date(2026, 12, 2), Side.LEFT, CalfTestKind.KNEE_TO_WALL, 10.0),  # to the half cm
        (date(2026, 12, 2), Side.RIGHT, CalfTestKind.HEEL_RAISES, 26.0),
        (date(2026, 12, 2), Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 12.0),
    ]
    listed = ok(tmp_path, "calf-test", "list").splitlines()
    assert listed[0].split() == ["DATE", "LEFT", "RAISES", "RIGHT", "RAISES", "LEFT",
                                 "KNEE-WALL", "CM", "RIGHT", "KNEE-WALL", "CM"]
    assert listed[1].split() == ["2026-11-18", "18", "25", "9.5"]
    assert listed[2].split() == ["2026-12-02", "21", "26", "10", "12"]
    assert listed[-1] == "2 calf tests."


def test_bad_values_are_usage_errors_and_write_nothing(tmp_path: Path) -> None:
    for bad in (["--left-raises", "-1", "--right-raises", "3"],
                ["--left-raises", "2.5", "--right-raises", "3"],
                ["--left-raises", "1001", "--right-raises", "3"],
                ["--left-raises", "3"],  # both legs, always
                ["--left-raises", "3", "--right-raises", "3", "--left-knee-wall", "41"],
                ["--left-raises", "3", "--right-raises", "3", "--right-knee-wall", "nan"],
                ["--left-raises", "3", "--right-raises", "3", "--date", "2026-13-01"]):
        done = supple_cmd(tmp_path, "calf-test", "add", *bad)
        assert done.returncode == 2, (bad, done.stderr)
        assert done.stdout == ""
        assert "supple calf-test add: error:" in done.stderr, done.stderr
    assert supple_cmd(tmp_path, "calf-test").returncode == 2
    assert not (tmp_path / "history.db").exists()


def test_a_calf_test_the_locked_history_refuses_is_an_error(tmp_path: Path) -> None:
    from history_locker import history_locked

    ok(tmp_path, "calf-test", "add", "--left-raises", "10", "--right-raises", "11")
    tools = tmp_path / "tools"
    tools.mkdir()
    with history_locked(tmp_path / "history.db", tools, "history"):
        done = supple_cmd(tmp_path, "calf-test", "add", "--left-raises", "12",
                          "--right-raises", "13")
    assert done.returncode == 5, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("supple: the calf test was not saved.")
    with HistoryStore(tmp_path / "history.db") as store:
        assert sorted(t.value for t in store.calf_tests()) == [10.0, 11.0]
