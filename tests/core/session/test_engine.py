"""The session engine on a fake clock: every command in every state, and whole routines."""

from __future__ import annotations

import itertools
import random
import textwrap

import pytest

from fakes import FakeClock
from supple.core.routines.loader import load_text
from supple.core.session.cues import CueKind
from supple.core.session.engine import BACK_AGAIN, BACK_GRACE, SessionEngine, State
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
from supple.core.session.timeline import Timeline, plan

T0 = 1000.0

# Segments: 0 lead-in [0,5) · 1 A [5,15) · 2 rest [15,20) · 3 lead-in [20,25) · 4 B [25,35)
SIMPLE = """\
- {name: A, hold: 10s}
- rest: 5s
- {name: B, hold: 10s}
"""


def timeline(
    steps: str = SIMPLE, defaults: str = "{lead_in: 5s, rest: 10s, switch: 5s}"
) -> Timeline:
    text = f"supple: 1\nname: T\ndefaults: {defaults}\nsteps:\n" + textwrap.indent(
        textwrap.dedent(steps), "  "
    )
    routine, problems = load_text(text, "t.yaml")
    assert routine is not None, [str(p) for p in problems]
    return plan(routine)


def types(events: list[Event]) -> list[type[Event]]:
    return [type(e) for e in events]


class Session:
    """An engine with its clock, plus the way to each state."""

    def __init__(self, steps: str = SIMPLE, **kw: str) -> None:
        self.clock = FakeClock(T0)
        self.engine = SessionEngine(timeline(steps, **kw), self.clock)

    def at(self, offset: float) -> float:
        """Move the clock to ``offset`` seconds after T0 and return that time."""
        self.clock.t = T0 + offset
        return self.clock.t

    def in_state(self, state: State, position: float = 7.0) -> Session:
        e = self.engine
        if state is State.READY:
            return self
        e.start(self.at(0))
        if state is State.RUNNING:
            e.tick(self.at(position))
        elif state is State.PAUSED:
            e.pause(self.at(position))
        elif state is State.FINISHED:
            e.tick(self.at(100))
        elif state is State.STOPPED:
            e.stop(self.at(position))
        assert e.state is state
        return self


# --- every command in every state ----------------------------------------------------------

COMMANDS = ["start", "pause", "resume", "toggle", "skip", "back", "restart_step", "stop", "tick"]

# (state, command) -> (resulting state, event types); position 7 s = 2 s into work step A.
EXPECTED: dict[tuple[State, str], tuple[State, list[type[Event]]]] = {
    (State.READY, "start"): (State.RUNNING, [LeadInStarted]),
    (State.READY, "pause"): (State.READY, []),
    (State.READY, "resume"): (State.READY, []),
    (State.READY, "toggle"): (State.RUNNING, [LeadInStarted]),
    (State.READY, "skip"): (State.READY, []),
    (State.READY, "back"): (State.READY, []),
    (State.READY, "restart_step"): (State.READY, []),
    (State.READY, "stop"): (State.STOPPED, [RoutineStopped]),
    (State.READY, "tick"): (State.READY, []),
    (State.RUNNING, "start"): (State.RUNNING, []),
    (State.RUNNING, "pause"): (State.PAUSED, [Paused]),
    (State.RUNNING, "resume"): (State.RUNNING, []),
    (State.RUNNING, "toggle"): (State.PAUSED, [Paused]),
    (State.RUNNING, "skip"): (State.RUNNING, [StepFinished, RestStarted]),
    (State.RUNNING, "back"): (State.RUNNING, [LeadInStarted]),  # 2 s in: previous segment
    (State.RUNNING, "restart_step"): (State.RUNNING, [StepStarted]),
    (State.RUNNING, "stop"): (State.STOPPED, [RoutineStopped]),
    (State.RUNNING, "tick"): (State.RUNNING, []),
    (State.PAUSED, "start"): (State.PAUSED, []),
    (State.PAUSED, "pause"): (State.PAUSED, []),
    (State.PAUSED, "resume"): (State.RUNNING, [Resumed]),
    (State.PAUSED, "toggle"): (State.RUNNING, [Resumed]),
    (State.PAUSED, "skip"): (State.PAUSED, [StepFinished, RestStarted]),
    (State.PAUSED, "back"): (State.PAUSED, [LeadInStarted]),
    (State.PAUSED, "restart_step"): (State.PAUSED, [StepStarted]),
    (State.PAUSED, "stop"): (State.STOPPED, [RoutineStopped]),
    (State.PAUSED, "tick"): (State.PAUSED, []),
    (State.FINISHED, "start"): (State.FINISHED, []),
    (State.FINISHED, "pause"): (State.FINISHED, []),
    (State.FINISHED, "resume"): (State.FINISHED, []),
    (State.FINISHED, "toggle"): (State.FINISHED, []),
    (State.FINISHED, "skip"): (State.FINISHED, []),
    (State.FINISHED, "back"): (State.FINISHED, []),  # its outcome is already recorded
    (State.FINISHED, "restart_step"): (State.FINISHED, []),
    (State.FINISHED, "stop"): (State.FINISHED, []),
    (State.FINISHED, "tick"): (State.FINISHED, []),
    (State.STOPPED, "start"): (State.STOPPED, []),
    (State.STOPPED, "pause"): (State.STOPPED, []),
    (State.STOPPED, "resume"): (State.STOPPED, []),
    (State.STOPPED, "toggle"): (State.STOPPED, []),
    (State.STOPPED, "skip"): (State.STOPPED, []),
    (State.STOPPED, "back"): (State.STOPPED, []),
    (State.STOPPED, "restart_step"): (State.STOPPED, []),
    (State.STOPPED, "stop"): (State.STOPPED, []),
    (State.STOPPED, "tick"): (State.STOPPED, []),
}


def test_the_table_covers_every_command_in_every_state() -> None:
    assert set(EXPECTED) == {(s, c) for s in State for c in COMMANDS}


@pytest.mark.parametrize(("state", "command"), [(s, c) for s in State for c in COMMANDS])
def test_command_in_state(state: State, command: str) -> None:
    s = Session().in_state(state)
    before = s.engine.position()
    events = getattr(s.engine, command)(s.at(7.0))
    want_state, want_events = EXPECTED[(state, command)]
    assert s.engine.state is want_state
    assert types(events) == want_events
    if want_events == [] and state is not State.RUNNING:
        assert s.engine.position() == before  # a refused command changes nothing


def test_commands_use_the_injected_clock_by_default() -> None:
    s = Session()
    s.at(0)
    s.engine.start()
    s.at(6)
    assert s.engine.position() == 6.0
    s.engine.pause()
    s.at(60)
    assert s.engine.position() == 6.0


# --- back, skip and restart in detail ------------------------------------------------------


def test_back_restarts_a_step_under_way_and_goes_back_when_just_begun() -> None:
    s = Session().in_state(State.RUNNING, 5.0 + BACK_GRACE + 0.5)
    events = s.engine.back(s.at(5.0 + BACK_GRACE + 0.5))
    assert types(events) == [StepStarted]
    assert s.engine.position() == 5.0 and s.engine.segment is not None
    assert s.engine.segment.index == 1
    events = s.engine.back(s.at(8.0))  # 0.5 s into the restarted step: go to the lead-in
    assert types(events) == [LeadInStarted]
    assert s.engine.position() == 0.0
    events = s.engine.back(s.at(8.5))  # at the first segment: restart it
    assert types(events) == [LeadInStarted] and s.engine.position() == 0.0


def test_back_again_soon_after_a_restart_goes_to_the_previous_step() -> None:
    """As media players do: a second press within BACK_AGAIN of a restart is never a second
    restart, even when the restarted step has run past BACK_GRACE meanwhile."""
    s = Session().in_state(State.RUNNING, 30.0)  # 5 s into B [25, 35)
    s.engine.back(s.at(30.0))
    assert s.engine.position() == 25.0  # restarted B
    s.engine.back(s.at(30.0 + BACK_AGAIN - 1.0))  # 4 s on: B is past its grace, still back
    assert s.engine.position() == 5.0  # A
    s.engine.back(s.at(30.0 + BACK_AGAIN + 6.0))  # A under way, no recent restart: restart
    assert s.engine.position() == 5.0
    s.engine.back(s.at(30.0 + BACK_AGAIN + 6.0 + BACK_AGAIN + 1.0))  # long after: restart
    segment = s.engine.segment
    assert s.engine.position() == 5.0 and segment is not None and segment.index == 1


def test_back_while_paused_stays_paused_and_is_silent() -> None:
    s = Session().in_state(State.PAUSED, 16.0)  # 1 s into the rest
    events = s.engine.back(s.at(50))
    assert s.engine.state is State.PAUSED
    assert types(events) == [StepStarted] and all(e.cue is None for e in events)
    assert s.engine.position() == 5.0
    s.engine.resume(s.at(60))
    assert s.engine.position(s.at(61)) == 6.0


def test_back_after_finishing_changes_nothing() -> None:
    """Regression: back() reopened a finished session, and leaving it then recorded the
    completed session as stopped."""
    s = Session().in_state(State.FINISHED)
    assert s.engine.back(s.at(200)) == []
    assert s.engine.state is State.FINISHED


def test_back_skips_rests_and_switches_to_the_previous_exercise() -> None:
    s = Session("- {name: A, hold: 10s, sides: both, sets: 2, rest: 10s}\n- {name: B, hold: 10s}\n")
    # lead-in 0-5, A-left 5-15, switch 15-20, A-right 20-30, rest 30-40, A-left 40-50, ...
    s.in_state(State.RUNNING, 41.0)  # 1 s into set 2, left: back to set 1, right (not the rest)
    events = s.engine.back(s.at(41.0))
    assert types(events) == [StepStarted] and s.engine.position() == 20.0
    seg = s.engine.segment
    assert seg is not None and (seg.side, seg.set) == ("right", 1)
    events = s.engine.back(s.at(41.5))  # just begun again: back past the switch to A-left
    assert s.engine.position() == 5.0


def test_start_at_a_segment_out_of_range_is_refused() -> None:
    s = Session()
    with pytest.raises(ValueError):
        s.engine.start(s.at(0), at_segment=len(s.engine.timeline.segments))


def test_skip_while_running_moves_to_the_next_segment_at_once() -> None:
    s = Session().in_state(State.RUNNING, 7.0)
    events = s.engine.skip(s.at(7.0))
    assert types(events) == [StepFinished, RestStarted]
    finished = events[0]
    assert isinstance(finished, StepFinished) and finished.skipped
    assert finished.seconds == pytest.approx(2.0)
    assert events[1].cue is not None and events[1].cue.kind is CueKind.REST
    assert s.engine.position() == 15.0
    assert s.engine.position(s.at(9.0)) == 17.0  # the rest runs from the moment of the skip


def test_skip_a_non_work_segment_counts_nothing() -> None:
    s = Session().in_state(State.RUNNING, 2.0)
    events = s.engine.skip(s.at(2.0))
    assert types(events) == [StepStarted]
    assert s.engine.skipped == 0 and s.engine.done == 0


def test_skip_the_last_segment_finishes() -> None:
    s = Session().in_state(State.RUNNING, 30.0)
    events = s.engine.skip(s.at(30.0))
    assert types(events) == [StepFinished, RoutineFinished]
    done = events[-1]
    assert isinstance(done, RoutineFinished) and (done.done, done.skipped) == (1, 1)
    assert s.engine.state is State.FINISHED
    assert done.active_seconds == pytest.approx(30.0)


def test_skip_while_paused_at_the_last_segment_finishes_silently() -> None:
    s = Session().in_state(State.PAUSED, 30.0)
    events = s.engine.skip(s.at(40.0))
    assert types(events) == [StepFinished, RoutineFinished]
    assert all(e.cue is None for e in events)
    assert s.engine.state is State.FINISHED


def test_restart_step_while_running() -> None:
    s = Session().in_state(State.RUNNING, 12.0)
    events = s.engine.restart_step(s.at(12.0))
    assert types(events) == [StepStarted] and events[0].cue is not None
    assert s.engine.position() == 5.0
    # The countdown of the restarted step plays again, at its new time.
    later = s.engine.tick(s.at(12.0 + 8.0))  # 13 s into the routine again
    assert [e.remaining for e in later if isinstance(e, Countdown)] == [3, 2]


def test_a_skipped_step_done_after_back_counts_as_done() -> None:
    """Regression: the first outcome of a step stuck; doing it after going back emitted no
    StepFinished and still counted it as skipped."""
    s = Session().in_state(State.RUNNING, 7.0)
    s.engine.skip(s.at(7.0))  # skip A (now at the rest, 15)
    s.engine.back(s.at(7.5))  # just begun the rest: back to A
    assert s.engine.position() == 5.0
    events = s.engine.tick(s.at(7.5 + 10.0))
    finished = [e for e in events if isinstance(e, StepFinished)]
    assert len(finished) == 1 and not finished[0].skipped
    assert finished[0].seconds == pytest.approx(10.0)
    assert (s.engine.done, s.engine.skipped) == (1, 0)


def test_a_done_step_skipped_after_back_counts_as_skipped() -> None:
    s = Session().in_state(State.RUNNING, 16.0)  # A done, 1 s into the rest
    s.engine.back(s.at(16.0))
    events = s.engine.skip(s.at(17.0))
    assert types(events) == [StepFinished, RestStarted]
    assert (s.engine.done, s.engine.skipped) == (0, 1)


# --- whole routines ------------------------------------------------------------------------


def test_full_routine_without_interruptions_emits_the_timeline_in_order() -> None:
    s = Session()
    events = s.engine.start(s.at(0))
    t = 0.0
    while s.engine.state is State.RUNNING:
        deadline = s.engine.next_deadline()
        assert deadline is not None and deadline > s.clock.t
        t = deadline - T0
        events += s.engine.tick(s.at(t))
    assert types(events) == [
        LeadInStarted, Countdown, Countdown, Countdown,
        StepStarted, Countdown, Countdown, Countdown, StepFinished,
        RestStarted, Countdown, Countdown, Countdown,
        LeadInStarted, Countdown, Countdown, Countdown,
        StepStarted, Countdown, Countdown, Countdown, StepFinished,
        RoutineFinished,
    ]  # fmt: skip
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert t == 35.0
    cue_kinds = [e.cue.kind for e in events if e.cue is not None]
    assert cue_kinds == [c.kind for c in s.engine.timeline.cues]
    done = events[-1]
    assert isinstance(done, RoutineFinished)
    assert (done.done, done.skipped, done.active_seconds) == (2, 0, 35.0)


def test_full_routine_with_pauses_skips_and_backs() -> None:
    s = Session(
        "- {name: A, hold: 30s, sides: both}\n- rest: 10s\n- {name: B, hold: 20s}\n"
        "- {name: C, reps: 4, tempo: {up: 1s, down: 3s}}\n"
    )
    e = s.engine
    plan_total = e.timeline.total  # 5+30+5+30 + 10 + 5+20 + 5+16 = 126
    assert plan_total == 126.0
    paused = 0.0
    log: list[Event] = []

    def run_until(offset: float) -> None:
        """Tick at every deadline until the routine position reaches ``offset``."""
        while e.state is State.RUNNING and e.position() < offset:
            deadline = e.next_deadline()
            assert deadline is not None
            target = e.deadline_of(offset)
            s.clock.t = min(deadline, target)
            log.extend(e.tick())

    log += e.start(s.at(0))
    run_until(12.0)  # 7 s into A-left
    log += e.pause()
    s.clock.advance(100.0)
    paused += 100.0
    log += e.resume()
    run_until(20.0)
    log += e.back()  # 15 s in: restart A-left (costs 15 s)
    extra = 15.0
    run_until(36.0)  # 1 s into the switch [35, 40)
    log += e.skip()  # skip the switch: nothing counted
    run_until(50.0)  # 10 s into A-right
    log += e.skip()  # skip A-right: skipped, saves 20 s
    extra -= 20.0
    log += e.pause()
    s.clock.advance(7.5)
    paused += 7.5
    log += e.resume()
    run_until(71.0)  # 1 s into the rest -> back goes to A-right (2 s grace)
    log += e.back()  # back to A-right's start (40): costs 31 s
    extra += 31.0
    while e.state is State.RUNNING:
        deadline = e.next_deadline()
        assert deadline is not None
        s.clock.t = deadline
        log.extend(e.tick())

    assert e.state is State.FINISHED
    finished = log[-1]
    assert isinstance(finished, RoutineFinished)
    elapsed = s.clock.t - T0
    switch_skipped = 4.0  # the switch segment had 4 s left when skipped
    assert elapsed == pytest.approx(plan_total + paused + extra - switch_skipped, abs=1e-9)
    assert finished.active_seconds == pytest.approx(elapsed - paused, abs=1e-9)
    step_finished = [x for x in log if isinstance(x, StepFinished)]
    outcomes = [(x.segment.title if x.segment else "", x.skipped) for x in step_finished]
    # A-left done; A-right skipped, then done after going back; B and C done.
    assert outcomes == [
        ("A · left", False),
        ("A · right", True),
        ("A · right", False),
        ("B", False),
        ("C", False),
    ]
    assert (finished.done, finished.skipped) == (4, 0)
    assert types(log).count(Paused) == 2 and types(log).count(Resumed) == 2


def test_step_finished_seconds_exclude_pauses() -> None:
    s = Session()
    s.engine.start(s.at(0))
    s.engine.pause(s.at(8))
    s.engine.resume(s.at(100))
    events = s.engine.tick(s.at(107))
    finished = [e for e in events if isinstance(e, StepFinished)]
    assert [f.seconds for f in finished] == [10.0]
    assert s.engine.active_seconds(s.at(107)) == 15.0


# --- timing --------------------------------------------------------------------------------


def test_a_very_late_tick_emits_everything_due_in_order_without_drift() -> None:
    s = Session()
    s.engine.start(s.at(0))
    events = s.engine.tick(s.at(27.3))  # one wake-up, 27 s late
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert types(events) == [
        Countdown, Countdown, Countdown, StepStarted, Countdown, Countdown, Countdown,
        StepFinished, RestStarted, Countdown, Countdown, Countdown, LeadInStarted,
        Countdown, Countdown, Countdown, StepStarted,
    ]  # fmt: skip
    assert events[-1].at == 25.0  # each event carries the time it was due
    assert s.engine.position() == pytest.approx(27.3)
    assert s.engine.remaining_in_segment() == pytest.approx(7.7)
    assert s.engine.remaining_total() == pytest.approx(7.7)
    deadline = s.engine.next_deadline()
    assert deadline is not None and deadline == pytest.approx(T0 + 28.0)  # 0:08 -> 0:07


def test_random_jitter_never_shifts_the_finish() -> None:
    rng = random.Random(7)
    s = Session(
        "- {name: A, hold: 1m, sides: both}\n- {name: B, reps: 10, tempo: {up: 1.3s, down: 2.9s}}\n"
        "- {name: C, metronome: 170, hold: 30s}\n"
    )
    e = s.engine
    emitted: list[Event] = e.start(s.at(0))
    finished_at = None
    while e.state is State.RUNNING:
        deadline = e.next_deadline()
        assert deadline is not None and deadline > s.clock.t
        s.clock.t = deadline + rng.uniform(0, 0.02)
        events = e.tick()
        emitted += events
        for ev in events:
            lateness = s.clock.t - (T0 + ev.at)
            assert 0 <= lateness <= 0.02 + 1e-9
            if isinstance(ev, RoutineFinished):
                finished_at = ev.at
    assert finished_at == e.timeline.total
    cue_events = [ev for ev in emitted if ev.cue is not None]
    assert len(cue_events) == len(e.timeline.cues)


def test_next_deadline_is_never_in_the_past_and_never_skips_an_event() -> None:
    s = Session(
        "- {name: A, hold: 7.3s, sides: both, switch: 2.2s}\n"
        "- {name: B, reps: 3, tempo: {up: 0.7s, hold: 0.3s, down: 1.1s}}\n"
        "- {name: C, metronome: 177, hold: 4.4s}\n",
        defaults="{lead_in: 3.7s, rest: 1.9s}",
    )
    e = s.engine
    agenda_times = sorted(
        {T0 + c.at for c in e.timeline.cues} | {T0 + seg.start for seg in e.timeline.segments}
    )
    e.start(s.at(0))
    wakeups = []
    while e.state is State.RUNNING:
        deadline = e.next_deadline()
        assert deadline is not None
        assert deadline > s.clock.t - 1e-9
        due = [t for t in agenda_times if t > s.clock.t + 1e-9]
        if due:
            assert deadline <= due[0] + 1e-9  # no event lies before the next wake-up
        s.clock.t = deadline
        wakeups.append(deadline)
        e.tick()
    assert all(b > a for a, b in itertools.pairwise(wakeups))
    assert e.next_deadline() is None


def test_next_deadline_marks_each_whole_second_of_the_countdown() -> None:
    s = Session("- {name: A, hold: 2.5s, lead_in: 0}\n")
    s.engine.start(s.at(0))
    times = []
    while s.engine.state is State.RUNNING:
        d = s.engine.next_deadline()
        assert d is not None
        times.append(round(d - T0, 9))
        s.engine.tick(d)
        s.clock.t = d
    assert times == [0.5, 1.5, 2.5]


def test_next_deadline_is_none_unless_running() -> None:
    s = Session()
    assert s.engine.next_deadline() is None
    s.in_state(State.PAUSED)
    assert s.engine.next_deadline() is None


# --- suspend -------------------------------------------------------------------------------


def test_suspend_pauses_at_the_position_of_the_last_tick() -> None:
    s = Session()
    s.engine.start(s.at(0))
    s.engine.tick(s.at(8.0))
    s.clock.suspend(600)
    s.clock.advance(0.3)  # the first wake-up after the sleep
    events = s.engine.tick()
    assert types(events) == [Suspended]
    suspended = events[0]
    assert isinstance(suspended, Suspended) and suspended.slept == 600
    assert s.engine.state is State.PAUSED
    assert s.engine.position() == 8.0
    assert s.engine.active_seconds() == 8.0
    resumed = s.engine.resume(s.at(20))
    assert types(resumed) == [Resumed]
    events = s.engine.tick(s.at(27.0))  # resumes from 8: step A ends at 15
    assert [type(x) for x in events if isinstance(x, StepFinished)] == [StepFinished]
    assert s.engine.position() == 15.0


def test_no_suspend_when_nothing_slept_or_slept_briefly() -> None:
    s = Session()
    s.engine.start(s.at(0))
    s.clock.suspend(1.0)  # under the threshold: a hiccup, not a sleep
    assert Suspended not in types(s.engine.tick(s.at(3.0)))
    assert s.engine.state is State.RUNNING


def test_sleep_while_paused_is_not_a_suspend_after_resume() -> None:
    s = Session()
    s.engine.start(s.at(0))
    s.engine.pause(s.at(3.0))
    s.clock.suspend(3600)
    s.engine.resume(s.at(10.0))
    assert Suspended not in types(s.engine.tick(s.at(11.0)))
    assert s.engine.position() == 4.0


def test_suspend_right_after_a_jump_keeps_the_new_position() -> None:
    """Regression: the position to return to was only recorded by tick(), so a sleep just
    after start(at_segment=…), skip or back sent the session back to a stale position."""
    s = Session()
    s.engine.start(s.at(0), at_segment=3)
    s.clock.suspend(600)
    s.engine.tick(s.at(0.5))
    assert s.engine.state is State.PAUSED
    assert s.engine.position() == 20.0
    assert s.engine.segment is not None and s.engine.segment.index == 3

    s = Session().in_state(State.RUNNING, 7.0)
    s.engine.skip(s.at(7.0))
    s.clock.suspend(600)
    s.engine.tick(s.at(7.2))
    assert s.engine.position() == 15.0
    assert s.engine.segment is not None and s.engine.segment.index == 2


# --- resuming an interrupted session -------------------------------------------------------


def test_start_at_segment() -> None:
    s = Session()
    events = s.engine.start(s.at(0), at_segment=2)
    assert types(events) == [RestStarted]
    assert s.engine.position() == 15.0 and s.engine.segment is not None
    assert s.engine.segment.index == 2
    rest = s.engine.tick(s.at(5.0))  # started at offset 15, so 5 s later is offset 20
    assert types(rest) == [Countdown, Countdown, Countdown, LeadInStarted]
    s.engine.tick(s.at(100))
    assert s.engine.state is State.FINISHED
    assert (s.engine.done, s.engine.skipped) == (1, 0)  # only B was done in this run


# --- events carry what the UI and the cue player need --------------------------------------


def test_rep_phase_events_name_the_right_phase_even_with_fractional_tempos() -> None:
    """Regression: the phase was looked up by float offset (cue.at - seg.start), which
    rounding put into the previous phase, so 'down' was reported as 'up' and new_rep lied."""
    for lead in (0.1, 0.3, 0.7, 2.3, 5.1):
        s = Session(
            "- {name: A, reps: 20, tempo: {up: 0.7s, down: 0.1s, hold: 0.3s}}\n",
            defaults=f"{{lead_in: {lead}}}",
        )
        events = s.engine.start(s.at(0)) + s.engine.tick(s.at(1000))
        reps = [e for e in events if isinstance(e, RepPhaseStarted)]
        seg = s.engine.timeline.segments[-1]
        assert [(e.rep, e.phase) for e in reps] == [(p.rep, p.phase) for p in seg.rep_phases[1:]]
        assert [e.new_rep for e in reps] == [p.phase == "up" for p in seg.rep_phases[1:]]
        assert all(e.reps == 20 for e in reps)


def test_metronome_and_halfway_events() -> None:
    s = Session("- {name: M, metronome: 60, hold: 20s, lead_in: 0}\n")
    events = s.engine.start(s.at(0)) + s.engine.tick(s.at(100))
    beats = [e.beat for e in events if isinstance(e, MetronomeBeat)]
    assert beats == list(range(2, 21))
    assert [e.at for e in events if isinstance(e, Halfway)] == [10.0]


def test_switch_sides_event_names_the_new_side() -> None:
    s = Session("- {name: A, hold: 5s, sides: both}\n")
    events = s.engine.start(s.at(0)) + s.engine.tick(s.at(100))
    switches = [e for e in events if isinstance(e, SwitchSides)]
    assert len(switches) == 1 and switches[0].segment is not None
    assert switches[0].segment.side == "right"
    assert switches[0].cue is not None and switches[0].cue.kind is CueKind.SWITCH


def test_stop_reports_active_time_and_counts() -> None:
    s = Session().in_state(State.RUNNING, 16.0)
    events = s.engine.stop(s.at(17.0))
    stopped = events[-1]
    assert isinstance(stopped, RoutineStopped)
    assert (stopped.active_seconds, stopped.done, stopped.skipped) == (17.0, 1, 0)
    assert s.engine.position(s.at(500)) == 17.0


def test_an_engine_with_many_reps_builds_in_linear_time() -> None:
    """Regression: each rep cue searched the whole segment for its rep's first phase."""
    tl = timeline(
        "- {name: A, reps: 500, sets: 20, rest: 0, tempo: {up: .25, hold: .25, down: .25,"
        " pause: .25}}\n"
    )
    calls = 0
    seg = tl.segments[1]
    original = type(seg).rep_at

    def counting(self: object, offset: float) -> object:
        nonlocal calls
        calls += 1
        return original(self, offset)  # type: ignore[arg-type]

    type(seg).rep_at = counting  # type: ignore[method-assign,assignment]
    try:
        engine = SessionEngine(tl, FakeClock())
    finally:
        type(seg).rep_at = original  # type: ignore[method-assign]
    assert calls == 0  # phases come from the plan, not from a search by time
    assert engine.state is State.READY


def test_a_routine_skipped_through_ends_with_nothing_done() -> None:
    from supple.core.session.events import every_step_skipped

    s = Session().in_state(State.RUNNING, 1.0)
    events: list[Event] = []
    while not s.engine.state.over:
        events += s.engine.skip(s.at(1.0))
    finished = events[-1]
    assert isinstance(finished, RoutineFinished)
    assert every_step_skipped(finished.done, finished.skipped)
    assert not every_step_skipped(1, 3) and not every_step_skipped(0, 0)
