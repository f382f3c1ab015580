"""What the session engine tells the world: one typed event per thing that happens.

Events that should be heard carry the :class:`CueEvent` to play; the UI matches on the type.
``at`` is the offset in the routine's timeline at which the event was due.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from supple.core.routines.model import Phase
from supple.core.session.timeline import CueEvent, Segment


@dataclass(frozen=True)
class Event:
    at: float
    segment: Segment | None
    cue: CueEvent | None


@dataclass(frozen=True)
class LeadInStarted(Event):
    """'Get ready' for the exercise named by ``segment``."""


@dataclass(frozen=True)
class StepStarted(Event):
    """Work begins: a hold, reps or a metronome drill (one side, one set)."""


@dataclass(frozen=True)
class SwitchSides(Event):
    """Change to ``segment.side``."""


@dataclass(frozen=True)
class RestStarted(Event):
    pass


@dataclass(frozen=True)
class Countdown(Event):
    remaining: int  # 3, 2, 1


@dataclass(frozen=True)
class Halfway(Event):
    pass


@dataclass(frozen=True)
class RepPhaseStarted(Event):
    rep: int
    reps: int
    phase: Phase | None
    new_rep: bool


@dataclass(frozen=True)
class MetronomeBeat(Event):
    beat: int


@dataclass(frozen=True)
class StepFinished(Event):
    """A work segment ended, done or skipped; ``seconds`` of active time were spent in it."""

    skipped: bool
    seconds: float


@dataclass(frozen=True)
class Paused(Event):
    pass


@dataclass(frozen=True)
class Resumed(Event):
    pass


@dataclass(frozen=True)
class Suspended(Event):
    """The computer slept; the session is paused where it was when it went to sleep."""

    slept: float


@dataclass(frozen=True)
class RoutineFinished(Event):
    active_seconds: float
    done: int
    skipped: int


def every_step_skipped(done: int, skipped: int) -> bool:
    """A routine skipped through from first step to last reached its end, but nothing was
    done: it is not a completed session (for the history, streaks and the finish screen).
    One step done among skips is."""
    return done == 0 and skipped > 0


@dataclass(frozen=True)
class RoutineStopped(Event):
    active_seconds: float
    done: int
    skipped: int


#: Every kind of event the engine emits, so that a ``match`` over them can be checked for
#: exhaustiveness (``typing.assert_never``): a new kind of event is then a type error wherever
#: events are dispatched, instead of something silently ignored.
SessionEvent: TypeAlias = (
    LeadInStarted | StepStarted | SwitchSides | RestStarted | Countdown | Halfway
    | RepPhaseStarted | MetronomeBeat | StepFinished | Paused | Resumed | Suspended
    | RoutineFinished | RoutineStopped
)
