"""What a finished or stopped session was, decided once for the history and the finish screen.

A routine skipped through from first step to last reaches its end, but nothing was done: it is
not "completed" (which is what streaks and "last done" count), and the finish screen does not
say "Well done". One step done among skips is a completed session.
"""

from __future__ import annotations

from supple.core.history.model import Outcome
from supple.core.session.events import RoutineFinished, RoutineStopped


def session_outcome(event: RoutineFinished | RoutineStopped) -> Outcome:
    """The outcome the history records for the event that ended the session."""
    if isinstance(event, RoutineStopped):
        return Outcome.STOPPED
    every_step_skipped = event.done == 0 and event.skipped > 0
    return Outcome.STOPPED if every_step_skipped else Outcome.COMPLETED


def finish_title(event: RoutineFinished | RoutineStopped) -> str:
    """The finish screen's heading for the event that ended the session."""
    if session_outcome(event) is Outcome.COMPLETED:
        return "Well done"
    if isinstance(event, RoutineFinished):
        return "Every step skipped"
    return "Stopped early"
