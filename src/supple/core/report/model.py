"""What a progress report holds, as plain frozen data: the renderers only lay it out.

Every figure a renderer prints is computed here or in ``build``, once, so the text, the CSV
and the PDF cannot disagree. Texts that came from files or the user (routine names, notes)
are kept as they were; each renderer makes them safe for where they go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from supple.core import wording
from supple.core.wording import QT_TR_NOOP, date_text, tr

#: The minimal clinically important difference in pain on a 0–10 numeric pain rating scale,
#: and where the figure comes from (docs/evidence.md, "Progress report").
MCID_POINTS = 2.0
MCID_SOURCE = QT_TR_NOOP(
    "Farrar et al. 2001, Pain 94(2):149–158: a fall of about 2 points (or 30 %) on the 0–10 "
    "scale was clinically important; Salaffi et al. 2004, Eur J Pain 8(4):283–291: 2 points "
    "was \"much better\", 1 point the smallest change felt")
"""Where the figure comes from, in English: pass it through ``tr`` where it is shown."""
#: How many days make "the first two" and "the last two weeks" of a period.
WINDOW_DAYS = 14


@dataclass(frozen=True)
class Query:
    """What to report on. ``routines`` are routine ids (empty: every routine); ``programme``
    a programme id. ``first`` and ``last`` are both included; ``today`` is the runner's local
    date, so that what is still to come in the period is not counted as missed."""

    first: date
    last: date
    today: date
    routines: tuple[str, ...] = ()
    programme: str | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(tr("the period ends ({last}) before it starts ({first})").format(
                last=self.last, first=self.first))
        if (self.last - self.first).days > 3660:
            raise ValueError(tr("a report covers at most ten years"))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]


@dataclass(frozen=True)
class Complaint:
    """An enrolment in the period: the programme, from when, and what was said at the start."""

    programme: str
    start: date
    side: str | None  # left, right, both
    location: str | None  # mid-portion, insertion
    state: str


@dataclass(frozen=True)
class ExerciseLine:
    name: str
    dose: str  # "15 reps · 1 s up, 3 s down · each side · 3 sets"
    load: str | None  # "12RM: a load you can lift only 12 times with good form"


@dataclass(frozen=True)
class Prescribed:
    """A routine as the runner did it in the period (the last programme week in it)."""

    routine_id: str
    routine: str  # its name
    programme: str | None
    how_often: str  # "twice a day (morning 07:30, evening 19:00)"
    weeks: str | None  # "weeks 1-12 of 12"
    exercises: tuple[ExerciseLine, ...]
    missing: bool = False  # the routine's file is not in the library


@dataclass(frozen=True)
class ExerciseKept:
    """One exercise over the period: in how many sessions it was done or skipped, of those
    planned (None when no programme plans its routine)."""

    routine: str
    exercise: str
    planned: int | None
    done: int
    skipped: int


@dataclass(frozen=True)
class WeekKept:
    """One calendar week (from Monday) of the period."""

    monday: date
    programme_week: int | None
    planned: int | None  # sessions the programmes planned (up to today), None: none planned
    done: int  # planned sessions completed
    stopped: int  # planned sessions started and stopped early, not redone that day
    missed: int | None
    sessions: int  # every session in scope that week, planned or not
    completed: int


@dataclass(frozen=True)
class SessionLine:
    day: date
    routine: str
    outcome: str  # "stopped early", "interrupted"
    steps_done: int
    steps_total: int
    steps_skipped: int


@dataclass(frozen=True)
class Note:
    day: date
    routine: str
    text: str


@dataclass(frozen=True)
class Adherence:
    weeks: tuple[WeekKept, ...]
    exercises: tuple[ExerciseKept, ...]
    planned: int | None
    done: int
    sessions: int
    completed: int
    active_days_30: int  # days with a completed session in the 30 days up to the period's end
    active_window: tuple[date, date]
    stopped: tuple[SessionLine, ...]  # stopped early or interrupted
    steps_skipped: int
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class RatingDay:
    """The mean of each kind of rating on one day; None where none was given."""

    day: date
    during: float | None
    after: float | None
    morning: float | None
    mixed: float | None  # "tightness or pain" from before the two were rated apart
    tightness: float | None
    average_7: float | None  # every pain rating of the 7 days up to this one


@dataclass(frozen=True)
class PainChange:
    """Mean pain in the first two and the last two weeks of the period."""

    first_mean: float
    first_count: int
    last_mean: float
    last_count: int

    @property
    def change(self) -> float:
        return self.last_mean - self.first_mean

    @property
    def important(self) -> bool:
        return abs(round(self.change, 1)) >= MCID_POINTS

    def verdict(self) -> str:
        change = round(self.change, 1)
        points, mcid = f"{abs(change):.1f}", f"{MCID_POINTS:g}"
        if change <= -MCID_POINTS:
            text = tr("down {points} points: at least the {mcid}-point minimal clinically "
                      "important difference, a clinically important improvement")
        elif change >= MCID_POINTS:
            text = tr("up {points} points: at least the {mcid}-point minimal clinically "
                      "important difference, a clinically important worsening")
        elif change < 0:
            text = tr("down {points} points: less than the {mcid}-point minimal clinically "
                      "important difference")
        elif change > 0:
            text = tr("up {points} points: less than the {mcid}-point minimal clinically "
                      "important difference")
        else:
            text = tr("unchanged: less than the {mcid}-point minimal clinically important "
                      "difference")
        return text.format(points=points, mcid=mcid)


@dataclass(frozen=True)
class Ratings:
    days: tuple[RatingDay, ...]
    pain_ratings: int  # separated pain ratings (during, after, morning)
    mixed_ratings: int
    change: PainChange | None
    change_note: str  # the sentence a report prints about the change (or why there is none)


@dataclass(frozen=True)
class RunLine:
    day: date
    minutes: float
    distance_km: float | None
    calf_feel: int | None


@dataclass(frozen=True)
class Activity:
    runs: tuple[RunLine, ...]
    rest_days: tuple[date, ...]  # no session and no run
    session_days: tuple[date, ...]  # a day with any session (of any routine)


@dataclass(frozen=True)
class AdviceLine:
    """The pain rules' advice, on the first day it changed to this."""

    day: date
    kind: str  # go on, ease, progress, see a professional
    text: str


@dataclass(frozen=True)
class LoadChange:
    day: date  # the first day of the programme week that changed it
    routine: str
    week: int
    before: str
    after: str
    direction: str  # "up", "down", "changed"


@dataclass(frozen=True)
class CalfTestRow:
    day: date
    left: float | None
    right: float | None


@dataclass(frozen=True)
class CalfTests:
    kind: str  # "Heel raises to fatigue"
    unit: str  # "raises", "cm"
    rows: tuple[CalfTestRow, ...]

    def first_last(self, side: str) -> tuple[float, float] | None:
        values = [getattr(r, side) for r in self.rows if getattr(r, side) is not None]
        return (values[0], values[-1]) if values else None


@dataclass(frozen=True)
class Report:
    query: Query
    runner: str | None
    complaints: tuple[Complaint, ...]
    prescriptions: tuple[Prescribed, ...]
    adherence: Adherence
    ratings: Ratings
    activity: Activity
    advice: tuple[AdviceLine, ...]
    load_changes: tuple[LoadChange, ...]
    calf_tests: tuple[CalfTests, ...]
    #: On how many rated days the rules gave each advice ("ease": 12), most frequent first.
    advice_days: tuple[tuple[str, int], ...] = field(default=())
    #: Plain sentences for what is missing ("No sessions in this period."), in report order.
    statements: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """Nothing at all was recorded in the period."""
        return not (self.adherence.sessions or self.ratings.days or self.activity.runs
                    or any(t.rows for t in self.calf_tests))




def month_text(day: date) -> str:
    """``Dec``, in the language of the report's words (wording.date_text, never ``strftime``,
    which follows the process's C locale and would mix languages in one report)."""
    return date_text(day, wording.MONTH)


def day_text(day: date) -> str:
    """``Mon 7 Dec 2026``: what a person reads; the CSV uses ISO dates."""
    return date_text(day, wording.WEEKDAY_DATE)


def figure(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"
