"""The history's calf test card: each leg over the weeks, heel raises to fatigue and knee to
wall, left against right. The two legs differ by pen (solid, dashed) and marker (circle,
square) as well as colour, and the key under the charts names them, so no one needs to tell
the colours apart."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from supple.core.wording import DAY_MONTH, date_text
from supple.qt.history.calf_data import CalfTestLines, Line
from supple.qt.history.charts import ChartView, nice_max, style_axis, style_chart
from supple.qt.history.weeks import day_msecs, local_moment, monday_of
from supple.qt.i18n import tr
from supple.qt.theme import Colors

MIN_WEEKS = 6  # a first test still shows on a span of weeks, not alone in the middle
MAX_WEEKS = 52
SIDES = ("left", "right")


class _SideChart:
    """One measure, both legs: a line and its markers per leg."""

    def __init__(self, title: str, unit: str, colors: Colors) -> None:
        self.chart = QChart()
        self.view = ChartView(self.chart, title)
        self.view.setAccessibleName(tr("{title}, left and right leg, over the weeks").format(
            title=title))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(unit)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        style_chart(self.chart, colors)
        style_axis(self.x_axis, colors)
        style_axis(self.y_axis, colors)
        self.chart.legend().hide()  # the card's key names the legs, under both charts
        self.lines: dict[str, QLineSeries] = {}
        self.marks: dict[str, QScatterSeries] = {}
        for side, shape in zip(SIDES, (QScatterSeries.MarkerShape.MarkerShapeCircle,
                                       QScatterSeries.MarkerShape.MarkerShapeRectangle),
                               strict=True):
            line = QLineSeries()
            line.setName(tr("{side} leg").format(side=side))
            marks = QScatterSeries()
            marks.setName(tr("{side} leg").format(side=side))
            marks.setMarkerShape(shape)
            marks.setMarkerSize(11 if side == "left" else 10)
            for series in (line, marks):
                self.chart.addSeries(series)
                series.attachAxis(self.x_axis)
                series.attachAxis(self.y_axis)
            self.lines[side], self.marks[side] = line, marks

    def set_colors(self, c: Colors) -> None:
        for side, color, style in (("left", c.accent, Qt.PenStyle.SolidLine),
                                   ("right", c.rest, Qt.PenStyle.DashLine)):
            self.lines[side].setPen(QPen(QColor(color), 2.5, style))
            self.marks[side].setColor(QColor(color))
            self.marks[side].setBorderColor(QColor(c.card))

    def set_data(self, left: Line, right: Line, start: date, end: date) -> None:
        top = 0.0
        for side, line in (("left", left), ("right", right)):
            points = [QPointF(day_msecs(d), v) for d, v in line if start <= d <= end]
            self.lines[side].replace(points)
            self.marks[side].replace(points)
            top = max([top, *(v for _, v in line)])
        high, ticks = nice_max(top * 1.1 if top else 0.0)
        self.y_axis.setRange(0, high)
        self.y_axis.setTickCount(ticks)
        self.x_axis.setRange(local_moment(start, 0), local_moment(end + timedelta(days=1), 0))
        self.x_axis.setTickCount(min(7, max(3, ((end - start).days + 1) // 7 + 1)))

    def shown(self) -> dict[str, list[tuple[date, float]]]:
        found: dict[str, list[tuple[date, float]]] = {}
        for side, series in self.lines.items():
            points = []
            for p in series.points():
                day = QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython()
                assert isinstance(day, date)
                points.append((day, p.y()))
            found[side] = points
        return found


class CalfTestCard:
    """Heel raises and knee to wall, side by side, with one key under them."""

    def __init__(self, colors: Colors) -> None:
        self.raises = _SideChart(tr("Calf test: heel raises to fatigue"), tr("raises"), colors)
        self.knee = _SideChart(tr("Calf test: knee to wall"), tr("cm"), colors)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setProperty("role", "muted")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.widget = QWidget()
        self.widget.setProperty("role", "card")
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 10)
        charts = QHBoxLayout()
        charts.addWidget(self.raises.view, 1)
        charts.addWidget(self.knee.view, 1)
        column.addLayout(charts, 1)
        column.addWidget(self.key)
        column.addWidget(self.summary)
        self.start = self.end = date.today()
        self.set_colors(colors)

    def set_colors(self, c: Colors) -> None:
        self.raises.set_colors(c)
        self.knee.set_colors(c)
        keys = (("●", "━━", c.accent, tr("left leg")), ("■", "╍╍", c.rest, tr("right leg")))
        self.key.setText("&nbsp;&nbsp;&nbsp; ".join(
            f"<span style='color:{color}; font-weight:600'>{mark} {pen}</span>&nbsp;"
            f"{escape(name)}" for mark, pen, color, name in keys))
        for label in (self.key, self.summary):
            label.setContentsMargins(16, 0, 16, 0)

    def set_data(self, lines: CalfTestLines, today: date) -> None:
        self.end = monday_of(today) + timedelta(days=6)
        first = lines.first or today
        start = monday_of(first)
        earliest = monday_of(today) - timedelta(weeks=MAX_WEEKS - 1)
        latest = monday_of(today) - timedelta(weeks=MIN_WEEKS - 1)
        self.start = max(earliest, min(start, latest))
        self.raises.set_data(lines.raises_left, lines.raises_right, self.start, self.end)
        self.knee.set_data(lines.knee_left, lines.knee_right, self.start, self.end)
        self.summary.setText(latest_text(lines))

    def shown(self) -> dict[str, dict[str, list[tuple[date, float]]]]:
        return {"raises": self.raises.shown(), "knee": self.knee.shown()}


def latest_text(lines: CalfTestLines) -> str:
    """The last result of each leg, in words (also for screen readers); the day once when
    the latest results are all of one day, as a test's are."""
    left, right = tr("left"), tr("right")
    raises, knee = tr("heel raises"), tr("knee to wall")
    measures = ((raises, ((left, lines.raises_left), (right, lines.raises_right))),
                (knee, ((left, lines.knee_left), (right, lines.knee_right))))
    found = [(what, side, line[-1]) for what, legs in measures for side, line in legs if line]
    if not found:
        return ""
    days = {point[0] for _, _, point in found}
    one_day = len(days) == 1

    def value(what: str, side: str, point: tuple[date, float]) -> str:
        unit = " " + tr("cm") if what == knee else ""
        when = "" if one_day else f" ({date_text(point[0], DAY_MONTH)})"
        return f"{side} {point[1]:g}{unit}{when}"

    parts = []
    for what in (raises, knee):
        legs = [value(w, side, point) for w, side, point in found if w == what]
        if legs:
            parts.append(f"{what}: {', '.join(legs)}")
    head = (tr("Latest, {date}").format(date=date_text(next(iter(days)), DAY_MONTH)) if one_day
            else tr("Latest"))
    return f"{head} — {'; '.join(parts)}."
