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
from supple.core.wording import tr

_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}


def today() -> date:
    """The runner's local date (the one the history and the pain rules use)."""
    return date.today()


#: The years a date given on the command line may fall in: a runner's, with room on both
#: sides; near year 1 or 9999 a programme's weeks or a report's period run off the calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def day(text: str) -> date:
    """``2026-12-02``, or ``today``, ``yesterday``, ``tomorrow``; from 1900 to 2200."""
    word = text.strip().casefold()
    if word in _RELATIVE:
        return today() + timedelta(days=_RELATIVE[word])
    try:
        found = date.fromisoformat(word)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(
            "{value} is not a date: give it as YYYY-MM-DD (e.g. 2026-12-02), or today, "
            "yesterday or tomorrow").format(value=shown(repr(text)))) from None
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(tr(
            "{value} is too far from today: give a date from {first} to {last}").format(
                value=shown(repr(text)), first=FIRST_YEAR, last=LAST_YEAR))
    return found


def score(text: str) -> int:
    """A pain, tightness or calf feel from 0 to 10."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(tr("{value} is not a whole number from 0 to 10")
                                         .format(value=shown(repr(text))))
    return value


def _number(text: str, what: str, high: float, *, zero: bool) -> float:
    """``what``: the message for a wrong value, with the fields ``value``, ``low``, ``high``."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    low_ok = value >= 0 if zero else value > 0
    if not (math.isfinite(value) and low_ok and value <= high):
        low = "0" if zero else tr("more than 0")
        raise argparse.ArgumentTypeError(what.format(value=shown(repr(text)), low=low,
                                                     high=f"{high:g}"))
    return value


def minutes(text: str) -> float:
    return _number(text, tr("{value} is not a number of minutes ({low} to {high})"),
                   7 * 24 * 60, zero=False)


def kilometres(text: str) -> float:
    return _number(text, tr("{value} is not a number of kilometres ({low} to {high})"), 1000,
                   zero=True)


def side(text: str) -> Side:
    try:
        return Side(text.casefold())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a side: left, right or both")
                                         .format(value=shown(repr(text)))) from None


def location(text: str) -> Location:
    try:
        found = Location(text.casefold())
    except ValueError:
        found = Location.NONE
    if found is Location.NONE:
        raise argparse.ArgumentTypeError(tr(
            "{value} is not where it hurts: mid-portion or insertion").format(
                value=shown(repr(text))))
    return found
