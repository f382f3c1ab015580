"""The SQL of the history store's queries, as functions of a connection.

Kept out of ``history.py`` so the store itself is about *when* and *how safely* things are
written (transactions, queueing, faults) and this module about *what* is read and written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from supple.core.history.model import (
    DayTotals,
    ImportResult,
    Outcome,
    SessionRecord,
    StepRecord,
    StepStatus,
    canonical_uuid,
)

SESSION_COLUMNS = (  # untranslated: SQL
    "uuid, routine_id, routine_name, category, fingerprint, started_at, ended_at, updated_at, "
    "active_seconds, steps_done, steps_skipped, steps_total, outcome, resume_position, "
    "pain_before, pain_after, note, resumable"
)
STEP_COLUMNS = "position, name, side, status, seconds, finished_at"  # untranslated: SQL


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def session_from_row(row: tuple[Any, ...]) -> SessionRecord:
    ended = row[6]
    return SessionRecord(
        uuid=str(row[0]),
        routine_id=str(row[1]),
        routine_name=str(row[2]),
        category=str(row[3]),
        fingerprint=str(row[4]),
        started_at=datetime.fromisoformat(str(row[5])),
        ended_at=None if ended is None else datetime.fromisoformat(str(ended)),
        updated_at=datetime.fromisoformat(str(row[7])),
        active_seconds=float(row[8]),
        steps_done=int(row[9]),
        steps_skipped=int(row[10]),
        steps_total=int(row[11]),
        outcome=Outcome(row[12]),
        resume_position=int(row[13]),
        pain_before=None if row[14] is None else int(row[14]),
        pain_after=None if row[15] is None else int(row[15]),
        note=str(row[16]),
        resumable=bool(row[17]),
    )


def step_from_row(row: tuple[Any, ...]) -> StepRecord:
    return StepRecord(
        position=int(row[0]),
        name=str(row[1]),
        side=None if row[2] is None else str(row[2]),
        status=StepStatus(row[3]),
        seconds=float(row[4]),
        finished_at=datetime.fromisoformat(str(row[5])),
    )


def filters(routine_id: str | None, category: str | None) -> tuple[str, tuple[object, ...]]:
    clauses = ["1"]
    params: list[object] = []
    if routine_id is not None:
        clauses.append("routine_id = ?")  # untranslated: SQL
        params.append(routine_id)
    if category is not None:
        clauses.append("category = ?")
        params.append(category)
    return " AND ".join(clauses), tuple(params)


def select_sessions(
    conn: sqlite3.Connection, where: str, params: tuple[object, ...], limit: int | None = None
) -> list[SessionRecord]:
    """Newest first, by local start time as recorded."""
    sql = f"SELECT {SESSION_COLUMNS} FROM sessions WHERE {where} ORDER BY started_at DESC, id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [session_from_row(row) for row in conn.execute(sql, params)]


def select_steps(conn: sqlite3.Connection, session_uuid: str) -> list[StepRecord]:
    rows = conn.execute(
        f"SELECT {STEP_COLUMNS} FROM steps JOIN sessions ON sessions.id = session_id "
        "WHERE uuid = ? ORDER BY position",
        (session_uuid,),
    )
    return [step_from_row(row) for row in rows]


def day_totals(
    conn: sqlite3.Connection, routine_id: str | None, category: str | None
) -> list[DayTotals]:
    """Per (day, category) sums, from one in-order scan of the covering index."""
    where, params = filters(routine_id, category)
    rows = conn.execute(
        "SELECT day, category, count(*), sum(outcome = 'completed'), "
        "total(active_seconds), total(pain_before), count(pain_before), "
        f"total(pain_after), count(pain_after) FROM sessions WHERE {where} "
        "GROUP BY day, category",
        params,
    )
    found = []
    for r in rows:
        try:
            day = date.fromisoformat(r[0])
        except (TypeError, ValueError):
            continue  # not a date at all (a hand-edited or salvaged row): no day to count it on
        found.append(DayTotals(day, r[1], r[2], r[3], r[4], int(r[5]), r[6], int(r[7]), r[8]))
    return found


# Each routine id once, by hopping along the (routine_id, started_at) index: a handful of
# seeks per routine instead of a scan of every session.
_ROUTINE_IDS = (
    "WITH RECURSIVE ids(id) AS ("
    " SELECT min(routine_id) FROM sessions"
    " UNION ALL SELECT (SELECT min(routine_id) FROM sessions WHERE routine_id > ids.id)"
    " FROM ids WHERE ids.id IS NOT NULL"
    ") SELECT id FROM ids WHERE id IS NOT NULL"
)


def routines(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(routine id, name in its latest session), by index seeks only."""
    result = []
    for (rid,) in conn.execute(_ROUTINE_IDS).fetchall():
        (name,) = conn.execute(
            "SELECT routine_name FROM sessions WHERE routine_id = ? "
            "ORDER BY started_at DESC LIMIT 1", (rid,)
        ).fetchone()
        result.append((rid, name))
    return result


def last_done(conn: sqlite3.Connection) -> dict[str, datetime]:
    """When each routine was last completed: walks each routine's index from its newest
    session back to the first completed one (usually the newest itself)."""
    done = {}
    for (rid,) in conn.execute(_ROUTINE_IDS).fetchall():
        row = conn.execute(
            "SELECT started_at FROM sessions WHERE routine_id = ? AND outcome = 'completed' "
            "ORDER BY started_at DESC LIMIT 1", (rid,)
        ).fetchone()
        if row is not None:
            done[rid] = datetime.fromisoformat(row[0])
    return done


# An imported session as rows ready to insert: the session's values in the order of
# IMPORT_COLUMNS (its uuid first, in canonical form), and its steps' in the order of STEP_COLUMNS.
# Tuples of plain values: 50,000 sessions of 8 steps are ~150 MB of them, not a tree of objects.
SessionRow = tuple[Any, ...]
StepRow = tuple[Any, ...]
ImportedSession = tuple[SessionRow, Sequence[StepRow]]
IMPORT_COLUMNS = f"{SESSION_COLUMNS}, day"
_SESSION_WIDTH = SESSION_COLUMNS.count(",") + 1


def each_session(
    conn: sqlite3.Connection,
    visit: Callable[[tuple[Any, ...], list[tuple[Any, ...]]], None],
    with_steps: bool,
) -> int:
    """Hand every session (SESSION_COLUMNS) and its steps (STEP_COLUMNS, by position) to
    ``visit`` as they are read, oldest first, from one read snapshot; returns how many.
    Only one session is in memory at a time, whatever the size of the history."""
    if with_steps:
        sql = (f"SELECT sessions.id, {SESSION_COLUMNS}, {STEP_COLUMNS} FROM sessions "
               "LEFT JOIN steps ON steps.session_id = sessions.id "
               "ORDER BY started_at, sessions.id, position")
    else:
        sql = f"SELECT id, {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
    count = 0
    conn.execute("BEGIN")
    try:
        current: int | None = None
        session: tuple[Any, ...] = ()
        steps: list[tuple[Any, ...]] = []
        for row in conn.execute(sql):
            if row[0] != current:
                if current is not None:
                    visit(session, steps)
                    count += 1
                current, session, steps = row[0], row[1 : _SESSION_WIDTH + 1], []
            if with_steps and row[_SESSION_WIDTH + 1] is not None:  # a position: a step
                steps.append(row[_SESSION_WIDTH + 1 :])
        if current is not None:
            visit(session, steps)
            count += 1
    finally:
        conn.execute("COMMIT")
    return count


def insert_unknown(
    conn: sqlite3.Connection, items: Iterable[ImportedSession], batch: int
) -> ImportResult:
    """Insert the sessions whose uuid is not stored yet; call inside a write transaction.

    A uuid is compared in canonical form, also with what is stored (an older version stored
    an imported uuid as its file spelled it), and a session given twice goes in once. The ids
    are chosen here, so sessions and their steps go in by ``batch`` sessions at a time."""
    known = {canonical_uuid(stored) or stored
             for (stored,) in conn.execute("SELECT uuid FROM sessions")}
    (next_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sessions").fetchone()
    sessions: list[tuple[Any, ...]] = []
    steps: list[tuple[Any, ...]] = []
    added = skipped = 0

    def insert() -> None:
        conn.executemany(
            f"INSERT INTO sessions (id, {IMPORT_COLUMNS}) VALUES "
            f"({', '.join('?' * (_SESSION_WIDTH + 2))})", sessions)
        conn.executemany(
            f"INSERT INTO steps (session_id, {STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", steps)
        sessions.clear()
        steps.clear()

    for row, step_rows in items:
        if row[0] in known:
            skipped += 1
            continue
        known.add(row[0])
        sessions.append((next_id, *row))
        steps.extend((next_id, *step) for step in step_rows)
        next_id += 1
        added += 1
        if len(sessions) >= batch:
            insert()
    insert()
    return ImportResult(added=added, skipped_duplicates=skipped)
