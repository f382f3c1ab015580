"""What a finished or stopped session was, as the history records it.

A routine skipped through from first step to last reaches its end, but nothing was done: it is
not "completed" (which is what streaks and "last done" count), and the finish screen does not
say "Well done". One step done among skips is a completed session.
"""

from __future__ import annotations

from supple.core.history.model import Outcome
from supple.core.session.events import RoutineFinished, RoutineStopped, every_step_skipped


def session_outcome(event: RoutineFinished | RoutineStopped) -> Outcome:
    """The outcome the history records for the event that ended the session."""
    if isinstance(event, RoutineStopped):
        return Outcome.STOPPED
    nothing = every_step_skipped(event.done, event.skipped)
    return Outcome.STOPPED if nothing else Outcome.COMPLETED

