"""The steps of a ``steps:`` list as pieces of text, to reorder, copy, add and take out.

A step's piece runs from the comment lines just above its dash (at the dash's column: the
runner's note about that step) to the end of its last line, with any deeper-indented comment
lines right after it. What lies between two pieces (blank lines, a section comment) stays where
it is when steps move, so the file keeps its rhythm. A list written in flow style
(``steps: [...]``) is handled item by item the same way, with its commas between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yaml.nodes import MappingNode, SequenceNode

from supple.core.routines.yaml_spans import DataPath, SpanError, Splice, Tree
from supple.core.wording import tr


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    column: int  # of the dash (block lists); of the item (flow lists)


@dataclass(frozen=True)
class StepList:
    tree: Tree
    path: DataPath
    node: SequenceNode
    pieces: tuple[Piece, ...]

    @property
    def flow(self) -> bool:
        return bool(self.node.flow_style)

    def text(self, i: int) -> str:
        return self.tree.body[self.pieces[i].start : self.pieces[i].end]

    def gap(self, i: int) -> str:
        """What separates piece ``i`` from piece ``i + 1``."""
        return self.tree.body[self.pieces[i].end : self.pieces[i + 1].start]

    def _spacer(self, near: int) -> str:
        """A separator for a new piece next to piece ``near``: a blank line where the list's
        steps are set apart by blank lines there, else nothing (``, `` in a flow list)."""
        if self.flow:
            return ", "
        gaps = [self.gap(i) for i in (near - 1, near) if 0 <= i < len(self.pieces) - 1]
        if not gaps and len(self.pieces) > 1:
            gaps = [self.gap(0)]
        blank = any(not line.strip() for g in gaps for line in g.splitlines())
        return self.tree.newline if blank else ""

    def insert(self, index: int, piece: str) -> Splice:
        """Put ``piece`` (in this list's form: dash lines, or one flow item) at ``index``."""
        spacer = self._spacer(index)
        if index < len(self.pieces):
            at = self.pieces[index].start
            return Splice(at, at, piece + spacer)
        at = self.pieces[-1].end
        prefix = "" if self.flow or self.tree.body[:at].endswith("\n") else self.tree.newline
        return Splice(at, at, prefix + spacer + piece)

    def remove(self, index: int) -> Splice:
        if len(self.pieces) < 2:
            raise SpanError(tr("a list of steps needs at least one step"))
        p = self.pieces[index]
        if index < len(self.pieces) - 1:
            gap = self.gap(index)
            end = p.end + len(gap) if self.flow or not gap.strip() else p.end
            return Splice(p.start, end, "")
        gap = self.gap(index - 1)
        start = self.pieces[index - 1].end if self.flow or not gap.strip() else p.start
        return Splice(start, p.end, "")

    def reorder(self, order: Sequence[int]) -> Splice:
        """The pieces in ``order`` (a permutation), every gap left where it is."""
        nl = "" if self.flow else self.tree.newline
        parts = []
        for n, i in enumerate(order):
            text = self.text(i)
            parts.append(text if self.flow or text.endswith("\n") else text + nl)
            if n < len(order) - 1:
                parts.append(self.gap(n))
        joined = "".join(parts)
        if not self.flow and not self.text(len(order) - 1).endswith("\n"):
            joined = joined[: -len(nl)]  # the list ends the file, with no line break
        return Splice(self.pieces[0].start, self.pieces[-1].end, joined)

    def piece_for(self, index: int, column: int, into_flow: bool) -> str:
        """Piece ``index``'s text as it would be written in a list whose dash is at
        ``column`` (or in a flow list)."""
        if self.flow:
            text = self.text(index)
            if into_flow:
                return text
            return " " * column + "- " + text + self.tree.newline
        if into_flow:
            item = self.node.value[index]
            if not (isinstance(item, MappingNode) and item.flow_style):
                raise SpanError(tr("the steps there are written on one line ([...]); write "
                                   "them as a list of '- ' lines to move a step of several "
                                   "lines in"))
            return self.tree.body[item.start_mark.index : self.tree.end(item)]
        text = self.text(index)
        if not text.endswith("\n"):
            text += self.tree.newline
        return reindent(text, column - self.pieces[index].column)


def reindent(text: str, shift: int) -> str:
    """Every line of ``text`` moved ``shift`` columns right (left when negative)."""
    if shift == 0:
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if not line.strip():
            out.append(line)
        elif shift > 0:
            out.append(" " * shift + line)
        else:
            spaces = len(line) - len(line.lstrip(" "))
            out.append(line[min(spaces, -shift):])
    return "".join(out)


def step_list(tree: Tree, path: DataPath) -> StepList:
    node = tree.node(path)
    if not isinstance(node, SequenceNode) or not node.value:
        raise SpanError(tr("{field} is not a list of steps").format(
            field=".".join(map(str, path))))
    pieces: list[Piece] = []
    body = tree.body
    for item in node.value:
        start = item.start_mark.index
        if node.flow_style:
            pieces.append(Piece(start, tree.end(item), tree.column(start)))
            continue
        dash = body.rfind("-", 0, start)
        if dash < 0 or not tree.starts_line(dash):
            raise SpanError(tr("a step is written after another dash on the same line "
                               "('- - '); put each step on a line of its own"))
        column = tree.column(dash)
        first = tree.line_start(dash)
        while first > 0:  # the note just above the step, at its dash's column
            above = tree.line_start(first - 1)
            line = body[above:first].rstrip("\r\n")
            if not line.strip().startswith("#") or tree.column(above + line.index("#")) != column:
                break
            first = above
        end = tree.next_line(tree.end(item))
        while end < len(body):  # deeper comments right after the step are its own
            line = body[end : tree.next_line(end)]
            if not line.strip().startswith("#") or len(line) - len(line.lstrip()) <= column:
                break
            end = tree.next_line(end)
        if pieces and first < pieces[-1].end:
            first = pieces[-1].end
        pieces.append(Piece(first, end, column))
    return StepList(tree, path, node, tuple(pieces))
