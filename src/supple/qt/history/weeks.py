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

