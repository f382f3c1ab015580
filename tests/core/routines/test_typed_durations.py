"""Durations typed into a form field: read as people say them, checked at once."""

from __future__ import annotations

import pytest

from supple.core.routines.durations import DurationError
from supple.core.routines.typed_durations import (
    check_typed_duration,
    duration_text,
    read_typed_duration,
)


@pytest.mark.parametrize(("typed", "seconds", "written"), [
    ("30s", 30, "30s"), ("1m30s", 90, "1m30s"), ("1:30", 90, "1m30s"), ("90", 90, 90),
    (" 2  min ", 120, "2 min"), ("0:45", 45, "45s"), ("1:02:03", 3723, "1h2m3s"),
    ("30.5", 30.5, 30.5), ("500ms", 0.5, "500ms"), ("0", 0, 0), ("10:00", 600, "10m"),
])
def test_typed(typed: str, seconds: float, written: object) -> None:
    got = read_typed_duration(typed)
    assert got.seconds == seconds
    assert got.value == written and type(got.value) is type(written)


@pytest.mark.parametrize(("typed", "message"), [
    ("", "type a duration"), ("1:75", "two digits under 60"), ("1:5", "two digits"),
    ("1:60:00", "minutes after the first ':' must be under 60"),
    ("2 minutes and a bit", "is not a duration"), ("5h", "longer than the 4h limit"),
    ("-3s", "not a duration"), ("0.01s", "shorter than the shortest"),
])
def test_bad_input_says_why(typed: str, message: str) -> None:
    with pytest.raises(DurationError, match=message):
        read_typed_duration(typed)
    problem = check_typed_duration(typed)
    assert problem is not None and message.split()[0] in problem


def test_zero_where_a_duration_must_be_longer() -> None:
    assert check_typed_duration("0", zero_ok=False) == "must be longer than zero"
    assert check_typed_duration("0:00", zero_ok=False) == "must be longer than zero"
    assert check_typed_duration("0") is None


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0"), (30, "30s"), (90, "1m30s"), (120, "2m"), (3600, "1h"), (3900, "1h5m"),
    (1.5, "1.5s"), (0.1, "0.1s"),
])
def test_duration_text(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text
    assert read_typed_duration(text).seconds == seconds
