"""The records around the sessions (schema 2) in the JSON export, and back in on import.

They travel in the same ``supple-history`` document as the sessions, as five more lists
(``session_ratings``, ``morning_ratings``, ``runs``, ``calf_tests``, ``enrolments``); a file
without them (an older export) imports as before, and an older Supple ignores them. Each record
carries its identity (a session's uuid and the moment, the day, a run's ``source_key``, a
test's or an enrolment's uuid), so importing a file twice adds nothing twice. Every problem is
listed at once, with where it is (``runs.2.minutes``), before anything is written; a date no
runner lived (before 2000, after tomorrow) is refused as the sessions' are.

Apart from ``export`` so that the two can change independently; ``export`` calls
``records_json`` and ``parse_records``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from supple.core.history.model import EARLIEST_DATE, LATEST_AHEAD, HistoryImportError
from supple.core.history.records import (
    CalfTestKind,
    EnrolmentState,
    Location,
    RatingMoment,
    RunSource,
    Side,
    check_calf_test,
    check_time_zone,
)
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

_IN = ConfigDict(extra="ignore", allow_inf_nan=False)
Rating = int | None


def _iso(moment: datetime | date | time | None) -> str | None:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def records_json(store: HistoryStore) -> dict[str, list[dict[str, Any]]]:
    """The five lists, oldest first, for the export document."""
    return {
        "session_ratings": [
            {"session_uuid": r.session_uuid, "moment": r.moment.value, "pain": r.pain,
             "tightness": r.tightness, "sharp": r.sharp, "rated_at": _iso(r.rated_at)}
            for r in store.all_session_ratings()],
        "morning_ratings": [
            {"day": _iso(m.day), "pain": m.pain, "tightness": m.tightness,
             "side": None if m.side is None else m.side.value, "rated_at": _iso(m.rated_at)}
            for m in store.morning_ratings()],
        "runs": [
            {"source_key": r.source_key, "day": _iso(r.day), "start_time": _iso(r.start_time),
             "minutes": r.minutes, "distance_km": r.distance_km, "calf_feel": r.calf_feel,
             "source": r.source.value, "note": r.note, "recorded_at": _iso(r.recorded_at)}
            for r in store.runs()],
        "calf_tests": [
            {"uuid": t.uuid, "day": _iso(t.day), "side": t.side.value, "kind": t.kind.value,
             "value": t.value, "recorded_at": _iso(t.recorded_at)}
            for t in store.calf_tests()],
        "enrolments": [
            {"uuid": e.uuid, "programme_id": e.programme_id, "start_day": _iso(e.start_day),
             "name": e.name, "side": None if e.side is None else e.side.value,
             "location": e.location.value, "state": e.state.value,
             "finished_day": _iso(e.finished_day), "morning_slot": _iso(e.morning_slot),
             "evening_slot": _iso(e.evening_slot), "time_zone": e.time_zone,
             "pauses": [{"first_day": _iso(p.first_day), "last_day": _iso(p.last_day)}
                        for p in e.pauses],
             "created_at": _iso(e.created_at), "updated_at": _iso(e.updated_at)}
            for e in store.enrolments()],
    }  # fmt: skip


class SessionRatingIn(BaseModel):
    model_config = _IN
    session_uuid: str = Field(min_length=1)
    moment: RatingMoment
    pain: Rating = Field(default=None, ge=0, le=10)
    tightness: Rating = Field(default=None, ge=0, le=10)
    sharp: bool = False
    rated_at: AwareDatetime


class MorningRatingIn(BaseModel):
    model_config = _IN
    day: date
    pain: Rating = Field(default=None, ge=0, le=10)
    tightness: Rating = Field(default=None, ge=0, le=10)
    side: Side | None = None
    rated_at: AwareDatetime


class RunIn(BaseModel):
    model_config = _IN
    source_key: str = Field(min_length=1)
    day: date
    start_time: time | None = None
    minutes: float = Field(gt=0, le=7 * 24 * 60)
    distance_km: float | None = Field(default=None, ge=0, le=1000)
    calf_feel: Rating = Field(default=None, ge=0, le=10)
    source: RunSource
    note: str = ""
    recorded_at: AwareDatetime


class CalfTestIn(BaseModel):
    model_config = _IN
    uuid: str = Field(min_length=1)
    day: date
    side: Side
    kind: CalfTestKind
    value: float = Field(ge=0, le=1000)
    recorded_at: AwareDatetime


class PauseIn(BaseModel):
    model_config = _IN
    first_day: date
    last_day: date | None = None


class EnrolmentIn(BaseModel):
    model_config = _IN
    uuid: str = Field(min_length=1)
    programme_id: str = Field(min_length=1)
    start_day: date
    name: str | None = None
    side: Side | None = None
    location: Location = Location.NONE
    state: EnrolmentState
    finished_day: date | None = None
    morning_slot: time | None = None
    evening_slot: time | None = None
    time_zone: str = Field(min_length=1)
    pauses: list[PauseIn] = Field(default_factory=list)
    created_at: AwareDatetime
    updated_at: AwareDatetime


class RecordsIn(BaseModel):
    """What an export holds besides its sessions; every list may be missing."""

    model_config = _IN
    session_ratings: list[SessionRatingIn] = Field(default_factory=list)
    morning_ratings: list[MorningRatingIn] = Field(default_factory=list)
    runs: list[RunIn] = Field(default_factory=list)
    calf_tests: list[CalfTestIn] = Field(default_factory=list)
    enrolments: list[EnrolmentIn] = Field(default_factory=list)

    @property
    def count(self) -> int:
        return (len(self.session_ratings) + len(self.morning_ratings) + len(self.runs)
                + len(self.calf_tests) + len(self.enrolments))


_DAY_FIELDS = {
    "morning_ratings": ("day",), "runs": ("day",), "calf_tests": ("day",),
    "enrolments": ("start_day", "finished_day"),
}  # fmt: skip


def _problems(records: RecordsIn, now: datetime) -> list[str]:
    latest = (now + LATEST_AHEAD).date()
    problems = []
    for name, fields in _DAY_FIELDS.items():
        for i, item in enumerate(getattr(records, name)):
            for field in fields:
                value = getattr(item, field)
                if value is not None and not EARLIEST_DATE <= value <= latest:
                    problems.append(tr("{where}: {value} is outside {earliest} .. {latest}").format(
                        where=f"{name}.{i}.{field}", value=value.isoformat(),
                        earliest=EARLIEST_DATE.isoformat(), latest=latest.isoformat()))
    for i, test in enumerate(records.calf_tests):
        try:
            check_calf_test(test.side, test.kind, test.value)
        except ValueError as error:
            problems.append(f"calf_tests.{i}: {error}")
    for i, enrolment in enumerate(records.enrolments):
        try:
            check_time_zone(enrolment.time_zone)
        except ValueError as error:
            problems.append(f"enrolments.{i}: {error}")
        for j, pause in enumerate(enrolment.pauses):
            if pause.last_day is not None and pause.last_day < pause.first_day:
                problems.append(tr("{where}: ends before it begins").format(
                    where=f"enrolments.{i}.pauses.{j}"))
    return problems


def parse_records(text: str, now: datetime | None = None) -> RecordsIn:
    """Validate the records of a JSON export; every problem is reported at once."""
    try:
        records = RecordsIn.model_validate_json(text)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise HistoryImportError(tr("This is not a Supple history export: {problems}").format(
            problems=problems)) from error
    found = _problems(records, now or datetime.now(UTC))
    if found:
        raise HistoryImportError(tr("Records no history can hold: {problems}").format(
            problems="; ".join(found)))
    return records
