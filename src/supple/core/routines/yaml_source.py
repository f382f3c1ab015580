"""Reading YAML safely and remembering where every value came from.

PyYAML's loaders build Python objects and forget positions, accept duplicate keys and expand
aliases without limit. Here libyaml (C) only parses; this module builds plain data itself, so it
can record the line and column of every key and value, refuse duplicate keys and tags, and bound
the size of what aliases expand to. Nothing in a file is ever executed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from supple.core.problems import Problem
from supple.core.routines.yaml_errors import plain_syntax_error
from supple.core.wording import tr

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class _FastLoader(_Loader):
    """libyaml's loader with PyYAML's implicit tag resolution memoised.

    libyaml calls back into Python's ``resolve`` for every scalar, which tries a list of
    regular expressions each time; routine files repeat the same short words (keys, ``30s``,
    ``left``) thousands of times across a library. Safe loading has no path resolvers, so the
    tag depends on the scalar's text alone and can be cached.
    """

    def resolve(self, kind: type[Node], value: object, implicit: object) -> str:
        if kind is ScalarNode and isinstance(value, str) and implicit == (True, False):
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
                if len(value) <= 40:
                    if len(_RESOLVED) >= 20_000:
                        _RESOLVED.clear()
                    _RESOLVED[value] = tag
            return tag
        return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]


_RESOLVED: dict[str, str] = {}

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40
MAX_NODES = 50_000  # after alias expansion: bounds "billion laughs"
MAX_PROBLEMS = 100  # collected before giving up on a file

Path = tuple[str | int, ...]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",  # read back as the text written
}
_SCALARS = SafeConstructor()
_BUILD: dict[str, Callable[[ScalarNode], object]] = {
    "tag:yaml.org,2002:int": _SCALARS.construct_yaml_int,
    "tag:yaml.org,2002:float": _SCALARS.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SCALARS.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SCALARS.construct_yaml_null,
}


@dataclass
class Positions:
    """Where each value (and each mapping key) sits in the file, 1-based."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def _fill(self) -> None:
        """Record the positions if that was put off (see :class:`_LazyPositions`)."""

    def locate(self, path: Path, *, prefer_key: bool = False) -> tuple[int, int] | None:
        """The position of ``path`` or of its nearest recorded parent."""
        self._fill()
        for end in range(len(path), -1, -1):
            sub = path[:end]
            if prefer_key and sub in self.keys:
                return self.keys[sub]
            if sub in self.values:
                return self.values[sub]
        return None


class _LazyPositions(Positions):
    """Positions recorded only when asked for: a valid file never needs them, and recording
    one tuple per value is a good part of the cost of reading a library."""

    def __init__(self, root: Node) -> None:
        super().__init__()
        self._root: Node | None = root

    def _fill(self) -> None:
        if self._root is not None:
            root, self._root = self._root, None
            _build(root, (), self, 0, _Budget())


class _Budget:
    """What one parse has spent, and the problems it could step over and keep going."""

    def __init__(self) -> None:
        self.nodes = 0
        self.problems: list[YamlProblem] = []

    def note(self, problem: YamlProblem) -> None:
        self.problems.append(problem)
        if len(self.problems) >= MAX_PROBLEMS:
            raise YamlProblem(tr("more than {limit} problems; stopped reading").format(
                limit=MAX_PROBLEMS))


class YamlProblem(Exception):
    def __init__(self, message: str, node: Node | None = None, expected: str | None = None):
        super().__init__(message)
        self.message = message
        self.expected = expected
        self.line = node.start_mark.line + 1 if node is not None else None
        self.column = node.start_mark.column + 1 if node is not None else None
        self.path: Path = ()


def too_big(size: int, programme: bool = False) -> str:
    """Why a file of ``size`` bytes is refused, in exact figures (a file one byte over the
    limit must not read as if it were at the limit); ``programme``: said of a programme file."""
    template = tr("file is {size} bytes; programme files are limited to {limit} bytes "
                  "({limit_kb} KB)") if programme else tr(
        "file is {size} bytes; routine files are limited to {limit} bytes ({limit_kb} KB)")
    return template.format(size=f"{size:,}", limit=f"{MAX_BYTES:,}", limit_kb=MAX_BYTES // 1024)


def decode(data: bytes, file: str, programme: bool = False) -> str | Problem:
    """UTF-8 text (a BOM is allowed), or a problem naming where the bad byte is; ``programme``:
    the file is a programme's, not a routine's."""
    if len(data) > MAX_BYTES:
        return Problem(file, too_big(len(data), programme))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return Problem(file, tr("file is not UTF-8 text"), line, column,
                       expected=tr("save it as UTF-8"))
    if "\x00" in text:
        at = text.index("\x00")
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        return Problem(file, tr("file contains a NUL byte; is it a binary file?"), line, column)
    return text


def parse(text: str, file: str) -> tuple[object, Positions] | list[Problem]:
    """Plain data (dicts, lists, scalars) and positions, or the problems that stop reading.

    A syntax error or a size limit ends reading at once; duplicate keys and refused tags are
    collected so that one look at the file shows all of them.
    """
    try:
        node = _FastLoader(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        what, mark = plain_syntax_error(exc, text)
        return [
            Problem(
                file,
                tr("YAML syntax: {problem}").format(problem=what),
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            )
        ]
    except yaml.YAMLError as exc:
        return [Problem(file, tr("YAML syntax: {problem}").format(problem=exc))]
    if node is None:
        return [Problem(file, tr("file is empty"), 1, 1,
                        expected=tr("a mapping with supple, name, steps"))]
    try:
        return _plain(node, 0, _Budget()), _LazyPositions(node)
    except _Unusual:
        pass  # read it again, slowly, to say exactly what and where
    positions = Positions()
    budget = _Budget()
    try:
        data = _build(node, (), positions, 0, budget)
    except YamlProblem as exc:
        budget.problems.append(exc)
    if budget.problems:
        return [
            Problem(file, p.message, p.line, p.column, _format_path(p.path), p.expected)
            for p in budget.problems
        ]
    return data, positions


class _Unusual(Exception):
    """The fast reader met something :func:`_build` has to explain."""


def _plain(node: Node, depth: int, budget: _Budget) -> object:
    """The same data as :func:`_build` for a file with nothing wrong at the YAML level,
    without recording paths or positions; anything unusual raises :class:`_Unusual`."""
    budget.nodes += 1
    if budget.nodes > MAX_NODES or depth > MAX_DEPTH:
        raise _Unusual
    tag = node.tag
    if isinstance(node, ScalarNode):
        if tag == "tag:yaml.org,2002:str" or tag == "tag:yaml.org,2002:timestamp":
            return str(node.value)
        build = _BUILD.get(tag)
        if build is None:
            raise _Unusual
        try:
            return build(node)
        except (ValueError, OverflowError):
            raise _Unusual from None
    if isinstance(node, SequenceNode) and tag == "tag:yaml.org,2002:seq":
        return [_plain(item, depth + 1, budget) for item in node.value]
    if isinstance(node, MappingNode) and tag == "tag:yaml.org,2002:map":
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise _Unusual
            key = str(key_node.value)
            if key in result:
                raise _Unusual
            result[key] = _plain(value_node, depth + 1, budget)
        return result
    raise _Unusual


def _build(node: Node, path: Path, pos: Positions, depth: int, budget: _Budget) -> object:
    budget.nodes += 1
    if budget.nodes > MAX_NODES:
        raise _at(
            YamlProblem(
                tr("file expands to more than {limit} values (aliases repeated too often?)")
                .format(limit=MAX_NODES), node
            ),
            path,
        )
    if depth > MAX_DEPTH:
        raise _at(YamlProblem(tr("nested more than {limit} levels deep").format(
            limit=MAX_DEPTH), node), path)
    pos.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            budget.note(
                _at(
                    YamlProblem(
                        tr("tag {tag} is not allowed").format(tag=repr(node.tag)), node,
                        tr("plain text, numbers, true/false"),
                    ),
                    path,
                )
            )
            return None
        build = _BUILD.get(node.tag)
        if build is None:
            return str(node.value)
        try:
            return build(node)
        except (ValueError, OverflowError):  # e.g. an int too long to convert
            digits = sum(ch.isdigit() for ch in str(node.value))
            what = (tr("a number of {digits} digits is far too large").format(
                        digits=f"{digits:,}") if digits > 30
                    else tr("{value} cannot be read as a number").format(
                        value=repr(str(node.value)[:40])))
            budget.note(_at(YamlProblem(what, node), path))
            return None
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            budget.note(_at(YamlProblem(
                tr("tag {tag} is not allowed").format(tag=repr(node.tag)), node), path))
            return None
        return [
            _build(item, (*path, i), pos, depth + 1, budget) for i, item in enumerate(node.value)
        ]
    if isinstance(node, MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            budget.note(_at(YamlProblem(
                tr("tag {tag} is not allowed").format(tag=repr(node.tag)), node), path))
            return None
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                merge = isinstance(key_node, ScalarNode) and key_node.value == "<<"
                message = (tr("merge keys (<<) are not supported") if merge
                           else tr("keys must be words"))
                budget.note(_at(YamlProblem(message, key_node, tr("write each key out")), path))
                continue
            key = str(key_node.value)
            if key in result:
                first = pos.keys[(*path, key)][0]
                budget.note(
                    _at(
                        YamlProblem(
                            tr("duplicate key {key} (first given on line {line})").format(
                                key=repr(key), line=first), key_node
                        ),
                        (*path, key),
                    )
                )
                continue
            pos.keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _build(value_node, (*path, key), pos, depth + 1, budget)
        return result
    raise _at(YamlProblem(tr("unsupported YAML node"), node), path)  # pragma: no cover


def _at(problem: YamlProblem, path: Path) -> YamlProblem:
    problem.path = path
    return problem


def _format_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


format_path = _format_path
