"""The step list's operations: add, remove, duplicate, move, indent into and out of a block.

Each works on the pieces of text of :mod:`supple.core.routines.step_lists` and goes through
:meth:`RoutineDocument.commit`, which reads the result back; positions are :data:`StepPath`
tuples (see :mod:`supple.core.routines.document`).
"""

from __future__ import annotations

import copy
from typing import Any

from supple.core.routines import yaml_source, yaml_write
from supple.core.routines.document import (
    EditError,
    FormChange,
    NoChange,
    RoutineDocument,
    StepPath,
    data_path,
)
from supple.core.routines.model import Block
from supple.core.routines.step_lists import StepList, reindent, step_list
from supple.core.routines.text_edits import StepKind, snippet_lines
from supple.core.routines.yaml_spans import SpanError
from supple.core.wording import QT_TR_NOOP, tr

#: The undo label of adding each kind of step (through ``tr`` when used).
_ADDED = {StepKind.HOLD: QT_TR_NOOP("Add a timed hold"),
          StepKind.SIDES: QT_TR_NOOP("Add a hold on each side"),
          StepKind.REPS: QT_TR_NOOP("Add reps with tempo"), StepKind.REST: QT_TR_NOOP("Add a rest"),
          StepKind.METRONOME: QT_TR_NOOP("Add a metronome drill"),
          StepKind.CIRCUIT: QT_TR_NOOP("Add a block of rounds")}


def _list(doc: RoutineDocument, parent: StepPath) -> StepList:
    try:
        return step_list(doc.tree, (*data_path(parent), "steps"))
    except SpanError as exc:
        raise EditError(str(exc)) from None


def _steps_data(data: dict[str, Any], parent: StepPath) -> list[Any]:
    node: Any = data
    for i in parent:
        node = node["steps"][i]
    steps: list[Any] = node["steps"]
    return steps


def _positions(path: StepPath, last: int) -> str:
    """Where a step at ``path`` (in a block, or not) can go: positions 1 to ``last``."""
    if len(path) > 1:
        return tr("a step can go at positions 1 to {last} of its block").format(last=last)
    return tr("a step can go at positions 1 to {last} of the routine").format(last=last)


def snippet_data(kind: StepKind) -> dict[str, Any]:
    parsed = yaml_source.parse("\n".join(snippet_lines(kind)), "snippet")
    assert not isinstance(parsed, list)
    data: list[dict[str, Any]] = parsed[0]  # type: ignore[assignment]
    return data[0]


def add_step(doc: RoutineDocument, kind: StepKind, at: StepPath) -> FormChange:
    """A new step of ``kind`` that will be at ``at`` (an index up to the list's length)."""
    parent, index = at[:-1], at[-1]
    steps = doc.steps(parent)
    if not 0 <= index <= len(steps):
        raise EditError(_positions(at, len(steps) + 1))
    lst = _list(doc, parent)
    data = snippet_data(kind)
    items = lst.node.value
    if lst.flow:
        piece = yaml_write.flow(data)
    elif all(getattr(item, "flow_style", False) for item in items):
        piece = " " * lst.pieces[0].column + "- " + yaml_write.flow(data) + doc.tree.newline
    else:
        nl = doc.tree.newline
        piece = reindent("".join(line + nl for line in snippet_lines(kind)),
                         lst.pieces[0].column)
    expected = copy.deepcopy(doc.data)
    _steps_data(expected, parent).insert(index, data)
    body = doc.splice([lst.insert(index, piece)])
    return doc.commit(body, expected, tr(_ADDED[kind]), at)


def remove_step(doc: RoutineDocument, path: StepPath) -> FormChange:
    steps = doc.steps(path[:-1])
    doc.step(path)
    if len(steps) == 1:
        if len(path) > 1:
            raise EditError(tr("this is the block's only step: a block needs at least one, "
                               "so remove the block instead"))
        raise EditError(tr("this is the routine's only step: a routine needs at least one"))
    lst = _list(doc, path[:-1])
    expected = copy.deepcopy(doc.data)
    del _steps_data(expected, path[:-1])[path[-1]]
    body = doc.splice([lst.remove(path[-1])])
    left = min(path[-1], len(steps) - 2)
    return doc.commit(body, expected, tr("Remove step"), (*path[:-1], left))


def duplicate_step(doc: RoutineDocument, path: StepPath) -> FormChange:
    """A copy of the step (with the note above it) right after it."""
    doc.step(path)
    lst = _list(doc, path[:-1])
    index = path[-1]
    column = lst.pieces[0].column
    try:
        piece = lst.piece_for(index, column, lst.flow)
    except SpanError as exc:
        raise EditError(str(exc)) from None
    expected = copy.deepcopy(doc.data)
    siblings = _steps_data(expected, path[:-1])
    siblings.insert(index + 1, copy.deepcopy(siblings[index]))
    body = doc.splice([lst.insert(index + 1, piece)])
    return doc.commit(body, expected, tr("Duplicate step"), (*path[:-1], index + 1))


def _after_removal(path: StepPath, removed: StepPath) -> StepPath:
    """Where ``path`` is once the step at ``removed`` has been taken out."""
    depth = len(removed) - 1
    if len(path) > depth and path[:depth] == removed[:depth] and path[depth] > removed[depth]:
        return (*path[:depth], path[depth] - 1, *path[depth + 1 :])
    return path


def move_step(doc: RoutineDocument, path: StepPath, to: StepPath,
              label: str | None = None) -> FormChange:
    """Move the step at ``path`` so that it comes just before the step now at ``to`` (or, with
    ``to``'s last index one past a list's end, last in that list), in any list of steps.
    ``label`` names the change for undo (default: "Move step")."""
    doc.step(path)
    target = doc.steps(to[:-1])
    if not 0 <= to[-1] <= len(target):
        raise EditError(_positions(to, len(target) + 1))
    if to[: len(path)] == path and len(to) > len(path):
        raise EditError(tr("a block cannot be moved into itself"))
    source = doc.steps(path[:-1])
    if to[:-1] == path[:-1] and to[-1] in (path[-1], path[-1] + 1):
        raise NoChange(tr("the step is already there"))
    if to[:-1] != path[:-1] and len(source) == 1:
        raise EditError(tr("this is the block's only step: a block needs at least one, "
                           "so remove the block instead"))
    final = _after_removal(to, path)
    expected = copy.deepcopy(doc.data)
    moved = _steps_data(expected, path[:-1]).pop(path[-1])
    _steps_data(expected, final[:-1]).insert(final[-1], moved)
    src = _list(doc, path[:-1])
    try:
        if to[:-1] == path[:-1]:
            order = list(range(len(source)))
            order.insert(final[-1], order.pop(path[-1]))
            splices = [src.reorder(order)]
        else:
            dst = _list(doc, to[:-1])
            piece = src.piece_for(path[-1], dst.pieces[0].column, dst.flow)
            removal, insertion = src.remove(path[-1]), dst.insert(to[-1], piece)
            if removal.start < insertion.start < removal.end:  # pragma: no cover - guarded
                raise SpanError(tr("the step cannot be moved there"))
            splices = [removal, insertion]
    except SpanError as exc:
        raise EditError(str(exc)) from None
    return doc.commit(doc.splice(splices), expected, label or tr("Move step"), final)


def move_up(doc: RoutineDocument, path: StepPath) -> FormChange:
    """Alt+Up: one place earlier in its list."""
    if path[-1] == 0:
        raise EditError(tr("this is already the first step of its block") if len(path) > 1
                        else tr("this is already the first step of the routine"))
    return move_step(doc, path, (*path[:-1], path[-1] - 1), tr("Move step up"))


def move_down(doc: RoutineDocument, path: StepPath) -> FormChange:
    """Alt+Down: one place later in its list."""
    if path[-1] >= len(doc.steps(path[:-1])) - 1:
        raise EditError(tr("this is already the last step of its block") if len(path) > 1
                        else tr("this is already the last step of the routine"))
    return move_step(doc, path, (*path[:-1], path[-1] + 2), tr("Move step down"))


def indent_step(doc: RoutineDocument, path: StepPath) -> FormChange:
    """Into the block just above, as its last step."""
    above = (*path[:-1], path[-1] - 1)
    block = doc.step(above) if path[-1] > 0 else None
    if not isinstance(block, Block):
        raise EditError(tr("there is no block just above this step to move it into"))
    return move_step(doc, path, (*above, len(block.steps)), tr("Move step into block"))


def outdent_step(doc: RoutineDocument, path: StepPath) -> FormChange:
    """Out of its block, to just after the block."""
    if len(path) < 2:
        raise EditError(tr("this step is not in a block"))
    block = path[:-1]
    return move_step(doc, path, (*block[:-1], block[-1] + 1), tr("Move step out of block"))

