"""The history's pain chart: are the calves getting better as the routines go on?

The calf rating (0–10) before and after the routines, daily means as dots and a 7-day trend
line, drawn over bars of sessions per week on the same time axis, so "more sessions" and
"less pain" are seen together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPen

from supple.core.history.stats import PainPoint, WeekSummary
from supple.qt.history.charts import ChartView, nice_max, style_axis, style_chart
from supple.qt.history.weeks import day_msecs, local_moment, monday_of
from supple.qt.i18n import tr
from supple.qt.theme import Colors

PAIN_MAX_WEEKS = 26
TREND_DAYS = 7


class PainChart:
    """The calf rating next to how often the routines were done, on one time axis."""

    def __init__(self, colors: Colors) -> None:
        self._colors = colors
        self.chart = QChart()
        self.view = ChartView(self.chart, tr("Calf tightness and how often you stretched"))
        self.view.setAccessibleName(
            tr("Calf rating from 0 to 10 before and after the routines, over sessions per week")
        )
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.pain_axis = QValueAxis()
        self.pain_axis.setRange(0, 10)
        self.pain_axis.setTickCount(6)
        self.pain_axis.setLabelFormat("%d")
        self.pain_axis.setTitleText(tr("calves (0 = fine)"))
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText(tr("sessions / week"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.pain_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignRight)
        style_chart(self.chart, colors)
        for axis in (self.x_axis, self.pain_axis, self.count_axis):
            style_axis(axis, colors)
        self.count_axis.setGridLineVisible(False)

        self.week_outline = QLineSeries()  # the bar tops; the area below it is the bars
        self.week_bars = QAreaSeries(self.week_outline)
        self.week_bars.setName(tr("sessions / week"))
        self.before_points = QScatterSeries()
        self.after_points = QScatterSeries()
        self.before_trend = QLineSeries()
        self.before_trend.setName(tr("before (7-day mean)"))
        self.after_trend = QLineSeries()
        self.after_trend.setName(tr("after (7-day mean)"))
        self._attach(self.week_bars, self.count_axis)
        for series in (self.before_points, self.after_points, self.before_trend,
                       self.after_trend):
            self._attach(series, self.pain_axis)
        for series in (self.before_points, self.after_points):
            series.setMarkerSize(7)
            series.setBorderColor(Qt.GlobalColor.transparent)
            for marker in self.chart.legend().markers(series):
                marker.setVisible(False)
        short_names: tuple[tuple[QAbstractSeries, str], ...] = (
            (self.week_bars, "sessions"), (self.before_trend, "before"),
            (self.after_trend, "after"))
        for named, short in short_names:
            self.view.set_short_name(named, short)
        self.set_colors(colors)
        self.start = self.end = date.today()

    def _attach(self, series: QAreaSeries | QLineSeries | QScatterSeries,
                y_axis: QValueAxis) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(y_axis)

    def set_colors(self, c: Colors) -> None:
        self._colors = c
        bars = QColor(c.rest)
        bars.setAlphaF(0.22 if QColor(c.window).lightness() >= 128 else 0.32)
        self.week_bars.setBrush(bars)
        self.week_bars.setPen(QPen(Qt.PenStyle.NoPen))
        before, after = QColor(c.ready), QColor(c.accent)
        self.before_trend.setPen(QPen(before, 2.0, Qt.PenStyle.DashLine))
        self.after_trend.setPen(QPen(after, 3.0))
        for series, color in ((self.before_points, before), (self.after_points, after)):
            dot = QColor(color)
            dot.setAlphaF(0.45)
            series.setColor(dot)
            series.setBorderColor(Qt.GlobalColor.transparent)

    def set_data(self, pain: Sequence[PainPoint], weeks: Sequence[WeekSummary],
                 today: date) -> None:
        first_monday = monday_of(today) - timedelta(weeks=PAIN_MAX_WEEKS - 1)
        if weeks:
            first_monday = max(first_monday, weeks[0].monday)
        self.start = first_monday
        self.end = monday_of(today) + timedelta(days=6)
        shown_pain = [p for p in pain if self.start <= p.day <= self.end]
        # The trend of the first shown day looks back a week before it.
        pain = [p for p in pain if self.start - timedelta(days=TREND_DAYS) <= p.day <= self.end]
        self.before_points.replace(
            [QPointF(day_msecs(p.day), p.mean_before) for p in shown_pain
             if p.mean_before is not None]
        )
        self.after_points.replace(
            [QPointF(day_msecs(p.day), p.mean_after) for p in shown_pain
             if p.mean_after is not None]
        )
        self.before_trend.replace(
            [QPointF(day_msecs(d), v) for d, v in trend(pain, "before", self.start, self.end)]
        )
        self.after_trend.replace(
            [QPointF(day_msecs(d), v) for d, v in trend(pain, "after", self.start, self.end)]
        )
        shown_weeks = [w for w in weeks if self.start <= w.monday <= self.end]
        self.week_outline.replace(week_bar_outline(shown_weeks))
        self.x_axis.setRange(
            local_moment(self.start, 0), local_moment(self.end + timedelta(days=1), 0)
        )
        span_weeks = ((self.end - self.start).days + 1) // 7
        self.x_axis.setTickCount(min(9, max(3, span_weeks // 2 + 1)))
        peak = max((w.sessions for w in shown_weeks), default=0)
        top, ticks = nice_max(max(peak * 1.15, 4.0))
        self.count_axis.setRange(0, top)
        self.count_axis.setTickCount(ticks)

    def sessions_per_week(self) -> dict[date, int]:
        """The bar heights shown, by the week's Monday (read back from the bar outline)."""
        points = self.week_outline.points()
        result: dict[date, int] = {}
        for i in range(1, len(points), 4):
            moment = QDateTime.fromMSecsSinceEpoch(int(points[i].x())).date().toPython()
            assert isinstance(moment, date)
            result[monday_of(moment)] = round(points[i].y())
        return result


def trend(
    pain: Sequence[PainPoint], which: str, start: date, end: date
) -> list[tuple[date, float]]:
    """Trailing mean of the daily means over ``TREND_DAYS`` calendar days, on rated days only.

    Daily ratings are noisy (a hard run, a cold morning); a week's mean shows the direction.
    """
    values = [
        (p.day, p.mean_before if which == "before" else p.mean_after) for p in pain
    ]
    rated = [(day, value) for day, value in values if value is not None]
    result: list[tuple[date, float]] = []
    low = 0
    total = 0.0
    for high, (day, value) in enumerate(rated):
        total += value
        while rated[low][0] <= day - timedelta(days=TREND_DAYS):
            total -= rated[low][1]
            low += 1
        if start <= day <= end:
            result.append((day, total / (high - low + 1)))
    return result


def week_bar_outline(weeks: Sequence[WeekSummary]) -> list[QPointF]:
    """Four points per week tracing a bar from Monday to Sunday, with a small gap between."""
    points: list[QPointF] = []
    for week in weeks:
        left = day_msecs(week.monday, 6)
        right = day_msecs(week.monday + timedelta(days=6), 18)
        height = float(week.sessions)
        points += [QPointF(left, 0), QPointF(left, height), QPointF(right, height),
                   QPointF(right, 0)]
    return points


def pain_change(pain: Sequence[PainPoint], today: date) -> tuple[float, float] | None:
    """Mean "after" rating of the first rated week and of the last 7 days, if both exist.

    The one sentence a runner wants: are the calves better than when I started?
    """
    rated = [(p.day, p.mean_after) for p in pain if p.mean_after is not None and p.day <= today]
    if not rated:
        return None
    first_day = rated[0][0]
    first = [v for d, v in rated if d < first_day + timedelta(days=TREND_DAYS)]
    last = [v for d, v in rated if d > today - timedelta(days=TREND_DAYS)]
    if not last or first_day > today - timedelta(days=2 * TREND_DAYS):
        return None  # less than two weeks of ratings: no trend to speak of
    return sum(first) / len(first), sum(last) / len(last)
