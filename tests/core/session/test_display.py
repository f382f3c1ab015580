"""What the player shows, worked out from the engine on a fake clock, without Qt.

Every word and number the full player and the mini view show comes from here; the widgets'
own tests check that they render it.
"""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from fakes import FakeClock
from supple.core.routines.loader import load_text
from supple.core.session.display import (
    REST_PICTURE,
    Display,
    FinishDisplay,
    StepDisplay,
    headline,
    mini_title,
    side_text,
    snapshot,
    titled,
)
from supple.core.session.engine import SessionEngine, State
from supple.core.session.timeline import Segment, SegmentKind, Timeline, plan

ROUTINE = """\
- name: Wall calf stretch
  hold: 20s
  sides: both
  image: wall-calf-stretch.svg
  instructions: Lean in.
  tips: [Heel down., Knee straight.]
- name: Heel drops
  reps: 3
  tempo: {up: 1s, down: 3s}
  sets: 2
  image: heel-drop.svg
"""
# 0 lead-in [0,3) · 1 work left [3,23) · 2 switch [23,25) · 3 work right [25,45) ·
# 4 lead-in [45,48) · 5 reps set 1 [48,60) · 6 rest [60,64) · 7 reps set 2 [64,76); total 76 s.


def timeline(steps: str = ROUTINE, defaults: str = "{lead_in: 3s, rest: 4s, switch: 2s}"
             ) -> Timeline:
    text = f"supple: 1\nname: T\ndefaults: {defaults}\nsteps:\n" + textwrap.indent(steps, "  ")
    routine, problems = load_text(text, "t.yaml")
    assert routine is not None, [str(p) for p in problems]
    return plan(routine)


class Session:
    """An engine on a fake clock, and what it shows at a position."""

    def __init__(self, tl: Timeline) -> None:
        self.clock = FakeClock()
        self.engine = SessionEngine(tl, self.clock)
        self.t0 = self.clock.t

    def start(self) -> Session:
        self.engine.start()
        return self

    def at(self, position: float, *, slept: bool = False) -> Display:
        """What is shown ``position`` seconds into the routine (no pauses so far)."""
        self.clock.t = self.t0 + position
        self.engine.tick()
        return self.shown(slept=slept)

    def shown(self, *, slept: bool = False) -> Display:
        return snapshot(self.engine, self.clock.now(), slept=slept)


@pytest.fixture
def session() -> Session:
    return Session(timeline()).start()


def step_of(shown: Display) -> StepDisplay:
    assert shown.step is not None
    return shown.step


def test_before_the_start_it_is_ready_on_the_first_get_ready() -> None:
    shown = Session(timeline()).shown()
    assert shown.state is State.READY
    assert not shown.running and not shown.paused and not shown.over
    assert (shown.overlay, shown.overlay_hint) == ("Ready", "Space to start")
    assert shown.step == StepDisplay(
        index=0,
        kind=SegmentKind.LEAD_IN,
        headline="Get ready: Wall calf stretch",
        side="LEFT",
        next="Next: Wall calf stretch · RIGHT",  # the exercise itself is what is getting ready
        pictures=("wall-calf-stretch.svg",),
        mirrored=False,
        instructions="Lean in.",
        tips="• Heel down.\n• Knee straight.",
    )
    assert shown.countdown == "0:03"
    assert shown.mini_title == "Get ready: Wall calf stretch · LEFT"
    assert (shown.count, shown.phase, shown.pace) == ("", "", "")
    assert shown.left == "1:16 left"
    assert shown.step_progress == shown.routine_progress == 0.0
    assert shown.finish is None


def test_a_hold_shows_the_time_left_and_how_far_it_is(session: Session) -> None:
    shown = session.at(10)  # 7 s into the 20 s left side
    assert shown.running and shown.overlay == shown.overlay_hint == ""
    step = step_of(shown)
    assert (step.index, step.kind) == (1, SegmentKind.WORK)
    assert (step.headline, step.side) == ("Wall calf stretch", "LEFT")
    assert step.next == "Next: Wall calf stretch · RIGHT"
    assert shown.countdown == "0:13"
    assert shown.count == ""  # one set, no rounds: nothing to count
    assert shown.mini_title == "Wall calf stretch · LEFT"
    assert shown.step_progress == pytest.approx(0.35)
    assert shown.routine_progress == pytest.approx(10 / 76)
    assert shown.left == "1:06 left"
    # The countdown rounds up: 0:01 shows until the very end.
    assert session.at(22.5).countdown == "0:01"


def test_the_number_changes_on_whole_seconds_of_what_is_left(session: Session) -> None:
    assert [session.at(t).countdown for t in (10.0, 10.4, 10.99, 11.0)] == [
        "0:13", "0:13", "0:13", "0:12"]


def test_switching_sides_names_the_new_side_and_mirrors_the_picture(session: Session) -> None:
    shown = session.at(23.5)
    step = step_of(shown)
    assert step.kind is SegmentKind.SWITCH
    assert step.headline == "Switch sides → RIGHT"
    assert step.side == ""  # the headline says it
    assert step.mirrored  # the pictures show the left side
    assert shown.mini_title == "Switch sides → RIGHT"
    assert shown.countdown == "0:02"
    right = step_of(session.at(30))
    assert (right.side, right.mirrored) == ("RIGHT", True)
    assert right.next == "Next: Heel drops · set 1 of 2"
    assert session.at(46).step == StepDisplay(
        index=4, kind=SegmentKind.LEAD_IN, headline="Get ready: Heel drops", side="",
        next="Next: Heel drops · set 2 of 2", pictures=("heel-drop.svg",), mirrored=False,
        instructions="", tips="")


def test_during_reps_the_rep_is_the_number_and_the_time_goes_beside_the_title(
        session: Session) -> None:
    shown = session.at(53.5)  # set 1: rep 2 began at 52, lowering from 53
    assert shown.countdown == "2/3"
    assert shown.phase == "DOWN"
    assert shown.count == "0:07 left · set 1 of 2"
    assert shown.mini_title == "Heel drops · DOWN"
    assert shown.pace == ""
    shown = session.at(56.2)
    assert (shown.countdown, shown.phase) == ("3/3", "UP")
    # The rest between sets keeps the exercise's picture and says which set is next.
    shown = session.at(61)
    rest = step_of(shown)
    assert (rest.kind, rest.headline, rest.side) == (SegmentKind.REST, "Rest", "")
    assert rest.next == "Next: Heel drops · set 2 of 2"
    assert rest.pictures == ("heel-drop.svg",)
    assert shown.mini_title == "Rest"
    assert (shown.count, shown.phase) == ("", "")
    shown = session.at(70)
    assert shown.countdown == "2/3"
    assert shown.count == "0:06 left · set 2 of 2"
    assert step_of(shown).next == "Next: finish"


def test_reps_without_named_phases_have_no_tempo_word() -> None:
    s = Session(timeline("- {name: Squats, reps: 5, tempo: 2s}\n", "{lead_in: 0}")).start()
    shown = s.at(3)
    assert (shown.countdown, shown.phase) == ("2/5", "")
    assert shown.mini_title == "Squats"
    assert shown.count == "0:07 left"


def test_a_metronome_drill_shows_its_pace() -> None:
    s = Session(timeline("- {name: Cadence drill, hold: 30s, metronome: 176}\n",
                         "{lead_in: 0}")).start()
    shown = s.at(5)
    assert shown.pace == "176 steps a minute"
    assert (shown.countdown, shown.phase) == ("0:25", "")


def test_rounds_are_counted_and_a_rest_of_its_own_shows_what_comes() -> None:
    steps = """\
- rounds: 2
  rest: 10s
  steps:
    - {name: High knees, hold: 30s, image: knees.svg, instructions: Lift them.}
- {name: Stand, hold: 5s}
"""
    s = Session(timeline(steps, "{lead_in: 0}")).start()
    assert s.at(5).count == "round 1 of 2"
    shown = s.at(35)  # the rest between the rounds belongs to no exercise
    rest = step_of(shown)
    assert rest.kind is SegmentKind.REST and rest.headline == "Rest"
    assert rest.pictures == ("knees.svg", REST_PICTURE)  # the next one's, else the rest's
    assert rest.instructions == "Lift them."
    assert rest.next == "Next: High knees"
    assert s.at(50).count == "round 2 of 2"


def test_a_bare_rest_before_an_exercise_without_a_picture_shows_the_rest_picture() -> None:
    steps = "- rounds: 2\n  rest: 5s\n  steps: [{name: A, hold: 10s}]\n"
    s = Session(timeline(steps, "{lead_in: 0}")).start()
    rest = step_of(s.at(12))
    assert rest.kind is SegmentKind.REST
    assert rest.pictures == (REST_PICTURE,)
    assert (rest.instructions, rest.tips) == ("", "")


def test_a_rest_step_of_its_own_shows_no_picture_unless_it_names_one() -> None:
    s = Session(timeline("- {name: A, hold: 10s}\n- rest: 5s\n- {name: B, hold: 10s}\n",
                         "{lead_in: 0}")).start()
    rest = step_of(s.at(12))
    assert rest.kind is SegmentKind.REST
    assert rest.pictures == ()


def test_a_rest_step_with_its_own_words_shows_them() -> None:
    steps = ("- {name: A, hold: 10s}\n"
             "- {name: Walk about, rest: 30s, image: walk.svg, instructions: Shake out.}\n")
    s = Session(timeline(steps, "{lead_in: 0}")).start()
    shown = s.at(15)
    rest = step_of(shown)
    assert (rest.headline, rest.pictures, rest.instructions) == (
        "Walk about", ("walk.svg",), "Shake out.")
    assert rest.next == "Next: finish"
    assert shown.mini_title == "Walk about"


def test_paused_says_how_to_go_on_and_why(session: Session) -> None:
    session.at(8)
    session.engine.pause()
    session.clock.t += 60  # time passes while paused: nothing shown moves
    shown = session.shown()
    assert shown.paused and not shown.running
    assert (shown.overlay, shown.overlay_hint) == ("Paused", "Space to resume · Esc to stop")
    assert shown.countdown == "0:15"
    assert session.shown(slept=True).overlay_hint == "The computer slept. Space to resume"
    # Asleep only matters while paused.
    session.engine.resume()
    assert session.shown(slept=True).overlay == ""


def test_finished_shows_the_summary(session: Session) -> None:
    session.at(50)
    shown = session.at(77)
    assert shown.state is State.FINISHED and shown.over
    assert shown.finish == FinishDisplay(title="Well done", active_time="1:16", done="4",
                                         done_caption="of 4 steps done", skipped="0")
    assert shown.mini_title == "Finished"
    assert (shown.countdown, shown.count, shown.phase, shown.pace) == ("0:00", "", "", "")
    assert step_of(shown).index == 7  # the last step stays
    assert shown.left == "0:00 left"
    assert shown.step_progress == shown.routine_progress == 1.0
    assert shown.overlay == ""


def test_stopped_early_counts_what_was_done_and_skipped(session: Session) -> None:
    session.at(30)
    session.engine.skip()  # the right side: skipped, and the clock now runs from 45
    session.clock.t += 20  # through the first set of heel drops, into the rest
    session.engine.tick()
    session.engine.stop()
    shown = session.shown()
    assert shown.state is State.STOPPED and shown.over
    assert shown.finish == FinishDisplay(title="Stopped early", active_time="50s", done="2",
                                         done_caption="of 4 steps done", skipped="1")
    assert (shown.mini_title, shown.countdown) == ("Stopped", "0:00")


def test_a_routine_skipped_through_is_not_well_done(session: Session) -> None:
    """Regression: skipping every step reached the end and said "Well done"."""
    while not session.engine.state.over:
        session.engine.skip()
    shown = session.shown()
    assert shown.state is State.FINISHED
    assert shown.finish is not None and shown.finish.title == "Every step skipped"
    assert (shown.finish.done, shown.finish.skipped) == ("0", "4")


def test_one_step_is_one_step() -> None:
    s = Session(timeline("- {name: A, hold: 5s}\n", "{lead_in: 0}")).start()
    shown = s.at(6)
    assert shown.finish is not None and shown.finish.done_caption == "of 1 step done"


def test_an_empty_timeline_shows_nothing() -> None:
    s = Session(Timeline("Nothing", (), ()))
    shown = s.shown()
    assert shown.step is None
    assert (shown.overlay, shown.overlay_hint) == ("Ready", "Space to start")
    assert (shown.countdown, shown.mini_title, shown.left) == ("", "", "")
    s.start()
    assert s.shown().running and s.shown().step is None


def test_a_step_of_no_length_counts_as_done() -> None:
    seg = Segment(0, SegmentKind.WORK, 0.0, 0.0, "Nothing", None)
    shown = Session(Timeline("Zero", (seg,), ())).shown()
    assert shown.step_progress == shown.routine_progress == 1.0
    assert step_of(shown).pictures == ()


def test_rep_phases_without_a_rep_count_show_the_time() -> None:
    """Only the planner makes rep phases, always with a count; the time is the safe reading."""
    tl = timeline("- {name: Squats, reps: 2, tempo: 2s}\n", "{lead_in: 0}")
    seg = dataclasses.replace(tl.segments[0], reps=None)
    s = Session(Timeline("Odd", (seg,), ())).start()
    assert s.at(1).countdown == "0:03"


def test_names_and_sides_in_titles() -> None:
    tl = timeline()
    lead_in, left, switch, _, _, _, rest, _ = tl.segments
    assert side_text(None) == "" and side_text("left") == "LEFT"
    assert titled(left) == "Wall calf stretch · LEFT"
    assert titled(rest) == "Rest"
    assert headline(switch) == "Switch sides → RIGHT"
    assert headline(dataclasses.replace(switch, side=None)) == "Switch sides"
    assert mini_title(lead_in) == "Get ready: Wall calf stretch · LEFT"
    assert mini_title(rest) == headline(rest) == "Rest"


def test_snapshots_are_frozen(session: Session) -> None:
    shown = session.at(10)
    with pytest.raises(dataclasses.FrozenInstanceError):
        shown.countdown = "9:99"  # type: ignore[misc]
    assert shown == session.shown()  # the same moment shows the same
