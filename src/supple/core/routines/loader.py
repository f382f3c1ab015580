"""Turning routine files into validated :class:`Routine` objects, reporting every problem.

Two layers of checking: :mod:`supple.core.routines.yaml_source` refuses what is unsafe or
unreadable, then the pydantic models in :mod:`supple.core.routines.model` check meaning. Every
pydantic error is translated into a :class:`Problem` pointing at the exact line and column in
the file. The folders of routine files, as the window and the command line list them, are
:mod:`supple.core.library.catalog`'s.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from supple.core.problems import Problem, RoutineError, Severity
from supple.core.routines import yaml_source
from supple.core.routines.model import STEP_TAGS, Block, Exercise, RestStep, Routine, step_kind
from supple.core.safe_read import NotRegularFileError, read_regular_file
from supple.core.wording import QT_TR_NOOP, tr


@dataclass(frozen=True)
class LoadedRoutine:
    id: str
    path: Path
    routine: Routine
    builtin: bool
    fingerprint: str


def load_text(text: str, file: str) -> tuple[Routine | None, list[Problem]]:
    """Validate routine text; the routine is None when any error was found."""
    parsed = yaml_source.parse(text, file)
    if isinstance(parsed, list):
        return None, parsed
    data, positions = parsed
    if not isinstance(data, dict):
        message = (tr("the file holds a list") if isinstance(data, list)
                   else tr("the file holds a single value"))
        return None, [
            Problem(
                file,
                message,
                1,
                1,
                expected=tr("a mapping with supple, name and steps"),
            )
        ]
    try:
        routine = Routine.model_validate(data)
    except ValidationError as exc:
        return None, _translate(exc, data, positions, file)
    return routine, []


def load_bytes(data: bytes, file: str) -> tuple[Routine | None, list[Problem]]:
    text = yaml_source.decode(data, file)
    if isinstance(text, Problem):
        return None, [text]
    return load_text(text, file)


def load_file(path: Path) -> tuple[Routine | None, list[Problem]]:
    """Read and validate one file; the routine is None when any error was found."""
    data = _read(path)
    if isinstance(data, Problem):
        return None, [data]
    return load_bytes(data, str(path))


def load_path(path: Path) -> Routine:
    """Load one file or raise :class:`RoutineError` with every problem in it."""
    data = _read(path)
    if isinstance(data, Problem):
        raise RoutineError([data])
    routine, problems = load_bytes(data, str(path))
    if routine is None:
        raise RoutineError(problems)
    return routine


def _read(path: Path) -> bytes | Problem:
    """The file's bytes, refusing anything that is not a regular file or is too large."""
    try:
        info = path.stat()
    except OSError as exc:
        return Problem(str(path), tr("cannot read: {reason}").format(
            reason=exc.strerror or exc))
    import stat

    if stat.S_ISDIR(info.st_mode):
        return Problem(str(path), tr("is a folder, not a routine file"),
                       severity=Severity.WARNING)
    if not stat.S_ISREG(info.st_mode):
        return Problem(
            str(path),
            tr("is not a regular file (a pipe or device?); skipped"),
            severity=Severity.WARNING,
        )
    if info.st_size > yaml_source.MAX_BYTES:
        return Problem(str(path), yaml_source.too_big(info.st_size))
    try:  # the name may have been swapped since the stat: never wait on a FIFO
        return read_regular_file(path, yaml_source.MAX_BYTES)
    except NotRegularFileError as exc:
        return Problem(str(path), tr("{reason}; skipped").format(reason=exc),
                       severity=Severity.WARNING)
    except OSError as exc:
        return Problem(str(path), tr("cannot read: {reason}").format(reason=exc.strerror or exc))


# --- pydantic errors to problems -------------------------------------------------------------

#: pydantic's error kinds in a runner's words (the programme loader too), English: pass a
#: value through ``tr`` where it is shown (:func:`describe_common` does).
FRIENDLY = {
    "missing": QT_TR_NOOP("missing required key"),
    "bool_type": QT_TR_NOOP("expected true or false"),
    "int_type": QT_TR_NOOP("expected a whole number"),
    "string_type": QT_TR_NOOP("expected text"),
    "list_type": QT_TR_NOOP("expected a list"),
    "float_type": QT_TR_NOOP("expected a number"),
    "int_from_float": QT_TR_NOOP("expected a whole number"),
    "dict_type": QT_TR_NOOP("expected a mapping of keys to values"),
    "model_type": QT_TR_NOOP("expected a mapping of keys to values"),
    "model_attributes_type": QT_TR_NOOP("expected a mapping of keys to values"),
    "literal_error": None,
}


def _translate(
    exc: ValidationError, data: Any, positions: yaml_source.Positions, file: str
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for error in exc.errors(include_url=False):
        cleaned = _clean_loc(error["loc"], data)
        if cleaned is None:
            continue
        path, key_error = cleaned
        message, expected = _describe(error, path, data)
        key_error = key_error or error["type"] == "extra_forbidden"
        where = positions.locate(path, prefer_key=key_error)
        if error["type"] == "missing":
            where = positions.locate(path[:-1])
        field = yaml_source.format_path(path)
        if (field, message) in seen:
            continue
        seen.add((field, message))
        problems.append(
            Problem(
                file,
                message,
                where[0] if where else None,
                where[1] if where else None,
                field,
                expected,
            )
        )
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return problems


def _clean_loc(loc: tuple[int | str, ...], data: Any) -> tuple[tuple[int | str, ...], bool] | None:
    """The path in the file and whether the error is about a key; None for an error from a
    union branch that does not apply (a mapping checked as a number, or the reverse)."""
    path: list[int | str] = []
    node = data
    is_key = False
    after_index = False
    for part in loc:
        label = str(part)
        if part == "[key]" and not (isinstance(node, dict) and part in node):
            is_key = True  # pydantic's marker, not a key someone named "[key]"
            continue
        # A step's union tag always follows its list index, even when the step has a key
        # of the same name (a rest step's ``rest``) or is not a mapping at all.
        was_index, after_index = after_index, isinstance(part, int)
        if part in STEP_TAGS and (was_index or (isinstance(node, dict) and part not in node)):
            continue
        branch = label.startswith(("function-", "float", "dict[", "list[", "str", "int"))
        if branch and not (isinstance(node, dict) and part in node):
            if label.startswith("dict[") != isinstance(node, dict):
                return None
            continue
        if isinstance(node, list) and not isinstance(part, int):
            continue
        path.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(path), is_key


def _model_at(path: tuple[int | str, ...], data: Any) -> type[BaseModel]:
    model: type[BaseModel] = Routine
    node = data
    for part in path:
        node = node[part] if isinstance(node, dict | list) else None  # type: ignore[index]
        if isinstance(part, int):
            kinds: dict[str, type[BaseModel]] = {
                "exercise": Exercise, "rest": RestStep, "block": Block
            }
            model = kinds[step_kind(node)]
        else:
            field = model.model_fields.get(part)
            sub = submodel(field.annotation) if field is not None else None
            if sub is not None:
                model = sub
    return model


def submodel(annotation: Any) -> type[BaseModel] | None:
    """The model a field's annotation holds, through ``X | None``, ``list[X]`` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = submodel(arg)
        if found is not None:
            return found
    return None


def describe_common(error: Any, path: tuple[int | str, ...],
                    model_at: Callable[[], type[BaseModel]]) -> tuple[str, str | None] | None:
    """What a pydantic error says, and what was expected, for the kinds every Supple format
    words alike (an unknown key, a missing one, a choice, a value check, a wrong type); None
    for the others. ``model_at`` gives the model of the mapping that holds ``path[-1]``."""
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(path[-1])
        allowed = sorted(model_at().model_fields)
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        expected = tr("one of: {keys}").format(keys=", ".join(allowed))
        if close:
            return tr("unknown key {key} (did you mean {close}?)").format(
                key=repr(key), close=repr(close[0])), expected
        return tr("unknown key {key}").format(key=repr(key)), expected
    if kind == "missing":
        return tr("missing required key {key}").format(key=repr(str(path[-1]))), None
    if kind == "literal_error":
        expected = str(error["ctx"].get("expected"))
        choices = [c.strip(" '") for c in expected.replace(" or ", ", ").split(",")]
        close = difflib.get_close_matches(str(error["input"]), choices, n=1, cutoff=0.6)
        choices_text = tr("one of {choices}").format(choices=expected)
        if close:
            return tr("{value} is not allowed (did you mean {close}?)").format(
                value=repr(error["input"]), close=repr(close[0])), choices_text
        return tr("{value} is not allowed").format(value=repr(error["input"])), choices_text
    if kind == "value_error":
        return str(error["ctx"]["error"]), None
    friendly = FRIENDLY.get(kind)
    if friendly:
        got = error.get("input")
        shown = tr("got {kind} {value}").format(kind=type(got).__name__, value=repr(got))
        return tr(friendly), shown[:80] if got is not None else None
    return None


def _limit(kind: str, ctx: dict[str, Any]) -> str | None:
    """What a pydantic limit error says (None if ``kind`` is not one); each a literal in
    ``tr``, a count as its third argument, so lupdate files it as a plural."""
    if kind == "greater_than_equal":
        return tr("must be at least {limit}").format(limit=ctx.get("ge"))
    if kind == "greater_than":
        return tr("must be more than {limit}").format(limit=ctx.get("gt"))
    if kind == "less_than_equal":
        return tr("must be at most {limit}").format(limit=ctx.get("le"))
    if kind == "less_than":
        return tr("must be less than {limit}").format(limit=ctx.get("lt"))
    if kind == "too_short":
        return tr("needs at least %n item(s)", None, int(ctx.get("min_length") or 0))
    if kind == "too_long":
        return tr("allows at most %n item(s)", None, int(ctx.get("max_length") or 0))
    if kind == "string_too_short":
        return tr("must not be empty")
    if kind == "string_too_long":
        return tr("is longer than %n character(s)", None, int(ctx.get("max_length") or 0))
    return None


def _describe(error: Any, path: tuple[int | str, ...], data: Any) -> tuple[str, str | None]:
    common = describe_common(error, path, lambda: _model_at(path[:-1], data))
    if common is not None:
        return common
    kind = error["type"]
    ctx = error.get("ctx") or {}
    message = _limit(kind, ctx)
    if message is not None:
        if path and path[-1] == "sides" and kind == "too_short":
            return tr("needs at least two sides"), tr("both, or a list such as [left, right]")
        got = error.get("input")
        shown = (tr("%n given", None, len(got)) if isinstance(got, list)
                 else tr("got {value}").format(value=repr(got)))
        return message, shown[:80]
    if kind in ("string_pattern_mismatch",):
        return tr("text must be one line and not blank"), None
    return str(error["msg"]), None
