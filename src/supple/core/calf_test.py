"""The calf test: single-leg heel raises to fatigue, paced by a metronome and counted from
the beat, each leg apart; the knee-to-wall distance beside it; and when the next one is due.

Why it is shaped like this: the physiotherapists' heel-rise test paces the raises with a
metronome (30 raises a minute: up on one beat, down on the next) and counts the raises made
until the runner can no longer keep the pace or the height (docs/evidence.md, "The calf
test"). A runner alone cannot count and keep time at once, so the app does both: the count
follows from the beats, which follow from a deadline on an injected monotonic clock, as the
session engine's do. A late wake-up never drifts the beat or miscounts: every beat is at
``start + lead_in + k × beat`` whenever :meth:`HeelRaisePacer.tick` is called.

A raise counts when the heel comes back down on its "down" beat. Stopping half-way through
a raise (after "up", before "down") leaves that raise out: the runner stops because the last
one could not be done. The runner may correct the count afterwards (:meth:`correct`); the
count kept is then the corrected one.

Plain Python on plain data: nothing here reads a clock of its own or the history, so every
answer is tested with a fake clock and hand-made test days.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from supple.core.history.records import CalfTest, Enrolment, EnrolmentState, Side
from supple.core.wording import tr

#: Raises a minute: a metronome at 60 beats a minute, up on one beat, down on the next.
RAISES_PER_MINUTE = 30
LEAD_IN_S = 5.0
#: The count from the lead-in's end: the last seconds of it are counted down aloud.
COUNTDOWN_FROM = 3
#: A test still paced after this long is stopped: the runner has walked away. At 30 a minute
#: that is 300 raises, far above what the test's studies report.
TIME_LIMIT_S = 600.0
MAX_RAISES = 1000  # as the history keeps them (records.check_calf_test)
#: How often the test is offered: every two weeks.
DUE_EVERY_DAYS = 14
PROGRAMME_WEEK_DAYS = 7
#: Knee to wall, as the screen and the command line take it: 0 to 40 cm in half centimetres.
KNEE_WALL_MAX_CM = 40.0
KNEE_WALL_STEP_CM = 0.5
ABOUT_MINUTES = 5  # "about 5 minutes": two legs to fatigue, their lead-ins, two measures


class Phase(Enum):
    READY = "ready"  # not started
    LEAD_IN = "lead_in"  # counting down to the first beat
    PACING = "pacing"  # the metronome is going
    STOPPED = "stopped"  # the runner stopped, or the time limit did


class StopReason(Enum):
    RUNNER = "runner"  # "I can't keep up"
    TIME_LIMIT = "time_limit"


@dataclass(frozen=True, slots=True)
class Countdown:
    """``seconds`` left of the lead-in (3, 2, 1)."""

    seconds: int


@dataclass(frozen=True, slots=True)
class Beat:
    """The metronome's ``number``-th beat (from 1); ``up`` says which half of a raise."""

    number: int
    up: bool


@dataclass(frozen=True, slots=True)
class Raised:
    """A raise done: the heel came back down on its beat; ``count`` so far."""

    count: int


@dataclass(frozen=True, slots=True)
class Stopped:
    count: int
    reason: StopReason


Event = Countdown | Beat | Raised | Stopped


class HeelRaisePacer:
    """One leg's heel raises: the lead-in, the beats, the count, the stop, the correction.

    ``now`` is a monotonic clock (seconds; only differences count). Commands take no time
    of their own: each reads ``now`` once. :meth:`tick` returns what happened since the last
    call, in order, and :meth:`next_deadline` says when to call it again."""

    def __init__(self, now: Callable[[], float], *, per_minute: int = RAISES_PER_MINUTE,
                 lead_in_s: float = LEAD_IN_S, time_limit_s: float = TIME_LIMIT_S) -> None:
        if not (isinstance(per_minute, int) and 1 <= per_minute <= 120):
            # untranslated: a caller's bug (the window's own constants)
            raise ValueError(f"per_minute must be a whole number from 1 to 120, "
                             f"got {per_minute!r}")
        for name, value in (("lead_in_s", lead_in_s), ("time_limit_s", time_limit_s)):
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                # untranslated: a caller's bug (the window's own constants)
                raise ValueError(f"{name} must be 0 or more seconds, got {value!r}")
        self._now = now
        self.per_minute = per_minute
        self.beat_s = 60.0 / (2 * per_minute)  # two beats a raise
        self.lead_in_s = float(lead_in_s)
        self.time_limit_s = float(time_limit_s)
        self.phase = Phase.READY
        self._first_beat: float = 0.0
        self._beats = 0  # beats announced so far
        self._countdown_said = COUNTDOWN_FROM + 1
        self._counted = 0
        self._corrected: int | None = None
        self.reason: StopReason | None = None

    # ----- commands ----------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self.phase is not Phase.READY:
            raise RuntimeError("this leg's test has already started")  # untranslated: a bug
        self._first_beat = self._now() + self.lead_in_s
        self.phase = Phase.LEAD_IN
        return self.tick()

    def tick(self) -> list[Event]:
        """What happened up to now: the countdown's seconds, the beats, the raises."""
        if self.phase not in (Phase.LEAD_IN, Phase.PACING):
            return []
        now = self._now()
        events: list[Event] = []
        if self.phase is Phase.LEAD_IN:
            # Only the second it is now: a late wake-up says no stale numbers.
            left = max(1, math.ceil(self._first_beat - now - 1e-9))
            if left <= COUNTDOWN_FROM and left < self._countdown_said \
                    and now + 1e-9 < self._first_beat:
                self._countdown_said = left
                events.append(Countdown(left))
            if now + 1e-9 < self._first_beat:
                return events
            self.phase = Phase.PACING
        limit = self._first_beat + self.time_limit_s
        due = math.floor((min(now, limit) - self._first_beat) / self.beat_s + 1e-9) + 1
        while self._beats < due:
            self._beats += 1
            up = self._beats % 2 == 1
            events.append(Beat(self._beats, up))
            if not up:
                self._counted = min(self._beats // 2, MAX_RAISES)
                events.append(Raised(self._counted))
        if now + 1e-9 >= limit:
            events.append(self._stop(StopReason.TIME_LIMIT))
        return events

    def stop(self) -> list[Event]:
        """The runner can no longer keep the pace or the height. What the beats owed up to
        now is counted first; a raise whose "down" beat has not come is not."""
        if self.phase is Phase.READY:
            raise RuntimeError("this leg's test has not started")  # untranslated: a bug
        if self.phase is Phase.STOPPED:
            return []
        events = self.tick()
        if self.reason is not None:  # the time limit came first
            return events
        events.append(self._stop(StopReason.RUNNER))
        return events

    def _stop(self, reason: StopReason) -> Stopped:
        self.phase = Phase.STOPPED
        self.reason = reason
        return Stopped(self._counted, reason)

    def correct(self, count: int) -> None:
        """The runner's own count, once stopped (the app may have missed or added one)."""
        if self.phase is not Phase.STOPPED:
            # untranslated: a caller's bug (the window offers it once stopped)
            raise RuntimeError("the count can be corrected once the test is stopped")
        self._corrected = check_raises(count)

    # ----- state -------------------------------------------------------------------------

    @property
    def counted(self) -> int:
        """Raises counted from the beat."""
        return self._counted

    @property
    def count(self) -> int:
        """The count kept: the runner's correction if there is one, else the beat's."""
        return self._counted if self._corrected is None else self._corrected

    @property
    def corrected(self) -> bool:
        return self._corrected is not None and self._corrected != self._counted

    def next_deadline(self) -> float | None:
        """When :meth:`tick` has something new to say (monotonic seconds), or None."""
        if self.phase is Phase.LEAD_IN:
            second = self._first_beat - (self._countdown_said - 1)
            return second if self._countdown_said > 1 and second < self._first_beat \
                else self._first_beat
        if self.phase is Phase.PACING:
            return min(self._first_beat + self._beats * self.beat_s,
                       self._first_beat + self.time_limit_s)
        return None

    def beat_time(self, number: int) -> float:
        """When the ``number``-th beat is (monotonic seconds), for a player that must not
        sound a beat long after its moment."""
        return self._first_beat + (number - 1) * self.beat_s


# ----- values -----------------------------------------------------------------------------


def check_raises(count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_RAISES:
        raise ValueError(tr("heel raises must be a whole count from 0 to {limit}, "
                            "got {value}").format(limit=MAX_RAISES, value=repr(count)))
    return count


def check_knee_wall(cm: object) -> float:
    """Centimetres from the big toe to the wall, 0 to 40, to the half centimetre."""
    if isinstance(cm, bool) or not isinstance(cm, int | float) or not math.isfinite(cm) \
            or not 0 <= cm <= KNEE_WALL_MAX_CM:
        raise ValueError(tr("knee to wall must be 0 to {limit} cm, got {value}").format(
            limit=f"{KNEE_WALL_MAX_CM:g}", value=repr(cm)))
    return round(float(cm) * 2) / 2


def side_order(first: Side | None) -> tuple[Side, Side]:
    """The legs in the order they are tested: the side the runner enrolled with first (the
    one that hurts), else left then right."""
    return (Side.RIGHT, Side.LEFT) if first is Side.RIGHT else (Side.LEFT, Side.RIGHT)


def first_side(enrolments: Iterable[Enrolment]) -> Side | None:
    """The side of the latest open enrolment that named one leg, if any."""
    found = None
    for e in enrolments:
        if e.state is not EnrolmentState.FINISHED and e.side in (Side.LEFT, Side.RIGHT):
            found = e.side
    return found


# ----- when it is due ---------------------------------------------------------------------


class DueReason(Enum):
    NEVER = "never"  # no calf test yet
    PROGRAMME_START = "programme_start"  # week 1 of a programme, none since it began
    INTERVAL = "interval"  # none in the last 14 days


@dataclass(frozen=True, slots=True)
class CalfTestDue:
    reason: DueReason
    last: date | None  # the latest test's day
    programme: str | None = None  # the programme whose first week it is

    def text(self, today: date) -> str:
        """One line for the Today view: "Calf test due: about 5 minutes · …"."""
        if self.reason is DueReason.NEVER or self.last is None:
            text = tr("Calf test due: about {minutes} minutes · none yet, so this one is your "
                      "starting point.")
        elif self.reason is DueReason.PROGRAMME_START and self.programme:
            text = tr("Calf test due: about {minutes} minutes · week 1 of {programme}: a "
                      "starting point for it.")
        elif self.reason is DueReason.PROGRAMME_START:
            text = tr("Calf test due: about {minutes} minutes · week 1 of your programme: a "
                      "starting point for it.")
        else:
            text = tr("Calf test due: about {minutes} minutes · your last was %n day(s) ago.",
                      None, (today - self.last).days)
        return text.format(minutes=ABOUT_MINUTES, programme=self.programme)


def calf_test_due(tests: Iterable[CalfTest], enrolments: Iterable[Enrolment], today: date,
                  names: dict[str, str] | None = None) -> CalfTestDue | None:
    """Due when there is none in the last 14 days (or none at all), and in the first week of
    an active programme when none was done since it began; else None."""
    days = [t.day for t in tests if t.day <= today]
    last = max(days) if days else None
    for e in enrolments:
        if e.state is EnrolmentState.ACTIVE and \
                e.start_day <= today < e.start_day + timedelta(days=PROGRAMME_WEEK_DAYS) \
                and (last is None or last < e.start_day):
            name = e.name or (names or {}).get(e.programme_id, e.programme_id)
            return CalfTestDue(DueReason.PROGRAMME_START, last, name)
    if last is None:
        return CalfTestDue(DueReason.NEVER, None)
    if (today - last).days >= DUE_EVERY_DAYS:
        return CalfTestDue(DueReason.INTERVAL, last)
    return None
