"""A week's changes laid over a routine: what changes, where, and what is refused."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from supple.core.programmes.model import WeekChange
from supple.core.programmes.weeks import WeekChangeError, apply_week, check
from supple.core.routines.loader import load_text
from supple.core.routines.model import Block, Exercise, RestStep, Routine
from supple.core.session.timeline import plan

ROUTINE = """\
supple: 1
name: Mixed
description: As written.
defaults: {rest: 30s}
steps:
  - {name: Drops, reps: 15, tempo: {up: 1s, down: 3s}, sets: 3, tips: [Slowly]}
  - {name: Bent drops, reps: 15, sets: 3}
  - {name: Stretch, hold: 30s, sides: both}
  - rest: 1m
  - rounds: 2
    steps:
      - {name: Beat, hold: 30s, metronome: +5%}
      - {name: Plain hold, hold: 20s}
"""


def routine() -> Routine:
    loaded, problems = load_text(textwrap.dedent(ROUTINE), "r.yaml")
    assert loaded is not None, problems
    return loaded


def change(**values: Any) -> WeekChange:
    return WeekChange.model_validate(values)


def exercises(r: Routine) -> dict[str, Exercise]:
    found: dict[str, Exercise] = {}

    def walk(steps: list[Exercise | RestStep | Block]) -> None:
        for step in steps:
            if isinstance(step, Block):
                walk(step.steps)
            elif isinstance(step, Exercise):
                found[step.name] = step

    walk(r.steps)
    return found


def test_no_change_is_the_routine_itself() -> None:
    r = routine()
    assert apply_week(r, None) is r


def test_values_go_to_the_exercises_that_can_take_them() -> None:
    r = apply_week(routine(), change(sets=4, reps=10, hold="45s", metronome="+10%",
                                     tempo={"up": "3s", "down": "3s"}, rest="2m"))
    ex = exercises(r)
    assert (ex["Drops"].sets, ex["Drops"].reps, ex["Drops"].rest) == (4, 10, 120.0)
    assert ex["Drops"].phases == (("up", 3.0), ("down", 3.0))
    assert ex["Bent drops"].reps == 10 and ex["Bent drops"].hold is None
    assert (ex["Stretch"].hold, ex["Stretch"].sets, ex["Stretch"].reps) == (45.0, 4, None)
    assert ex["Beat"].metronome == "+10%" and ex["Beat"].hold == 45.0  # inside the block
    assert ex["Plain hold"].metronome is None  # no metronome added where there was none
    rest = r.steps[3]
    assert isinstance(rest, RestStep) and rest.rest == 60.0  # rest steps are left alone


def test_a_named_step_takes_its_own_values_over_the_weeks() -> None:
    r = apply_week(routine(), change(reps=12, steps={"Bent drops": {"reps": 8, "rm": 8}}))
    ex = exercises(r)
    assert ex["Drops"].reps == 12 and ex["Bent drops"].reps == 8
    assert ex["Bent drops"].tips[0] == ("This week: 8RM: a load you can lift only 8 times "
                                        "with good form.")
    assert ex["Drops"].tips == ["Slowly"]


def test_load_and_rm_become_the_first_tip_and_the_note_heads_the_description() -> None:
    r = apply_week(routine(), change(rm=12, load="+5 kg in a backpack", note="Week 3."))
    drops = exercises(r)["Drops"]
    assert drops.tips == ["This week: 12RM: a load you can lift only 12 times with good "
                          "form; +5 kg in a backpack.", "Slowly"]
    assert r.description == "Week 3.\n\nAs written."


def test_the_change_shows_in_the_plan() -> None:
    before = plan(routine(), with_cues=False).total
    after = plan(apply_week(routine(), change(sets=4)), with_cues=False).total
    # Drops and Bent drops: one more set of 15 reps (60 s and 30 s) and one more 30 s rest
    # each; Stretch: three more sets of 2 x 30 s, with rests and switches between.
    assert after > before
    drops_more = 15 * 4.0 + 30 + 15 * 2.0 + 30
    assert after - before >= drops_more


@pytest.mark.parametrize(("values", "expected"), [
    ({"steps": {"Nope": {"reps": 3}}}, "the routine 'Mixed' has no exercise called 'Nope'"),
    ({"steps": {"Stretch": {"reps": 3}}}, "reps does not apply to 'Stretch'"),
    ({"steps": {"Drops": {"metronome": "+5%"}}}, "metronome does not apply to 'Drops'"),
])
def test_what_does_not_fit_is_an_error_not_a_silent_nothing(values: dict[str, Any],
                                                            expected: str) -> None:
    with pytest.raises(WeekChangeError, match=expected):
        apply_week(routine(), change(**values))


def test_a_value_no_exercise_can_take() -> None:
    holds_only, _ = load_text("supple: 1\nname: Holds\nsteps:\n  - {name: A, hold: 30s}\n", "h")
    assert holds_only is not None
    assert check(holds_only, change(reps=10, metronome="+5%")) == [
        "reps applies to exercises counted in reps, and 'Holds' has none",
        "metronome applies to exercises with a metronome, and 'Holds' has none"]
    reps_only, _ = load_text("supple: 1\nname: Reps\nsteps:\n  - {name: A, reps: 3}\n", "r")
    assert reps_only is not None
    assert check(reps_only, change(hold="30s")) == [
        "hold applies to exercises timed (hold), and 'Reps' has none"]


def test_a_change_that_breaks_the_routines_limits_is_refused() -> None:
    huge = change(sets=50, reps=500, tempo="4h")
    with pytest.raises(WeekChangeError, match="make 'Mixed' invalid"):
        apply_week(routine(), huge)
