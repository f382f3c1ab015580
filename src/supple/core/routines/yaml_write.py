"""Writing one value as YAML text that the loader reads back as that same value.

The form editor never re-serialises a routine; it writes single values into the text (see
:mod:`supple.core.routines.document`). Each value is written as plainly as YAML allows and
quoted only where it must be, and "where it must be" is decided by reading the candidate back
with the loader's own reader (YAML 1.1): ``No``, ``on``, ``1:30``, ``#x`` or ``a: b`` come out
quoted because the plain form would read as something else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from supple.core.routines import yaml_source
from supple.core.wording import tr

#: Lines the writer aims to keep within (the project's files wrap at 100 columns).
WIDTH = 100

Value = str | int | float | bool | Sequence["Value"] | Mapping[str, "Value"]  # untranslated: type


def _reads_as(probe: str, expected: object) -> bool:
    parsed = yaml_source.parse(probe, "probe")
    if isinstance(parsed, list):
        return False
    return same(parsed[0], expected)


#: Mappings whose key order is meaning: a tempo's phases come in the order written.
ORDERED = frozenset({"tempo"})


def same(a: object, b: object, key: object = None) -> bool:
    """Equal and of the same types all the way down (``True == 1`` in Python, not in YAML);
    key order counts only in the mappings of :data:`ORDERED` keys."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        keys_match = list(a) == list(b) if key in ORDERED else set(a) == set(b)
        return keys_match and all(same(a[k], b[k], k) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(same(x, y, key) for x, y in zip(a, b, strict=True))
    return a == b


def _quoted(text: str) -> str:
    if '"' in text and "'" not in text and text.isprintable():
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def scalar(value: str | int | float | bool, *, flow: bool) -> str:
    """``value`` on one line: plain when it reads back as itself in a block (or, with
    ``flow``, inside ``[...]``/``{...}``), else quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if not _reads_as(f"k: {text}", {"k": value}):
            raise ValueError(tr("{value} cannot be written as a YAML number").format(
                value=repr(value)))
        return text
    if "\n" not in value and "\r" not in value and value.isprintable():
        probe = f"k: [{value}]" if flow else f"k: {value}"
        if _reads_as(probe, {"k": [value] if flow else value}):
            return value
    text = _quoted(value)
    if not _reads_as(f"k: [{text}]", {"k": [value]}):  # pragma: no cover - json is YAML
        raise ValueError(tr("{value} cannot be written as YAML text").format(value=repr(value)))
    return text


def flow(value: Value) -> str:
    """``value`` in flow style, for one line: ``{up: 1s, down: 2s}``, ``[left, right]``."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str | int | float | bool):
        return scalar(value, flow=True)
    return "[" + ", ".join(flow(v) for v in value) + "]"


def _breaks(text: str, indent: int) -> list[str]:
    """``text`` cut at single spaces into lines that end by column :data:`WIDTH` where
    possible; never at a run of spaces, whose second space would start a line."""
    words = re.split(r"(?<! ) (?! )", text)
    width = max(40, WIDTH - indent)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def folded(text: str, indent: int, newline: str) -> str | None:
    """``>-`` and the text folded into lines at ``indent`` columns, or None when a folded
    block cannot carry it exactly (leading spaces, tabs, trailing line breaks…)."""
    if not text or text != text.strip() or "\t" in text or "\r" in text:
        return None
    if not all(ch == "\n" or ch.isprintable() for ch in text):
        return None
    parts = re.split(r"(\n+)", text)
    pad = " " * indent
    out: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:  # a run of n line breaks is n empty lines
            out.extend([""] * len(part))
        elif part.startswith(" ") or part.endswith(" "):
            return None
        else:
            out.extend(pad + line for line in _breaks(part, indent))
    body = newline.join(out)
    block = ">-" + newline + body
    if not _reads_as("k: " + block.replace(newline, "\n"), {"k": text}):
        return None
    return block


def wrapped_plain(text: str, indent: int, newline: str) -> str | None:
    """A long plain text over several lines (continued at ``indent``), as the built-in tips
    are written, or None when it would not read back as itself."""
    if "\n" in text or not text.isprintable() or text != text.strip():
        return None
    lines = _breaks(text, indent)
    if len(lines) < 2:
        return None
    candidate = (newline + " " * indent).join(lines)
    probe = "k:\n- " + candidate.replace(newline, "\n").replace("\n" + " " * indent, "\n  ")
    if not _reads_as(probe, {"k": [text]}):
        return None
    return candidate


def block_text(text: str, column: int, key_width: int, newline: str, *,
               long_form: bool) -> str:
    """A text value after ``key: `` in a block mapping: plain or quoted on the line when it
    fits (or ``long_form`` is False), else folded under the key at ``column + 2``."""
    one_line = scalar(text, flow=False)
    fits = column + key_width + 2 + len(one_line) <= WIDTH
    if "\n" not in text and (fits or not long_form):
        return one_line
    block = folded(text, column + 2, newline)
    if block is not None:
        return block
    return _quoted(text)


def block_list(items: Sequence[Value], column: int, newline: str) -> str:
    """A block sequence at ``column`` (no indentation before the first dash): one item a line,
    long texts continued on the following lines."""
    lines = []
    for item in items:
        if isinstance(item, str):
            text = scalar(item, flow=False)
            if column + 2 + len(text) > WIDTH:
                text = wrapped_plain(item, column + 2, newline) or text
        else:
            text = flow(item)
        lines.append(" " * column + "- " + text)
    return newline.join(lines)[column:]


def block_mapping(value: Mapping[str, Value], column: int, newline: str) -> str:
    """A block mapping at ``column`` (no indentation before the first key); values inside are
    written on their key's line (nested mappings and lists in flow style)."""
    lines = []
    for key, item in value.items():
        text = flow(item)
        lines.append(" " * column + f"{key}: {text}")
    return newline.join(lines)[column:]
