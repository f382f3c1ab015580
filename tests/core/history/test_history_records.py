"""What the history keeps around the sessions (issue 13): ratings apart, runs, calf tests and
enrolments, written the store's one way (a full disk keeps recordings in memory, a user's
action is refused with a message, a restart finds everything)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from fakes import FaultSwitch
from read_only import read_only_folder
from supple.core.history.model import HistoryUnavailable, NoticeKind, Outcome, UnknownSession
from supple.core.history.records import (
    CalfTestKind,
    EnrolmentState,
    Location,
    NewRun,
    Pause,
    RatingMoment,
    RunSource,
    Side,
    UnknownRecord,
)
from supple.core.history.store import HistoryStore

NOW = datetime(2026, 11, 2, 7, 30, 5, tzinfo=timezone(timedelta(hours=1)))


def clock() -> datetime:
    return NOW


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def store(db: Path) -> HistoryStore:
    with HistoryStore(db, clock=clock) as opened:
        yield opened  # type: ignore[misc]


def session(store: HistoryStore) -> str:
    record = store.begin_session("heel-drops", "Heel drops", "strength", "fp", 2)
    store.finish_session(record.uuid, Outcome.COMPLETED, 100.0)
    return record.uuid


# ----- ratings --------------------------------------------------------------------------------


def test_pain_and_tightness_are_kept_apart_and_the_pain_is_the_sessions_headline(
    store: HistoryStore,
) -> None:
    uuid = session(store)
    store.rate_split(uuid, pain=2, tightness=6)
    store.rate_split(uuid, pain=4, moment=RatingMoment.DURING, sharp=True)
    [during, after] = store.session_ratings(uuid)
    assert (during.moment, during.pain, during.tightness, during.sharp) == (
        RatingMoment.DURING, 4, None, True)
    assert (after.moment, after.pain, after.tightness, after.sharp) == (
        RatingMoment.AFTER, 2, 6, False)
    # The pain after is what the history window, its pain chart and the CSV show ...
    record = store.session(uuid)
    assert (record.pain_before, record.pain_after) == (None, 2)
    # ... and it is not taken for a mixed rating.
    entries = [e for e in store.rating_entries() if e.session_uuid == uuid]
    assert [(e.moment, e.pain, e.tightness, e.mixed) for e in entries] == [
        (RatingMoment.DURING, 4, None, None), (RatingMoment.AFTER, 2, 6, None)]


def test_editing_the_pain_after_in_the_history_changes_the_separated_rating_too(
    store: HistoryStore,
) -> None:
    uuid = session(store)
    store.rate_split(uuid, pain=2, tightness=6)
    store.rate_session(uuid, pain_after=5)
    [after] = store.session_ratings(uuid)
    assert (after.pain, after.tightness) == (5, 6)
    assert store.session(uuid).pain_after == 5


def test_an_older_sessions_pain_after_stays_a_mixed_rating(store: HistoryStore) -> None:
    uuid = session(store)
    store.rate_session(uuid, pain_after=4, pain_before=3)
    entries = [e for e in store.rating_entries() if e.session_uuid == uuid]
    assert [(e.moment, e.mixed, e.pain) for e in entries] == [
        (RatingMoment.BEFORE, 3, None), (RatingMoment.AFTER, 4, None)]


def test_rating_again_changes_only_what_is_given(store: HistoryStore) -> None:
    uuid = session(store)
    store.rate_split(uuid, pain=5, tightness=3)
    store.rate_split(uuid, tightness=1)
    [after] = store.session_ratings(uuid)
    assert (after.pain, after.tightness) == (5, 1)


@pytest.mark.parametrize("bad", [-1, 11, 2.5, True, "3"])
def test_a_rating_outside_0_to_10_is_a_bug_named_by_its_field(
    store: HistoryStore, bad: object
) -> None:
    uuid = session(store)
    with pytest.raises(ValueError, match="tightness must be an integer from 0 to 10"):
        store.rate_split(uuid, tightness=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="pain must be"):
        store.rate_morning(date(2026, 11, 2), pain=bad)  # type: ignore[arg-type]


def test_a_session_is_not_rated_in_the_morning_and_an_unknown_one_not_at_all(
    store: HistoryStore,
) -> None:
    with pytest.raises(ValueError, match="during or after"):
        store.rate_split(session(store), pain=1, moment=RatingMoment.MORNING)
    with pytest.raises(UnknownSession):
        store.rate_split("no-such-session", pain=1)
    assert store.pending_writes == 0  # the bug did not block the writes after it


def test_one_morning_rating_a_day_the_last_one_kept(store: HistoryStore) -> None:
    store.rate_morning(date(2026, 11, 1), pain=3, tightness=5, side=Side.LEFT)
    store.rate_morning(date(2026, 11, 2), pain=1)
    store.rate_morning(date(2026, 11, 2), pain=2, tightness=2)
    found = [(m.day, m.pain, m.tightness, m.side) for m in store.morning_ratings()]
    assert found == [(date(2026, 11, 1), 3, 5, Side.LEFT), (date(2026, 11, 2), 2, 2, None)]
    assert [m.day for m in store.morning_ratings(since=date(2026, 11, 2))] == [date(2026, 11, 2)]


def test_deleting_a_session_deletes_its_ratings(db: Path) -> None:
    with HistoryStore(db, clock=clock) as store:
        record = store.begin_session("heel-drops", "Heel drops", "strength", "fp", 2)
        store.rate_split(record.uuid, pain=2)
    later = NOW + timedelta(hours=1)
    with HistoryStore(db, clock=lambda: later) as store:
        store.mark_stale_in_progress_as_interrupted()
        store.resolve_interrupted(record.uuid, keep=False)
        assert store.session_ratings(record.uuid) == []
        assert store.rating_entries() == []


def test_ratings_wait_in_memory_while_the_disk_is_full(db: Path) -> None:
    switch = FaultSwitch()
    store = HistoryStore(db, clock=clock, connect=switch, retry_after_s=0)
    uuid = session(store)
    switch.error = sqlite3.OperationalError("database or disk is full")
    store.rate_split(uuid, pain=3, tightness=4)  # no exception: recorded like a step
    store.rate_morning(date(2026, 11, 3), pain=1)
    test = store.add_calf_test(date(2026, 11, 3), Side.LEFT, CalfTestKind.HEEL_RAISES, 25)
    assert store.pending_writes == 3
    assert [n.kind for n in store.notices] == [NoticeKind.WRITES_PENDING]
    with pytest.raises(HistoryUnavailable):
        store.add_run(NewRun(date(2026, 11, 3), 30))  # the user's action is refused, and told
    switch.error = None
    assert store.flush()
    assert [r.pain for r in store.session_ratings(uuid)] == [3]
    assert [m.pain for m in store.morning_ratings()] == [1]
    assert [t.uuid for t in store.calf_tests()] == [test.uuid]
    store.close()


# ----- runs ----------------------------------------------------------------------------------


def test_a_run_is_added_once_by_its_source_key(store: HistoryStore) -> None:
    run = NewRun(date(2026, 11, 1), 42.5, time(6, 45, 10, 999), 8.2, 3, RunSource.GPX,
                 "gpx:2026-11-01T05:45:10Z", "hilly")
    added = store.add_run(run)
    assert added is not None
    assert (added.source_key, added.start_time, added.distance_km, added.calf_feel) == (
        "gpx:2026-11-01T05:45:10Z", time(6, 45, 10), 8.2, 3)
    assert store.add_run(run) is None  # the same file imported again
    assert store.runs() == [added]


def test_manual_runs_are_never_taken_for_duplicates(store: HistoryStore) -> None:
    first = store.add_run(NewRun(date(2026, 11, 1), 30))
    second = store.add_run(NewRun(date(2026, 11, 1), 30))
    assert first is not None and second is not None
    assert first.source_key != second.source_key and first.source_key.startswith("manual:")
    assert first.source is RunSource.MANUAL and first.start_time is None


def test_an_import_adds_all_or_nothing(store: HistoryStore) -> None:
    store.add_run(NewRun(date(2026, 11, 1), 30, source=RunSource.FIT, source_key="fit:1"))
    result = store.add_runs([
        NewRun(date(2026, 11, 1), 30, source=RunSource.FIT, source_key="fit:1"),
        NewRun(date(2026, 11, 2), 25, source=RunSource.TCX, source_key="tcx:2"),
    ])
    assert (result.added, result.skipped_duplicates) == (1, 1)
    with pytest.raises(ValueError, match="minutes"):  # checked before anything is written
        store.add_runs([NewRun(date(2026, 11, 3), 20, source_key="k:3"),
                        NewRun(date(2026, 11, 4), 0, source_key="k:4")])
    assert [r.source_key for r in store.runs()] == ["fit:1", "tcx:2"]


@pytest.mark.parametrize(("run", "field"), [
    (NewRun(date(2026, 11, 1), -5), "minutes"),
    (NewRun(date(2026, 11, 1), float("nan")), "minutes"),
    (NewRun(date(2026, 11, 1), 30, distance_km=-1), "distance_km"),
    (NewRun(date(2026, 11, 1), 30, calf_feel=11), "calf_feel"),
    (NewRun(date(2026, 11, 1), 30, source=RunSource.GPX), "source_key"),
    (NewRun(date(2026, 11, 1), 30, source_key="  "), "source_key"),
])
def test_a_bad_run_names_its_field(store: HistoryStore, run: NewRun, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        store.add_run(run)
    assert store.runs() == []


def test_runs_by_day_updated_and_deleted(store: HistoryStore) -> None:
    for day in (3, 1, 2):
        store.add_run(NewRun(date(2026, 11, day), 30, source_key=f"k:{day}"))
    assert [r.day.day for r in store.runs()] == [1, 2, 3]
    assert [r.day.day for r in store.runs(since=date(2026, 11, 2), until=date(2026, 11, 2))] \
        == [2]
    changed = store.update_run("k:2", calf_feel=6, note="tight on the hills")
    assert (changed.calf_feel, changed.note, changed.minutes) == (6, "tight on the hills", 30)
    store.delete_run("k:2")
    assert [r.source_key for r in store.runs()] == ["k:1", "k:3"]
    with pytest.raises(UnknownRecord):
        store.delete_run("k:2")
    with pytest.raises(UnknownRecord):
        store.update_run("k:2", note="x")


def test_adding_a_run_in_a_read_only_folder_says_why(db: Path) -> None:
    HistoryStore(db).close()
    with read_only_folder(db.parent):
        store = HistoryStore(db)
        assert store.runs() == []
        with pytest.raises(HistoryUnavailable, match="read-only"):
            store.add_run(NewRun(date(2026, 11, 1), 30))
        store.close()


# ----- calf tests ----------------------------------------------------------------------------


def test_calf_tests_per_side_and_kind(store: HistoryStore) -> None:
    day = date(2026, 11, 2)
    store.add_calf_test(day, Side.LEFT, CalfTestKind.HEEL_RAISES, 21)
    store.add_calf_test(day, Side.RIGHT, CalfTestKind.HEEL_RAISES, 28)
    wall = store.add_calf_test(day, Side.LEFT, CalfTestKind.KNEE_TO_WALL, 9.46)
    assert wall.value == 9.5  # centimetres, one decimal
    left = store.calf_tests(side=Side.LEFT)
    assert [(t.kind, t.value) for t in left] == [(CalfTestKind.HEEL_RAISES, 21.0),
                                                 (CalfTestKind.KNEE_TO_WALL, 9.5)]
    assert [t.value for t in store.calf_tests(kind=CalfTestKind.HEEL_RAISES)] == [21, 28]
    store.delete_calf_test(wall.uuid)
    assert len(store.calf_tests()) == 2


@pytest.mark.parametrize(("side", "kind", "value", "message"), [
    (Side.BOTH, CalfTestKind.HEEL_RAISES, 20, "left or right"),
    (Side.LEFT, CalfTestKind.HEEL_RAISES, 20.5, "whole count"),
    (Side.LEFT, CalfTestKind.HEEL_RAISES, -1, "whole count"),
    (Side.LEFT, CalfTestKind.KNEE_TO_WALL, 150, "0 to 100 cm"),
    (Side.LEFT, CalfTestKind.KNEE_TO_WALL, float("inf"), "a number"),
])
def test_a_bad_calf_test_names_what_is_wrong(
    store: HistoryStore, side: Side, kind: CalfTestKind, value: float, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        store.add_calf_test(date(2026, 11, 2), side, kind, value)
    assert store.pending_writes == 0 and store.calf_tests() == []


# ----- enrolments ----------------------------------------------------------------------------


def test_an_enrolment_is_paused_resumed_and_finished(db: Path) -> None:
    with HistoryStore(db, clock=clock) as store:
        made = store.enrol("alfredson", date(2026, 11, 2), time_zone="Europe/Berlin",
                           name="Left Achilles", side=Side.LEFT, location=Location.MID_PORTION,
                           morning_slot=time(7, 0), evening_slot=time(19, 30))
        assert made.state is EnrolmentState.ACTIVE and made.pauses == ()
        paused = store.pause_enrolment(made.uuid, date(2026, 11, 10))
        assert paused.state is EnrolmentState.PAUSED
        assert paused.pauses == (Pause(date(2026, 11, 10), None),)
        with pytest.raises(ValueError, match="only an active programme"):
            store.pause_enrolment(made.uuid, date(2026, 11, 11))
    with HistoryStore(db, clock=clock) as store:  # a restart finds it where it was
        [found] = store.enrolments(EnrolmentState.PAUSED)
        assert (found.uuid, found.name, found.side, found.location) == (
            made.uuid, "Left Achilles", Side.LEFT, Location.MID_PORTION)
        assert (found.morning_slot, found.evening_slot, found.time_zone) == (
            time(7, 0), time(19, 30), "Europe/Berlin")
        resumed = store.resume_enrolment(made.uuid, date(2026, 11, 17))
        assert resumed.pauses == (Pause(date(2026, 11, 10), date(2026, 11, 16)),)
        assert resumed.pauses[0].covers(date(2026, 11, 16))
        assert not resumed.pauses[0].covers(date(2026, 11, 17))
        store.pause_enrolment(made.uuid, date(2026, 11, 20))
        again = store.resume_enrolment(made.uuid, date(2026, 11, 20))  # the same day
        assert again.pauses == resumed.pauses  # no paused day, so no range
        finished = store.finish_enrolment(made.uuid, date(2027, 1, 25))
        assert (finished.state, finished.finished_day) == (EnrolmentState.FINISHED,
                                                           date(2027, 1, 25))
        with pytest.raises(ValueError, match="finished already"):
            store.finish_enrolment(made.uuid, date(2027, 1, 26))
        assert store.enrolments(EnrolmentState.ACTIVE) == []


def test_finishing_a_paused_enrolment_ends_its_pause(store: HistoryStore) -> None:
    made = store.enrol("hsr", date(2026, 11, 2), time_zone="UTC")
    store.pause_enrolment(made.uuid, date(2026, 11, 5))
    done = store.finish_enrolment(made.uuid, date(2026, 11, 8))
    assert done.pauses == (Pause(date(2026, 11, 5), date(2026, 11, 7)),)


def test_an_enrolment_is_updated_field_by_field(store: HistoryStore) -> None:
    made = store.enrol("hsr", date(2026, 11, 2), time_zone="Europe/Lisbon")
    changed = store.update_enrolment(made.uuid, side=Side.BOTH, evening_slot=time(18, 0))
    assert (changed.side, changed.evening_slot, changed.time_zone, changed.location) == (
        Side.BOTH, time(18, 0), "Europe/Lisbon", Location.NONE)
    with pytest.raises(UnknownRecord):
        store.update_enrolment("nobody", name="x")


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "../etc/passwd"])
def test_an_unknown_time_zone_is_refused(store: HistoryStore, zone: str) -> None:
    with pytest.raises(ValueError, match="time_zone"):
        store.enrol("hsr", date(2026, 11, 2), time_zone=zone)
    assert store.enrolments() == []


def test_enrolling_once_refuses_a_programme_followed_already(store: HistoryStore) -> None:
    from supple.core.history.enrolment_store import AlreadyFollowing

    first = store.enrol("alfredson", date(2026, 11, 2), time_zone="UTC", once=True)
    store.pause_enrolment(first.uuid, date(2026, 11, 5))
    with pytest.raises(AlreadyFollowing) as raised:  # paused is still followed
        store.enrol("alfredson", date(2026, 11, 9), time_zone="UTC", once=True)
    assert raised.value.uuid == first.uuid
    other = store.enrol("running-companion", date(2026, 11, 9), time_zone="UTC", once=True)
    store.finish_enrolment(first.uuid, date(2026, 11, 9))
    again = store.enrol("alfredson", date(2026, 11, 10), time_zone="UTC", once=True)
    assert [e.uuid for e in store.enrolments()] == [first.uuid, other.uuid, again.uuid]
    # Without ``once`` the store never refuses (an import, a test of two at once).
    store.enrol("alfredson", date(2026, 11, 11), time_zone="UTC")
    assert len(store.enrolments()) == 4


def test_the_local_time_zone_is_a_key_zoneinfo_knows(monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfo

    from supple.core.history.records import local_time_zone

    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert local_time_zone() == "Europe/Berlin"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert ZoneInfo(local_time_zone())  # the system's, or UTC: never an unknown key
    monkeypatch.setenv("TZ", "/etc/../etc/passwd")
    assert local_time_zone() != "/etc/../etc/passwd"


def test_add_runs_asks_which_are_the_same_run_inside_its_transaction(
    store: HistoryStore,
) -> None:
    from supple.core.history.records import NewRun, RunSource

    def gpx_run(key: str) -> NewRun:
        return NewRun(date(2026, 11, 30), 10.0, source=RunSource.GPX, source_key=key)

    store.add_runs([gpx_run("a 600s 1800m")])
    asked: list[tuple[str, list[str]]] = []

    def same(key: str, keys: object) -> bool:
        assert isinstance(keys, list)
        asked.append((key, list(keys)))
        return key.split()[0] in {k.split()[0] for k in keys}

    result = store.add_runs([gpx_run("a 601s 1801m"), gpx_run("b 60s 1m"),
                             gpx_run("b 61s 2m")], same)
    assert (result.added, result.skipped_duplicates) == (1, 2)
    assert asked[0] == ("a 601s 1801m", ["a 600s 1800m"])
    assert asked[2] == ("b 61s 2m", ["a 600s 1800m", "b 60s 1m"])  # the new one is seen too
    assert [r.source_key for r in store.runs()] == ["a 600s 1800m", "b 60s 1m"]
