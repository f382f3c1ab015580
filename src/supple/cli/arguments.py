"""The values typed on the command line for programmes, runs and ratings, checked as argparse
reads them: a bad one is a usage error (exit 2) that says what was expected, before anything
is opened or written.
"""

from __future__ import annotations

import argparse
import math
from datetime import date, timedelta

from supple.cli.terminal import shown
from supple.core.history.records import Location, Side

_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}


def today() -> date:
    """The runner's local date (the one the history and the pain rules use)."""
    return date.today()


def day(text: str) -> date:
    """``2026-12-02``, or ``today``, ``yesterday``, ``tomorrow``."""
    word = text.strip().casefold()
    if word in _RELATIVE:
        return today() + timedelta(days=_RELATIVE[word])
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{shown(repr(text))} is not a date: give it as YYYY-MM-DD (e.g. 2026-12-02), or "
            "today, yesterday or tomorrow") from None


def score(text: str) -> int:
    """A pain, tightness or calf feel from 0 to 10."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"{shown(repr(text))} is not a whole number from 0 "
                                         "to 10")
    return value


def _number(text: str, what: str, high: float, *, zero: bool) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    low_ok = value >= 0 if zero else value > 0
    if not (math.isfinite(value) and low_ok and value <= high):
        low = "0" if zero else "more than 0"
        raise argparse.ArgumentTypeError(f"{shown(repr(text))} is not a number of {what} ({low} to "
                                         f"{high:g})")
    return value


def minutes(text: str) -> float:
    return _number(text, "minutes", 7 * 24 * 60, zero=False)


def kilometres(text: str) -> float:
    return _number(text, "kilometres", 1000, zero=True)


def side(text: str) -> Side:
    try:
        return Side(text.casefold())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{shown(repr(text))} is not a side: left, right or both") from None


def location(text: str) -> Location:
    try:
        found = Location(text.casefold())
    except ValueError:
        found = Location.NONE
    if found is Location.NONE:
        raise argparse.ArgumentTypeError(
            f"{shown(repr(text))} is not where it hurts: mid-portion or insertion")
    return found
