"""The report's charts, painted with QPainter as vectors into the page.

Each chart is drawn in its own logical frame, 1000 units wide, which the caller scales to the
rectangle it has on the page: line widths, markers and labels keep their proportions on A4,
Letter and in the preview. A printout is often black and white, so no series is told apart by
colour alone: each has its own pen style and marker, the legend shows both, and the colours
differ in lightness too (checked on ``pdftoppm -gray`` renderings).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from supple.core.report.model import CalfTests, Report, WeekKept
from supple.core.wording import DAY_MONTH, date_text
from supple.qt.i18n import QT_TR_NOOP, tr

WIDTH = 1000.0
INK = QColor("#000000")
GRID = QColor("#b0b0b0")
MUTED = QColor("#444444")


class Marker(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    CROSS = "cross"
    DIAMOND = "diamond"
    HATCHED = "hatched"  # a swatch of a hatched bar, for the legend
    NONE = "none"


@dataclass(frozen=True)
class Style:
    label: str  # marked with QT_TR_NOOP; the legend passes it through tr
    color: str
    pen: Qt.PenStyle
    width: float
    marker: Marker
    filled: bool


DURING = Style(QT_TR_NOOP("pain during"),
               "#1f4e9c", Qt.PenStyle.SolidLine, 2.2, Marker.CIRCLE, True)
AFTER = Style(QT_TR_NOOP("pain after"), "#b3261e", Qt.PenStyle.DashLine, 2.2, Marker.SQUARE, False)
MORNING = Style(QT_TR_NOOP("next morning"),
                "#2e7d32", Qt.PenStyle.DotLine, 2.6, Marker.TRIANGLE, True)
AVERAGE = Style(QT_TR_NOOP("7-day average"),
                "#000000", Qt.PenStyle.SolidLine, 5.0, Marker.NONE, True)
MIXED = Style(QT_TR_NOOP("mixed (tightness or pain)"), "#666666", Qt.PenStyle.NoPen, 2.0,
              Marker.CROSS, False)
LEFT = Style(QT_TR_NOOP("left"), "#1f4e9c", Qt.PenStyle.SolidLine, 2.6, Marker.CIRCLE, True)
RIGHT = Style(QT_TR_NOOP("right"), "#b3261e", Qt.PenStyle.DashLine, 2.6, Marker.SQUARE, False)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def marker(painter: QPainter, at: QPointF, style: Style, size: float = 5.5) -> None:
    color = QColor(style.color)
    painter.setPen(QPen(color, 1.8))
    painter.setBrush(QBrush(color) if style.filled else QBrush(QColor("white")))
    if style.marker is Marker.CIRCLE:
        painter.drawEllipse(at, size, size)
    elif style.marker is Marker.SQUARE:
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    elif style.marker is Marker.TRIANGLE:
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - size * 1.2),
                                       QPointF(at.x() - size * 1.1, at.y() + size * 0.8),
                                       QPointF(at.x() + size * 1.1, at.y() + size * 0.8)]))
    elif style.marker is Marker.DIAMOND:
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - size), QPointF(at.x() + size,
                                       at.y()), QPointF(at.x(), at.y() + size),
                                       QPointF(at.x() - size, at.y())]))
    elif style.marker is Marker.HATCHED:
        painter.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(QRectF(at.x() - size * 1.4, at.y() - size * 1.4, 2.8 * size,
                                2.8 * size))
    elif style.marker is Marker.CROSS:
        painter.setPen(QPen(color, 2.2))
        painter.drawLine(QLineF(at.x() - size, at.y() - size, at.x() + size, at.y() + size))
        painter.drawLine(QLineF(at.x() - size, at.y() + size, at.x() + size, at.y() - size))


def line_pen(style: Style) -> QPen:
    pen = QPen(QColor(style.color), style.width, style.pen)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def legend(painter: QPainter, styles: Sequence[Style], x: float, y: float) -> None:
    """One row: a stretch of each line with its marker, then its label."""
    painter.setFont(_font(16))
    metrics = painter.fontMetrics()
    for style in styles:
        if style.pen is not Qt.PenStyle.NoPen:
            painter.setPen(line_pen(style))
            painter.drawLine(QLineF(x, y, x + 44, y))
        if style.marker is not Marker.NONE:
            marker(painter, QPointF(x + 22, y), style)
        painter.setPen(INK)
        label = tr(style.label)
        painter.drawText(QPointF(x + 52, y + metrics.ascent() / 2 - 2), label)
        x += 52 + metrics.horizontalAdvance(label) + 26


@dataclass(frozen=True)
class Frame:
    """The plot area of a chart and how days and values map into it."""

    left: float
    top: float
    right: float
    bottom: float
    first: date
    last: date
    top_value: float
    pad: float = 14.0  # room between the axis and the first day's marker

    def x(self, day: date) -> float:
        span = max(1, (self.last - self.first).days)
        inner = self.right - self.left - 2 * self.pad
        return self.left + self.pad + inner * (day - self.first).days / span

    def y(self, value: float) -> float:
        return self.bottom - (self.bottom - self.top) * value / self.top_value


def _axes(painter: QPainter, frame: Frame, ticks: Sequence[float], title: str) -> None:
    painter.setFont(_font(15))
    metrics = painter.fontMetrics()
    for value in ticks:
        y = frame.y(value)
        painter.setPen(QPen(GRID, 1.0, Qt.PenStyle.SolidLine))
        painter.drawLine(QLineF(frame.left, y, frame.right, y))
        painter.setPen(INK)
        text = f"{value:g}"
        painter.drawText(QPointF(frame.left - 10 - metrics.horizontalAdvance(text),
                                 y + metrics.ascent() / 2 - 2), text)
    painter.setPen(QPen(INK, 1.6))
    painter.drawLine(QLineF(frame.left, frame.bottom, frame.right, frame.bottom))
    painter.drawLine(QLineF(frame.left, frame.top, frame.left, frame.bottom))
    painter.save()
    painter.translate(frame.left - 48, (frame.top + frame.bottom) / 2)
    painter.rotate(-90)
    painter.drawText(QPointF(-metrics.horizontalAdvance(title) / 2, 0), title)
    painter.restore()


_WIDE_DAY = date(2026, 9, 30)  # the room a day's label takes: " 30 Sep "


def _day_room(painter: QPainter) -> float:
    return painter.fontMetrics().horizontalAdvance(f" {date_text(_WIDE_DAY, DAY_MONTH)} ")


def _day_ticks(painter: QPainter, frame: Frame, y: float) -> None:
    """A tick and a label on each Monday (every other one, or fewer, when they crowd)."""
    painter.setFont(_font(14))
    metrics = painter.fontMetrics()
    mondays = []
    day = frame.first + timedelta(days=(7 - frame.first.weekday()) % 7)
    while day <= frame.last:
        mondays.append(day)
        day += timedelta(days=7)
    if not mondays:
        mondays = [frame.first]
    step = 1
    while len(mondays) / step * _day_room(painter) > frame.right - frame.left:
        step += 1
    painter.setPen(QPen(INK, 1.2))
    for monday in mondays[::step]:
        x = frame.x(monday)
        painter.drawLine(QLineF(x, frame.bottom, x, frame.bottom + 6))
        text = date_text(monday, DAY_MONTH)
        half = metrics.horizontalAdvance(text) / 2
        painter.drawText(QPointF(min(x, WIDTH - half) - half, y + metrics.ascent()), text)


def _series(painter: QPainter, frame: Frame, points: list[tuple[date, float]],
            style: Style, gap_days: int = 3) -> None:
    if style.pen is not Qt.PenStyle.NoPen and len(points) > 1:
        path = QPainterPath()
        previous: date | None = None
        for day, value in points:
            at = QPointF(frame.x(day), frame.y(value))
            if previous is None or (day - previous).days > gap_days:
                path.moveTo(at)
            else:
                path.lineTo(at)
            previous = day
        painter.setPen(line_pen(style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    if style.marker is Marker.NONE and style.pen is not Qt.PenStyle.NoPen:
        painter.setPen(line_pen(style))
        days = [day for day, _ in points]
        for i, (day, value) in enumerate(points):  # a point with no neighbour: a short dash
            joined = (i > 0 and (day - days[i - 1]).days <= gap_days) or (
                i + 1 < len(days) and (days[i + 1] - day).days <= gap_days)
            if not joined:
                x, y = frame.x(day), frame.y(value)
                painter.drawLine(QLineF(x - 9, y, x + 9, y))
    if style.marker is not Marker.NONE:
        size = 5.5 if len(points) <= 45 else 4.0
        for day, value in points:
            marker(painter, QPointF(frame.x(day), frame.y(value)), style, size)


RATINGS_HEIGHT = 470.0


def paint_ratings(painter: QPainter, report: Report) -> None:
    """Pain during, after and the next morning with the 7-day average, and below the axis a
    row of the run days and one of the rest days."""
    q = report.query
    days = report.ratings.days
    styles = [s for s, attr in ((DURING, "during"), (AFTER, "after"), (MORNING, "morning"),
                                (AVERAGE, "average_7"), (MIXED, "mixed"))
              if any(getattr(d, attr) is not None for d in days)]
    legend(painter, styles or [AVERAGE], 120, 16)
    frame = Frame(120, 44, WIDTH - 10, 330, q.first, q.last, 10)
    _axes(painter, frame, [0, 2, 4, 6, 8, 10], tr("pain (0–10)"))
    for style, attr in ((AVERAGE, "average_7"), (MIXED, "mixed"), (MORNING, "morning"),
                        (AFTER, "after"), (DURING, "during")):
        points = [(d.day, getattr(d, attr)) for d in days if getattr(d, attr) is not None]
        _series(painter, frame, points, style, gap_days=7 if style is AVERAGE else 3)
    if not days:
        painter.setFont(_font(20))
        painter.setPen(MUTED)
        painter.drawText(QRectF(frame.left, frame.top, frame.right - frame.left,
                                frame.bottom - frame.top), Qt.AlignmentFlag.AlignCenter,
                         tr("No calf ratings in this period"))
    _day_ticks(painter, frame, frame.bottom + 8)
    runs = sorted({r.day for r in report.activity.runs})
    rest_days = list(report.activity.rest_days)
    _strip(painter, frame, 392, tr("runs ({count})").format(count=len(runs)), runs,
           Style(QT_TR_NOOP("run"), "#000000", Qt.PenStyle.NoPen, 1, Marker.DIAMOND, True))
    _strip(painter, frame, 428, tr("rest days ({count})").format(count=len(rest_days)),
           rest_days,
           Style(QT_TR_NOOP("rest"), "#000000", Qt.PenStyle.NoPen, 1, Marker.CIRCLE, False))


def _strip(painter: QPainter, frame: Frame, y: float, text: str, days: Sequence[date],
           style: Style) -> None:
    """A row of markers below the axis, one a day, with ``text`` (its label) before it."""
    painter.setFont(_font(15))
    metrics = painter.fontMetrics()
    painter.setPen(QPen(GRID, 1.0))
    painter.drawLine(QLineF(frame.left, y, frame.right, y))
    painter.setPen(INK)
    painter.drawText(QPointF(frame.left - 10 - metrics.horizontalAdvance(text),
                             y + metrics.ascent() / 2 - 2), text)
    for day in days:
        marker(painter, QPointF(frame.x(day), y), style, 5.0)


WEEKS_HEIGHT = 330.0


def paint_weeks(painter: QPainter, report: Report) -> None:
    """Sessions per calendar week: the planned ones as an outline, the done ones hatched
    inside it, the count written above; without a plan, the sessions done."""
    weeks: Sequence[WeekKept] = report.adherence.weeks
    top = max([w.planned or 0 for w in weeks] + [w.sessions for w in weeks] + [1])
    top_value = float(top + max(1, top // 8))
    planned = any(w.planned for w in weeks)
    styles = [Style(QT_TR_NOOP("planned"), "#000000", Qt.PenStyle.NoPen, 1, Marker.SQUARE,
                    False),
              Style(QT_TR_NOOP("done"), "#1f4e9c", Qt.PenStyle.NoPen, 1, Marker.HATCHED, False)]
    legend(painter, styles if planned else styles[1:], 70, 16)
    frame = Frame(70, 44, WIDTH - 10, 270, report.query.first, report.query.last, top_value)
    ticks = [v for v in range(0, int(top_value) + 1, max(1, int(top_value) // 5))]
    _axes(painter, frame, ticks, tr("sessions"))
    slot = (frame.right - frame.left) / max(1, len(weeks))
    width = min(slot * 0.7, 60.0)
    painter.setFont(_font(14))
    metrics = painter.fontMetrics()
    # Counts over the bars only when they fit their slot; week labels as often as they fit.
    counts = metrics.horizontalAdvance("14/14") <= slot * 0.95
    every = max(1, math.ceil(_day_room(painter) / slot))
    for i, w in enumerate(weeks):
        centre = frame.left + slot * (i + 0.5)
        done = w.done if w.planned else w.sessions
        if w.planned:
            painter.setPen(QPen(INK, 1.6))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawRect(QRectF(centre - width / 2, frame.y(w.planned), width,
                                    frame.bottom - frame.y(w.planned)))
        if done:
            painter.setPen(QPen(QColor("#1f4e9c"), 1.2))
            painter.setBrush(QBrush(QColor("#1f4e9c"), Qt.BrushStyle.BDiagPattern))
            inner = width * (0.6 if w.planned else 1.0)
            painter.drawRect(QRectF(centre - inner / 2, frame.y(done), inner,
                                    frame.bottom - frame.y(done)))
        text = f"{done}/{w.planned}" if w.planned else str(done)
        painter.setPen(INK)
        y = frame.y(max(w.planned or 0, done)) - 6
        if counts:
            painter.drawText(QPointF(centre - metrics.horizontalAdvance(text) / 2, y), text)
        label = date_text(w.monday, DAY_MONTH)
        if i % every == 0:
            half = metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(min(centre, WIDTH - half) - half,
                                     frame.bottom + 8 + metrics.ascent()), label)
    painter.drawText(QPointF(frame.left, frame.bottom + 30 + metrics.ascent()),
                     tr("week starting (Monday)"))


CALF_HEIGHT = 300.0


def paint_calf_tests(painter: QPainter, report: Report, tests: CalfTests) -> None:
    """One test, left against right, each value written beside its marker."""
    legend(painter, [LEFT, RIGHT], 70, 16)
    values = [v for r in tests.rows for v in (r.left, r.right) if v is not None] or [1.0]
    top = max(values) * 1.2 or 1.0
    frame = Frame(70, 44, WIDTH - 30, 240, report.query.first, report.query.last, top)
    step = max(1, round(top / 5))
    _axes(painter, frame, list(range(0, int(top) + 1, step)), tests.unit)
    painter.setFont(_font(14))
    metrics = painter.fontMetrics()
    for style, side in ((LEFT, "left"), (RIGHT, "right")):
        points = [(r.day, getattr(r, side)) for r in tests.rows if getattr(r, side) is not None]
        _series(painter, frame, points, style, gap_days=10_000)
    painter.setPen(INK)
    for row in tests.rows:
        for side, other in (("left", "right"), ("right", "left")):
            value, beside = getattr(row, side), getattr(row, other)
            if value is None:
                continue
            # The higher of the two sides is labelled above its marker, the lower below.
            below = beside is not None and (value < beside or (value == beside
                                                               and side == "right"))
            text = f"{value:g}"
            painter.drawText(QPointF(frame.x(row.day) - metrics.horizontalAdvance(text) / 2,
                                     frame.y(value) + (metrics.ascent() + 8 if below else -10)),
                             text)
    _day_ticks(painter, frame, frame.bottom + 8)

