"""A routine's text as the form editor edits it: one value, one step at a time.

Each operation splices the text where the value or the step is written (never re-serialising
the file), so the runner's comments, key order, quoting and blank lines stay as they were.
Every result is then read back by the real loader and compared, value for value, with what
was asked; a change that would read back as anything else is refused with an
:class:`EditError`, so the form can never write a broken or surprising file. Each change
carries its inverse splice: undoing them all in reverse order gives back the original bytes.

Steps are addressed by a :data:`StepPath`: indices through blocks, ``(2,)`` for the third step
and ``(2, 0)`` for the first step of the block that is the third step. The list operations
(add, remove, duplicate, move, indent) are in :mod:`supple.core.routines.step_edits`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from supple.core.problems import Problem
from supple.core.routines import yaml_source
from supple.core.routines.cue_choices import CUE_CHOICES
from supple.core.routines.durations import DurationError
from supple.core.routines.loader import load_text
from supple.core.routines.model import Block, Exercise, RestStep, Routine, step_kind
from supple.core.routines.text_edits import StepKind, TextEdit
from supple.core.routines.typed_durations import duration_text, read_typed_duration
from supple.core.routines.yaml_spans import DataPath, SpanError, Splice, Tree, apply_splices
from supple.core.routines.yaml_write import Value, same
from supple.core.wording import tr

StepPath = tuple[int, ...]
Step = Exercise | RestStep | Block
#: A field of the routine or of a step: ``"hold"``, or a nested one, ``("tempo", "up")``.
Field = str | tuple[str, ...]

BOM = "\ufeff"

ROUTINE_ORDER = ("supple", "name", "description", "category", "tags", "source", "defaults",
                 "steps")
DEFAULTS_ORDER = ("lead_in", "rest", "switch", "cues")
EXERCISE_ORDER = ("name", "hold", "reps", "tempo", "metronome", "sets", "sides", "rest",
                  "switch", "lead_in", "image", "say", "cues", "instructions", "tips")
REST_ORDER = ("rest", "name", "image", "say", "cues", "instructions", "tips")
BLOCK_ORDER = ("name", "rounds", "rest", "steps")

_DURATIONS = frozenset({"hold", "rest", "switch", "lead_in", "tempo"})
_POSITIVE = frozenset({"hold", "tempo"})


class EditError(ValueError):
    """A form change that was not made; the message says why, in words for the runner."""


class NoChange(EditError):
    """The change asked for is already so (the same value, the same place): nothing to undo,
    so the form pushes no undo step."""


class DocumentError(ValueError):
    """Text the form editor cannot work on (not a valid routine); ``problems`` say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems[:3]))
        self.problems = problems


@dataclass(frozen=True)
class FormChange:
    """One change made through the form: the text before and after, and the splices between.

    ``edit`` turns ``before.text`` into ``after.text`` and ``undo`` turns it back (what a
    ``QUndoCommand``'s redo and undo apply); ``select`` is the step to show afterwards.
    """

    label: str
    before: RoutineDocument
    after: RoutineDocument
    edit: TextEdit
    undo: TextEdit
    select: StepPath | None


def data_path(step: StepPath) -> DataPath:
    """``(2, 0)`` → ``("steps", 2, "steps", 0)``."""
    out: list[str | int] = []
    for i in step:
        out += ["steps", i]
    return tuple(out)


def _field(field: Field) -> tuple[str, ...]:
    return (field,) if isinstance(field, str) else tuple(field)


class RoutineDocument:
    """A valid routine's text, what the loader makes of it, and the form operations on it."""

    def __init__(self, text: str, file: str = "routine.yaml") -> None:
        routine, problems = load_text(text, file)
        if routine is None:
            raise DocumentError(problems)
        self.text = text
        self.file = file
        self.routine: Routine = routine
        self._bom = BOM if text.startswith(BOM) else ""
        self.body = text[len(self._bom) :]
        parsed = yaml_source.parse(self.body, file)
        assert not isinstance(parsed, list)
        self.data: dict[str, Any] = parsed[0]  # type: ignore[assignment]
        self._tree: Tree | None = None

    @property
    def tree(self) -> Tree:
        if self._tree is None:
            self._tree = Tree(self.body)
        return self._tree

    def applied(self, edit: TextEdit) -> RoutineDocument:
        """The document after ``edit`` (a change's ``edit`` or ``undo``, or a splice made in the
        text view); DocumentError when the text is then not a valid routine."""
        return RoutineDocument(edit.apply(self.text), self.file)

    # --- reading --------------------------------------------------------------------------

    def step(self, path: StepPath) -> Step:
        steps: Sequence[Step] = self.routine.steps
        step: Step | None = None
        for i in path:
            if not 0 <= i < len(steps):
                raise EditError(tr("there is no step {step}").format(step=_shown(path)))
            step = steps[i]
            steps = step.steps if isinstance(step, Block) else ()
        if step is None:
            raise EditError(tr("no step given"))
        return step

    def steps(self, parent: StepPath = ()) -> tuple[Step, ...]:
        """The steps of the routine, or of the block at ``parent``."""
        if not parent:
            return tuple(self.routine.steps)
        block = self.step(parent)
        if not isinstance(block, Block):
            raise EditError(tr("step {step} is not a block").format(step=_shown(parent)))
        return tuple(block.steps)

    def raw(self, path: DataPath) -> Any:
        """The value at ``path`` as the file writes it (``"30s"``, not 30.0), or None."""
        node: Any = self.data
        for part in path:
            if isinstance(node, dict) and isinstance(part, str):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return None
        return node

    # --- fields ---------------------------------------------------------------------------

    def set_field(self, field: Field, value: Value | None) -> FormChange:
        """Set a routine-level field (``"name"``, ``("defaults", "lead_in")``…); None takes it
        out. Durations may be given as typed (``"1:30"``) or in seconds."""
        return self.set_fields((), {field: value})

    def remove_field(self, field: Field) -> FormChange:
        return self.set_fields((), {field: None})

    def set_step_field(self, path: StepPath, field: Field, value: Value | None) -> FormChange:
        return self.set_fields(path, {field: value})

    def remove_step_field(self, path: StepPath, field: Field) -> FormChange:
        return self.set_fields(path, {field: None})

    def set_cue(self, path: StepPath | None, cue: str, on: bool | None) -> FormChange:
        """Turn a cue on or off for a step (or, with ``path`` None, the routine's defaults);
        None lets it inherit again."""
        if cue not in CUE_CHOICES:
            raise EditError(tr("there is no cue called {cue} (one of: {cues})").format(
                cue=repr(cue), cues=", ".join(CUE_CHOICES)))
        if path is None:
            return self.set_fields((), {("defaults", "cues", cue): on})
        return self.set_fields(path, {("cues", cue): on})

    def set_fields(self, path: StepPath, changes: Mapping[Field, Value | None]) -> FormChange:
        """Several fields of the routine (``path`` empty) or of one step, changed together:
        a hold that becomes reps is ``{"reps": 12, "hold": None}``, which no single change
        could make without passing through an invalid step."""
        if path:
            self.step(path)
        for field in changes:
            if _field(field)[0] in ("steps", "supple"):
                raise EditError(tr("{field} is not a field the form changes (steps "
                                   "change through the step list)").format(
                                       field=_field(field)[0]))
        base = data_path(path)
        body, data = self.body, copy.deepcopy(self.data)
        changed: list[tuple[str, bool]] = []  # (key, whether it was taken out), in order
        for field, value in changes.items():
            keys = _field(field)
            full = base + keys
            tree = Tree(body)
            try:
                if value is None:
                    if _get(data, full) is None:
                        continue
                    splice = tree.remove(full)
                    _remove(data, full)
                    changed.append((keys[-1], True))
                else:
                    raw = _normalise(keys, value)
                    splice = tree.set_value(full, raw, self._order)
                    _put(data, full, raw)
                    changed.append((keys[-1], False))
            except SpanError as exc:
                raise EditError(str(exc)) from None
            body = apply_splices(body, [splice])
        if body == self.body:
            raise NoChange(tr("nothing to change"))
        if len(changed) == 1 and changed[0][1]:
            label = tr("Remove {field}").format(field=changed[0][0])
        elif len(changed) == 1:
            label = tr("Change {field}").format(field=changed[0][0])
        else:
            label = tr("Change {fields}").format(fields=", ".join(key for key, _ in changed))
        return self.commit(body, data, label, path or None)

    def _order(self, path: DataPath) -> Sequence[str]:
        if not path:
            return ROUTINE_ORDER
        if path == ("defaults",):
            return DEFAULTS_ORDER
        if path[-1] == "cues":
            return CUE_CHOICES
        if isinstance(path[-1], int):
            kind = step_kind(self.raw(path))
            return {"block": BLOCK_ORDER, "rest": REST_ORDER}.get(kind, EXERCISE_ORDER)
        return ()

    # --- the check that every change goes through --------------------------------------------

    def commit(self, body: str, expected: dict[str, Any], label: str,
               select: StepPath | None) -> FormChange:
        """``body`` as the new text, if it reads back as exactly ``expected`` (the old data
        with the change applied) and as a valid routine; EditError otherwise."""
        parsed = yaml_source.parse(body, self.file)
        if isinstance(parsed, list):
            raise EditError(tr("the change would not read back: {problem}").format(
                problem=_first(parsed)))
        if not same(parsed[0], expected):
            raise EditError(tr("the change would not read back as intended; nothing was changed"))
        text = self._bom + body
        try:
            after = RoutineDocument(text, self.file)
        except DocumentError as exc:
            raise EditError(tr("the routine would not be valid: {problem}").format(
                problem=_first(exc.problems))) from None
        return FormChange(label, self, after, _edit(self.text, text), _edit(text, self.text),
                          select)

    def splice(self, splices: Sequence[Splice]) -> str:
        return apply_splices(self.body, splices)

    # --- the step list (see step_edits) ------------------------------------------------------

    def add_step(self, kind: StepKind, at: StepPath) -> FormChange:
        """A new step of ``kind`` at ``at`` (index up to the list's length: last)."""
        from supple.core.routines import step_edits
        return step_edits.add_step(self, kind, at)

    def remove_step(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.remove_step(self, path)

    def duplicate_step(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.duplicate_step(self, path)

    def move_step(self, path: StepPath, to: StepPath) -> FormChange:
        """To just before the step now at ``to``, in any list (a drag and drop)."""
        from supple.core.routines import step_edits
        return step_edits.move_step(self, path, to)

    def move_up(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.move_up(self, path)

    def move_down(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.move_down(self, path)

    def indent_step(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.indent_step(self, path)

    def outdent_step(self, path: StepPath) -> FormChange:
        from supple.core.routines import step_edits
        return step_edits.outdent_step(self, path)


def _first(problems: list[Problem]) -> str:
    p = problems[0]
    return f"{p.field}: {p.message}" if p.field else p.message


def _edit(old: str, new: str) -> TextEdit:
    """The smallest single splice from ``old`` to ``new``."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    inserted = new[start : len(new) - end]
    return TextEdit(start, len(old) - end, inserted, (start, start + len(inserted)))


def _shown(path: StepPath) -> str:
    return ".".join(str(i + 1) for i in path)


def _normalise(keys: tuple[str, ...], value: Value) -> Value:
    """What goes into the file for ``value``: durations as typed (checked), or as seconds
    turned into ``1m30s``; everything else as given (tuples as lists)."""
    return _plain(_written(keys, value))


def _plain(value: Value) -> Value:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, str | int | float | bool):
        return value
    return [_plain(v) for v in value]


def _written(keys: tuple[str, ...], value: Value) -> Value:
    if keys[0] == "defaults" and len(keys) > 1:
        keys = keys[1:]
    is_duration = keys[0] in _DURATIONS and (keys[0] != "tempo" or not isinstance(value, Mapping))
    if keys[0] == "tempo" and (len(keys) > 1 or isinstance(value, Mapping)):
        if isinstance(value, Mapping):
            return {k: _duration(v, positive=True) for k, v in value.items()}
        return _duration(value, positive=True)
    if is_duration and len(keys) == 1:
        return _duration(value, positive=keys[0] in _POSITIVE)
    return value


def _duration(value: Value, *, positive: bool) -> Value:
    try:
        if isinstance(value, str):
            return read_typed_duration(value, zero_ok=not positive).value
        if isinstance(value, float) and not isinstance(value, bool):
            return duration_text(value)
    except DurationError as exc:
        raise EditError(str(exc)) from None
    return value


def _get(data: Any, path: DataPath) -> Any:
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _put(data: Any, path: DataPath, value: Value) -> None:
    for part in path[:-1]:
        if isinstance(data, dict) and data.get(part) is None:
            data[part] = {}
        data = data[part]
    data[path[-1]] = copy.deepcopy(value)


def _remove(data: Any, path: DataPath) -> None:
    parent = _get(data, path[:-1])
    del parent[path[-1]]
    if not parent and len(path) > 1 and isinstance(path[-2], str):
        _remove(data, path[:-1])
