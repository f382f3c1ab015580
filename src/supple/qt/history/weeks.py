"""Weeks and days as the history's pictures place them.

Weeks start on Monday, as the statistics count them; Qt Charts' time axis counts milliseconds
since the epoch, in local time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime


def local_moment(day: date, hour: int) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, 0))


def day_msecs(day: date, hour: int = 12) -> float:
    """An hour of a local day, as Qt Charts' time axis counts (ms since the epoch).

    Python's local-time conversion is ten times faster than building a ``QDateTime``, which
    matters for a year of daily points.
    """
    return datetime(day.year, day.month, day.day, hour).timestamp() * 1000.0


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


# Dates the history shows, in Qt's pattern letters for ``wording.date_text`` (which writes
# them in the catalogue's language); the core's constants cover the others.
SHORT_MONTH = "MMM"  # untranslated: pattern letters, "Sep"
WEEKDAY_DATE = "ddd d MMM yyyy"  # untranslated: pattern letters, "Wed 30 Sep 2026"
WEEKDAY_DATE_CLOCK = "ddd d MMM yyyy, HH:mm"  # untranslated: "Wed 30 Sep 2026, 23:59"
DAY_MONTH_YEAR = "d MMM yyyy"  # untranslated: pattern letters, "30 Sep 2026"
