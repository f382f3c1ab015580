"""Counts read as English: one of a thing, any other number of things."""

from __future__ import annotations

import pytest

from supple.core.wording import counted, plural


@pytest.mark.parametrize(("count", "text"), [
    (0, "0 steps"), (1, "1 step"), (2, "2 steps"), (12, "12 steps"),
])
def test_counted(count: int, text: str) -> None:
    assert counted(count, "step") == text


def test_the_last_word_takes_the_s() -> None:
    assert [counted(n, "rest day") for n in (1, 7)] == ["1 rest day", "7 rest days"]


def test_plural_is_the_word_alone() -> None:
    assert [plural(n, "day") for n in (0, 1, 4)] == ["days", "day", "days"]


def test_an_irregular_plural_is_given() -> None:
    assert [counted(n, "person", "people") for n in (1, 3)] == ["1 person", "3 people"]
