"""``supple rate-morning``, run as a real ``supple`` child process on a temporary history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from test_enrolment_cli import ok, supple_cmd

from supple.core.history.records import Side
from supple.core.history.store import HistoryStore


def test_rate_morning(tmp_path: Path) -> None:
    out = ok(tmp_path, "rate-morning", "3", "--tightness", "4", "--side", "left",
             "--date", "yesterday")
    yesterday = date.today() - timedelta(days=1)
    assert out.splitlines()[0] == (f"Recorded the morning of {yesterday:%a} {yesterday.day} "
                                   f"{yesterday:%b %Y}: pain 3/10, tightness 4/10, left side.")
    assert out.splitlines()[1].startswith("Advice: ")
    ok(tmp_path, "rate-morning", "2", "--date", "yesterday")  # the same morning again
    ok(tmp_path, "rate-morning", "8")
    with HistoryStore(tmp_path / "history.db") as store:
        mornings = [(m.day, m.pain, m.tightness, m.side) for m in store.morning_ratings()]
    assert mornings == [(yesterday, 2, None, None), (date.today(), 8, None, None)]
    assert Side.LEFT not in [m[3] for m in mornings]
    for bad in (["11"], ["-1"], ["three"], ["3", "--side", "up"], []):
        assert supple_cmd(tmp_path, "rate-morning", *bad).returncode == 2, bad


def test_a_morning_rating_the_locked_history_refuses_is_an_error_not_lost_silently(
    tmp_path: Path,
) -> None:
    from history_locker import history_locked

    ok(tmp_path, "rate-morning", "1", "--date", "yesterday")  # the file exists, in WAL mode
    tools = tmp_path / "tools"
    tools.mkdir()
    with history_locked(tmp_path / "history.db", tools, "history"):
        done = supple_cmd(tmp_path, "rate-morning", "4")
        adding = supple_cmd(tmp_path, "runs", "add", "--minutes", "30")
    assert done.returncode == 5, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("supple: the morning rating was not saved. Supple's history "
                                  "file is locked by another program")
    assert adding.returncode == 5 and "in use by another program" in adding.stderr
    with HistoryStore(tmp_path / "history.db") as store:
        assert [m.pain for m in store.morning_ratings()] == [1]
        assert store.runs() == []
    ok(tmp_path, "rate-morning", "4")  # once it is let go
