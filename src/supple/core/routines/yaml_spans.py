"""Where each value of a routine's text starts and ends, and splices that change one of them.

The loader's positions (:class:`supple.core.routines.yaml_source.Positions`) give where a value
starts; an edit also needs where it ends, which for block collections is not what the parser
says (its end mark lies past the comments and blank lines that follow). This module reads the
same text with the same libyaml parser into nodes, and works out the spans the form editor
splices: a key's lines, a value, a step's lines with the comment above it. Nothing here checks
meaning: :mod:`supple.core.routines.document` reads every result back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from supple.core.routines import yaml_source, yaml_write
from supple.core.routines.yaml_write import Value
from supple.core.wording import tr

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DataPath = tuple[str | int, ...]


class _OwnAliases(yaml.SafeLoader):
    """The pure-Python composer, giving each ``*alias`` a node of its own at the alias's
    place: libyaml hands back the anchored node itself, whose position is the anchor's, and a
    splice "after the alias" would land after the anchor instead."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            if event.anchor in self.anchors:
                self.get_event()  # type: ignore[no-untyped-call]
                node = copy.copy(self.anchors[event.anchor])
                node.start_mark, node.end_mark = event.start_mark, event.end_mark
                node.alias = True  # type: ignore[attr-defined]
                return node
        return super().compose_node(parent, index)


class SpanError(ValueError):
    """The text is laid out in a way the form editor cannot splice; the message says how."""


@dataclass(frozen=True)
class Splice:
    start: int
    end: int
    text: str


def apply_splices(text: str, splices: Sequence[Splice]) -> str:
    """All ``splices`` (in the coordinates of ``text``, not overlapping) applied at once."""
    ordered = sorted(splices, key=lambda s: (s.start, s.end > s.start), reverse=True)
    for s in ordered:
        text = text[: s.start] + s.text + text[s.end :]
    return text


class Tree:
    """A parsed text (without its byte-order mark) and the spans of its values."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.newline = "\r\n" if "\r\n" in body else "\n"
        root = yaml.compose(body, Loader=_OwnAliases if "*" in body else _Loader)
        if not isinstance(root, MappingNode):
            raise SpanError(tr("the file does not hold a mapping"))
        self.root: MappingNode = root

    # --- lines ----------------------------------------------------------------------------

    def line_start(self, pos: int) -> int:
        return self.body.rfind("\n", 0, pos) + 1

    def next_line(self, pos: int) -> int:
        """The start of the line after the one holding ``pos`` (or the end of the text)."""
        found = self.body.find("\n", pos)
        return len(self.body) if found < 0 else found + 1

    def column(self, pos: int) -> int:
        return pos - self.line_start(pos)

    def starts_line(self, pos: int) -> bool:
        return not self.body[self.line_start(pos) : pos].strip()

    # --- nodes ----------------------------------------------------------------------------

    def node(self, path: DataPath) -> Node | None:
        node: Node = self.root
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, SequenceNode) or part >= len(node.value):
                    return None
                node = node.value[part]
            else:
                entry = self.entry(node, part)
                if entry is None:
                    return None
                node = entry[1]
        return node

    @staticmethod
    def entry(node: Node, key: str) -> tuple[ScalarNode, Node] | None:
        if not isinstance(node, MappingNode):
            return None
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return k, v
        return None

    def end(self, node: Node) -> int:
        """Where ``node``'s own text ends: its last character, before what follows it."""
        if isinstance(node, ScalarNode):
            if node.style in ("|", ">"):
                return node.start_mark.index + len(
                    self.body[node.start_mark.index : node.end_mark.index].rstrip())
            return int(node.end_mark.index)
        if getattr(node, "flow_style", False) or getattr(node, "alias", False) or not node.value:
            return int(node.end_mark.index)
        last = node.value[-1]
        return self.end(last[1] if isinstance(node, MappingNode) else last)

    # --- mappings -------------------------------------------------------------------------

    def set_value(self, path: DataPath, value: Value,
                  order: Callable[[DataPath], Sequence[str]]) -> Splice:
        """Write ``value`` at ``path``: replace what is there, or add the key to its mapping
        (after the keys ``order`` puts before it), creating missing parent mappings."""
        parent_path, key = path[:-1], path[-1]
        assert isinstance(key, str)
        parent = self.node(parent_path)
        if parent is None:
            wrapped: Value = {key: value}
            return self.set_value(parent_path, wrapped, order)
        if not isinstance(parent, MappingNode):
            raise SpanError(tr("{field} is not a mapping").format(field=_name(parent_path)))
        entry = self.entry(parent, key)
        flow = self.in_flow(parent_path)
        if entry is not None:
            self._not_shared(entry[0])
            return self._replace(parent, entry[0], entry[1], value, flow)
        return self._insert(parent, key, value, order(parent_path), flow)

    def _not_shared(self, key: ScalarNode, marks: tuple[str, ...] = ("*", "&")) -> None:
        """Refuse to splice a value written elsewhere (``*alias``) or used elsewhere
        (``&anchor``): the splice would change every place that shares it."""
        after = self.body[self.body.index(":", key.end_mark.index) + 1 :].lstrip(" \t")
        if after.startswith(marks):
            raise SpanError(tr("{field} is shared with another place through a YAML anchor "
                               "(&name, *name); change it in the text view").format(
                                   field=key.value))

    def _key_column(self, parent: MappingNode, key: ScalarNode | None) -> int:
        if key is None and not parent.value:  # an empty {}
            return self.column(parent.start_mark.index) + 1
        first = key if key is not None else parent.value[0][0]
        return self.column(first.start_mark.index)

    def _render(self, flow: bool, key: str, value: Value, column: int,
                old: Node | None) -> tuple[str, bool]:
        """The text of ``value`` and whether it starts on a line of its own (a block list or
        mapping, which follows the key's line)."""
        nl = self.newline
        if flow:
            return yaml_write.flow(value), False
        if isinstance(value, str):
            long_form = key in _LONG_TEXTS or (isinstance(old, ScalarNode) and
                                               old.style == ">")
            return yaml_write.block_text(value, column, len(key), nl, long_form=long_form), False
        block_old = isinstance(old, MappingNode | SequenceNode) and not old.flow_style
        if isinstance(value, Mapping):
            if block_old or (old is None and key in _BLOCK_MAPPINGS):
                return yaml_write.block_mapping(value, column + 2, nl), True
            return yaml_write.flow(value), False
        block_list = block_old or (old is None and key in _LONG_TEXTS)
        if isinstance(value, list) and value and block_list:
            inner = column + 2
            if isinstance(old, SequenceNode) and old.value:
                inner = self.column(old.start_mark.index)
            return yaml_write.block_list(value, inner, nl), True
        return yaml_write.flow(value), False

    def in_flow(self, path: DataPath) -> bool:
        """Whether the node at ``path`` (or a parent of it) is a flow collection."""
        node: Node | None = self.root
        for end in range(len(path) + 1):
            node = self.node(path[:end])
            if node is None:
                return False
            if getattr(node, "flow_style", False) and not isinstance(node, ScalarNode):
                return True
        return False

    def _replace(self, parent: MappingNode, key: ScalarNode, old: Node, value: Value,
                 flow: bool) -> Splice:
        column = self._key_column(parent, key)
        text, own_lines = self._render(flow, str(key.value), value, column, old)
        colon = self.body.index(":", key.end_mark.index) + 1
        old_block = isinstance(old, MappingNode | SequenceNode) and not old.flow_style
        end = self.end(old)
        if own_lines:
            if old_block and self.starts_line(old.start_mark.index):
                inner = self.column(old.start_mark.index)
                if inner != column + 2 and isinstance(value, Mapping):
                    text = yaml_write.block_mapping(value, inner, self.newline)
                return Splice(old.start_mark.index, end, text)
            return Splice(colon, end, self.newline + " " * (column + 2) + text)
        if old_block:
            return Splice(colon, end, " " + text)
        if (isinstance(old, ScalarNode) and old.style == ">" and text.startswith(">-")
                and self.body[old.start_mark.index : old.start_mark.index + 2] == ">-"):
            header_end = self.next_line(old.start_mark.index)
            return Splice(header_end, end, text.split(self.newline, 1)[1])
        return Splice(old.start_mark.index, end, text)

    def _insert(self, parent: MappingNode, key: str, value: Value, order: Sequence[str],
                flow: bool) -> Splice:
        rank = order.index(key) if key in order else len(order)
        before = [(k, v) for k, v in parent.value
                  if (order.index(k.value) if k.value in order else len(order)) <= rank]
        column = self._key_column(parent, None)
        text, own_lines = self._render(flow, key, value, column, None)
        entry_text = f"{key}: {text}"
        if own_lines:
            entry_text = f"{key}:{self.newline}{' ' * (column + 2)}{text}"
        if parent.flow_style:
            if not parent.value:
                inside = parent.start_mark.index + 1
                return Splice(inside, parent.end_mark.index - 1, entry_text)
            if not before:
                return Splice(parent.value[0][0].start_mark.index,
                              parent.value[0][0].start_mark.index, entry_text + ", ")
            at = self.end(before[-1][1])
            return Splice(at, at, ", " + entry_text)
        if not before:
            first = parent.value[0][0].start_mark.index
            return Splice(first, first, entry_text + self.newline + " " * column)
        at = self.next_line(self.end(before[-1][1]))
        prefix = "" if self.body[:at].endswith("\n") else self.newline
        return Splice(at, at, prefix + " " * column + entry_text + self.newline)

    def remove(self, path: DataPath) -> Splice:
        """Take the key at ``path`` out with its lines; a mapping left empty goes with it."""
        parent_path, key = path[:-1], path[-1]
        parent = self.node(parent_path)
        entry = self.entry(parent, str(key)) if parent is not None else None
        if parent is None or entry is None:
            raise SpanError(tr("{field} is not in the file").format(field=_name(path)))
        assert isinstance(parent, MappingNode)
        self._not_shared(entry[0], ("&",))  # taking out an alias changes nothing else
        index = next(i for i, (k, _) in enumerate(parent.value) if k is entry[0])
        if len(parent.value) == 1:
            if parent_path and isinstance(parent_path[-1], str):
                return self.remove(parent_path)
            if not _name(parent_path):
                raise SpanError(tr("the routine needs at least one key"))
            raise SpanError(tr("{field} needs at least one key").format(field=_name(parent_path)))
        start = entry[0].start_mark.index
        if index == 0:
            return Splice(start, parent.value[1][0].start_mark.index, "")
        if parent.flow_style:
            return Splice(self.end(parent.value[index - 1][1]), self.end(entry[1]), "")
        return Splice(self.line_start(start), self.next_line(self.end(entry[1])), "")


#: Texts written folded under their key once they outgrow the line.
_LONG_TEXTS = frozenset({"description", "source", "instructions", "tips"})
#: Mappings written as a block of lines when added (the others go on one line).
_BLOCK_MAPPINGS = frozenset({"defaults"})


def _name(path: DataPath) -> str:
    return yaml_source.format_path(path)

