"""The one Qt adapter between the session engine and everything that shows or sounds it.

It owns a single precise QTimer that wakes the engine at its next deadline (an event, or the
moment the shown second changes), forwards each event to the cue player first (so sound is never
delayed by painting) and then re-emits it as a Qt signal for widgets and the history recorder.
Last, once per wake-up, it works out what is shown (a :class:`Display`) and hands that to every
widget, so the widgets never read the clock and cannot disagree with each other.
Nothing here does file I/O; a late wake-up only makes that one wake-up late, never what follows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from supple.core.session.cue_port import CuePlayer
from supple.core.session.display import Display, snapshot
from supple.core.session.engine import SessionEngine, State
from supple.core.session.events import Event, Suspended

#: A cue more than this late (after a stall, or a jump) is shown but not played: a beep
#: seconds after its moment would mislead more than silence.
MAX_CUE_LATENESS = 0.35


class SessionDriver(QObject):
    #: Every engine event, in order: a supple.core.session.events.SessionEvent.
    happened = Signal(object)
    #: The engine's State changed: the new supple.core.session.engine.State.
    stateChanged = Signal(object)
    #: What is shown now, a supple.core.session.display.Display: once per wake-up or
    #: command, after its events and state change (also kept as :attr:`display`).
    displayed = Signal(object)
    #: Something shown may have changed (a second passed, a command ran); after displayed.
    refreshed = Signal()

    def __init__(self, engine: SessionEngine, cues: CuePlayer | None = None,
                 parent: QObject | None = None, *, voice: bool = True) -> None:
        super().__init__(parent)
        self.engine = engine
        self.cues = cues
        self.voice = voice
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)
        self._state = engine.state
        self._slept = False  # the pause under way began with the computer asleep
        self._display = snapshot(engine, engine.clock.now())

    # Commands: each acts at the engine clock's "now".
    def start(self, at_segment: int = 0, earlier: Mapping[int, bool] | None = None,
              active_before: float = 0.0) -> None:
        self._run(self.engine.start(at_segment=at_segment, earlier=earlier,
                                    active_before=active_before))

    def toggle(self) -> None:
        self._run(self.engine.toggle())

    def pause(self) -> None:
        self._run(self.engine.pause())

    def resume(self) -> None:
        self._run(self.engine.resume())

    def skip(self) -> None:
        self._run(self.engine.skip())

    def back(self) -> None:
        self._run(self.engine.back())

    def restart_step(self) -> None:
        self._run(self.engine.restart_step())

    def stop(self) -> None:
        self._run(self.engine.stop())

    @property
    def state(self) -> State:
        return self.engine.state

    @property
    def display(self) -> Display:
        """What was shown at the last wake-up or command (what a widget made since shows)."""
        return self._display

    def tick(self) -> None:
        """Emit whatever is due now, as the timer would; for tests driving a fake clock."""
        self._wake()

    def _wake(self) -> None:
        self._run(self.engine.tick())

    def _run(self, events: list[Event]) -> None:
        now = self.engine.clock.now()
        if self.cues is not None:
            for ev in events:
                if ev.cue is None:
                    continue
                if now - self.engine.deadline_of(ev.at) > MAX_CUE_LATENESS:
                    continue
                self.cues.play(ev.cue.kind)
                if self.voice and ev.cue.say:
                    self.cues.say(ev.cue.say)
        self._schedule()  # before the listeners: however long they take, the next wake is set
        for ev in events:
            if isinstance(ev, Suspended):
                self._slept = True
            self.happened.emit(ev)
        if self.engine.state is not self._state:
            self._state = self.engine.state
            self.stateChanged.emit(self._state)
        if self._state is State.RUNNING:
            self._slept = False
        # After the listeners, at a fresh "now": one of them may have run a command.
        self._display = snapshot(self.engine, self.engine.clock.now(), slept=self._slept)
        self.displayed.emit(self._display)
        self.refreshed.emit()

    def _schedule(self) -> None:
        deadline = self.engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        delay = deadline - self.engine.clock.now()
        self._timer.start(max(0, math.ceil(delay * 1000)))
