"""Turning programme files into validated :class:`Programme` objects, reporting every problem.

The same two layers as routines: :mod:`supple.core.routines.yaml_source` refuses what is
unsafe or unreadable (tags, aliases bombs, duplicate keys, huge files) and keeps the line and
column of every value; then the models in :mod:`supple.core.programmes.model` check meaning,
and every error becomes a :class:`Problem` at its place in the file. A programme also names
routines, which live elsewhere: given the ids that exist, the loader says which do not, at the
line that names them.
"""

from __future__ import annotations

import difflib
import stat
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from supple.core.problems import Problem, RoutineError, Severity
from supple.core.programmes.model import Programme, cross_problems
from supple.core.routines import yaml_source
from supple.core.routines.loader import describe_common, submodel
from supple.core.safe_read import NotRegularFileError, read_regular_file
from supple.core.wording import tr

SUFFIXES = (".yaml", ".yml")


def _expected_file() -> str:
    """What a programme file holds: its keys are the format's, never translated."""
    keys = "supple, name, weeks"  # untranslated: the format's keys
    return tr("a mapping with {keys} and {last}").format(keys=keys, last="routines")


class ProgrammeError(RoutineError):
    """A programme file that could not be loaded; carries every problem found in it."""


@dataclass(frozen=True)
class LoadedProgramme:
    id: str
    path: Path
    programme: Programme
    builtin: bool


def load_text(text: str, file: str, known_routines: Collection[str] | None = None
              ) -> tuple[Programme | None, list[Problem]]:
    """Validate programme text; the programme is None when any error was found. With
    ``known_routines``, a routine id not among them is an error too."""
    parsed = yaml_source.parse(text, file)
    if isinstance(parsed, list):
        return None, [_reworded(p) for p in parsed]
    data, positions = parsed
    if not isinstance(data, dict):
        holds = tr("the file holds a list") if isinstance(data, list) else tr(
            "the file holds a single value")
        return None, [Problem(file, holds, 1, 1, expected=_expected_file())]
    try:
        programme = Programme.model_validate(data, context={"cross_checks_by_caller": True})
    except ValidationError as exc:
        return None, _translate(exc, data, positions, file)
    # A week range or an answer's routine is a key; an unknown routine id is a value.
    found = [(path, message, True) for path, message in cross_problems(programme)]
    if known_routines is not None:
        found += [(path, message, False)
                  for path, message in _unknown_routines(programme, known_routines)]
    if found:
        problems = []
        for path, message, key in found:
            line, column = positions.locate(path, prefer_key=key) or (None, None)
            problems.append(Problem(file, message, line, column, yaml_source.format_path(path)))
        return None, sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
    return programme, []


def load_bytes(data: bytes, file: str, known_routines: Collection[str] | None = None
               ) -> tuple[Programme | None, list[Problem]]:
    text = yaml_source.decode(data, file, programme=True)
    if isinstance(text, Problem):
        return None, [_reworded(text)]
    return load_text(text, file, known_routines)


def load_file(path: Path, known_routines: Collection[str] | None = None
              ) -> tuple[Programme | None, list[Problem]]:
    data = _read(path)
    if isinstance(data, Problem):
        return None, [data]
    return load_bytes(data, str(path), known_routines)


def load_path(path: Path, known_routines: Collection[str] | None = None) -> Programme:
    """Load one file or raise :class:`ProgrammeError` with every problem in it."""
    programme, problems = load_file(path, known_routines)
    if programme is None:
        raise ProgrammeError(problems)
    return programme


def programme_files(folder: Path, problems: list[Problem]) -> list[Path]:
    """The programme files in ``folder``, by name; an unlistable folder adds a warning."""
    try:
        names = sorted(p for p in folder.iterdir()
                       if p.name.lower().endswith(SUFFIXES) and not p.name.startswith("."))
    except FileNotFoundError:
        return []
    except OSError as exc:
        problems.append(Problem(str(folder), tr("cannot list folder: {reason}").format(
            reason=exc.strerror or exc), severity=Severity.WARNING))
        return []
    return names


def load_folders(builtin_dir: Path | None, user_dirs: Iterable[Path] = (),
                 known_routines: Collection[str] | None = None
                 ) -> tuple[list[LoadedProgramme], list[Problem]]:
    """Every programme in the built-in folder and the user's, by name; never raises.

    As with routines, a user's programme with the same file name as a built-in one replaces
    it, and a bad file never stops the others from loading."""
    found: dict[str, LoadedProgramme] = {}
    problems: list[Problem] = []
    sources = [(builtin_dir, True)] if builtin_dir is not None else []
    sources += [(d, False) for d in user_dirs]
    for folder, builtin in sources:
        for path in programme_files(folder, problems):
            programme, found_problems = load_file(path, known_routines)
            problems += found_problems
            if programme is not None:
                found[path.stem] = LoadedProgramme(path.stem, path, programme, builtin)
    return sorted(found.values(), key=lambda p: p.programme.name.casefold()), problems


def _read(path: Path) -> bytes | Problem:
    try:
        info = path.stat()
    except OSError as exc:
        return Problem(str(path), tr("cannot read: {reason}").format(reason=exc.strerror or exc))
    if not stat.S_ISREG(info.st_mode):
        message = tr("is a folder, not a programme file; skipped") if stat.S_ISDIR(
            info.st_mode) else tr("is not a regular file, not a programme file; skipped")
        return Problem(str(path), message, severity=Severity.WARNING)
    if info.st_size > yaml_source.MAX_BYTES:
        return _reworded(Problem(str(path), yaml_source.too_big(info.st_size, programme=True)))
    try:
        return read_regular_file(path, yaml_source.MAX_BYTES)
    except NotRegularFileError as exc:
        return Problem(str(path), tr("{problem}; skipped").format(problem=exc),
                       severity=Severity.WARNING)
    except OSError as exc:
        return Problem(str(path), tr("cannot read: {reason}").format(reason=exc.strerror or exc))


def _reworded(problem: Problem) -> Problem:
    """The YAML reader's problem, with what a programme file is expected to hold."""
    message = problem.message
    expected = problem.expected
    empty = "file is empty"  # untranslated: compared with the reader's English message
    if problem.message in (empty, tr(empty)):
        expected = _expected_file()
    return Problem(problem.file, message, problem.line, problem.column, problem.field,
                   expected, problem.severity)


def _unknown_routines(programme: Programme, known: Collection[str]
                      ) -> list[tuple[yaml_source.Path, str]]:
    problems = []
    named: list[tuple[yaml_source.Path, str]] = [
        (("routines", i, "routine"), e.routine) for i, e in enumerate(programme.routines)]
    for i, question in enumerate(programme.questions):
        for j, answer in enumerate(question.answers):
            named += [(("questions", i, "answers", j, "routines", original), replacement)
                      for original, replacement in answer.routines.items()]
    for path, routine_id in named:
        if routine_id not in known:
            close = difflib.get_close_matches(routine_id, list(known), n=1, cutoff=0.6)
            message = tr("no routine {routine} (did you mean {close}?): a routine's id is its "
                         "file name without .yaml, as {command} shows") if close else tr(
                "no routine {routine}: a routine's id is its file name without .yaml, as "
                "{command} shows")
            problems.append((path, message.format(routine=repr(routine_id), close=repr(
                close[0]) if close else "", command="supple list")))  # untranslated: a command
    return problems


# --- pydantic errors to problems -------------------------------------------------------------

# pydantic's error kind → the key of its limit in the error's context.
_LIMITS = {
    "greater_than_equal": "ge",
    "less_than_equal": "le",
    "greater_than": "gt",
    "too_short": "min_length",
    "too_long": "max_length",
    "string_too_short": "min_length",
    "string_too_long": "max_length",
}


def _limit_text(kind: str, limit: Any) -> str:
    """What a value outside ``limit`` must be, for pydantic's error ``kind``."""
    count = limit if isinstance(limit, int) else -1
    if kind == "greater_than_equal":
        return tr("must be at least {limit}").format(limit=limit)
    if kind == "less_than_equal":
        return tr("must be at most {limit}").format(limit=limit)
    if kind == "greater_than":
        return tr("must be more than {limit}").format(limit=limit)
    if kind == "too_short":
        return tr("needs at least %n item(s)", None, count)
    if kind == "too_long":
        return tr("allows at most %n item(s)", None, count)
    if kind == "string_too_short":
        return tr("must not be empty")
    return tr("is longer than %n character(s)", None, count)


def _translate(exc: ValidationError, data: Any, positions: yaml_source.Positions,
               file: str, *, every_branch: bool = False) -> list[Problem]:
    """Each error as a placed problem. Errors from a union's branches that do not fit the
    value are left out, unless that would leave none (a number where text or a list was
    expected fits neither): then every branch speaks."""
    problems: list[Problem] = []
    fields: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for error in exc.errors(include_url=False):
        cleaned = _clean(error["loc"], data, every_branch)
        if cleaned is None:
            continue  # a union's branch that does not fit what the file holds
        path, is_key, branch = cleaned
        field = yaml_source.format_path(path)
        if (branch and field in fields) or (field, error["type"]) in seen:
            continue
        fields.add(field)
        seen.add((field, error["type"]))
        message, expected = _describe(error, path)
        if error["type"] == "missing":
            where = positions.locate(path[:-1])
        else:
            where = positions.locate(path, prefer_key=is_key or error["type"] ==
                                     "extra_forbidden")
        line, column = where or (None, None)
        problems.append(Problem(file, message, line, column, field, expected))
    if not problems and not every_branch:
        return _translate(exc, data, positions, file, every_branch=True)
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _clean(loc: tuple[int | str, ...], data: Any, every_branch: bool
           ) -> tuple[yaml_source.Path, bool, bool] | None:
    """The path in the file, whether the error is about a key, and whether it came from a
    union's branch; None for a branch that does not fit the value in the file."""
    path: list[int | str] = []
    node = data
    is_key = branch = False
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int):
            path.append(part)
            node = node[part] if part < len(node) else None
        elif part == "[key]":
            is_key = True
        elif isinstance(part, str) and ("[" in part or part in ("float", "int", "str")
                                        or part.startswith("function-")):
            branch = True
            fits = {"dict[": isinstance(node, dict), "list[": isinstance(node, list),
                    "literal[": isinstance(node, str), "function-": not isinstance(
                        node, dict | list), "float": not isinstance(node, dict | list)}
            fit = next((v for k, v in fits.items() if part.startswith(k)), True)
            if not fit and not every_branch:
                return None
        else:  # a key the file does not have (missing), or one it should not
            path.append(part)
            node = None
    return tuple(path), is_key, branch


def _model_at(path: yaml_source.Path) -> type[BaseModel]:
    model: type[BaseModel] = Programme
    skip = False
    for part in path:
        if skip:  # the index or key into a list or mapping of models
            skip = False
            continue
        field = model.model_fields.get(str(part))
        sub = submodel(field.annotation) if field is not None else None
        if sub is None:
            break
        model, skip = sub, True
    return model


def _describe(error: Any, path: yaml_source.Path) -> tuple[str, str | None]:
    common = describe_common(error, path, lambda: _model_at(path[:-1]))
    if common is not None:
        return common
    kind = error["type"]
    if kind in _LIMITS:
        got = error.get("input")
        shown = tr("{count} given").format(count=len(got)) if isinstance(
            got, list | dict) else tr("got {value}").format(value=repr(got))
        return _limit_text(kind, (error.get("ctx") or {}).get(_LIMITS[kind])), shown[:80]
    if kind == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        got = tr("got {value}").format(value=repr(error["input"]))
        if "a-z0-9-" in pattern:
            return tr("must be lower-case letters, digits and dashes"), got
        return tr("must be lower-case words, e.g. {example}").format(example="morning"), got[:80]
    return str(error["msg"]), None
