"""Histories with known sessions, ratings, runs and calf tests, written through the real store,
for the report's tests (core, command line and PDF alike)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.records import CalfTestKind, Location, NewRun, RatingMoment, Side
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import LoadedProgramme, load_folders
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.core.routines.loader import load_path
from supple.core.routines.model import Routine

BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 9, 7)  # a Monday
DROPS = "alfredson-heel-drops"
HSR = "heavy-slow-calf-raises-seated"
STEPS = ("Heel drops, straight knee", "Heel drops, bent knee")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 9, 7, 7, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


def programmes() -> list[LoadedProgramme]:
    loaded, problems = load_folders(builtin_programmes_dir())
    assert not problems
    return loaded


def routine_of(routine_id: str) -> Routine | None:
    path = builtin_routines_dir() / f"{routine_id}.yaml"
    return load_path(path) if path.exists() else None


@dataclass
class History:
    store: HistoryStore
    clock: Clock

    def session(self, routine_id: str, at: datetime, outcome: Outcome = Outcome.COMPLETED,
                steps: tuple[str, ...] = STEPS, skipped: tuple[str, ...] = (),
                note: str = "", name: str = "Alfredson eccentric heel drops") -> str:
        self.clock.now = at
        record = self.store.begin_session(routine_id, name, "strength", "fp", len(steps))
        done_steps = steps if outcome is Outcome.COMPLETED else steps[:1]
        for position, step in enumerate(done_steps):
            status = StepStatus.SKIPPED if step in skipped else StepStatus.DONE
            self.store.record_step(record.uuid, position, step, None, status, 60.0,
                                   60.0 * (position + 1))
        self.clock.now = at + timedelta(minutes=10)
        self.store.finish_session(record.uuid, outcome, 600.0)
        if note:
            self.store.rate_session(record.uuid, note=note)
        return record.uuid

    def rate(self, uuid: str, during: int | None, after: int | None) -> None:
        if during is not None:
            self.store.rate_split(uuid, pain=during, moment=RatingMoment.DURING)
        if after is not None:
            self.store.rate_split(uuid, pain=after, moment=RatingMoment.AFTER, tightness=2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def open_history(path: Path) -> History:
    clock = Clock()
    return History(HistoryStore(path, clock=clock), clock)


def full_twelve_weeks(history: History) -> None:
    """Alfredson drops from START for 12 weeks (84 days), twice a day, except every Sunday
    evening; pain falls from 6 to 1 (during 6 → 1, after 5 → 1, mornings 4 → 0); a run every
    Saturday; heel raises each side every four weeks."""
    store = history.store
    store.enrol("alfredson", START, time_zone="Europe/Berlin", name="Sam Runner",
                side=Side.LEFT, location=Location.MID_PORTION)
    for i in range(84):
        day = START + timedelta(days=i)
        pain = 6 - (5 * i) // 83  # 6 on day 0, 1 on day 83
        morning = uuid = history.session(DROPS, at(day, 7, 40))
        history.rate(morning, pain, max(pain - 1, 1))
        if day.weekday() != 6:
            uuid = history.session(DROPS, at(day, 19, 10))
            history.rate(uuid, pain, max(pain - 1, 1))
        store.rate_morning(day, pain=max(pain - 2, 0), tightness=3)
        if day.weekday() == 5:
            store.add_run(NewRun(day, 40.0, distance_km=7.5, calf_feel=2))
        if i % 28 == 0:
            store.add_calf_test(day, Side.LEFT, CalfTestKind.HEEL_RAISES, 12 + i // 7)
            store.add_calf_test(day, Side.RIGHT, CalfTestKind.HEEL_RAISES, 25 + i // 14)
    store.flush()


def interrupted_fortnight(history: History) -> None:
    """Two weeks of the drops from START: every morning done, but three evenings stopped
    early (one with a note), one interrupted by a crash, and one done with the bent-knee
    drops skipped; the rest of the evenings done."""
    history.store.enrol("alfredson", START, time_zone="Europe/Berlin")
    for i in range(14):
        day = START + timedelta(days=i)
        history.session(DROPS, at(day, 7, 30))
        if i in (2, 5, 9):
            history.session(DROPS, at(day, 19, 0), Outcome.STOPPED,
                            note="=calf too sore, stopped" if i == 5 else "")
        elif i == 11:
            history.session(DROPS, at(day, 19, 0), Outcome.INTERRUPTED)
        elif i == 12:
            history.session(DROPS, at(day, 19, 0), skipped=(STEPS[1],), note="Bent knee hurt")
        else:
            history.session(DROPS, at(day, 19, 0))
    history.store.flush()


HSR_START = date(2026, 10, 5)  # a Monday


def heavy_slow_load_change(history: History) -> None:
    """Heavy slow resistance from HSR_START, all sessions done for three weeks (Mon, Wed,
    Fri, seated and standing): week 1 is 3 × 15 at 15RM, weeks 2-3 3 × 12 at 12RM. The
    sessions after week 1 are pain-free with settled mornings."""
    history.store.enrol("heavy-slow-resistance", HSR_START, time_zone="Europe/Berlin")
    for i in range(21):
        day = HSR_START + timedelta(days=i)
        if day.weekday() in (0, 2, 4):
            for routine, name, step in (
                    (HSR, "Heavy slow calf raises, seated", "Seated calf raises"),
                    ("heavy-slow-calf-raises-standing", "Heavy slow calf raises, standing",
                     "Standing calf raises on a step")):
                uuid = history.session(routine, at(day, 18, 0), steps=(step,), name=name)
                history.rate(uuid, 3 if i < 7 else 0, 3 if i < 7 else 0)
        history.store.rate_morning(day, pain=1, tightness=1)
    history.store.flush()
