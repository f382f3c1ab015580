"""The records kept around the sessions (schema version 2): ratings, runs, calf tests and
enrolments in programmes.

Apart from ``model`` (the sessions' records) so that each stays small; the programme rules, the
runs importers and the screens name these types without the SQLite plumbing. Values are checked
here, once, with messages that name the field: a bad value is the caller's bug (the screens and
the command line check what the user typed before it gets this far).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supple.core.wording import tr


class RatingMoment(Enum):
    """When a rating was given. ``BEFORE`` is only ever a mixed rating (the library asks it)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"
    MORNING = "morning"


class Side(Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def label(self) -> str:
        """``left side``, ``both sides``: as a person reads it (the value is stored)."""
        return {Side.LEFT: tr("left side"), Side.RIGHT: tr("right side"),
                Side.BOTH: tr("both sides")}[self]


class RunSource(Enum):
    MANUAL = "manual"
    GPX = "gpx"
    TCX = "tcx"
    FIT = "fit"


class CalfTestKind(Enum):
    HEEL_RAISES = "heel_raises"  # single-leg heel raises to fatigue: a count
    KNEE_TO_WALL = "knee_to_wall"  # centimetres, one decimal


class Location(Enum):
    """Where an Achilles tendon hurts: it chooses a programme's variant."""

    MID_PORTION = "mid-portion"
    INSERTION = "insertion"
    NONE = "none"

    @property
    def label(self) -> str:
        """``mid-portion``, ``insertion`` (empty for none), as a person reads it."""
        return {Location.MID_PORTION: tr("mid-portion"), Location.INSERTION: tr("insertion"),
                Location.NONE: ""}[self]


class EnrolmentState(Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class SessionRating:
    """Pain and tightness rated apart, during or right after one session."""

    session_uuid: str
    moment: RatingMoment  # DURING or AFTER
    pain: int | None
    tightness: int | None
    sharp: bool
    rated_at: datetime


@dataclass(frozen=True, slots=True)
class MorningRating:
    """How the calves feel on waking, one per local day; ``side`` is where, if given."""

    day: date
    pain: int | None
    tightness: int | None
    side: Side | None
    rated_at: datetime


@dataclass(frozen=True, slots=True)
class RatingEntry:
    """Any rating, in one shape, for the pain rules and the history's lines. A rating from
    before pain and tightness were separated has ``mixed`` set and ``pain``/``tightness``
    None: it was one "tightness or pain" number, and is shown as that, never as pain."""

    day: date
    moment: RatingMoment
    pain: int | None = None
    tightness: int | None = None
    mixed: int | None = None
    sharp: bool = False
    session_uuid: str | None = None  # None for a morning rating

    @property
    def is_mixed(self) -> bool:
        return self.mixed is not None


@dataclass(frozen=True, slots=True)
class NewRun:
    """A run to add: typed in, or parsed from a GPX/TCX/FIT file (whose parser gives the
    ``source_key``: the same run imported twice has the same key, and is added once)."""

    day: date
    minutes: float
    start_time: time | None = None
    distance_km: float | None = None
    calf_feel: int | None = None
    source: RunSource = RunSource.MANUAL
    source_key: str | None = None  # None: a manual run, given a key of its own
    note: str = ""


@dataclass(frozen=True, slots=True)
class RunRecord:
    source_key: str  # its identity: update and delete by it
    day: date
    start_time: time | None
    minutes: float
    distance_km: float | None
    calf_feel: int | None
    source: RunSource
    note: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class CalfTest:
    uuid: str
    day: date
    side: Side  # LEFT or RIGHT: each leg is tested on its own
    kind: CalfTestKind
    value: float  # a count of heel raises, or centimetres from the wall
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Pause:
    """Days ``first_day`` .. ``last_day`` (both included) are paused; ``last_day`` is None
    while the pause lasts."""

    first_day: date
    last_day: date | None

    def covers(self, day: date) -> bool:
        return self.first_day <= day and (self.last_day is None or day <= self.last_day)


@dataclass(frozen=True, slots=True)
class Enrolment:
    """Someone following a programme from ``start_day``; where they are in it follows from
    the start, the pauses and the programme's schedule, so only these are kept."""

    uuid: str
    programme_id: str
    start_day: date
    name: str | None
    side: Side | None
    location: Location
    state: EnrolmentState
    finished_day: date | None
    morning_slot: time | None
    evening_slot: time | None
    time_zone: str  # an IANA key, such as Europe/Berlin
    pauses: tuple[Pause, ...]
    created_at: datetime
    updated_at: datetime


class UnknownRecord(LookupError):
    """A run, calf test or enrolment the store never saw: a bug in the caller."""


# ----- checks ---------------------------------------------------------------------------------


def check_rating(value: int | None, name: str) -> None:
    if value is not None and not (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10
    ):
        raise ValueError(tr("{field} must be an integer from 0 to 10, got {value}").format(
            field=name, value=repr(value)))


def check_calf_test(side: Side, kind: CalfTestKind, value: float) -> float:
    """The value as stored: a whole count, or centimetres rounded to one decimal."""
    if Side(side) is Side.BOTH:
        raise ValueError(tr("{field} of a calf test must be left or right: each leg is tested "
                            "alone").format(field="side"))
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(tr("{field} must be a number, got {value}").format(
            field="value", value=repr(value)))
    if CalfTestKind(kind) is CalfTestKind.HEEL_RAISES:
        if value != int(value) or not 0 <= value <= 1000:
            raise ValueError(tr("{field} (heel raises) must be a whole count from 0 to 1000, "
                                "got {value}").format(field="value", value=repr(value)))
        return float(int(value))
    if not 0 <= value <= 100:
        raise ValueError(tr("{field} (knee to wall) must be 0 to 100 cm, got {value}").format(
            field="value", value=repr(value)))
    return round(float(value), 1)


def check_run(run: NewRun) -> None:
    if not (isinstance(run.minutes, int | float) and math.isfinite(run.minutes)
            and 0 < run.minutes <= 7 * 24 * 60):
        raise ValueError(tr("{field} of a run must be more than 0 and at most a week, "
                            "got {value}").format(field="minutes", value=repr(run.minutes)))
    distance = run.distance_km
    if distance is not None and not (isinstance(distance, int | float)
                                     and math.isfinite(distance) and 0 <= distance <= 1000):
        raise ValueError(tr("{field} must be 0 to 1000, got {value}").format(
            field="distance_km", value=repr(distance)))
    check_rating(run.calf_feel, "calf_feel")
    RunSource(run.source)
    if run.source_key is not None and not run.source_key.strip():
        raise ValueError(tr("{field} of a run must not be empty").format(field="source_key"))
    if run.source is not RunSource.MANUAL and run.source_key is None:
        raise ValueError(tr("a run from a {format} file needs the parser's {field}").format(
            format=run.source.value, field="source_key"))


def check_time_zone(key: str) -> None:
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
        raise ValueError(tr("{field} must be a time zone name such as Europe/Berlin, "
                            "got {value}").format(field="time_zone", value=repr(key))) from error


LOCALTIME = Path("/etc/localtime")
TIMEZONE_FILE = Path("/etc/timezone")


def zone_key(env: Mapping[str, str] | None = None, localtime: Path = LOCALTIME,
             timezone_file: Path = TIMEZONE_FILE) -> str | None:
    """The IANA key of this computer's time zone, read afresh: ``TZ`` when it names a zone,
    else the zone ``localtime`` links to (the link itself, then where its chain ends), else
    ``timezone_file``'s; None when none names a zone ``zoneinfo`` knows."""
    environ = os.environ if env is None else env
    candidates = [environ.get("TZ", "").strip().removeprefix(":")]
    for read in (os.readlink, os.path.realpath):
        try:
            target = str(read(localtime))
        except OSError:
            continue
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    try:
        with open(timezone_file, encoding="utf-8") as file:
            candidates.append(file.read(200).strip())
    except OSError:
        pass
    for key in candidates:
        if key and not key.startswith("/"):
            try:
                ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return key
    return None


def local_time_zone() -> str:
    """The IANA key of this computer's time zone (what an enrolment keeps, so that its
    schedule follows the runner's clocks across daylight saving): :func:`zone_key`, or "UTC"
    when nothing names a zone."""
    return zone_key() or "UTC"


def day_text(day: date) -> str:
    if isinstance(day, datetime) or not isinstance(day, date):
        raise ValueError(f"a day must be a date, got {day!r}")  # untranslated: a caller's bug
    return day.isoformat()


def time_text(moment: time | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        # untranslated: a caller's bug (the window and the import give naive times)
        raise ValueError(f"a local time of day has no time zone, got {moment!r}")
    return moment.replace(microsecond=0).isoformat()
