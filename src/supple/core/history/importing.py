"""Reading a history export back in: one validator over the whole file, then one transaction.

Why it is shaped like this:

* **Everything is checked before anything is written.** Every problem in the file is listed at
  once, each with where it is (``sessions.3.steps.1.position``) and which session (its uuid),
  and nothing of the file is imported while there is one. What the tables would refuse (a step
  position given twice, a number too large for SQLite) is found here, so an import never ends
  in a database error halfway.
* **Bounded.** A file holds at most ``MAX_IMPORT_BYTES`` and ``MAX_SESSIONS`` sessions; a note
  at most ``NOTE_MAX`` characters (what the window lets one type), any other text
  ``MAX_TEXT``, a session ``MAX_STEPS`` steps; numbers are finite and plausible (one infinite
  ``active_seconds`` once made every later statistic overflow). Without limits, a 90 MB file
  of 50,000 sessions took 18 s and 1.1 GB, and a 50 MB note was accepted.
* **Light.** The ``sessions`` array is decoded one session at a time, and each is kept only as
  the rows that will be inserted (tuples of plain values, repeated texts shared), never as a
  tree of objects for the whole file; the rows then go in by batches in one transaction, so a
  failure midway (a full disk) writes nothing.
* **Dates no runner lived are refused**: anything outside ``EARLIEST_DATE`` .. now +
  ``LATEST_AHEAD`` (a start, an end, a last update or a step's finish). One such session once
  broke the statistics for good.
* **One uuid, one session**, whatever its spelling: uuids are compared and stored in canonical
  form (``canonical_uuid``).
* A UTF-8 byte-order mark is accepted (editors add one); a UTF-16 or UTF-32 file is told so.

The limits are documented in ``docs/routine-format.md`` (History export and import).
"""

from __future__ import annotations

import codecs
import json
import math
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NotRequired

from pydantic import Field, Strict, TypeAdapter, ValidationError
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11

from supple.core.history.model import (
    EARLIEST_DATE,
    LATEST_AHEAD,
    NOTE_MAX,
    HistoryImportError,
    ImportResult,
    canonical_uuid,
)
from supple.core.history.records_export import parse_records
from supple.core.history.sql import ImportedSession, StepRow, iso
from supple.core.safe_read import FileTooLargeError, read_regular_file
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

FORMAT_NAME = "supple-history"
FORMAT_VERSION = 1

#: 50,000 sessions of 8 steps, as Supple exports them, are about 106 MB (and take 250 MB to
#: import); 100,000 sessions, thirty years of three a day, fit.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_SESSIONS = 100_000
MAX_STEPS = 10_000  # a routine expands to at most 10,000 segments
MAX_TEXT = 1000  # a routine id, name, category, fingerprint, step name or side
MAX_LISTED = 20  # problems listed; the rest are counted
BATCH = 2000  # sessions per INSERT batch

DAY = 24 * 3600.0
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Count = Annotated[int, Strict(), Field(ge=0, le=100_000)]
Pain = Annotated[int | None, Strict(), Field(ge=0, le=10)]
Seconds = Annotated[float, Field(ge=0, le=DAY, allow_inf_nan=False)]
#: A date and time with its UTC offset, as the export writes it (``2026-06-01T07:30:00+02:00``);
#: checked by pattern here, read by ``datetime.fromisoformat`` below (both far quicker than
#: pydantic's datetimes, whose time zones make every later ``isoformat`` slow).
When = Annotated[str, Field(
    pattern=r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:?\d\d)$")]
OutcomeName = Literal["in_progress", "completed", "stopped", "interrupted"]  # Outcome's values
StatusName = Literal["done", "skipped"]  # StepStatus's values


# TypedDicts rather than models: validating into dicts is five times quicker, and 50,000
# sessions of 8 steps are 450,000 of them. Unknown keys are ignored (a newer export may add some).
class _StepIn(TypedDict):
    position: Count
    name: Text
    side: NotRequired[Text | None]
    status: StatusName
    seconds: Seconds
    finished_at: When


class _SessionIn(TypedDict):
    uuid: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
    routine_id: Text
    routine_name: Text
    category: Text
    fingerprint: Text
    started_at: When
    ended_at: NotRequired[When | None]
    updated_at: NotRequired[When | None]
    active_seconds: Seconds
    steps_done: Count
    steps_skipped: Count
    steps_total: Count
    outcome: OutcomeName
    resume_position: Count
    pain_before: NotRequired[Pain]
    pain_after: NotRequired[Pain]
    note: NotRequired[Annotated[str, Field(max_length=NOTE_MAX)]]
    steps: NotRequired[Annotated[list[_StepIn], Field(max_length=MAX_STEPS)]]


_validate_session = TypeAdapter(_SessionIn).validate_python


# ----- reading the file ------------------------------------------------------------------------


def read_export(path: Path) -> str:
    """The text of the export at ``path``: a regular file (a FIFO would block for ever) of at
    most ``MAX_IMPORT_BYTES``, in UTF-8 with or without a byte-order mark."""
    try:
        data = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileTooLargeError as error:
        try:
            size = tr("{count} bytes").format(count=f"{path.stat().st_size:,}")
        except OSError:
            size = tr("larger than that")
        raise HistoryImportError(tr(
            "{file} is {size}; a history import is at most {limit} bytes ({megabytes} MB)"
        ).format(file=path.name, size=size, limit=f"{MAX_IMPORT_BYTES:,}",
                 megabytes=MAX_IMPORT_BYTES // 2**20)) from error
    except OSError as error:
        raise HistoryImportError(tr("Cannot read {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    return decode_export(data)


def decode_export(data: bytes) -> str:
    encoding = json.detect_encoding(data)  # a BOM, or the zero bytes of UTF-16/32 ASCII
    if not encoding.startswith("utf-8"):
        name = encoding[:6].upper()
        raise HistoryImportError(tr(
            "The file is {encoding} text; a history export is UTF-8. Save it again as UTF-8 "
            "(or export it again with `supple history --json`).").format(encoding=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise HistoryImportError(tr(
            "The file is not UTF-8 text: the byte 0x{byte} at line {line}, "
            "column {column} is not a character. Save it again as UTF-8.").format(
                byte=f"{data[error.start]:02x}", line=line, column=column)) from None


# ----- decoding it one session at a time ---------------------------------------------------------

_SPACE = re.compile(r"[ \t\n\r]*")
_decode = json.JSONDecoder().raw_decode


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return pos if match is None else match.end()


def _expect(text: str, pos: int, char: str, what: str) -> int:
    if not text.startswith(char, pos):
        # untranslated: in the json module's words, as the rest of its messages are
        raise json.JSONDecodeError(f"Expecting {what}", text, pos)
    return _skip(text, pos + 1)


def _array(text: str, pos: int, on_item: Callable[[int, Any], None]) -> int:
    """Hand each value of the array opening at ``pos`` to ``on_item`` as it is decoded;
    returns the position after the array."""
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return pos + 1
    index = 0
    while True:
        value, pos = _decode(text, pos)
        on_item(index, value)
        index += 1
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            return pos + 1
        pos = _expect(text, pos, ",", "',' delimiter")


_STREAMED = object()


def _members(text: str, on_session: Callable[[int, Any], None]) -> dict[str, Any]:
    """The top-level object's members, with each element of its ``sessions`` array handed to
    ``on_session`` as it is decoded instead of being kept (``_STREAMED`` in its place)."""
    pos = _skip(text, 0)
    if not text.startswith("{", pos):
        value, end = _decode(text, pos)  # not JSON at all fails here, with where
        if _skip(text, end) != len(text):
            # untranslated: in the json module's words, as the rest of its messages are
            raise json.JSONDecodeError("Extra data", text, _skip(text, end))
        kinds = {list: tr("a list"), str: tr("a text"), bool: tr("true or false")}
        kind = kinds.get(type(value), tr("a value"))
        raise HistoryImportError(tr("This is not a Supple history export: it holds {kind}, not "
                                    "an object with a format and sessions.").format(kind=kind))
    members: dict[str, Any] = {}
    pos = _skip(text, pos + 1)
    if text.startswith("}", pos):
        return members
    while True:
        if not text.startswith('"', pos):
            # untranslated: in the json module's words, as the rest of its messages are
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes",
                                       text, pos)
        key, pos = _decode(text, pos)
        if key in members:
            raise HistoryImportError(tr("This is not a Supple history export: {key} is given "
                                        "twice.").format(key=repr(key)))
        pos = _expect(text, _skip(text, pos), ":", "':' delimiter")
        if key == "sessions" and text.startswith("[", pos):
            pos = _array(text, pos, on_session)
            members[key] = _STREAMED
        else:
            members[key], pos = _decode(text, pos)
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            break
        pos = _expect(text, pos, ",", "',' delimiter")
    end = _skip(text, pos + 1)
    if end != len(text):
        # untranslated: in the json module's words, as the rest of its messages are
        raise json.JSONDecodeError("Extra data", text, end)
    return members


# ----- the validator ---------------------------------------------------------------------------


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 42 else f"{text[:40]}…"


def _plain(error: Any) -> str:
    """pydantic's message, with the value given and in the user's terms where it helps."""
    kind, given, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "string_too_long":
        return tr("{count} characters; at most {limit} characters").format(
            count=f"{len(given):,}", limit=f"{ctx['max_length']:,}")
    if kind == "too_long" and isinstance(given, list):
        return tr("{count} items; at most {limit}").format(
            count=f"{len(given):,}", limit=f"{ctx['max_length']:,}")
    if kind == "missing":
        return tr("missing")
    if kind == "string_pattern_mismatch":  # the one pattern is When's
        return tr("{value} is not a date and time with its UTC offset, such as "
                  "2026-06-01T07:30:00+02:00").format(value=_shown(given))
    message = str(error["msg"])
    if isinstance(given, dict | list) or kind == "string_unicode":
        return message
    if isinstance(given, float) and not math.isfinite(given):
        return tr("{problem} (got a number too large to store)").format(problem=message)
    return tr("{problem} (got {value})").format(problem=message, value=_shown(given))


class _Validator:
    """Checks one session at a time, keeping its rows if it is sound and its problems if not."""

    def __init__(self, now: datetime) -> None:
        latest = now + LATEST_AHEAD
        self.earliest = datetime.combine(EARLIEST_DATE, time(), tzinfo=UTC).timestamp()
        self.latest = latest.timestamp()
        self.latest_day = latest.date().isoformat()
        # A date written between these two days is inside the range whatever its UTC offset
        # (less than a day): a comparison of text decides it, without a timestamp.
        self.surely_after = (EARLIEST_DATE + timedelta(days=1)).isoformat()
        self.surely_before = (latest.date() - timedelta(days=2)).isoformat()
        self.sessions: list[ImportedSession] = []
        self.problems: list[str] = []
        self.problem_count = 0
        self._shared: dict[Any, Any] = {}  # one object for each text repeated across sessions

    def problem(self, where: str, uuid: str, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(
                tr("{where} (uuid {uuid}): {problem}").format(
                    where=where, uuid=uuid, problem=message) if uuid
                else f"{where}: {message}")

    def session(self, index: int, raw: Any) -> None:
        if index >= MAX_SESSIONS:
            raise HistoryImportError(tr(
                "The file holds more than {limit} sessions; a history import takes at "
                "most {limit}.").format(limit=f"{MAX_SESSIONS:,}"))
        where = f"sessions.{index}"
        given = raw.get("uuid") if isinstance(raw, dict) else None
        uuid = given if isinstance(given, str) and len(given) <= 45 else ""
        try:
            s = _validate_session(raw)
        except ValidationError as error:
            for e in error.errors(include_url=False):
                path = ".".join(str(part) for part in (where, *e["loc"]))
                self.problem(path, "" if e["loc"][:1] == ("uuid",) else uuid, _plain(e))
            return
        canonical = canonical_uuid(s["uuid"])
        if canonical is None:
            self.problem(f"{where}.uuid", "", tr("{value} is not a UUID").format(
                value=_shown(s["uuid"])))
        when = self._when
        started = when(s["started_at"], where, "started_at", uuid)
        ended = when(s.get("ended_at"), where, "ended_at", uuid)
        updated = when(s.get("updated_at"), where, "updated_at", uuid)
        share = self._shared.setdefault
        steps: list[StepRow] = [
            (st["position"], share(st["name"], st["name"]), share(st.get("side"), st.get("side")),
             st["status"], st["seconds"], when(st["finished_at"], where, j, uuid))
            for j, st in enumerate(s.get("steps", ()))
        ]  # fmt: skip
        if len({step[0] for step in steps}) != len(steps):
            self._repeated_positions(where, uuid, steps)
        if self.problem_count or started is None or canonical is None:
            return  # once the file is refused, rows are not worth keeping
        # A session that was live on another machine can never finish here.
        outcome = "interrupted" if s["outcome"] == "in_progress" else s["outcome"]
        row = (
            canonical, share(s["routine_id"], s["routine_id"]),
            share(s["routine_name"], s["routine_name"]), share(s["category"], s["category"]),
            share(s["fingerprint"], s["fingerprint"]), started, ended, updated or ended or started,
            s["active_seconds"], s["steps_done"], s["steps_skipped"], s["steps_total"], outcome,
            s["resume_position"], s.get("pain_before"), s.get("pain_after"), s.get("note", ""),
            0, started[:10],
        )  # fmt: skip
        self.sessions.append((row, steps))

    def _repeated_positions(self, where: str, uuid: str, steps: list[StepRow]) -> None:
        first_at: dict[int, int] = {}
        for j, step in enumerate(steps):
            seen = first_at.setdefault(step[0], j)
            if seen != j:
                self.problem(f"{where}.steps.{j}.position", uuid,
                             tr("position {position} is given twice; steps.{index} has it "
                                "too").format(position=step[0], index=seen))

    def _when(self, text: str | None, where: str, field: str | int, uuid: str) -> str | None:
        """The date as it is stored, or None (with a problem) if no session can have it.
        ``field`` is the name, or the index of the step whose finish it is."""
        if text is None:
            return None
        if isinstance(field, int):
            field = f"steps.{field}.finished_at"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            self.problem(f"{where}.{field}", uuid,
                         tr("{value} is not a real date and time").format(value=text))
            return None
        if not self.surely_after <= text[:10] <= self.surely_before and not (
                self.earliest <= moment.timestamp() <= self.latest):
            self.problem(f"{where}.{field}", uuid,
                         tr("{value} is outside {earliest} .. {latest}; no session can be "
                            "dated then").format(value=text, earliest=EARLIEST_DATE.isoformat(),
                                                 latest=self.latest_day))
            return None
        # What Supple writes is stored as it is; another spelling (Z, a fraction, a space) as
        # Supple would have written it.
        if len(text) == 25 and text[10] == "T" and text[19] in "+-" and text[19:] != "-00:00":
            return text
        return iso(moment)


def _long_number(text: str) -> str:
    found = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
    if found is None:
        return tr("a number")
    start = found.start()
    line, column = text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return tr("the number at line {line}, column {column}").format(line=line, column=column)


def _head_problem(members: dict[str, Any]) -> str | None:
    version = members.get("version")
    if "format" not in members:
        return tr("it has no \"format\" (a Supple export says \"format\": "
                  "\"supple-history\")")
    if members["format"] != FORMAT_NAME:
        return tr("format is {given}, not {expected}").format(
            given=_shown(members["format"]), expected=repr(FORMAT_NAME))
    if type(version) is not int or version != FORMAT_VERSION:
        if type(version) is int and version > FORMAT_VERSION:
            return tr("version is {given}; this Supple reads version {known} (a newer Supple "
                      "wrote it; update Supple)").format(given=_shown(version),
                                                         known=FORMAT_VERSION)
        return tr("version is {given}; this Supple reads version {known}").format(
            given=_shown(version), known=FORMAT_VERSION)
    if members.get("sessions") is not _STREAMED:
        return tr("\"sessions\" is missing or not a list")
    return None


def parse_export(text: str, now: datetime | None = None) -> list[ImportedSession]:
    """Validate a whole JSON export, one session at a time; every problem is reported at once,
    with where it is and which session, in one ``HistoryImportError``."""
    return parse_document(text, now)[0]


def parse_document(text: str, now: datetime | None = None
                   ) -> tuple[list[ImportedSession], dict[str, Any]]:
    """:func:`parse_export`, and the document's other top-level members (the records around
    the sessions, small beside them) as decoded JSON."""
    check = _Validator(now or datetime.now(UTC))
    if not text.strip(" \t\n\r\ufeff"):
        raise HistoryImportError(tr("The file is empty; a history export holds at least its "
                                    "format and a list of sessions."))
    try:
        members = _members(text.removeprefix(codecs.BOM_UTF8.decode()), check.session)
    except json.JSONDecodeError as error:
        raise HistoryImportError(tr("This is not valid JSON: {problem} at line {line}, "
                                    "column {column}.").format(
            problem=error.msg, line=error.lineno, column=error.colno)) from None
    except RecursionError:
        raise HistoryImportError(tr("This is not a Supple history export: its values are "
                                    "nested far more deeply than an export's.")) from None
    except ValueError as error:  # an integer of more than 4,300 digits (sys.int_info)
        raise HistoryImportError(tr("This is not a Supple history export: {number} has "
                                    "thousands of digits; no value in an export is that "
                                    "large.").format(number=_long_number(text))) from error
    head = _head_problem(members)
    if head is not None:
        raise HistoryImportError(tr("This is not a Supple history export: {problem}.").format(
            problem=head))
    if check.problem_count:
        if check.problem_count <= MAX_LISTED:
            title = tr("Nothing was imported: %n problem(s) in the file:", None,
                       check.problem_count)
        else:
            title = tr("Nothing was imported: %n problem(s) in the file (the first {listed}):",
                       None, check.problem_count).format(listed=MAX_LISTED)
        lines = [title, *(f"  {p}" for p in check.problems)]
        if check.problem_count > MAX_LISTED:
            lines.append("  " + tr("… and {count} more").format(
                count=check.problem_count - MAX_LISTED))
        raise HistoryImportError("\n".join(lines))
    return check.sessions, {k: v for k, v in members.items() if v is not _STREAMED}


def import_json(store: HistoryStore, path: Path) -> ImportResult:
    """Import a JSON export: all of it, or, if anything in it is wrong, nothing. The records
    around the sessions (schema 2: ratings apart, runs, calf tests, enrolments) are checked with
    the sessions, before anything is written, and added after them."""
    sessions, others = parse_document(read_export(path))
    # The records are checked from the members already decoded, not from the text again: a
    # second parse of the whole file doubled the import's peak memory.
    records = parse_records(json.dumps(others))
    result = store.import_sessions(sessions, batch=BATCH)
    store.import_records(records)
    return result
