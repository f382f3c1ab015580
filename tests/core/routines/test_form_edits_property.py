"""Property: any sequence of form edits, undone in reverse order, gives back the original bytes;
and each edit leaves the text of the steps it did not touch, comments included, byte for byte."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supple.core.routines.document import EditError, FormChange, RoutineDocument, StepPath
from supple.core.routines.model import Block, Exercise
from supple.core.routines.step_lists import step_list
from supple.core.routines.text_edits import StepKind

ROUTINES = sorted((Path(__file__).parents[3] / "routines").glob("*.yaml"))
FAST = settings(
    max_examples=int(os.environ.get("SUPPLE_PROP_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HAND = """# Hand-written, with notes everywhere.


supple: 1    # the format
name: "Odd one"
tags: [a, 'b', c]   # flow list
defaults: {lead_in: 5s, rest: 10s}

steps:

    # The first step, indented by four.
    -   name: First   # first
        hold: 30s
        sides: [left, right]

        tips: [Stay tall, "Breathe: slowly"]


    - {name: Second, reps: 10, tempo: {up: 1s, down: 2s}}   # flow step
    # between second and third

    -   rounds: 3
        rest: 15s   # between rounds
        steps:
            # inner note
            - name: Inner one
              hold: 20s
              # deeper inner note
            - {rest: 10s, name: Breathe}
    - rest: 1m   # last, no newline at the end"""

TEXTS = {p.name: p.read_text("utf-8") for p in ROUTINES}
TEXTS["hand"] = HAND
TEXTS["aliases"] = ("supple: 1\nname: Shared\nsteps:\n  - name: A\n    hold: &h 30s\n"
                    "    tips: &t [One, Two]\n  - {name: B, hold: *h, tips: *t}\n"
                    "  - rounds: 2\n    steps:\n      - {name: C, hold: *h}\n")
TEXTS["flow-steps"] = ("supple: 1\nname: F  # flow lists\n"
                       "steps: [{name: A, hold: 3s}, {rest: 5s},\n"
                       "  {rounds: 2, steps: [{name: B, hold: 2s}, {name: C, reps: 3}]}]\n")
TEXTS["hand-crlf-bom"] = "\ufeff" + HAND.replace("\n", "\r\n") + "\r\n"

NAMES = ["No", "on", "1:30", "#x", "Plain name", "a: b", "x, y", "Ünï – ok", "'q'", "yes"]
DURATIONS = ["30s", "1m30s", "1:30", "90", "2 min", "0.5s"]
TIPS = [["One."], ["Two: parts", "no"], ["A long tip " * 12 + "end."]]


def all_paths(doc: RoutineDocument, parent: StepPath = ()) -> list[StepPath]:
    out: list[StepPath] = []
    for i, step in enumerate(doc.steps(parent)):
        path = (*parent, i)
        out.append(path)
        if isinstance(step, Block):
            out += all_paths(doc, path)
    return out


def positions(doc: RoutineDocument) -> list[StepPath]:
    lists = [()] + [p for p in all_paths(doc) if isinstance(doc.step(p), Block)]
    return [(*parent, k) for parent in lists for k in range(len(doc.steps(parent)) + 1)]


Op = Callable[[RoutineDocument, int, int, int], tuple[FormChange, set[int]]]


def _step_field(doc: RoutineDocument, a: int, b: int, c: int) -> tuple[FormChange, set[int]]:
    paths = all_paths(doc)
    path = paths[a % len(paths)]
    step = doc.step(path)
    choices: list[tuple[str | tuple[str, ...], object]] = [("name", NAMES[c % len(NAMES)])]
    if isinstance(step, Exercise):
        choices += [("sets", 1 + c % 4), ("sides", "both"), ("sides", None),
                    ("tips", TIPS[c % len(TIPS)]), ("tips", None), ("image", "rest.svg"),
                    (("cues", "say_reps"), bool(c % 2)), (("cues", "voice"), None),
                    ("instructions", "Breathe. " * (1 + c % 20))]
        if step.hold is not None:
            choices.append(("hold", DURATIONS[c % len(DURATIONS)]))
        if step.reps is not None:
            choices += [("reps", 1 + c % 30), (("tempo", "up"), DURATIONS[c % 6])]
    elif isinstance(step, Block):
        choices += [("rounds", 1 + c % 5), ("rest", DURATIONS[c % 6]), ("name", None)]
    field, value = choices[b % len(choices)]
    return doc.set_step_field(path, field, value), {path[0]}  # type: ignore[arg-type]


def _routine_field(doc: RoutineDocument, a: int, b: int, c: int) -> tuple[FormChange, set[int]]:
    choices: list[tuple[str | tuple[str, ...], object]] = [
        ("name", NAMES[c % len(NAMES)]), ("tags", ["x", NAMES[c % len(NAMES)]]), ("tags", None),
        ("description", "About this. " * (1 + c % 15)), ("category", NAMES[c % len(NAMES)]),
        (("defaults", "rest"), DURATIONS[c % 6]), (("defaults", "switch"), None),
        (("defaults", "cues", "halfway"), bool(c % 2)), ("source", None)]
    field, value = choices[a % len(choices)]
    return doc.set_field(field, value), set()  # type: ignore[arg-type]


def _add(doc: RoutineDocument, a: int, b: int, c: int) -> tuple[FormChange, set[int]]:
    at = positions(doc)
    where = at[a % len(at)]
    kinds = list(StepKind)
    touched = {where[0]} if len(where) > 1 else set()
    return doc.add_step(kinds[b % len(kinds)], where), touched


def _path_op(name: str) -> Op:
    def op(doc: RoutineDocument, a: int, b: int, c: int) -> tuple[FormChange, set[int]]:
        paths = all_paths(doc)
        path = paths[a % len(paths)]
        touched = {path[0]}
        if name == "indent_step" and len(path) == 1:
            touched.add(path[0] - 1)  # the block above takes the step in
        return getattr(doc, name)(path), touched
    return op


def _move(doc: RoutineDocument, a: int, b: int, c: int) -> tuple[FormChange, set[int]]:
    paths, at = all_paths(doc), positions(doc)
    path, to = paths[a % len(paths)], at[b % len(at)]
    touched = {path[0]} | ({to[0]} if len(to) > 1 else set())
    return doc.move_step(path, to), touched


OPS: list[Op] = [_step_field, _routine_field, _add, _move,
                 *(_path_op(n) for n in ("remove_step", "duplicate_step", "move_up",
                                         "move_down", "indent_step", "outdent_step"))]


def top_pieces(doc: RoutineDocument) -> list[str]:
    lst = step_list(doc.tree, ("steps",))
    return [lst.text(i) for i in range(len(lst.pieces))]


@pytest.mark.parametrize("name", sorted(TEXTS))
@FAST
@given(ops=st.lists(st.tuples(st.integers(0, len(OPS) - 1), st.integers(0, 10_000),
                              st.integers(0, 10_000), st.integers(0, 10_000)), max_size=8))
def test_undo_everything_gives_back_the_original_bytes(
        name: str, ops: list[tuple[int, int, int, int]]) -> None:
    original = TEXTS[name]
    doc = RoutineDocument(original, name)
    changes: list[FormChange] = []
    for op, a, b, c in ops:
        try:
            change, touched = OPS[op](doc, a, b, c)
        except EditError:
            continue
        assert change.before is doc
        assert change.edit.apply(doc.text) == change.after.text
        assert change.undo.apply(change.after.text) == doc.text
        after = change.after.text
        assert after.startswith("\ufeff") == original.startswith("\ufeff")
        if "\r\n" in original:
            assert "\n" not in after.replace("\r\n", ""), change.label
        for i, piece in enumerate(top_pieces(doc)):
            if i not in touched:  # (a file without a final line break: the last step has none)
                assert piece.rstrip("\r\n") in change.after.text, (change.label, i)
        changes.append(change)
        doc = change.after
    text = doc.text
    for change in reversed(changes):
        text = change.undo.apply(text)
    assert text == original
    for change in changes:
        text = change.edit.apply(text)
    assert text == doc.text
