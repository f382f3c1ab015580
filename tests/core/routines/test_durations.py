"""Durations as people write them, and the two ways they are shown."""

from __future__ import annotations

import math

import pytest

from supple.core.routines.durations import (
    MAX_SECONDS,
    DurationError,
    format_clock,
    format_duration,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (30, 30.0),
        (1.5, 1.5),
        ("30", 30.0),
        ("30s", 30.0),
        ("1m30s", 90.0),
        ("1m 30s", 90.0),
        ("90 s", 90.0),
        ("2 min", 120.0),
        ("2 minutes", 120.0),
        ("1h", 3600.0),
        ("1h1s", 3601.0),
        ("1.5s", 1.5),
        ("500ms", 0.5),
        ("  45 sec  ", 45.0),
        ("30S", 30.0),
        ("0", 0.0),
        (0, 0.0),
        ("4h", MAX_SECONDS),
    ],
)
def test_readable_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("-3", "not a duration"),
        (-3, "negative"),
        (-0.5, "negative"),
        ("abc", "not a duration"),
        ("30x", "unknown unit 'x'"),
        ("30 parsecs", "unknown unit"),
        (".nan", "not a duration"),
        ("nan", "not a duration"),
        (float("nan"), "finite"),
        (float("inf"), "finite"),
        (float("-inf"), "finite"),
        ("inf", "not a duration"),
        (True, "true/false"),
        (False, "true/false"),
        ("5h", "4h limit"),
        (MAX_SECONDS + 1, "4h limit"),
        ("241 min", "4h limit"),
        ([30], "expected a duration"),
        ({"s": 30}, "expected a duration"),
        (None, "expected a duration"),
        ("", "not a duration"),
        ("s", "not a duration"),
        ("1.", "not a duration"),
        ("30s and more", "not a duration"),
        ("9" * 41, "expected a duration"),
    ],
)
def test_bad_durations_raise_duration_error(value: object, fragment: str) -> None:
    with pytest.raises(DurationError) as info:
        parse_duration(value)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    "value", [10**400, -(10**400), 99999999999999999999999999], ids=["big", "-big", "26 digits"]
)
def test_huge_integers_are_duration_errors_not_overflow(value: int) -> None:
    # float(10**400) raises OverflowError, which pydantic would not turn into a problem.
    with pytest.raises(DurationError, match=r"4h limit|negative"):
        parse_duration(value)


def test_duration_error_is_a_value_error() -> None:
    """pydantic only turns ValueError (and AssertionError) into validation errors."""
    assert issubclass(DurationError, ValueError)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0s"),
        (45, "45s"),
        (59.4, "59s"),
        (60, "1:00"),
        (90, "1:30"),
        (150, "2:30"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (-2, "0:00"),
        (0.01, "0:01"),
        (0.999, "0:01"),
        (1.0, "0:01"),
        (1.0 + 1e-12, "0:01"),  # float noise from deadline arithmetic does not show 0:02
        (1.001, "0:02"),
        (23, "0:23"),
        (22.5, "0:23"),
        (59.5, "1:00"),
        (725, "12:05"),
    ],
)
def test_format_clock_rounds_up(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


def test_format_clock_never_shows_nan_or_negative_for_tiny_values() -> None:
    assert format_clock(-math.ulp(0.0)) == "0:00"


def test_format_hms_is_always_a_clock() -> None:
    from supple.core.routines.durations import format_hms

    assert [format_hms(s) for s in (0, 5, 59.6, 150, 3723)] == [
        "0:00", "0:05", "1:00", "2:30", "1:02:03"]
