"""The session engine: runs a :class:`Timeline` against a monotonic clock.

Time comes from deadlines, never from counting ticks: while running, the position in the routine
is ``now - origin``; pausing freezes the position and resuming moves ``origin``. A late wake-up
therefore delays nothing after it. Every command takes the ``now`` it acts at (default: the
injected clock) and returns the events it caused, in order; the engine does no I/O.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum

from supple.core.session.clock import Clock
from supple.core.session.cues import CueKind
from supple.core.session.events import (
    Countdown,
    Event,
    Halfway,
    LeadInStarted,
    MetronomeBeat,
    Paused,
    RepPhaseStarted,
    RestStarted,
    Resumed,
    RoutineFinished,
    RoutineStopped,
    StepFinished,
    StepStarted,
    Suspended,
    SwitchSides,
)
from supple.core.session.timeline import CueEvent, RepPhase, Segment, SegmentKind, Timeline

BACK_GRACE = 2.0  # seconds into a step after which "back" restarts it instead of going back
#: Seconds (of the clock, paused or not) after "back" restarted a step during which pressing it
#: again goes on to the previous step, as in media players: a second press is never another
#: restart, however slowly it follows.
BACK_AGAIN = 5.0
SUSPEND_THRESHOLD = 2.0  # seconds of sleep that count as a suspend

_START_EVENT: dict[SegmentKind, type[Event]] = {
    SegmentKind.LEAD_IN: LeadInStarted,
    SegmentKind.WORK: StepStarted,
    SegmentKind.SWITCH: SwitchSides,
    SegmentKind.REST: RestStarted,
}
_START_CUES = {CueKind.LEAD_IN, CueKind.START, CueKind.SWITCH, CueKind.REST}


class State(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def over(self) -> bool:
        return self in (State.FINISHED, State.STOPPED)

    @property
    def under_way(self) -> bool:
        """Started and not over: running or paused."""
        return self in (State.RUNNING, State.PAUSED)


@dataclass(frozen=True)
class _Entry:
    at: float
    event: Event
    starts_segment: bool


class SessionEngine:
    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self.clock = clock
        self.state = State.READY
        self._agenda = _agenda(timeline)
        self._agenda_at = [e.at for e in self._agenda]
        self._cursor = 0  # next agenda entry to emit
        self._origin = 0.0  # monotonic time at which offset 0 was (while running)
        self._frozen = 0.0  # the position while not running
        self._active = 0.0  # active seconds accumulated before the current run
        self._run_started = 0.0
        self._slept = 0.0
        self._last_tick_pos = 0.0
        self._current = 0  # index of the current segment
        self._entered_active = 0.0  # active seconds when the current segment was entered
        self._status: dict[int, bool] = {}  # work segment index -> skipped? (latest visit)
        self._closed = False  # the current segment's visit already has its StepFinished
        self._back_restarted: tuple[int, float] | None = None  # (segment, clock) of the last

    # --- queries --------------------------------------------------------------------------

    def position(self, now: float | None = None) -> float:
        """Seconds into the routine (pauses excluded)."""
        if self.state is State.RUNNING:
            now = self.clock.now() if now is None else now
            return min(max(now - self._origin, 0.0), self.timeline.total)
        return self._frozen

    def active_seconds(self, now: float | None = None) -> float:
        if self.state is State.RUNNING:
            now = self.clock.now() if now is None else now
            return self._active + (now - self._run_started)
        return self._active

    @property
    def segment(self) -> Segment | None:
        segs = self.timeline.segments
        return segs[self._current] if segs else None

    def remaining_in_segment(self, now: float | None = None) -> float:
        seg = self.segment
        return 0.0 if seg is None else max(seg.end - self.position(now), 0.0)

    def remaining_total(self, now: float | None = None) -> float:
        return max(self.timeline.total - self.position(now), 0.0)

    @property
    def done(self) -> int:
        return sum(1 for skipped in self._status.values() if not skipped)

    @property
    def skipped(self) -> int:
        return sum(1 for skipped in self._status.values() if skipped)

    def deadline_of(self, offset: float) -> float:
        """The monotonic time at which ``offset`` into the routine is (or was) due."""
        if self.state is State.RUNNING:
            return self._origin + offset
        return self.clock.now() + (offset - self._frozen)

    def next_deadline(self) -> float | None:
        """The monotonic time of the next thing due: an event or a change of the shown second.

        The driver sleeps until then; waking late or early is harmless.
        """
        if self.state is not State.RUNNING:
            return None
        pos = self.position()
        candidates = []
        if self._cursor < len(self._agenda):
            candidates.append(self._agenda[self._cursor].at)
        seg = self.segment
        if seg is not None:  # the countdown display changes on whole seconds before the end
            to_end = seg.end - pos
            frac = to_end - int(to_end)
            candidates.append(pos + (frac if frac > 1e-6 else 1.0))
        return self._origin + min(candidates) if candidates else None

    # --- commands -------------------------------------------------------------------------

    def start(self, now: float | None = None, *, at_segment: int = 0,
              earlier: Mapping[int, bool] | None = None,
              active_before: float = 0.0) -> list[Event]:
        """Begin, or go on from ``at_segment`` with an interrupted session; ``earlier`` tells
        how its work segments went before (segment index -> skipped?) and ``active_before``
        the active seconds it had, so the counts and the time at the end cover the whole
        session (the history records the same total)."""
        if self.state is not State.READY:
            return []
        if not 0 <= at_segment < max(len(self.timeline.segments), 1):
            # untranslated: a caller's mistake (the caller picks the segment), not the runner's
            raise ValueError(f"no segment {at_segment} in a timeline of "
                             f"{len(self.timeline.segments)}")
        now = self._now(now)
        self._slept = self.clock.slept()
        self.state = State.RUNNING
        start_at = self.timeline.segments[at_segment].start if self.timeline.segments else 0.0
        self._origin = now - start_at
        self._run_started = now
        self._current = at_segment
        self._status.update(earlier or {})
        self._active = max(active_before, 0.0)
        self._cursor = bisect.bisect_left(self._agenda_at, start_at)
        return self._advance(start_at)

    def tick(self, now: float | None = None) -> list[Event]:
        """Emit everything due by ``now``."""
        if self.state is not State.RUNNING:
            return []
        now = self._now(now)
        slept = self.clock.slept()
        if slept - self._slept > SUSPEND_THRESHOLD:
            return self._suspend(slept)
        self._slept = slept
        pos = self.position(now)
        self._last_tick_pos = pos
        return self._advance(pos)

    def pause(self, now: float | None = None) -> list[Event]:
        if self.state is not State.RUNNING:
            return []
        now = self._now(now)
        events = self._advance(self.position(now))
        if self.state is not State.RUNNING:  # finished on the way
            return events
        self._freeze(now)
        self.state = State.PAUSED
        return [*events, Paused(self._frozen, self.segment, None)]

    def resume(self, now: float | None = None) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        now = self._now(now)
        self._slept = self.clock.slept()
        self._origin = now - self._frozen
        self._run_started = now
        self.state = State.RUNNING
        return [Resumed(self._frozen, self.segment, None)]

    def toggle(self, now: float | None = None) -> list[Event]:
        if self.state is State.READY:
            return self.start(now)
        return self.resume(now) if self.state is State.PAUSED else self.pause(now)

    def skip(self, now: float | None = None) -> list[Event]:
        """Go to the next segment; the current work, if any, counts as skipped."""
        if not self.state.under_way:
            return []
        now = self._now(now)
        events = self._advance(self.position(now)) if self.state is State.RUNNING else []
        if self.state.over:
            return events
        seg = self.segment
        assert seg is not None
        if seg.kind is SegmentKind.WORK and not self._closed:
            self._status[seg.index] = True
            self._closed = True
            events.append(
                StepFinished(
                    self.position(now),
                    seg,
                    None,
                    skipped=True,
                    seconds=self.active_seconds(now) - self._entered_active,
                )
            )
        return events + self._jump(seg.end, now)

    def back(self, now: float | None = None) -> list[Event]:
        """Restart the exercise under way, or go to the previous one.

        In an exercise more than :data:`BACK_GRACE` seconds old, it starts again, unless "back"
        restarted it less than :data:`BACK_AGAIN` seconds ago; otherwise (just begun, pressed
        again, or in a lead-in, rest or switch) the previous exercise starts again,
        skipping the pauses in between; with none before, the routine starts over. A finished
        session stays finished: its outcome is already recorded.
        """
        if not self.state.under_way:
            return []
        now = self._now(now)
        seg = self.segment
        assert seg is not None
        restarted, self._back_restarted = self._back_restarted, None
        again = restarted is not None and restarted[0] == seg.index and (
            now - restarted[1] <= BACK_AGAIN)
        if seg.kind is SegmentKind.WORK and self.position(now) - seg.start > BACK_GRACE and (
                not again):
            self._back_restarted = (seg.index, now)
            return self._jump(seg.start, now)
        earlier = [s for s in self.timeline.segments[: seg.index] if s.kind is SegmentKind.WORK]
        return self._jump(earlier[-1].start if earlier else 0.0, now)

    def restart_step(self, now: float | None = None) -> list[Event]:
        if not self.state.under_way:
            return []
        seg = self.segment
        assert seg is not None
        return self._jump(seg.start, self._now(now))

    def stop(self, now: float | None = None) -> list[Event]:
        if self.state.over:
            return []
        now = self._now(now)
        events = self._advance(self.position(now)) if self.state is State.RUNNING else []
        if self.state.over:
            return events
        if self.state is State.RUNNING:
            self._freeze(now)
        self.state = State.STOPPED
        return [
            *events,
            RoutineStopped(
                self._frozen,
                self.segment,
                None,
                active_seconds=self._active,
                done=self.done,
                skipped=self.skipped,
            ),
        ]

    # --- inner workings -------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self.clock.now() if now is None else now

    def _freeze(self, now: float) -> None:
        self._frozen = self.position(now)
        self._active += now - self._run_started

    def _suspend(self, slept: float) -> list[Event]:
        """Pause at the position of the last tick before the sleep, not at 'now'."""
        self._frozen = self._last_tick_pos
        self._active += max(self._origin + self._last_tick_pos - self._run_started, 0.0)
        self._slept = slept
        self.state = State.PAUSED
        return [Suspended(self._frozen, self.segment, None, slept=slept)]

    def _jump(self, target: float, now: float) -> list[Event]:
        """Move to ``target`` (a segment start), emitting that segment's start and nothing
        in between."""
        running = self.state is State.RUNNING
        if running:
            self._active += now - self._run_started
            self._run_started = now
            self._origin = now - target
        else:
            self._frozen = target
        self._cursor = bisect.bisect_left(self._agenda_at, target - 1e-9)
        events = self._advance(target)
        if not running:
            events = [replace(e, cue=None) for e in events]
            if self.state is State.FINISHED:
                return events
            self._frozen = target
        return events

    def _advance(self, pos: float) -> list[Event]:
        self._last_tick_pos = pos  # where a suspend noticed later returns to
        events: list[Event] = []
        while self._cursor < len(self._agenda) and self._agenda[self._cursor].at <= pos + 1e-9:
            entry = self._agenda[self._cursor]
            self._cursor += 1
            if entry.starts_segment:
                events.extend(self._finish_current(entry.at))
                assert entry.event.segment is not None
                self._current = entry.event.segment.index
                self._closed = False
                self._entered_active = self._active_at(entry.at)
            if isinstance(entry.event, RoutineFinished):
                events.extend(self._finish_current(entry.at))
                self._finish(entry.at)
                events.append(
                    replace(
                        entry.event,
                        active_seconds=self._active,
                        done=self.done,
                        skipped=self.skipped,
                    )
                )
                return events
            events.append(entry.event)
        return events

    def _active_at(self, pos: float) -> float:
        if self.state is State.RUNNING:
            return self._active + (self._origin + pos - self._run_started)
        return self._active

    def _finish_current(self, at: float) -> list[Event]:
        seg = self.segment
        if seg is None or seg.kind is not SegmentKind.WORK or self._closed:
            return []
        if at < seg.end - 1e-9:  # left by a jump, not finished
            return []
        self._status[seg.index] = False
        self._closed = True
        return [
            StepFinished(
                at, seg, None, skipped=False, seconds=self._active_at(at) - self._entered_active
            )
        ]

    def _finish(self, at: float) -> None:
        if self.state is State.RUNNING:
            self._active = self._active_at(at)
        self._frozen = self.timeline.total
        self.state = State.FINISHED


def _agenda(timeline: Timeline) -> list[_Entry]:
    """Segment starts and cues merged into one list in time order."""
    start_cues: dict[int, CueEvent] = {}
    entries: list[tuple[float, int, _Entry]] = []
    for cue in timeline.cues:
        if cue.kind in _START_CUES and cue.at == timeline.segments[cue.segment].start:
            start_cues[cue.segment] = cue
    # A rep cue is due at exactly ``seg.start + phase.start`` (the planner's own sum), so the
    # phase is found by that key; searching by ``cue.at - seg.start`` can round into the
    # phase before, and searching at all made long rep segments quadratic.
    phases: dict[tuple[int, float], tuple[RepPhase, bool]] = {}
    for seg in timeline.segments:
        event = _START_EVENT[seg.kind](seg.start, seg, start_cues.get(seg.index))
        entries.append((seg.start, 0, _Entry(seg.start, event, True)))
        previous_rep = 0
        for rp in seg.rep_phases:
            phases[(seg.index, seg.start + rp.start)] = (rp, rp.rep != previous_rep)
            previous_rep = rp.rep
    for cue in timeline.cues:
        seg = timeline.segments[cue.segment]
        if start_cues.get(cue.segment) is cue:
            continue
        event = _cue_event(cue, seg, phases.get((cue.segment, cue.at)))
        entries.append(
            (cue.at, 2 if isinstance(event, RoutineFinished) else 1, _Entry(cue.at, event, False))
        )
    if timeline.segments and not any(c.kind is CueKind.FINISHED for c in timeline.cues):
        last = timeline.segments[-1]
        done = RoutineFinished(last.end, last, None, active_seconds=0.0, done=0, skipped=0)
        entries.append((last.end, 2, _Entry(last.end, done, False)))
    entries.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in entries]


def _cue_event(cue: CueEvent, seg: Segment, phase: tuple[RepPhase, bool] | None) -> Event:
    kind = cue.kind
    if kind is CueKind.COUNTDOWN:
        return Countdown(cue.at, seg, cue, remaining=cue.count or 0)
    if kind is CueKind.HALFWAY:
        return Halfway(cue.at, seg, cue)
    if kind is CueKind.TICK:
        return MetronomeBeat(cue.at, seg, cue, beat=cue.count or 0)
    if kind is CueKind.FINISHED:
        return RoutineFinished(cue.at, seg, cue, active_seconds=0.0, done=0, skipped=0)
    if kind in (CueKind.REP_UP, CueKind.REP_DOWN, CueKind.REP_HOLD):
        return RepPhaseStarted(
            cue.at,
            seg,
            cue,
            rep=cue.count or 0,
            reps=seg.reps or 0,
            phase=phase[0].phase if phase else None,
            new_rep=phase is not None and phase[1],
        )
    return Event(cue.at, seg, cue)  # pragma: no cover - every cue kind is handled above
