"""A long history written through the real store (a real SQLite file), for the tests that the
coach's narrowed reads answer as the full history does: years of heel drops twice a day and
warm-ups before runs, a programme followed and finished each year, one running, one left
active long past its end, and sessions recorded in far time zones at the edges of the
windows the coach reads (a session's local date as recorded can be a day or two from its
date in Berlin), plus a full-read view of the store that ignores every bound a read is given."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from supple.core.history.model import Outcome, SessionRecord
from supple.core.history.records import Location, NewRun, RatingMoment, RunRecord, Side
from supple.core.history.store import HistoryStore

BERLIN = ZoneInfo("Europe/Berlin")
FAR_EAST = timezone(timedelta(hours=14))  # Kiribati
FAR_WEST = timezone(timedelta(hours=-12))
TODAY = date(2026, 12, 2)
FINISHED = ("alfredson", "running-companion", "heavy-slow-resistance")
DROPS = "alfredson-heel-drops"
WARM_UP = "pre-run-warm-up"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2020, 1, 1, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


def _session(store: HistoryStore, clock: Clock, routine: str, at: datetime,
             outcome: Outcome = Outcome.COMPLETED) -> str:
    clock.now = at
    record = store.begin_session(routine, routine, "strength", "fp", 2)
    store.finish_session(record.uuid, outcome, 600.0)
    return record.uuid


def _target(store: HistoryStore, clock: Clock, routine: str, day: date, east: bool) -> None:
    """A session that is on ``day`` in Berlin but recorded a day off: 01:00 the day after in
    UTC+14 (noon in Berlin), or 23:30 the day before in UTC-12 (half past noon)."""
    if east:
        after = day + timedelta(days=1)
        at = datetime(after.year, after.month, after.day, 1, 0, tzinfo=FAR_EAST)
    else:
        before = day - timedelta(days=1)
        at = datetime(before.year, before.month, before.day, 23, 30, tzinfo=FAR_WEST)
    assert at.astimezone(BERLIN).date() == day
    _session(store, clock, routine, at)


def generate(path: Path, years: int) -> int:
    """``years`` of history up to ``TODAY`` (not included); the sessions made."""
    from supple.core.coach import schedule_for
    from supple.core.programmes.loader import load_folders
    from supple.core.resources import builtin_programmes_dir

    known = {p.id: p for p in load_folders(builtin_programmes_dir())[0]}
    clock = Clock()
    store = HistoryStore(path, clock=clock)
    first = TODAY - timedelta(days=365 * years)
    for year in range(years - 1):
        start = first + timedelta(days=365 * year)
        enrolment = store.enrol(FINISHED[year % len(FINISHED)], start,
                                time_zone="Europe/Berlin", side=Side.LEFT,
                                location=Location.MID_PORTION)
        if year % 2:  # paused a week in its fourth
            store.pause_enrolment(enrolment.uuid, start + timedelta(days=21))
            store.resume_enrolment(enrolment.uuid, start + timedelta(days=28))
        finished = start + timedelta(days=80 + year % 9)  # some a few days early or late
        store.finish_enrolment(enrolment.uuid, finished)
    # Left active long after its 12 weeks: its weeks and the last 30 days are read apart.
    store.enrol("running-companion", TODAY - timedelta(days=200), time_zone="Europe/Berlin")
    store.enrol("alfredson", TODAY - timedelta(days=35), time_zone="Europe/Berlin",
                name="Left Achilles", side=Side.LEFT, location=Location.MID_PORTION)
    # Where a read bounded a day too tight would miss a session: each programme's last day
    # and finishing day (recorded the day after), the first of the 30 active days before a
    # finish and before today (recorded the day before). Nothing else is done on those.
    targets: list[tuple[str, date, bool]] = []
    extra_runs: set[date] = set()
    for e in store.enrolments():
        routine = {"alfredson": DROPS, "running-companion": WARM_UP}.get(e.programme_id)
        extra_runs.add(e.start_day - timedelta(days=1))  # its first day is after a run
        if routine is None:
            continue
        asked = e.finished_day or TODAY
        end = schedule_for(e, known[e.programme_id], [], asked).end
        targets += [(routine, end, True), (routine, asked - timedelta(days=29), False)]
        if e.finished_day is not None:
            targets.append((routine, e.finished_day, True))
    kept_clear = {(r, d) for r, d, _ in targets}
    extra_runs |= {d for r, d, _ in targets if r == WARM_UP}
    made = 0
    runs = []
    day = first
    while day < TODAY:
        n = (day - first).days
        zone = FAR_WEST if n % 97 < 3 else BERLIN  # a trip now and then
        for hour in (7, 19):
            if (n + hour) % 11 == 0 or (DROPS, day) in kept_clear:
                continue
            outcome = Outcome.STOPPED if (n + hour) % 13 == 0 else Outcome.COMPLETED
            uuid = _session(store, clock, DROPS,
                            datetime(day.year, day.month, day.day, hour, 40, tzinfo=zone),
                            outcome)
            if n % 5:
                store.rate_split(uuid, pain=n % 4, tightness=(n + 1) % 5,
                                 moment=RatingMoment.AFTER)
            made += 1
        if n % 3:
            clock.now = datetime(day.year, day.month, day.day, 7, 0, tzinfo=BERLIN)
            store.rate_morning(day, pain=n % 3, tightness=n % 4)
        if day.weekday() in (1, 3, 5) or day in extra_runs:
            runs.append(NewRun(day, 40.0 + n % 20, distance_km=8.0))
            if (WARM_UP, day) not in kept_clear:
                _session(store, clock, WARM_UP,
                         datetime(day.year, day.month, day.day, 17, 30, tzinfo=zone))
                made += 1
        day += timedelta(days=1)
    for routine, on, east in targets:
        _target(store, clock, routine, on, east)
        made += 1
    store.add_runs(runs)
    store.flush()
    store.close()
    return made


class FullRead:
    """The store as the coach read it before its reads were bounded: every bounded read of
    sessions and runs answers with the whole history (newest first, as ``sessions()``), read
    once (the history is not changed while it is compared)."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store
        self._sessions: list[SessionRecord] | None = None
        self._runs: list[RunRecord] | None = None

    def sessions(self) -> list[SessionRecord]:
        if self._sessions is None:
            self._sessions = self._store.sessions()
        return self._sessions

    def sessions_within(self, spans: object) -> list[SessionRecord]:
        return self.sessions()

    def sessions_before(self, day: date, limit: int | None = None) -> list[SessionRecord]:
        return self.sessions()

    def runs(self, since: date | None = None, until: date | None = None) -> list[RunRecord]:
        if self._runs is None:
            self._runs = self._store.runs()
        return self._runs

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)
