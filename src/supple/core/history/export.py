"""Export of the history, and the plain-text table of ``supple history``.

JSON is the lossless format (sessions with their steps) and the only one that imports (see
``importing``): each session carries its uuid, so importing the same file twice, or a file
exported from a copy that already holds some of these sessions, adds nothing twice. CSV is
one row per session, for spreadsheets.

Both are written as the rows are read from the database, one session at a time, so an export
of any size needs the memory of one session (the old export built the whole document first:
1.3 GB for 50,000 sessions). The JSON is laid out exactly as ``json.dumps(document,
ensure_ascii=False, indent=1)`` lays it out, by hand, because the encoder with an indent is
Python code and ten times slower than formatting the known fields directly.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from supple.core.atomic_file import replacing
from supple.core.history.importing import FORMAT_NAME, FORMAT_VERSION, import_json, parse_export
from supple.core.history.model import (
    EARLIEST_DATE,
    HistoryImportError,
    Outcome,
    SessionRecord,
    format_pain,
)
from supple.core.history.records_export import records_json
from supple.core.routines.durations import format_hms
from supple.core.wording import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

__all__ = [
    "CSV_COLUMNS", "EARLIEST_DATE", "FORMAT_NAME", "FORMAT_VERSION", "HistoryImportError",
    "export_csv", "export_json", "format_table", "import_json", "parse_export", "write_csv",
    "write_json",
]  # fmt: skip

# The stored columns (sql.SESSION_COLUMNS) in order; the JSON has the first 17, then "steps".
_SESSION_KEYS = (
    "uuid", "routine_id", "routine_name", "category", "fingerprint", "started_at", "ended_at",
    "updated_at", "active_seconds", "steps_done", "steps_skipped", "steps_total", "outcome",
    "resume_position", "pain_before", "pain_after", "note", "resumable",
)  # fmt: skip
CSV_COLUMNS = (
    "uuid", "routine_id", "routine_name", "category", "fingerprint", "started_at", "ended_at",
    "active_seconds", "steps_done", "steps_skipped", "steps_total", "outcome",
    "resume_position", "pain_before", "pain_after", "note",
)  # fmt: skip
_CSV_INDEXES = tuple(_SESSION_KEYS.index(column) for column in CSV_COLUMNS)

_quoted = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses, in C


def _text(value: object) -> str:
    return _quoted(str(value))


def _maybe_text(value: object) -> str:
    return "null" if value is None else _quoted(str(value))


def _int(value: object) -> str:
    return "null" if value is None else str(int(value))  # type: ignore[call-overload]


def _float(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    if math.isfinite(number):
        return repr(number)
    # untranslated: JSON's names of the numbers
    return "NaN" if math.isnan(number) else ("Infinity" if number > 0 else "-Infinity")


def _step_json(step: tuple[Any, ...]) -> str:
    return (  # untranslated: JSON for machines
        "    {\n"
        f'     "position": {_int(step[0])},\n'
        f'     "name": {_text(step[1])},\n'
        f'     "side": {_maybe_text(step[2])},\n'
        f'     "status": {_text(step[3])},\n'
        f'     "seconds": {_float(step[4])},\n'
        f'     "finished_at": {_text(step[5])}\n'
        "    }"
    )


def _session_json(s: tuple[Any, ...], steps: list[tuple[Any, ...]]) -> str:
    """One session as an element of the document's "sessions" list, indented as there."""
    steps_json = "[\n" + ",\n".join(map(_step_json, steps)) + "\n   ]" if steps else "[]"
    return (  # untranslated: JSON for machines
        "  {\n"
        f'   "uuid": {_text(s[0])},\n'
        f'   "routine_id": {_text(s[1])},\n'
        f'   "routine_name": {_text(s[2])},\n'
        f'   "category": {_text(s[3])},\n'
        f'   "fingerprint": {_text(s[4])},\n'
        f'   "started_at": {_text(s[5])},\n'
        f'   "ended_at": {_maybe_text(s[6])},\n'
        f'   "updated_at": {_text(s[7])},\n'
        f'   "active_seconds": {_float(s[8])},\n'
        f'   "steps_done": {_int(s[9])},\n'
        f'   "steps_skipped": {_int(s[10])},\n'
        f'   "steps_total": {_int(s[11])},\n'
        f'   "outcome": {_text(s[12])},\n'
        f'   "resume_position": {_int(s[13])},\n'
        f'   "pain_before": {_int(s[14])},\n'
        f'   "pain_after": {_int(s[15])},\n'
        f'   "note": {_text(s[16])},\n'
        f'   "steps": {steps_json}\n'
        "  }"
    )


def write_json(store: HistoryStore, out: TextIO) -> int:
    """Write every session with its steps to ``out`` as JSON, oldest first, as they are read;
    returns how many sessions."""
    # untranslated: JSON for machines
    out.write(f'{{\n "format": "{FORMAT_NAME}",\n "version": {FORMAT_VERSION},\n "sessions": [')
    separator = "\n"

    def visit(session: tuple[Any, ...], steps: list[tuple[Any, ...]]) -> None:
        nonlocal separator
        out.write(separator)
        out.write(_session_json(session, steps))
        separator = ",\n"

    count = store.each_session(visit)
    out.write("\n ]" if count else "]")
    # The records around the sessions (schema 2), small beside them: written whole, indented
    # as json.dumps(indent=1) indents a key of the document.
    for key, items in records_json(store).items():
        text = json.dumps(items, ensure_ascii=False, indent=1).replace("\n", "\n ")
        out.write(f',\n {json.dumps(key)}: {text}')
    out.write("\n}\n")
    return count


def write_csv(store: HistoryStore, out: TextIO) -> int:
    """Write one CSV row per session to ``out``, oldest first; returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)

    def visit(session: tuple[Any, ...], _steps: list[tuple[Any, ...]]) -> None:
        writer.writerow(["" if session[i] is None else session[i] for i in _CSV_INDEXES])

    return store.each_session(visit, with_steps=False)


def _export(store: HistoryStore, path: Path, write: Any) -> int:
    with replacing(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        count: int = write(store, text)
        text.flush()
        text.detach()  # the handle is the caller's to fsync and close
    return count


def export_json(store: HistoryStore, path: Path) -> int:
    """Write the JSON export to ``path`` (atomically); returns how many sessions."""
    return _export(store, path, write_json)


def export_csv(store: HistoryStore, path: Path) -> int:
    """Write the CSV export to ``path`` (atomically); returns how many rows."""
    return _export(store, path, write_csv)


_OUTCOME_WORDS = {  # passed through tr where the table is written
    Outcome.IN_PROGRESS: QT_TR_NOOP("in progress"),
    Outcome.COMPLETED: QT_TR_NOOP("completed"),
    Outcome.STOPPED: QT_TR_NOOP("stopped early"),
    Outcome.INTERRUPTED: QT_TR_NOOP("interrupted"),
}


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(sessions: Sequence[SessionRecord], note_width: int = 30) -> str:
    """A plain-text table for ``supple history``, newest first as given."""
    header = (tr("Started"), tr("Routine"), tr("Category"), tr("Outcome"), tr("Active"),
              tr("Steps"), tr("Pain"), tr("Note"))
    rows = [header]
    for s in sessions:
        steps = f"{s.steps_done}/{s.steps_total}"
        if s.steps_skipped:
            steps = tr("{done}/{total} ({skipped} skipped)").format(
                done=s.steps_done, total=s.steps_total, skipped=s.steps_skipped)
        rows.append(
            (
                s.started_at.strftime("%Y-%m-%d %H:%M"),
                _clip(s.routine_name, 32),
                _clip(s.category, 20),
                tr(_OUTCOME_WORDS[s.outcome]),
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
        lines.append(tr("(no sessions yet)"))
    return "\n".join(lines) + "\n"
