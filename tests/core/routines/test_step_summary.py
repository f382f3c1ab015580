"""A step's row in the step list says what it asks at a glance."""

from __future__ import annotations

import pytest

from supple.core.routines.model import Block, Exercise, RestStep
from supple.core.routines.step_summary import seconds_text, step_rows, step_summary, step_title


@pytest.mark.parametrize(("step", "summary"), [
    (Exercise(name="Wall", hold=30, sets=2, sides=["left", "right"]), "30 s · each side · 2 sets"),
    (Exercise(name="Raises", reps=12, tempo={"up": 1, "down": 2}, sets=3),
     "12 reps · 1 s up, 2 s down · 3 sets"),
    (Exercise(name="Rolls", reps=1, tempo=1.5), "1 rep · 1.5 s a rep"),
    (Exercise(name="Swings", reps=15), "15 reps"),
    (Exercise(name="Jog", hold=300), "5:00"),
    (Exercise(name="Ankles", hold=20, sides=["a", "b", "c", "d"]), "20 s · 4 sides"),
    (Exercise(name="Drill", hold=30, metronome=176), "30 s · 176 bpm"),
    (Exercise(name="Drill", hold=30, metronome="+5%"), "30 s · +5% of your cadence"),
    (RestStep(rest=90), "1:30 rest"),
    (Block(rounds=2, steps=[RestStep(rest=1)] * 3), "2 rounds of 3 steps"),
    (Block(rounds=1, steps=[RestStep(rest=1)]), "1 round of 1 step"),
    (Block(rounds=3, rest=20, steps=[RestStep(rest=1)] * 2),
     "3 rounds of 2 steps · 20 s rest between"),
])
def test_summary(step: Exercise | RestStep | Block, summary: str) -> None:
    assert step_summary(step) == summary


def test_title_and_seconds() -> None:
    assert step_title(Block(steps=[RestStep(rest=1)])) == "Block"
    assert step_title(Block(name="Drills", steps=[RestStep(rest=1)])) == "Drills"
    assert step_title(RestStep(rest=5)) == "Rest"
    assert seconds_text(0.5) == "0.5 s"
    assert seconds_text(59.96) == "60 s"
    assert seconds_text(61) == "1:01"


def test_rows_of_a_routine_with_a_block() -> None:
    steps = [Exercise(name="Wall", hold=30, image="wall-calf-stretch.svg"),
             Block(name="Drills", rounds=2, steps=[Exercise(name="Knees", hold=20),
                                                   RestStep(rest=10)])]
    rows = step_rows(steps)
    assert [(r.path, r.kind, r.title, r.summary, r.image, r.depth) for r in rows] == [
        ((0,), "exercise", "Wall", "30 s", "wall-calf-stretch.svg", 0),
        ((1,), "block", "Drills", "2 rounds of 2 steps", None, 0),
        ((1, 0), "exercise", "Knees", "20 s", None, 1),
        ((1, 1), "rest", "Rest", "10 s rest", None, 1),
    ]
