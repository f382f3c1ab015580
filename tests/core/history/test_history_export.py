"""The export: written as the rows are read, in the layout it always had, in bounded memory."""

from __future__ import annotations

import io
import json
import sqlite3
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from supple.core.history import sql
from supple.core.history.export import export_csv, export_json, write_csv, write_json
from supple.core.history.importing import import_json
from supple.core.history.model import HistoryCorrupt, Outcome, StepStatus
from supple.core.history.records_export import records_json
from supple.core.history.store import HistoryStore

ZONE = timezone(timedelta(hours=2))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 7, 30, tzinfo=ZONE)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now


def filled(path: Path, sessions: int = 4, steps: int = 3) -> HistoryStore:
    store = HistoryStore(path, clock=Clock())
    for n in range(sessions):
        record = store.begin_session(f"calf-{n % 2}", "Calf care «quick»", "post-run stretch",
                                     "sha256:abc", steps, pain_before=None if n % 2 else 5)
        if n == 1:
            continue  # still in progress, no steps
        for p in range(steps):
            store.record_step(record.uuid, p, 'Wall "calf" stretch\n', "left" if p else None,
                              StepStatus.SKIPPED if p == 2 else StepStatus.DONE, 30.5 * p, 30.0)
        store.finish_session(record.uuid, Outcome.COMPLETED, 61.25)
        store.rate_session(record.uuid, pain_after=2, note="tight 🦵\tthen \\ loose")
    return store


def old_layout(store: HistoryStore) -> str:
    """What the export used to write: the whole document through json.dumps."""
    sessions = []
    for s in sorted(store.sessions(), key=lambda s: (s.started_at, s.uuid)):
        iso = lambda m: None if m is None else m.isoformat(timespec="seconds")  # noqa: E731
        sessions.append({
            "uuid": s.uuid, "routine_id": s.routine_id, "routine_name": s.routine_name,
            "category": s.category, "fingerprint": s.fingerprint,
            "started_at": iso(s.started_at), "ended_at": iso(s.ended_at),
            "updated_at": iso(s.updated_at), "active_seconds": s.active_seconds,
            "steps_done": s.steps_done, "steps_skipped": s.steps_skipped,
            "steps_total": s.steps_total, "outcome": s.outcome.value,
            "resume_position": s.resume_position, "pain_before": s.pain_before,
            "pain_after": s.pain_after, "note": s.note,
            "steps": [{"position": st.position, "name": st.name, "side": st.side,
                       "status": st.status.value, "seconds": st.seconds,
                       "finished_at": iso(st.finished_at)} for st in store.steps(s.uuid)],
        })  # fmt: skip
    document = {"format": "supple-history", "version": 1, "sessions": sessions,
                **records_json(store)}  # what the export held before it was streamed
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("sessions", [0, 1, 4])
def test_the_json_export_is_laid_out_as_before(tmp_path: Path, sessions: int) -> None:
    with filled(tmp_path / "history.db", sessions) as store:
        assert export_json(store, tmp_path / "export.json") == sessions
        assert (tmp_path / "export.json").read_text(encoding="utf-8") == old_layout(store)
        out = io.StringIO()
        assert write_json(store, out) == sessions
        assert out.getvalue() == old_layout(store)


def test_a_stored_number_json_cannot_hold_is_written_as_json_dumps_did(tmp_path: Path) -> None:
    """An older import let an infinite duration in; the export still writes the file (the
    import then refuses that session, saying where it is)."""
    with filled(tmp_path / "history.db", 1) as store:
        with sqlite3.connect(store.path) as conn:
            conn.execute("UPDATE sessions SET active_seconds = 1e999")
        assert json.loads(old_layout(store))["sessions"][0]["active_seconds"] == float("inf")
        out = io.StringIO()
        write_json(store, out)
        assert out.getvalue() == old_layout(store)
        assert '"active_seconds": Infinity' in out.getvalue()


def test_an_export_imports_into_an_equal_history(tmp_path: Path) -> None:
    with filled(tmp_path / "a.db") as source, HistoryStore(tmp_path / "b.db") as target:
        export_json(source, tmp_path / "export.json")
        assert import_json(target, tmp_path / "export.json").added == 4
        out_a, out_b = io.StringIO(), io.StringIO()
        write_json(source, out_a)
        write_json(target, out_b)
    # The session that was live in the source is interrupted in the copy; all else is equal.
    assert out_b.getvalue() == out_a.getvalue().replace('"in_progress"', '"interrupted"')


def test_the_csv_export_is_written_row_by_row(tmp_path: Path) -> None:
    with filled(tmp_path / "history.db") as store:
        assert export_csv(store, tmp_path / "h.csv") == 4
        out = io.StringIO(newline="")
        assert write_csv(store, out) == 4
    text = (tmp_path / "h.csv").read_bytes().decode("utf-8")
    assert text == out.getvalue() and text.count("\r\n") == 5  # the header and 4 rows
    assert text.startswith("uuid,routine_id,routine_name,category,fingerprint,started_at,")


def test_the_export_holds_one_session_at_a_time(tmp_path: Path) -> None:
    """Regression: the whole document was built in memory first (1.3 GB for 50,000
    sessions), then written."""
    db = tmp_path / "history.db"
    HistoryStore(db).close()
    rows: list[tuple[Any, ...]] = []
    steps: list[tuple[Any, ...]] = []
    for n in range(1, 3001):
        when = f"2025-01-01T07:{n % 60:02d}:00+01:00"
        rows.append((n, f"00000000-0000-4000-8000-{n:012d}", "calf", "Calf care", "stretch",
                     "fp", when, when[:10], when, when, 60.0, 8, 0, 8, "completed", 8, "x" * 200))
        steps += [(n, p, "Wall calf stretch", "left", "done", 30.0, when) for p in range(8)]
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO sessions (id, uuid, routine_id, routine_name, category, "
                         "fingerprint, started_at, day, ended_at, updated_at, active_seconds, "
                         "steps_done, steps_skipped, steps_total, outcome, resume_position, note) "
                         f"VALUES ({', '.join('?' * 17)})", rows)
        conn.executemany("INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?)", steps)
    with HistoryStore(db) as store:
        tracemalloc.start()
        assert export_json(store, tmp_path / "export.json") == 3000
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    size = (tmp_path / "export.json").stat().st_size
    assert peak < size / 10, f"peak {peak:,} bytes for an export of {size:,}"


def test_damage_met_midway_is_told_not_written_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A repair restarts the read; the sessions already written would be written again."""
    real = sql.each_session

    def meets_damage(conn: sqlite3.Connection, visit: Any, with_steps: bool) -> int:
        def once(session: tuple[Any, ...], steps: list[tuple[Any, ...]]) -> None:
            visit(session, steps)
            raise sqlite3.DatabaseError("database disk image is malformed")

        return real(conn, once, with_steps)

    with filled(tmp_path / "history.db") as store:
        monkeypatch.setattr(sql, "each_session", meets_damage)
        out = io.StringIO()
        with pytest.raises(HistoryCorrupt, match="export it again"):
            write_json(store, out)
    assert out.getvalue().count('"uuid"') == 1
