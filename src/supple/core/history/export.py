"""Export of the history, and the plain-text table of ``supple history``.

JSON is the lossless format (sessions with their steps) and the only one that imports (see
``importing``): each session carries its uuid, so importing the same file twice, or a file
exported from a copy that already holds some of these sessions, adds nothing twice. CSV is
one row per session, for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supple.core.atomic_file import write_atomically
from supple.core.history.importing import FORMAT_NAME, FORMAT_VERSION, import_json, parse_export
from supple.core.history.model import (
    EARLIEST_DATE,
    HistoryImportError,
    Outcome,
    SessionRecord,
    StepRecord,
    format_pain,
)
from supple.core.routines.durations import format_hms

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

__all__ = [
    "CSV_COLUMNS", "EARLIEST_DATE", "FORMAT_NAME", "FORMAT_VERSION", "HistoryImportError",
    "csv_export", "export_csv", "export_json", "format_table", "import_json", "json_export",
    "parse_export",
]  # fmt: skip

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
