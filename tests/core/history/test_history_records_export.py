"""The records around the sessions travel in the JSON export and come back on import, once."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from supple.core.history.export import export_json, import_json
from supple.core.history.model import HistoryImportError, Outcome
from supple.core.history.records import CalfTestKind, Location, NewRun, RatingMoment, Side
from supple.core.history.records_export import parse_records, records_json
from supple.core.history.store import HistoryStore

NOW = datetime(2026, 11, 2, 7, 30, 5, tzinfo=timezone(timedelta(hours=1)))


def clock() -> datetime:
    return NOW


def fill(store: HistoryStore) -> None:
    record = store.begin_session("heel-drops", "Heel drops", "strength", "fp", 2)
    store.finish_session(record.uuid, Outcome.COMPLETED, 100.0)
    store.rate_split(record.uuid, pain=4, moment=RatingMoment.DURING, sharp=True)
    store.rate_split(record.uuid, pain=3, tightness=5)
    store.rate_morning(date(2026, 11, 2), pain=2, tightness=3, side=Side.LEFT)
    store.add_run(NewRun(date(2026, 11, 1), 42.5, time(6, 45), 8.2, 3))
    store.add_calf_test(date(2026, 11, 2), Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 9.5)
    made = store.enrol("alfredson", date(2026, 10, 1), time_zone="Europe/Berlin",
                       side=Side.LEFT, location=Location.INSERTION, morning_slot=time(7))
    store.pause_enrolment(made.uuid, date(2026, 10, 20))
    store.resume_enrolment(made.uuid, date(2026, 10, 27))


def snapshot(store: HistoryStore) -> tuple[object, ...]:
    return (store.all_session_ratings(), store.morning_ratings(), store.runs(),
            store.calf_tests(), store.enrolments())


def test_every_record_round_trips_through_the_export_once(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "a" / "history.db", clock=clock) as source:
        fill(source)
        assert export_json(source, tmp_path / "export.json") == 1
        expected = snapshot(source)
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert [len(document[k]) for k in ("session_ratings", "morning_ratings", "runs",
                                       "calf_tests", "enrolments")] == [2, 1, 1, 1, 1]
    with HistoryStore(tmp_path / "b" / "history.db", clock=clock) as target:
        assert import_json(target, tmp_path / "export.json").added == 1
        assert snapshot(target) == expected
        again = target.import_records(parse_records((tmp_path / "export.json").read_text()))
        assert (again.added, again.skipped_duplicates) == (0, 6)
        import_json(target, tmp_path / "export.json")
        assert snapshot(target) == expected  # nothing twice


def test_an_export_from_before_the_records_imports_as_it_did(tmp_path: Path) -> None:
    old = {"format": "supple-history", "version": 1, "sessions": []}
    records = parse_records(json.dumps(old))
    assert records.count == 0


def test_a_rating_of_a_session_not_held_here_is_left_out(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "a" / "history.db", clock=clock) as source:
        fill(source)
        text = json.dumps(records_json(source))
    with HistoryStore(tmp_path / "b" / "history.db", clock=clock) as target:
        result = target.import_records(parse_records(text))  # the sessions were not imported
        assert (result.added, result.skipped_duplicates) == (4, 2)
        assert target.all_session_ratings() == []


def test_bad_records_are_listed_at_once_with_where_they_are() -> None:
    text = json.dumps({
        "runs": [{"source_key": "k", "day": "2026-11-01", "minutes": 0, "source": "strava",
                  "recorded_at": "2026-11-01T07:00:00+01:00"}],
        "calf_tests": [{"uuid": "t", "day": "1999-12-31", "side": "both", "kind": "heel_raises",
                        "value": 20.5, "recorded_at": "2026-11-01T07:00:00+01:00"}],
    })  # fmt: skip
    with pytest.raises(HistoryImportError) as caught:
        parse_records(text)
    message = str(caught.value)
    assert "runs.0.minutes" in message and "runs.0.source" in message
    text = json.dumps({"calf_tests": [
        {"uuid": "t", "day": "1999-12-31", "side": "left", "kind": "heel_raises", "value": 20.5,
         "recorded_at": "2026-11-01T07:00:00+01:00"}],
        "enrolments": [{"uuid": "e", "programme_id": "p", "start_day": "2026-11-01",
                        "state": "active", "time_zone": "Mars/Olympus",
                        "pauses": [{"first_day": "2026-11-05", "last_day": "2026-11-04"}],
                        "created_at": "2026-11-01T07:00:00+01:00",
                        "updated_at": "2026-11-01T07:00:00+01:00"}]})
    with pytest.raises(HistoryImportError) as caught:
        parse_records(text, now=NOW)
    message = str(caught.value)
    assert "calf_tests.0.day: 1999-12-31 is outside" in message
    assert "calf_tests.0: value (heel raises) must be a whole count" in message
    assert "enrolments.0: time_zone" in message
    assert "enrolments.0.pauses.0: ends before it begins" in message
