"""Edits of a routine's text that change only what they mean to change.

The app never re-serialises a routine: an edit is a splice of the text (:class:`TextEdit`), so
the runner's comments, key order and blank lines survive. Inserting a step is one such edit;
others (a form editor's field changes) can produce the same kind in modules of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from supple.core.routines.files import newline_of
from supple.core.wording import QT_TR_NOOP, tr


class StepKind(Enum):
    """A kind of step to add; its value is its English label (see :attr:`label`)."""

    HOLD = QT_TR_NOOP("Timed hold")
    SIDES = QT_TR_NOOP("Hold on each side")
    REPS = QT_TR_NOOP("Reps with tempo")
    REST = QT_TR_NOOP("Rest")
    METRONOME = QT_TR_NOOP("Metronome drill")
    CIRCUIT = QT_TR_NOOP("Circuit")

    @property
    def label(self) -> str:
        """The kind's name for a menu, in the reader's language."""
        return tr(self.value)



# untranslated: YAML put into the runner's file, example names and all (it is theirs then)
_SNIPPETS: dict[StepKind, tuple[str, ...]] = {
    StepKind.HOLD: ("- name: New stretch", "  hold: 30s"),
    StepKind.SIDES: ("- name: New stretch", "  hold: 30s", "  sides: both"),
    StepKind.REPS: (
        "- name: New exercise",
        "  reps: 12",
        "  tempo: {up: 1s, down: 2s}",
        "  sets: 2",
    ),
    StepKind.REST: ("- rest: 30s", "  name: Walk it off"),
    StepKind.METRONOME: ("- name: Cadence drill", "  metronome: +5%", "  hold: 30s"),
    StepKind.CIRCUIT: (
        "- name: Circuit",
        "  rounds: 2",
        "  rest: 20s",
        "  steps:",
        "    - {name: High knees, hold: 20s, image: high-knees.svg}",
        "    - {name: Butt kicks, hold: 20s, image: butt-kicks.svg}",
    ),
}


def snippet_lines(kind: StepKind) -> tuple[str, ...]:
    """``kind``'s new step as block lines, its dash at column 0 (the form editor adds steps
    from the same snippets as the text editor's Insert menu)."""
    return _SNIPPETS[kind]


@dataclass(frozen=True)
class TextEdit:
    """Replace characters ``start:end`` with ``text``; the rest of the file stays as written.

    Almost always a pure insertion (``start == end``). ``select`` is the range, in the new
    text, worth selecting afterwards: the new step's name, ready to be typed over.
    """

    start: int
    end: int
    text: str
    select: tuple[int, int]

    def apply(self, original: str) -> str:
        return original[: self.start] + self.text + original[self.end :]


_STEPS_KEY = re.compile(r"^steps\s*:\s*(?P<rest>.*?)\s*$")
_ITEM = re.compile(r"^(?P<indent> *)-(\s|$)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_note(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def step_insertion(text: str, kind: StepKind) -> TextEdit | None:
    """Where and what to insert so ``kind``'s snippet becomes the last item of ``steps:``.

    Works on the lines, not on parsed YAML, so comments and layout stay exactly as written.
    None when ``steps`` is written inline (``steps: [...]``), where there is no clean place.
    """
    newline = newline_of(text)
    lines = text.splitlines(keepends=True)
    key_line = next(
        (i for i, line in enumerate(lines) if _STEPS_KEY.match(line.rstrip("\r\n"))), None
    )
    if key_line is None:
        return _append_steps_key(text, kind, newline)
    after = _STEPS_KEY.match(lines[key_line].rstrip("\r\n"))
    assert after is not None
    inline = after.group("rest")
    if inline and not inline.startswith("#"):
        if inline.split("#")[0].strip() != "[]":
            return None
        return _replace_empty_list(text, lines, key_line, kind, newline)

    item_indent: int | None = None
    last = key_line  # the last line that belongs to the steps list
    separated = False  # blank lines between items: keep that rhythm
    blank_seen = False
    for i in range(key_line + 1, len(lines)):
        line = lines[i].rstrip("\r\n")
        if _is_note(line):
            blank_seen = blank_seen or not line.strip()
            continue
        indent = _indent(line)
        if item_indent is None:
            match = _ITEM.match(line)
            if not match:
                break
            item_indent = indent
        elif indent < item_indent or (indent == item_indent and not _ITEM.match(line)):
            break
        elif indent == item_indent and blank_seen:
            separated = True
        blank_seen = False
        last = i
    indent = item_indent if item_indent is not None else 2
    snippet = _indent_snippet(kind, indent, newline)
    offset = sum(len(line) for line in lines[: last + 1])
    prefix = ""
    if offset and not text[:offset].endswith(("\n", "\r")):
        prefix = newline
    if separated:
        prefix += newline
    return _edit(offset, offset, prefix, snippet)


def _indent_snippet(kind: StepKind, indent: int, newline: str) -> str:
    pad = " " * indent
    return "".join(pad + line + newline for line in _SNIPPETS[kind])


def _edit(start: int, end: int, prefix: str, snippet: str) -> TextEdit:
    first = snippet.split("\n", 1)[0].rstrip("\r")
    value_at = first.index(":") + 2  # "- name: New stretch" → "New stretch"
    begin = start + len(prefix)
    return TextEdit(start, end, prefix + snippet, (begin + value_at, begin + len(first)))


def _append_steps_key(text: str, kind: StepKind, newline: str) -> TextEdit:
    prefix = "" if not text or text.endswith(("\n", "\r")) else newline
    snippet = _indent_snippet(kind, 2, newline)
    return _edit(len(text), len(text), f"{prefix}steps:{newline}", snippet)


def _replace_empty_list(text: str, lines: list[str], key_line: int, kind: StepKind,
                        newline: str) -> TextEdit:
    """``steps: []`` becomes a block list: only the ``[]`` is replaced."""
    line_start = sum(len(line) for line in lines[:key_line])
    bracket = text.index("[]", line_start)
    line_end = line_start + len(lines[key_line].rstrip("\r\n"))
    comment = text[bracket + 2 : line_end]  # e.g. "  # to do", kept on the key's line
    start = text.index(":", line_start) + 1
    snippet = _indent_snippet(kind, 2, newline)
    has_newline = line_end < len(lines[key_line]) + line_start
    end = line_end + (len(newline) if has_newline else 0)
    return _edit(start, end, comment + newline, snippet)
