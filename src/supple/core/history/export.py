"""Export, import and a plain-text table of the history.

JSON is the lossless format (sessions with their steps) and the only one that imports: each
session carries its uuid, so importing the same file twice, or a file exported from a copy
that already holds some of these sessions, adds nothing twice. CSV is one row per session,
for spreadsheets.

An import refuses every date outside 2000-01-01 .. now + 1 day (``EARLIEST_DATE``,
``LATEST_AHEAD``): a start, an end, a last update or a step's finish. No runner lived those
days, and one such session once broke the statistics for good. All problems are listed at
once, with where they are (``sessions.3.started_at``), and nothing of the file is imported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from supple.core.atomic_file import write_atomically
from supple.core.history.model import (
    EARLIEST_DATE,
    LATEST_AHEAD,
    HistoryImportError,
    ImportResult,
    Outcome,
    SessionRecord,
    SessionWithSteps,
    StepRecord,
    StepStatus,
    format_pain,
)
from supple.core.history.records_export import parse_records, records_json
from supple.core.routines.durations import format_hms
from supple.core.safe_read import read_regular_file

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

FORMAT_NAME = "supple-history"
FORMAT_VERSION = 1

CSV_COLUMNS = (
    "uuid", "routine_id", "routine_name", "category", "fingerprint", "started_at", "ended_at",
    "active_seconds", "steps_done", "steps_skipped", "steps_total", "outcome",
    "resume_position", "pain_before", "pain_after", "note",
)  # fmt: skip


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _session_json(session: SessionRecord, steps: Sequence[StepRecord]) -> dict[str, Any]:
    return {
        "uuid": session.uuid,
        "routine_id": session.routine_id,
        "routine_name": session.routine_name,
        "category": session.category,
        "fingerprint": session.fingerprint,
        "started_at": _iso(session.started_at),
        "ended_at": _iso(session.ended_at),
        "updated_at": _iso(session.updated_at),
        "active_seconds": session.active_seconds,
        "steps_done": session.steps_done,
        "steps_skipped": session.steps_skipped,
        "steps_total": session.steps_total,
        "outcome": session.outcome.value,
        "resume_position": session.resume_position,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "note": session.note,
        "steps": [
            {
                "position": step.position,
                "name": step.name,
                "side": step.side,
                "status": step.status.value,
                "seconds": step.seconds,
                "finished_at": _iso(step.finished_at),
            }
            for step in steps
        ],
    }


def json_export(store: HistoryStore) -> tuple[str, int]:
    """Every session with its steps as JSON text, and how many sessions it holds."""
    items = store.sessions_with_steps()
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sessions": [_session_json(item.session, item.steps) for item in items],
        **records_json(store),  # ratings apart, runs, calf tests, enrolments (schema 2)
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n", len(items)


def csv_export(store: HistoryStore) -> tuple[str, int]:
    """One CSV row per session, oldest first, and the number of rows."""
    items = store.sessions_with_steps()
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for item in items:
        row = _session_json(item.session, ())
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_COLUMNS})
    return buffer.getvalue(), len(items)


def export_json(store: HistoryStore, path: Path) -> int:
    """Write the JSON export to ``path`` (atomically); returns how many sessions."""
    text, count = json_export(store)
    write_atomically(path, text.encode("utf-8"))
    return count


def export_csv(store: HistoryStore, path: Path) -> int:
    """Write the CSV export to ``path`` (atomically); returns how many rows."""
    text, count = csv_export(store)
    write_atomically(path, text.encode("utf-8"))
    return count


# An imported number must be finite and plausible: one infinite "active_seconds" once made
# every later statistic overflow, so the history could not be shown at all.
DAY = 24 * 3600.0
_IMPORT = ConfigDict(extra="ignore", allow_inf_nan=False)


class _StepIn(BaseModel):
    model_config = _IMPORT
    position: int = Field(ge=0)
    name: str
    side: str | None = None
    status: StepStatus
    seconds: float = Field(ge=0, le=DAY)
    finished_at: AwareDatetime


class _SessionIn(BaseModel):
    model_config = _IMPORT
    uuid: str = Field(min_length=1)
    routine_id: str
    routine_name: str
    category: str
    fingerprint: str
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    active_seconds: float = Field(ge=0, le=DAY)
    steps_done: int = Field(ge=0, le=100_000)
    steps_skipped: int = Field(ge=0, le=100_000)
    steps_total: int = Field(ge=0, le=100_000)
    outcome: Outcome
    resume_position: int = Field(ge=0, le=100_000)
    pain_before: int | None = Field(default=None, ge=0, le=10)
    pain_after: int | None = Field(default=None, ge=0, le=10)
    note: str = ""
    steps: list[_StepIn] = Field(default_factory=list)


class _ExportIn(BaseModel):
    format: Literal["supple-history"]
    version: Literal[1]
    sessions: list[_SessionIn]


def _date_problems(document: _ExportIn, now: datetime) -> list[str]:
    earliest = datetime.combine(EARLIEST_DATE, time(), tzinfo=UTC)
    latest = now + LATEST_AHEAD

    def check(where: str, moment: datetime | None) -> str | None:
        if moment is None or earliest <= moment <= latest:
            return None
        return (f"{where}: {moment.isoformat()} is outside {EARLIEST_DATE.isoformat()} .. "
                f"{latest.date().isoformat()}")

    problems = []
    for i, s in enumerate(document.sessions):
        found = [check(f"sessions.{i}.{name}", moment) for name, moment in
                 (("started_at", s.started_at), ("ended_at", s.ended_at),
                  ("updated_at", s.updated_at))]
        found += [check(f"sessions.{i}.steps.{j}.finished_at", st.finished_at)
                  for j, st in enumerate(s.steps)]
        problems += [p for p in found if p is not None]
    return problems


def parse_export(text: str, now: datetime | None = None) -> list[SessionWithSteps]:
    """Validate a JSON export; every problem is reported at once, with where it is."""
    try:
        document = _ExportIn.model_validate_json(text)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise HistoryImportError(f"This is not a Supple history export: {problems}") from error
    dates = _date_problems(document, now or datetime.now(UTC))
    if dates:
        raise HistoryImportError(f"Dates no session can have: {'; '.join(dates)}")
    parsed = []
    for s in document.sessions:
        record = SessionRecord(
            uuid=s.uuid, routine_id=s.routine_id, routine_name=s.routine_name,
            category=s.category, fingerprint=s.fingerprint, started_at=s.started_at,
            ended_at=s.ended_at, updated_at=s.updated_at or s.ended_at or s.started_at,
            active_seconds=s.active_seconds, steps_done=s.steps_done,
            steps_skipped=s.steps_skipped, steps_total=s.steps_total, outcome=s.outcome,
            resume_position=s.resume_position, pain_before=s.pain_before,
            pain_after=s.pain_after, note=s.note, resumable=False,
        )  # fmt: skip
        steps = [
            StepRecord(st.position, st.name, st.side, st.status, st.seconds, st.finished_at)
            for st in s.steps
        ]
        parsed.append(SessionWithSteps(record, steps))
    return parsed


def import_json(store: HistoryStore, path: Path) -> ImportResult:
    try:  # only a regular file (a FIFO would block for ever), and a bound far above any history
        text = read_regular_file(path, 512 * 1024 * 1024).decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise HistoryImportError(f"Cannot read {path}: {error}") from error
    sessions, records = parse_export(text), parse_records(text)  # all checked, then written
    result = store.import_sessions(sessions)
    store.import_records(records)
    return result


_OUTCOME_WORDS = {
    Outcome.IN_PROGRESS: "in progress",
    Outcome.COMPLETED: "completed",
    Outcome.STOPPED: "stopped early",
    Outcome.INTERRUPTED: "interrupted",
}


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(sessions: Sequence[SessionRecord], note_width: int = 30) -> str:
    """A plain-text table for ``supple history``, newest first as given."""
    header = ("Started", "Routine", "Category", "Outcome", "Active", "Steps", "Pain", "Note")
    rows = [header]
    for s in sessions:
        steps = f"{s.steps_done}/{s.steps_total}"
        if s.steps_skipped:
            steps += f" ({s.steps_skipped} skipped)"
        rows.append(
            (
                s.started_at.strftime("%Y-%m-%d %H:%M"),
                _clip(s.routine_name, 32),
                _clip(s.category, 20),
                _OUTCOME_WORDS[s.outcome],
                format_hms(s.active_seconds),
                steps,
                format_pain(s.pain_before, s.pain_after),
                _clip(" ".join(s.note.split()), note_width),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    right = {4}  # durations line up on the right
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    if not sessions:
        lines.append("(no sessions yet)")
    return "\n".join(lines) + "\n"
