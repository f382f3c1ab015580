"""Importing a history export: one validator over the whole file before anything is written,
limits on size, sessions and notes, uuids compared in one canonical form, and a BOM taken."""

from __future__ import annotations

import json
import sqlite3
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from supple.core.history import importing
from supple.core.history.importing import import_json
from supple.core.history.model import NOTE_MAX, HistoryImportError, HistoryUnavailable
from supple.core.history.store import HistoryStore


def uuid_of(n: int) -> str:
    return str(uuid.UUID(int=0x5EED << 64 | n, version=4))


def session(n: int, steps: int = 2, **fields: Any) -> dict[str, Any]:
    started = f"2026-06-{1 + n % 28:02d}T07:{n % 60:02d}:00+02:00"
    made: dict[str, Any] = {
        "uuid": uuid_of(n), "routine_id": "calf-care", "routine_name": "Calf care",
        "category": "post-run stretch", "fingerprint": "sha256:abc", "started_at": started,
        "ended_at": started, "active_seconds": 60.0, "steps_done": steps, "steps_skipped": 0,
        "steps_total": steps, "outcome": "completed", "resume_position": steps,
        "pain_before": 5, "pain_after": 3, "note": f"run {n}",
        "steps": [{"position": p, "name": "Wall calf stretch", "side": "left",
                   "status": "done", "seconds": 30.0, "finished_at": started}
                  for p in range(steps)],
    }  # fmt: skip
    made.update(fields)
    return made


def export_text(*sessions: dict[str, Any]) -> str:
    return json.dumps({"format": "supple-history", "version": 1, "sessions": list(sessions)})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.db") as made:
        yield made


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "export.json"
    path.write_bytes(text.encode(encoding))
    return path


def refusal(store: HistoryStore, path: Path) -> str:
    with pytest.raises(HistoryImportError) as refused:
        import_json(store, path)
    assert store.sessions() == []  # nothing of the file was written
    return str(refused.value)


# ----- one validator, before anything is written --------------------------------------------


def test_duplicate_step_positions_are_named_not_an_internal_error(
    store: HistoryStore, tmp_path: Path
) -> None:
    """Regression: a repeated step position passed validation and the insert died with
    ``IntegrityError`` (the CLI's "internal error"), after the sessions before it were sent."""
    twice = session(1)
    twice["steps"][1]["position"] = 0
    message = refusal(store, write(tmp_path, export_text(session(0), twice)))
    assert f"sessions.1.steps.1.position (uuid {uuid_of(1)})" in message
    assert "position 0 is given twice" in message and "steps.0" in message


def test_every_problem_is_listed_with_its_session_and_field(
    store: HistoryStore, tmp_path: Path
) -> None:
    text = export_text(session(0), session(1, pain_after=12), session(2, outcome="finished"),
                       session(3, uuid="not-a-uuid"), session(4, started_at="someday"))
    message = refusal(store, write(tmp_path, text))
    assert message.startswith("Nothing was imported: 4 problems in the file")
    lines = message.splitlines()[1:]
    assert [line.split()[0].rstrip(":") for line in lines] == [
        "sessions.1.pain_after", "sessions.2.outcome", "sessions.3.uuid", "sessions.4.started_at"]
    assert f"(uuid {uuid_of(1)})" in lines[0] and "12" in lines[0]
    assert "not a UUID" in lines[2] and "not-a-uuid" in lines[2]


def test_a_long_list_of_problems_is_cut_short(store: HistoryStore, tmp_path: Path) -> None:
    text = export_text(*(session(n, pain_after=11) for n in range(50)))
    message = refusal(store, write(tmp_path, text))
    assert message.startswith("Nothing was imported: 50 problems in the file")
    assert message.splitlines()[-1].strip() == "… and 30 more"


def test_a_file_of_another_kind_says_what_it_is(store: HistoryStore, tmp_path: Path) -> None:
    assert "not a Supple history export" in refusal(store, write(tmp_path, "[1, 2]"))
    text = json.dumps({"format": "other", "version": 1, "sessions": [session(0)]})
    assert "format" in refusal(store, write(tmp_path, text))
    text = json.dumps({"format": "supple-history", "version": 2, "sessions": []})
    assert "version" in refusal(store, write(tmp_path, text))
    text = json.dumps({"format": "supple-history", "version": 1, "sessions": {}})
    assert "sessions" in refusal(store, write(tmp_path, text))


def test_bad_json_names_its_line_and_column(store: HistoryStore, tmp_path: Path) -> None:
    text = export_text(session(0)).replace('"steps_done": 2,', '"steps_done": 2')
    message = refusal(store, write(tmp_path, text))
    assert "not valid JSON" in message and "line 1, column" in message


@pytest.mark.parametrize(("text", "says"), [
    ('{"format" "supple-history"}', "Expecting ':' delimiter at line 1, column 11"),
    ('{"format": "supple-history" "version": 1}', "Expecting ',' delimiter"),
    ('{1: 2}', "Expecting property name"),
    ('{"format": "supple-history"} {}', "Extra data at line 1, column 30"),
    ("[1, 2] 3", "Extra data"),
    ('{"sessions": [1 2]}', "Expecting ',' delimiter"),
    ("{}", 'it has no "format"'),
    ('{"format": "supple-history", "version": 1, "sessions": [' + "[" * 100_000 + "]" * 100_000
     + "]}", "nested far more deeply"),
])
def test_broken_json_is_named_where_it_breaks(
    store: HistoryStore, tmp_path: Path, text: str, says: str
) -> None:
    assert says in refusal(store, write(tmp_path, text))


def test_numbers_no_session_can_hold_are_refused(store: HistoryStore, tmp_path: Path) -> None:
    text = export_text(session(0, active_seconds=1e400), session(1, steps_total=10**40),
                       session(2, pain_before=True), session(3, steps_done=2.0))
    message = refusal(store, write(tmp_path, text.replace("Infinity", "1e400")))
    for where in ("sessions.0.active_seconds", "sessions.1.steps_total",
                  "sessions.2.pain_before", "sessions.3.steps_done"):
        assert where in message
    assert "too large to store" in message

    # Past Python's limit on reading integers (4,300 digits): said plainly, with where.
    text = export_text(session(0, steps_total=10**40)).replace(str(10**40), "9" * 5000)
    message = refusal(store, write(tmp_path, text))
    assert "line 1, column" in message and "thousands of digits" in message
    assert "set_int_max_str_digits" not in message


def test_a_lone_surrogate_is_refused_not_a_crash(store: HistoryStore, tmp_path: Path) -> None:
    text = export_text(session(0, note="x")).replace('"note": "x"', '"note": "\\ud800"')
    assert "sessions.0.note" in refusal(store, write(tmp_path, text))


# ----- limits ------------------------------------------------------------------------------


def test_a_note_as_long_as_the_window_allows_imports_and_one_more_is_refused(
    store: HistoryStore, tmp_path: Path
) -> None:
    assert NOTE_MAX == 2000
    path = write(tmp_path, export_text(session(0, note="é" * NOTE_MAX)))
    assert import_json(store, path).added == 1
    assert store.session(uuid_of(0)).note == "é" * NOTE_MAX

    with HistoryStore(tmp_path / "other.db") as other:
        message = refusal(other, write(tmp_path, export_text(session(1, note="x" * 50_000_000))))
    assert "sessions.0.note" in message and "2,000 characters" in message
    assert len(message) < 1000  # the note itself is not repeated


def test_texts_and_steps_are_bounded(store: HistoryStore, tmp_path: Path) -> None:
    text = export_text(session(0, routine_name="n" * (importing.MAX_TEXT + 1)),
                       session(1, steps=importing.MAX_STEPS + 1))
    message = refusal(store, write(tmp_path, text))
    assert "sessions.0.routine_name" in message and "sessions.1.steps" in message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, export_text(session(0)))
    monkeypatch.setattr(importing, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    message = refusal(store, path)
    assert f"{path.stat().st_size:,} bytes" in message and "at most" in message


def test_a_file_over_the_session_limit_is_refused(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_SESSIONS", 3)
    assert import_json(store, write(tmp_path, export_text(*map(session, range(3))))).added == 3
    with HistoryStore(tmp_path / "other.db") as other:
        message = refusal(other, write(tmp_path, export_text(*map(session, range(4)))))
    assert "more than 3 sessions" in message


# ----- uuids -------------------------------------------------------------------------------


def test_a_uuid_differing_only_in_case_or_form_is_one_session(
    store: HistoryStore, tmp_path: Path
) -> None:
    """Regression: ``ABC…`` and ``abc…`` were two sessions, imported twice."""
    upper, braced = session(0, uuid=uuid_of(0).upper()), session(0, uuid=f"{{{uuid_of(0)}}}")
    result = import_json(store, write(tmp_path, export_text(upper, braced, session(0))))
    assert (result.added, result.skipped_duplicates) == (1, 2)
    assert [s.uuid for s in store.sessions()] == [uuid_of(0)]  # stored in canonical form


def test_a_stored_upper_case_uuid_is_recognised(store: HistoryStore, tmp_path: Path) -> None:
    """Older versions stored an imported uuid as the file spelled it."""
    import_json(store, write(tmp_path, export_text(session(0))))
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE sessions SET uuid = upper(uuid)")
    result = import_json(store, write(tmp_path, export_text(session(0), session(1))))
    assert (result.added, result.skipped_duplicates) == (1, 1)
    assert len(store.sessions()) == 2


# ----- encodings ---------------------------------------------------------------------------


def test_a_byte_order_mark_is_accepted(store: HistoryStore, tmp_path: Path) -> None:
    """Regression: an export saved by an editor that adds a BOM was "Invalid JSON … line 1
    column 1"."""
    assert import_json(store, write(tmp_path, export_text(session(0)), "utf-8-sig")).added == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_file_gets_a_plain_message(
    store: HistoryStore, tmp_path: Path, encoding: str
) -> None:
    message = refusal(store, write(tmp_path, export_text(session(0)), encoding))
    assert "UTF-8" in message and encoding[:6].upper() in message


def test_bytes_that_are_not_utf8_name_their_line(store: HistoryStore, tmp_path: Path) -> None:
    data = export_text(session(0)).replace(",", ",\n").encode().replace(b"run 0", b"run \xff")
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    path = tmp_path / "export.json"
    path.write_bytes(data)
    message = refusal(store, path)
    assert "not UTF-8" in message and f"line {line}," in message


# ----- writing -----------------------------------------------------------------------------


def test_a_failure_mid_import_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sessions go in in batches, all in one transaction: a full disk at the third batch
    leaves the history as it was."""
    monkeypatch.setattr(importing, "BATCH", 5)
    limit: dict[str, int | None] = {"pages": None}

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, check_same_thread=False)
        if limit["pages"] is not None:
            conn.execute(f"PRAGMA max_page_count = {limit['pages']}")
        return conn

    with HistoryStore(tmp_path / "history.db", connect=connect) as store:
        import_json(store, write(tmp_path, export_text(session(999))))
        with sqlite3.connect(store.path) as conn:
            limit["pages"] = conn.execute("PRAGMA page_count").fetchone()[0] + 6
    text = export_text(*(session(n, steps=20, note="x" * 1500) for n in range(40)))
    with HistoryStore(tmp_path / "history.db", connect=connect) as store:
        with pytest.raises(HistoryUnavailable):
            import_json(store, write(tmp_path, text))
        assert [s.uuid for s in store.sessions()] == [uuid_of(999)]


def test_importing_keeps_only_light_rows_in_memory(tmp_path: Path) -> None:
    """The old import held the file's text, pydantic models and records of every session and
    step at once (1.1 GB for a 90 MB file)."""
    path = write(tmp_path, export_text(*(session(n, steps=8) for n in range(2000))))
    size = path.stat().st_size
    with HistoryStore(tmp_path / "history.db") as store:
        tracemalloc.start()
        assert import_json(store, path).added == 2000
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 4 * size, f"peak {peak:,} bytes for a file of {size:,}"


# ----- dates -------------------------------------------------------------------------------


def test_other_spellings_of_a_date_are_stored_as_supple_writes_them(
    store: HistoryStore, tmp_path: Path
) -> None:
    text = export_text(session(0, started_at="2026-06-01T05:30:00Z",
                               ended_at="2026-06-01 07:40:00.250+02:00",
                               updated_at="2026-06-01T05:41:00-00:00"))
    assert import_json(store, write(tmp_path, text)).added == 1
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT started_at, day, ended_at, updated_at FROM sessions").fetchone(
            ) == ("2026-06-01T05:30:00+00:00", "2026-06-01", "2026-06-01T07:40:00+02:00",
                  "2026-06-01T05:41:00+00:00")


@pytest.mark.parametrize(("when", "says"), [
    ("2026-02-30T07:00:00+02:00", "not a real date"),
    ("2026-06-01T07:00:00", "with its UTC offset"),  # no offset: which moment is it?
    ("1 June 2026", "with its UTC offset"),
])
def test_a_date_that_is_no_moment_is_refused(
    store: HistoryStore, tmp_path: Path, when: str, says: str
) -> None:
    message = refusal(store, write(tmp_path, export_text(session(0, started_at=when))))
    assert "sessions.0.started_at" in message and says in message


def test_the_names_the_validator_takes_are_the_enums_values() -> None:
    from typing import get_args

    from supple.core.history.model import Outcome, StepStatus

    assert set(get_args(importing.OutcomeName)) == {o.value for o in Outcome}
    assert set(get_args(importing.StatusName)) == {s.value for s in StepStatus}


def test_an_empty_file_or_a_key_given_twice_is_said_plainly(
    store: HistoryStore, tmp_path: Path
) -> None:
    assert "The file is empty" in refusal(store, write(tmp_path, " \n"))
    text = export_text(session(0))[:-1] + ', "sessions": []}'
    assert "'sessions' is given twice" in refusal(store, write(tmp_path, text))
