"""The step list's operations: add, remove, duplicate, move, indent; comments travel along."""

from __future__ import annotations

import pytest

from supple.core.routines.document import EditError, RoutineDocument
from supple.core.routines.model import Block, Exercise, RestStep
from supple.core.routines.text_edits import StepKind

TEXT = """\
supple: 1
name: Steps
steps:
  # note on A
  - name: A
    hold: 30s

  - name: B   # b
    hold: 20s
    # deeper note on B

  - name: Circuit
    rounds: 2
    steps:
      - name: C
        hold: 10s
      - {name: D, hold: 10s}
  - rest: 30s
"""


def doc() -> RoutineDocument:
    return RoutineDocument(TEXT, "steps.yaml")


def names(d: RoutineDocument, parent: tuple[int, ...] = ()) -> list[str]:
    out = []
    for s in d.steps(parent):
        out.append(s.name or "block" if isinstance(s, Block) else s.name)
    return out


@pytest.mark.parametrize("kind", list(StepKind))
def test_add_each_kind_anywhere(kind: StepKind) -> None:
    for at in [(0,), (2,), (4,), (2, 0), (2, 2)]:
        change = doc().add_step(kind, at)
        assert change.select == at
        new = change.after.step(at)
        expected = {StepKind.REST: RestStep, StepKind.CIRCUIT: Block}.get(kind, Exercise)
        assert isinstance(new, expected)
        assert change.undo.apply(change.after.text) == TEXT
        assert "  # note on A\n  - name: A\n" in change.after.text


def test_add_in_a_list_of_flow_steps_writes_a_flow_step() -> None:
    d = RoutineDocument("supple: 1\nname: x\nsteps:\n  - {name: A, hold: 3s}\n", "x.yaml")
    change = d.add_step(StepKind.HOLD, (1,))
    assert change.after.text.endswith("  - {name: A, hold: 3s}\n  - {name: New stretch, "
                                      "hold: 30s}\n")


def test_moving_keeps_the_note_above_and_the_gaps() -> None:
    change = doc().move_down((0,))
    assert names(change.after) == ["B", "A", "Circuit", "Rest"]
    assert change.select == (1,)
    text = change.after.text
    assert ("  - name: B   # b\n    hold: 20s\n    # deeper note on B\n\n"
            "  # note on A\n  - name: A\n    hold: 30s\n\n  - name: Circuit") in text
    back = change.after.move_up((1,))
    assert back.after.text == TEXT


def test_move_to_any_position() -> None:
    change = doc().move_step((3,), (0,))
    assert names(change.after) == ["Rest", "A", "B", "Circuit"]
    change = doc().move_step((0,), (4,))
    assert names(change.after) == ["B", "Circuit", "Rest", "A"]
    assert change.select == (3,)
    change = doc().move_step((0,), (2, 1))
    assert names(change.after, (1,)) == ["C", "A", "D"]
    assert "      # note on A\n      - name: A\n        hold: 30s\n" in change.after.text
    with pytest.raises(EditError, match="already there"):
        doc().move_step((1,), (2,))
    with pytest.raises(EditError, match="into itself"):
        doc().move_step((2,), (2, 0))


def test_indent_and_outdent() -> None:
    into = doc().indent_step((3,))
    assert names(into.after, (2,)) == ["C", "D", "Rest"]
    assert into.select == (2, 2)
    assert "      - {name: D, hold: 10s}\n      - rest: 30s\n" in into.after.text
    out = into.after.outdent_step((2, 2))
    assert names(out.after) == names(doc())
    assert out.undo.apply(out.after.text) == into.after.text
    out = doc().outdent_step((2, 0))
    assert names(out.after) == ["A", "B", "Circuit", "C", "Rest"]
    assert "  - name: C\n    hold: 10s\n" in out.after.text
    with pytest.raises(EditError, match="no block just above"):
        doc().indent_step((1,))
    with pytest.raises(EditError, match="not in a block"):
        doc().outdent_step((1,))


def test_the_last_step_of_a_list_stays() -> None:
    d = doc().remove_step((2, 0)).after
    with pytest.raises(EditError, match="only step"):
        d.remove_step((2, 0))
    with pytest.raises(EditError, match="only step"):
        d.outdent_step((2, 0))
    one = RoutineDocument("supple: 1\nname: x\nsteps:\n  - {name: A, hold: 3s}\n", "x.yaml")
    with pytest.raises(EditError, match="routine needs at least one"):
        one.remove_step((0,))


def test_remove_and_duplicate() -> None:
    change = doc().remove_step((1,))
    assert names(change.after) == ["A", "Circuit", "Rest"]
    assert "deeper note on B" not in change.after.text
    assert "    hold: 30s\n\n  - name: Circuit" in change.after.text
    dup = doc().duplicate_step((0,))
    assert names(dup.after) == ["A", "A", "B", "Circuit", "Rest"]
    assert dup.select == (1,)
    assert dup.after.text.count("# note on A") == 2


def test_first_and_last_cannot_go_further() -> None:
    with pytest.raises(EditError, match="already the first step of the routine"):
        doc().move_up((0,))
    with pytest.raises(EditError, match="already the last step of its block"):
        doc().move_down((2, 1))


def test_a_flow_list_of_steps() -> None:
    text = "supple: 1\nname: x\nsteps: [{name: A, hold: 3s}, {name: B, hold: 4s}]  # two\n"
    d = RoutineDocument(text, "x.yaml")
    assert d.move_down((0,)).after.text == (
        "supple: 1\nname: x\nsteps: [{name: B, hold: 4s}, {name: A, hold: 3s}]  # two\n")
    assert d.remove_step((0,)).after.text == (
        "supple: 1\nname: x\nsteps: [{name: B, hold: 4s}]  # two\n")
    assert d.add_step(StepKind.REST, (2,)).after.text.endswith(
        "{name: B, hold: 4s}, {rest: 30s, name: Walk it off}]  # two\n")
