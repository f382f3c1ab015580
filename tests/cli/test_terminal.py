"""What the command line prints of user text cannot act on the terminal."""

from __future__ import annotations

import pytest

from supple.cli.terminal import shown


@pytest.mark.parametrize(("raw", "printed"), [
    ("Calf \x1b[2J\x1b]0;owned\x07raise", "Calf \\x1b[2J\\x1b]0;owned\\x07raise"),
    ("nul\x00", "nul\\x00"),
    ("a\x85b\u2028c", "a\\x85b\\u2028c"),
    ("\u202egnp.exe", "\\u202egnp.exe"),
    ("iso\u2066late\u2069", "iso\\u2066late\\u2069"),
    ("one\ntwo\tthree\r", "one\\x0atwo\\x09three\\x0d"),
    ("Wall calf stretch · left — 30 s", "Wall calf stretch · left — 30 s"),
])
def test_every_unsafe_character_is_shown_as_an_escape(raw: str, printed: str) -> None:
    assert shown(raw) == printed


def test_multi_line_texts_keep_their_lines_and_tabs_only() -> None:
    assert shown("one\ntwo\tthree\r\x1b", lines=True) == "one\ntwo\tthree\\x0d\\x1b"
