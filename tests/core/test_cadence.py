"""The runner's cadence: offsets as written in routines, beats worked out, and taps counted."""

from __future__ import annotations

import pytest

from supple.core.cadence import (
    DEFAULT_CADENCE,
    MAX_CADENCE,
    MIN_CADENCE,
    beat,
    cadence_from_taps,
    check_cadence,
    format_offset,
    highest_beat,
    parse_offset,
)


@pytest.mark.parametrize(("text", "percent"), [
    ("+5%", 5.0), ("-5%", -5.0), ("+7.5 %", 7.5), (" + 10% ", 10.0), ("0%", 0.0), ("+30%", 30.0),
])
def test_offsets_as_written(text: str, percent: float) -> None:
    assert parse_offset(text) == percent


@pytest.mark.parametrize(("text", "fragment"), [
    ("5%", "needs a sign: write +5%"),
    ("+31%", "within ±30 %"),
    ("-40%", "within ±30 %"),
    ("+5", "not '+5'"),
    ("fast", "such as +5%"),
])
def test_bad_offsets_say_what_to_write(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment.replace("+", r"\+")):
        parse_offset(text)


def test_offsets_are_kept_in_one_form() -> None:
    assert [format_offset(p) for p in (5.0, -2.5, 0.0, 10.0)] == ["+5%", "-2.5%", "0%", "+10%"]


def test_a_beat_is_the_runners_cadence_moved_by_the_offset() -> None:
    assert beat("+5%", 160) == 168  # Heiderscheit's +5 % for a runner at 160
    assert beat("+10%", 160) == 176
    assert beat("-5%", 180) == 171
    assert beat(176, 160) == 176  # an absolute beat ignores the cadence
    assert beat("+5%", None) == round(DEFAULT_CADENCE * 1.05)
    assert highest_beat("+30%") == round(MAX_CADENCE * 1.3) <= 300


def test_cadence_settings_are_whole_steps_per_minute_in_range() -> None:
    assert check_cadence(170) == 170
    for bad in (MIN_CADENCE - 1, MAX_CADENCE + 1, 170.0, True, "170", None):
        with pytest.raises(ValueError):
            check_cadence(bad)


def taps(rate: float, count: int, start: float = 1000.0) -> list[float]:
    return [start + i * 60 / rate for i in range(count)]


def test_steady_taps_give_the_rate() -> None:
    assert cadence_from_taps(taps(170, 57)) == 170  # 20 s of taps
    assert cadence_from_taps(taps(152, 50)) == 152


def test_a_missed_tap_is_counted_as_a_step() -> None:
    times = taps(170, 57)
    del times[20], times[40]
    assert cadence_from_taps(times) == 170


def test_a_double_tap_is_dropped() -> None:
    times = taps(170, 57)
    times.insert(11, times[10] + 0.05)
    assert cadence_from_taps(times) == 170


def test_uneven_taps_average_out() -> None:
    jitter = [0.02, -0.03, 0.01, -0.01, 0.03, -0.02]
    times = [t + jitter[i % len(jitter)] for i, t in enumerate(taps(176, 60))]
    assert cadence_from_taps(times) == 176


def test_too_few_taps_or_times_that_do_not_rise_give_nothing() -> None:
    assert cadence_from_taps([]) is None
    assert cadence_from_taps(taps(170, 8)) is None  # 7 steps
    assert cadence_from_taps(taps(170, 9)) == 170
    assert cadence_from_taps([1.0, 2.0, 2.0, 3.0] * 3) is None
