"""Durations as people write them: ``30``, ``30s``, ``90 s``, ``1m30s``, ``2 min``, ``1h``.

A bare number means seconds. The parser is strict: anything it cannot read exactly is an error,
never a silent guess.
"""

from __future__ import annotations

import math
import re

from supple.core.wording import tr

_UNIT_SECONDS = {
    "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0, "hours": 3600.0,
    "m": 60.0, "min": 60.0, "mins": 60.0, "minute": 60.0, "minutes": 60.0,
    "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0,
    "ms": 0.001,
}  # fmt: skip

_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)")
_PLAIN = re.compile(r"\s*(\d+(?:\.\d+)?)\s*")

#: The JSON Schema pattern that accepts the same strings as :func:`parse_duration`.
DURATION_PATTERN = (
    r"^\s*\d+(\.\d+)?\s*(((h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|ms)\s*)"
    r"(\d+(\.\d+)?\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|ms)\s*)*)?$"
)

MAX_SECONDS = 4 * 3600.0
#: The shortest duration other than 0: no cue, rep phase or hold is shorter than this.
MIN_SECONDS = 0.1


class DurationError(ValueError):
    """A duration that cannot be read; the message says what was expected."""


def parse_duration(value: object) -> float:
    """Return seconds for a number or a duration string; raise DurationError otherwise."""
    if isinstance(value, bool):
        raise DurationError(tr("expected a duration such as 30s, 1m30s or 90, not true/false"))
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:  # an integer with hundreds of digits
            sign = (tr("far longer than the 4h limit") if value > 0
                    else tr("a duration cannot be negative"))
            raise DurationError(sign) from None
    elif isinstance(value, str):
        seconds = _parse_text(value)
    else:
        raise DurationError(tr("expected a duration such as 30s, 1m30s or 90"))
    if math.isnan(seconds) or math.isinf(seconds):
        raise DurationError(tr("expected a finite duration"))
    if seconds < 0:
        raise DurationError(tr("a duration cannot be negative"))
    if seconds > MAX_SECONDS:
        if seconds >= 1000 * 3600:  # written out it would be hundreds of digits
            raise DurationError(tr("far longer than the 4h limit"))
        raise DurationError(tr("{duration} is longer than the 4h limit").format(
            duration=format_duration(seconds)))
    if 0 < seconds < MIN_SECONDS:
        raise DurationError(tr("{seconds} s is shorter than the shortest duration, "
                               "{shortest}s (0 turns a pause off)").format(
                                   seconds=f"{seconds:.3g}", shortest=f"{MIN_SECONDS:g}"))
    return seconds


def _parse_text(text: str) -> float:
    lowered = text.strip().lower()
    if len(lowered) > 40:
        raise DurationError(tr("expected a duration such as 30s, 1m30s or 90"))
    plain = _PLAIN.fullmatch(lowered)
    if plain:
        return float(plain.group(1))
    total, pos, seen = 0.0, 0, False
    while pos < len(lowered):
        match = _PART.match(lowered, pos)
        if not match:
            break
        number, unit = match.groups()
        if unit not in _UNIT_SECONDS:
            raise DurationError(tr("unknown unit {unit} in {text} (use h, m, s or ms)").format(
                unit=repr(unit), text=repr(text)))
        total += float(number) * _UNIT_SECONDS[unit]
        pos, seen = match.end(), True
    if not seen or lowered[pos:].strip():
        raise DurationError(tr("{text} is not a duration (expected e.g. 30s, 1m30s, 90 s or 2 min)")
                            .format(text=repr(text)))
    return total


def format_duration(seconds: float) -> str:
    """Short human form used in listings: ``45s``, ``2:30``, ``1:02:03``."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_hms(seconds: float) -> str:
    """Always as a clock, rounded: ``0:05``, ``2:30``, ``1:02:03`` (table columns, offsets)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_clock(seconds: float) -> str:
    """Countdown form: ``0:23``, ``12:05``; rounds up so 0:01 shows until the very end."""
    whole = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"
