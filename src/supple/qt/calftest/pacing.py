"""The one Qt adapter between a leg's :class:`HeelRaisePacer` and the screen and speakers.

As the session driver does for a routine: a single precise QTimer wakes the pacer at its
next deadline; each wake-up's events go to the cue player first (so a beat is never late for
a paint) and then out as a Qt signal. A timer that fires early only ticks for nothing; one
that fires late loses no beat (the pacer counts from its deadlines), and a beat more than
``MAX_CUE_LATENESS`` late is counted and shown but not sounded.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from supple.core.calf_test import Beat, Countdown, Event, HeelRaisePacer, Stopped
from supple.core.session.cue_port import CuePlayer
from supple.core.session.cues import CueKind

MAX_CUE_LATENESS = 0.35


def cue_for(event: Event) -> CueKind | None:
    if isinstance(event, Countdown):
        return CueKind.COUNTDOWN
    if isinstance(event, Beat):
        return CueKind.REP_UP if event.up else CueKind.REP_DOWN
    if isinstance(event, Stopped):
        return CueKind.FINISHED
    return None


class PacerDriver(QObject):
    #: Each of the pacer's events, in order (a supple.core.calf_test Event).
    happened = Signal(object)

    def __init__(self, pacer: HeelRaisePacer, cues: CuePlayer, now: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pacer = pacer
        self._cues = cues
        self._now = now
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)

    def start(self) -> None:
        self._cues.play(CueKind.LEAD_IN)
        self._run(self.pacer.start())

    def stop(self) -> None:
        self._run(self.pacer.stop())

    def halt(self) -> None:
        """No more wake-ups (the window closed); the count stays as it was."""
        self._timer.stop()

    def wake(self) -> None:
        """What the timer calls; tests call it after moving their clock."""
        self._run(self.pacer.tick())

    def _run(self, events: Sequence[Event]) -> None:
        sounded = [e for e in events if cue_for(e) is not None]
        if sounded:  # the latest only: a burst after a stall would mislead
            last = sounded[-1]
            late = self._now() - self.pacer.beat_time(last.number) \
                if isinstance(last, Beat) else 0.0
            kind = cue_for(last)
            if kind is not None and late <= MAX_CUE_LATENESS:
                self._cues.play(kind)
        for event in events:
            self.happened.emit(event)
        self._schedule()

    def _schedule(self) -> None:
        deadline = self.pacer.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil((deadline - self._now()) * 1000)))

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()
