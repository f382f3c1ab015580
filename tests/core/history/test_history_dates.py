"""Dates a history may hold but no runner lived: refused at import, and never trusted by the
statistics.

Regression: one imported session dated 9999-12-31 broke the History window for good
(OverflowError in the statistics); one dated 0001-01-01 made it build 730,000 rest days and
use 190 MB.
"""

from __future__ import annotations

import json
import sqlite3
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from supple.core.history.export import EARLIEST_DATE, import_json, parse_export
from supple.core.history.model import DayTotals, HistoryImportError
from supple.core.history.stats import compute_stats, stats_for
from supple.core.history.store import HistoryStore

NOW = datetime(2026, 11, 2, 7, 30, tzinfo=UTC)


def export_of(*started: str, finished: str | None = None) -> str:
    sessions = []
    for n, when in enumerate(started):
        sessions.append({
            "uuid": f"00000000-0000-4000-8000-{n:012d}", "routine_id": "calf",
            "routine_name": "Calf care",
            "category": "stretch", "fingerprint": "fp", "started_at": when,
            "active_seconds": 60, "steps_done": 1, "steps_skipped": 0, "steps_total": 1,
            "outcome": "completed", "resume_position": 1,
            "steps": [{"position": 0, "name": "Wall stretch", "status": "done", "seconds": 60,
                       "finished_at": finished or when}],
        })
    return json.dumps({"format": "supple-history", "version": 1, "sessions": sessions})


@pytest.mark.parametrize("when", ["9999-12-31T23:00:00+00:00", "0001-01-01T00:00:00+00:00",
                                  "1999-12-31T23:59:59+00:00", "2026-11-03T08:00:00+00:00"])
def test_import_refuses_a_start_outside_the_sane_range(when: str) -> None:
    text = export_of("2026-06-01T07:00:00+02:00", when)
    with pytest.raises(HistoryImportError) as refused:
        parse_export(text, now=NOW)
    message = str(refused.value)
    assert "sessions.1.started_at" in message and when[:10] in message
    assert "2000-01-01" in message


def test_import_refuses_a_step_finished_outside_the_range() -> None:
    text = export_of("2026-06-01T07:00:00+02:00", finished="9999-12-31T00:00:00+00:00")
    with pytest.raises(HistoryImportError, match=r"sessions\.0\.steps\.0\.finished_at"):
        parse_export(text, now=NOW)


def test_import_takes_dates_from_2000_to_tomorrow() -> None:
    text = export_of("2000-01-01T00:00:00+00:00", "2026-11-03T07:00:00+00:00")
    assert len(parse_export(text, now=NOW)) == 2
    assert date(2000, 1, 1) == EARLIEST_DATE


def test_an_import_with_a_bad_date_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(export_of("2026-06-01T07:00:00+02:00", "9999-12-31T23:00:00+00:00"))
    with HistoryStore(tmp_path / "history.db") as store:
        with pytest.raises(HistoryImportError):
            import_json(store, path)
        assert store.sessions() == []


def row(day: date) -> DayTotals:
    return DayTotals(day, "stretch", 1, 1, 600.0, 0, 0, 0, 0)


def test_statistics_skip_stored_days_outside_the_range_and_stay_bounded() -> None:
    today = date(2026, 11, 2)
    rows = [row(date(1, 1, 1)), row(date(2026, 11, 1)), row(today), row(date(9999, 12, 31))]
    tracemalloc.start()
    stats = compute_stats(rows, today)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [d.day for d in stats.days] == [date(2026, 11, 1), today]
    assert stats.rest_days == []
    assert [w.monday for w in stats.weeks] == [date(2026, 10, 26), today]  # a Monday
    assert stats.streaks.current == 2
    assert (stats.total_sessions, stats.out_of_range_sessions) == (4, 2)
    assert peak < 1_000_000


def test_a_stored_far_future_session_does_not_break_the_statistics(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    with HistoryStore(db) as store:
        store.begin_session("calf", "Calf care", "stretch", "fp", 1)
    with sqlite3.connect(db) as conn:  # as an older Supple's import let in
        conn.execute("UPDATE sessions SET started_at = '9999-12-31T23:00:00+00:00', "
                     "day = '9999-12-31', outcome = 'completed'")
        conn.execute("INSERT INTO sessions (uuid, routine_id, routine_name, category, "
                     "fingerprint, started_at, day, updated_at, steps_total, outcome) VALUES "
                     "('old', 'calf', 'Calf', 'stretch', 'fp', '0001-01-01T00:00:00+00:00', "
                     "'0001-01-01', '0001-01-01T00:00:00+00:00', 1, 'completed')")
    with HistoryStore(db) as store:
        stats = stats_for(store, today=date(2026, 11, 2))
    assert stats.days == [] and stats.weeks == [] and stats.out_of_range_sessions == 2


def test_the_earliest_day_still_counts() -> None:
    today = date(2000, 1, 10)
    stats = compute_stats([row(EARLIEST_DATE), row(today + timedelta(days=1))], today)
    assert [d.day for d in stats.days] == [EARLIEST_DATE, today + timedelta(days=1)]
    assert stats.out_of_range_sessions == 0
