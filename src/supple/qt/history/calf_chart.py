"""The history's calf chart: pain during, after and the next morning, and tightness, each a
line of daily means; older mixed ratings ("tightness or pain" in one number) as dots of their
own, never as pain; and the runs, as marks along the bottom."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from supple.qt.history.calf_data import CalfLines, Line
from supple.qt.history.charts import ChartView, style_axis, style_chart
from supple.qt.history.weeks import day_msecs, local_moment, monday_of
from supple.qt.i18n import tr
from supple.qt.theme import Colors

CALF_WEEKS = 12
RUN_MARK_Y = 0.35


class CalfChart:
    """Pain and tightness rated apart, the last 12 weeks."""

    def __init__(self, colors: Colors) -> None:
        self.chart = QChart()
        self.view = ChartView(self.chart, tr("Calves: pain and tightness, rated apart"))
        self.view.setAccessibleName(
            tr("Calf pain during, after and the next morning, and tightness, 0 to 10; mixed "
            "ratings and runs marked"))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(tr("0 = none"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        style_chart(self.chart, colors)
        style_axis(self.x_axis, colors)
        style_axis(self.y_axis, colors)
        self.during = self._line(tr("pain during"))
        self.after = self._line(tr("pain after"))
        self.morning = self._line(tr("pain next morning"))
        self.tightness = self._line(tr("tightness"))
        self.mixed = self._dots(tr("older mixed rating"))
        self.runs = self._dots(tr("run"))
        self.runs.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        # Six names do not fit on one legend row in a narrow window or at large text: the
        # key is a label under the chart, which wraps.
        self.chart.legend().hide()
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setProperty("role", "muted")
        self.key.setToolTip(tr("An older mixed rating is the one number for \"tightness or pain\" "
                            "given before the two were rated apart: shown as it was, never "
                            "as pain."))
        self.widget = QWidget()
        self.widget.setProperty("role", "card")
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 10)
        column.addWidget(self.view, 1)
        column.addWidget(self.key)
        self.set_colors(colors)
        self.start = self.end = date.today()

    def _attach(self, series: QLineSeries | QScatterSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def _line(self, name: str) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        self._attach(series)
        return series

    def _dots(self, name: str) -> QScatterSeries:
        series = QScatterSeries()
        series.setName(name)
        series.setMarkerSize(9)
        self._attach(series)
        return series

    def set_colors(self, c: Colors) -> None:
        for series, color, width, style in (
                (self.during, c.ready, 2.0, Qt.PenStyle.DashLine),
                (self.after, c.accent, 2.5, Qt.PenStyle.SolidLine),
                (self.morning, c.rest, 2.5, Qt.PenStyle.SolidLine),
                (self.tightness, c.text, 1.5, Qt.PenStyle.DotLine)):
            series.setPen(QPen(QColor(color), width, style))
        grey = QColor(c.muted)
        grey.setAlphaF(0.45)
        self.mixed.setColor(grey)
        self.mixed.setBorderColor(Qt.GlobalColor.transparent)
        self.runs.setColor(QColor(c.text))
        self.runs.setBorderColor(Qt.GlobalColor.transparent)
        keys = [("—", c.ready, self.during), ("━", c.accent, self.after),
                ("━", c.rest, self.morning), ("┈", c.text, self.tightness),
                ("●", c.muted, self.mixed), ("▲", c.text, self.runs)]
        self.key.setText(tr("&nbsp;&nbsp; ").join(
            f"<span style='color:{color}; font-weight:600'>{mark}</span>&nbsp;"
            f"{escape(series.name())}" for mark, color, series in keys))

    def set_data(self, lines: CalfLines, today: date) -> None:
        self.end = monday_of(today) + timedelta(days=6)
        self.start = monday_of(today) - timedelta(weeks=CALF_WEEKS - 1)

        def points(line: Line) -> list[QPointF]:
            return [QPointF(day_msecs(d), v) for d, v in line if self.start <= d <= self.end]

        for series, line in ((self.during, lines.pain_during), (self.after, lines.pain_after),
                             (self.morning, lines.pain_morning),
                             (self.tightness, lines.tightness), (self.mixed, lines.mixed)):
            series.replace(points(line))
        self.runs.replace(points(tuple((d, RUN_MARK_Y) for d in lines.runs)))
        self.x_axis.setRange(local_moment(self.start, 0),
                             local_moment(self.end + timedelta(days=1), 0))
        self.x_axis.setTickCount(7)

    def shown(self) -> dict[str, list[tuple[date, float]]]:
        """The points each series shows, by day (for tests and the accessible summary)."""
        def read(series: QLineSeries | QScatterSeries) -> list[tuple[date, float]]:
            found = []
            for p in series.points():
                day = QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython()
                assert isinstance(day, date)
                found.append((day, p.y()))
            return found

        return {"during": read(self.during), "after": read(self.after),
                "morning": read(self.morning), "tightness": read(self.tightness),
                "mixed": read(self.mixed), "runs": read(self.runs)}
