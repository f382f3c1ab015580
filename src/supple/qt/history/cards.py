"""The four number cards at the top of the history: both streaks, all sessions, last 7 days.

A big number with its unit, and a caption that says what the number means for today (keep the
streak going, it is the longest one), so the runner reads the page at a glance.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from supple.core.history.stats import HistoryStats
from supple.core.wording import DAY_MONTH, DAY_MONTH_YEAR, date_text
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label


def format_total_minutes(minutes: float) -> str:
    """A total of active time as people say it: ``45 min``, ``17 h 30 min``."""
    total = round(minutes)
    if total < 60:
        return f"{total} min"
    return f"{total // 60} h {total % 60:02d} min"


class StatCard(QFrame):
    """A big number with a unit and a caption under it: readable at a glance."""

    def __init__(self, caption: str, accessible: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.number = plain_label()
        self.number.setProperty("tint", "work")
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.number.setFont(font)
        self.unit = plain_label(role="muted")
        self.caption = plain_label(caption, role="muted", wrap=True)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 12)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        self.setAccessibleName(accessible)

    def set(self, number: int, unit: str, caption: str | None = None) -> None:
        self.number.setText(str(number))
        self.unit.setText(unit)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleDescription(f"{number} {unit}, {self.caption.text()}")


class SummaryCards(QWidget):
    """The streaks over the session counts, two by two."""

    def __init__(self) -> None:
        super().__init__()
        self.current_streak = StatCard(tr("current streak"), tr("Current streak"))
        self.longest_streak = StatCard(tr("longest streak"), tr("Longest streak"))
        self.all_time = StatCard("", tr("Sessions in all"))
        self.last_week = StatCard("", tr("Last 7 days"))
        cards = QGridLayout(self)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(12)
        cards.addWidget(self.current_streak, 0, 0)
        cards.addWidget(self.longest_streak, 0, 1)
        cards.addWidget(self.all_time, 1, 0)
        cards.addWidget(self.last_week, 1, 1)

    def show_stats(self, stats: HistoryStats, today: date) -> None:
        streaks = stats.streaks
        completed_today = any(d.day == today and d.completed for d in stats.days)
        if streaks.current and not completed_today:
            current_caption = tr("current streak · a routine today keeps it going")
        elif streaks.current:
            current_caption = tr("current streak · today is done")
        else:
            current_caption = tr("current streak · complete a routine to start one")
        self.current_streak.set(streaks.current, tr("day(s)", None, streaks.current),
                                current_caption)
        longest_caption = tr("longest streak")
        if streaks.longest_last_day is not None:
            last = streaks.longest_last_day
            until = date_text(last, DAY_MONTH if last.year == today.year else DAY_MONTH_YEAR)
            longest_caption = tr("longest streak · until {date}").format(date=until)
            if today - last <= timedelta(days=1):
                longest_caption = tr("longest streak · it is the current one")
        self.longest_streak.set(streaks.longest, tr("day(s)", None, streaks.longest),
                                longest_caption)
        self.all_time.set(stats.total_sessions,
                          tr("session(s)", None, stats.total_sessions),
                          tr("in all · {minutes}").format(
                              minutes=format_total_minutes(stats.total_minutes)))
        week_start = today - timedelta(days=6)
        recent = [d for d in stats.days if week_start <= d.day <= today]
        sessions = sum(d.sessions for d in recent)
        minutes = sum(d.minutes for d in recent)
        self.last_week.set(sessions, tr("session(s)", None, sessions),
                           tr("in the last 7 days · {minutes}").format(
                               minutes=format_total_minutes(minutes)))
