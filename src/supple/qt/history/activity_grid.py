"""The activity grid of the history window: the last 16 weeks, GitHub style.

A day with sessions is an accent square (darker for more minutes), a rest day inside the
history is a quiet grey square. Painted by hand because a month calendar hides all but one
month and needs one ``setDateTextFormat`` call per day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from supple.core.history.stats import DayActivity
from supple.core.wording import MONTH, SHORT_WEEKDAY, WEEKDAY_DATE, date_text
from supple.qt.history.weeks import monday_of
from supple.qt.i18n import tr
from supple.qt.theme import Colors

GRID_WEEKS = 16
LABELLED_WEEKDAYS = (0, 2, 4, 6)  # Mon, Wed, Fri, Sun


def weekday_labels() -> list[tuple[int, str]]:
    """(row, short name) of the weekdays named beside the grid, in the reader's language."""
    monday = date(2024, 1, 1)
    return [(n, date_text(monday + timedelta(days=n), SHORT_WEEKDAY)) for n in LABELLED_WEEKDAYS]


@dataclass(frozen=True, slots=True)
class GridDay:
    day: date
    sessions: int
    minutes: float
    in_history: bool  # between the first session and today: a day without sessions is rest

    @property
    def is_rest(self) -> bool:
        return self.in_history and self.sessions == 0


class ActivityGrid(QWidget):
    """Sixteen weeks, Monday on top, today in the last column."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self._today = date.today()
        self._days: dict[date, DayActivity] = {}
        self._first: date | None = None
        self._metrics_cache: tuple[tuple[int, int, str], tuple[float, float, float, float]] | None
        self._metrics_cache = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Activity in the last 16 weeks"))

    def set_data(self, days: Iterable[DayActivity], today: date) -> None:
        self._today = today
        self._days = {d.day: d for d in days}
        self._first = min(self._days) if self._days else None
        self.setAccessibleDescription(self._summary())
        self.update()

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors
        self.update()

    # ----- what is shown -------------------------------------------------------------------

    @property
    def first_day(self) -> date:
        return monday_of(self._today) - timedelta(weeks=GRID_WEEKS - 1)

    def shown_days(self) -> list[GridDay]:
        day, result = self.first_day, []
        while day <= self._today:
            result.append(self.grid_day(day))
            day += timedelta(days=1)
        return result

    def grid_day(self, day: date) -> GridDay:
        found = self._days.get(day)
        in_history = self._first is not None and self._first <= day <= self._today
        if found is None:
            return GridDay(day, 0, 0.0, in_history)
        return GridDay(day, found.sessions, found.minutes, in_history)

    def session_days(self) -> list[date]:
        return [g.day for g in self.shown_days() if g.sessions]

    def rest_days(self) -> list[date]:
        return [g.day for g in self.shown_days() if g.is_rest]

    def _summary(self) -> str:
        shown = self.shown_days()
        active = sum(1 for g in shown if g.sessions)
        return tr("{active} of the last %n day(s) had sessions", None, len(shown)).format(
            active=active)

    # ----- geometry ------------------------------------------------------------------------
    # Every size comes from the font: a row is at least half a line high, so the weekday
    # labels (every other row) never overlap, and the cells grow from there.

    def _label_width(self) -> float:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for _, name in weekday_labels())
        return float(widest + metrics.averageCharWidth())

    def _top(self) -> float:
        return float(self.fontMetrics().height() + self.fontMetrics().descent())

    def _legend_height(self) -> float:
        return float(self.fontMetrics().height() + self.fontMetrics().descent() * 2)

    def _min_pitch(self) -> float:
        return max(6.0, self.fontMetrics().lineSpacing() / 2 + 1)

    def _legend_width(self) -> float:
        metrics = self.fontMetrics()
        square = metrics.height()
        legend = " ".join((tr("rest"), tr("less"), tr("more")))
        return float(metrics.horizontalAdvance(legend) + 6 * square + 40)

    def _size_for(self, pitch: float) -> QSize:
        grid_width = self._label_width() + GRID_WEEKS * pitch
        return QSize(ceil(max(grid_width, self._legend_width())),
                     ceil(self._top() + 7 * pitch + self._legend_height()))

    def minimumSizeHint(self) -> QSize:
        return self._size_for(self._min_pitch())

    def sizeHint(self) -> QSize:
        return self._size_for(float(self.fontMetrics().lineSpacing()))

    def _legend_beside(self) -> bool:
        """The legend goes right of the grid when that leaves the cells bigger than below."""
        label_w, top = self._label_width(), self._top()
        below = min((self.width() - label_w) / GRID_WEEKS,
                    (self.height() - top - self._legend_height()) / 7)
        beside = min((self.width() - label_w - self._legend_width()) / GRID_WEEKS,
                     (self.height() - top) / 7)
        return beside >= below

    def _metrics(self) -> tuple[float, float, float, float]:
        """(left, top, cell, gap) so the grid fills its room with square cells."""
        key = (self.width(), self.height(), self.font().toString())
        if self._metrics_cache is not None and self._metrics_cache[0] == key:
            return self._metrics_cache[1]
        result = self._compute_metrics()
        self._metrics_cache = (key, result)
        return result

    def _compute_metrics(self) -> tuple[float, float, float, float]:
        label_w, top = self._label_width(), self._top()
        if self._legend_beside():
            avail_w = self.width() - label_w - self._legend_width()
            avail_h = self.height() - top
        else:
            avail_w = self.width() - label_w - 2
            avail_h = self.height() - top - self._legend_height()
        pitch = max(self._min_pitch(), min(avail_w / GRID_WEEKS, avail_h / 7))
        gap = max(2.0, pitch * 0.16)
        return label_w, top, pitch - gap, gap

    def cell_rect(self, day: date) -> QRectF:
        left, top, cell, gap = self._metrics()
        week = (monday_of(day) - self.first_day).days // 7
        return QRectF(left + week * (cell + gap), top + day.weekday() * (cell + gap), cell, cell)

    def day_at(self, point: QPointF) -> date | None:
        for grid_day in self.shown_days():
            if self.cell_rect(grid_day.day).contains(point):
                return grid_day.day
        return None

    def level(self, minutes: float) -> int:
        """1–4, like a heat map: a short warm-up reads lighter than a long session."""
        if minutes < 10:
            return 1
        if minutes < 20:
            return 2
        if minutes < 35:
            return 3
        return 4

    # ----- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, cell, gap = self._metrics()
        radius = max(2.0, cell * 0.2)
        accent, track, muted = QColor(c.accent), QColor(c.track), QColor(c.muted)
        painter.setPen(Qt.PenStyle.NoPen)
        for grid_day in self.shown_days():
            rect = self.cell_rect(grid_day.day)
            if grid_day.sessions:
                fill = QColor(accent)
                fill.setAlphaF((0.3, 0.52, 0.76, 1.0)[self.level(grid_day.minutes) - 1])
                painter.setBrush(fill)
                painter.setPen(Qt.PenStyle.NoPen)
            elif grid_day.in_history:
                painter.setBrush(track)
                painter.setPen(Qt.PenStyle.NoPen)
            else:  # before the first session: an outline, so the shape stays readable
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(track, 1))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            if grid_day.day == self._today:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(c.text), 1.5))
                painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius, radius)
        painter.setPen(muted)
        painter.setFont(self.font())
        metrics = self.fontMetrics()
        pitch = cell + gap
        for row, name in weekday_labels():  # centred on their row, two rows high
            y = top + (row - 0.5) * pitch
            painter.drawText(QRectF(0, y, left - metrics.averageCharWidth(), 2 * pitch),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for x, name in self.month_labels():
            painter.drawText(QPointF(x, top - metrics.descent() * 2), name)
        if self._legend_beside():
            size = float(self.fontMetrics().height()) - 2
            self._paint_legend(painter, left + GRID_WEEKS * (cell + gap) + 20,
                               top + 7 * (cell + gap) - gap - size, cell)
        else:
            self._paint_legend(painter, left, top + 7 * (cell + gap) + 4, cell)
        painter.end()

    def _paint_legend(self, painter: QPainter, x: float, y: float, cell: float) -> None:
        c = self._colors
        size = min(cell, float(self.fontMetrics().height()) - 2)
        metrics = self.fontMetrics()
        text_y = y + size / 2 + (metrics.ascent() - metrics.descent()) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.track))
        painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
        painter.setPen(QColor(c.muted))
        painter.drawText(QPointF(x + size + 5, text_y), tr("rest"))
        x += size + 5 + metrics.horizontalAdvance(tr("rest")) + 14
        painter.drawText(QPointF(x, text_y), tr("less"))
        x += metrics.horizontalAdvance(tr("less")) + 6
        painter.setPen(Qt.PenStyle.NoPen)
        for alpha in (0.3, 0.52, 0.76, 1.0):
            fill = QColor(c.accent)
            fill.setAlphaF(alpha)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
            x += size + 3
        painter.setPen(QColor(c.muted))
        painter.drawText(QPointF(x + 3, text_y), tr("more"))

    def month_labels(self) -> list[tuple[float, str]]:
        """(x, name) of the month names over the grid, each over the first week that shows
        the month; a name that would run into the one before it, or past the grid, is left
        out (with small cells every other month is named)."""
        left, _top, cell, gap = self._metrics()
        metrics = self.fontMetrics()
        room = metrics.averageCharWidth()
        right = left + GRID_WEEKS * (cell + gap)
        labels: list[tuple[float, str]] = []
        free_from = left
        last_month = -1
        for week in range(GRID_WEEKS):
            monday = self.first_day + timedelta(weeks=week)
            sunday = monday + timedelta(days=6)
            month_start = sunday if sunday.month != monday.month else monday
            if month_start.month != last_month and (week or monday.day <= 7):
                last_month = month_start.month
                x = left + week * (cell + gap)
                name = date_text(month_start, MONTH)
                width = metrics.horizontalAdvance(name)
                if x >= free_from and x + width <= right + gap:
                    labels.append((x, name))
                    free_from = x + width + room
            elif week == 0:
                last_month = monday.month
        return labels

    def month_label_rects(self) -> list[QRectF]:
        """Where the month names are painted (for checking that none overlap)."""
        metrics = self.fontMetrics()
        _left, top, _cell, _gap = self._metrics()
        baseline = top - metrics.descent() * 2
        return [QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(name),
                       metrics.height()) for x, name in self.month_labels()]

    def tooltip_for(self, day: date) -> str:
        grid_day = self.grid_day(day)
        when = date_text(day, WEEKDAY_DATE)
        if grid_day.sessions:
            return tr("{when}: {sessions}, {minutes:.0f} min").format(
                when=when, sessions=tr("%n session(s)", None, grid_day.sessions),
                minutes=grid_day.minutes)
        if grid_day.in_history:
            return tr("{when}: rest day").format(when=when)
        return tr("{when}: before your first session").format(when=when)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(day), self)
            return True
        return super().event(event)
