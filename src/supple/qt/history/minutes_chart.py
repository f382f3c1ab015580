"""The history's minutes chart: minutes per week, stacked by category, last 12 weeks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from supple.core.history.stats import WeekSummary
from supple.core.routines.categories import category_label
from supple.core.wording import MONTH, date_text
from supple.qt.history.charts import ChartView, nice_max, style_axis, style_chart
from supple.qt.history.weeks import monday_of
from supple.qt.i18n import tr
from supple.qt.theme import Colors

CHART_WEEKS = 12


def category_colors(c: Colors, count: int) -> list[QColor]:
    """Distinct, theme-matched colours: the palette first, then hue turns of the accent."""
    base = [QColor(c.accent), QColor(c.rest), QColor(c.ready), QColor(c.muted)]
    colors = base[:count]
    accent = QColor(c.accent)
    step = 0
    while len(colors) < count:
        step += 1
        hue = (accent.hsvHue() + 137 * step) % 360
        colors.append(QColor.fromHsv(hue, accent.hsvSaturation() * 3 // 4, accent.value()))
    return colors


class MinutesChart:
    """Minutes per week, stacked by category, for the last 12 weeks (Monday to Sunday)."""

    def __init__(self, colors: Colors) -> None:
        self.chart = QChart()
        self.view = ChartView(self.chart, tr("Minutes per week"), label_lines=2,
                              ticks=CHART_WEEKS, tick_label="28")
        self.view.setAccessibleName(tr("Minutes per week by category, last 12 weeks"))
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTitleText(tr("minutes", "a chart axis"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: QStackedBarSeries | None = None
        self.mondays: list[date] = []
        self.categories: list[str] = []
        self._colors = colors
        style_chart(self.chart, colors)
        for axis in (self.x_axis, self.y_axis):
            style_axis(axis, colors)
        self.x_axis.setGridLineVisible(False)
        self.x_axis.setTruncateLabels(False)  # Qt measures the markup, not the text

    def set_weeks(
        self, weeks: Sequence[WeekSummary], today: date, palette: dict[str, QColor]
    ) -> None:
        last_monday = monday_of(today)
        self.mondays = [last_monday - timedelta(weeks=n) for n in range(CHART_WEEKS - 1, -1, -1)]
        by_monday = {w.monday: w for w in weeks}
        shown = [by_monday.get(m) for m in self.mondays]
        totals: dict[str, float] = {}
        for week in shown:
            if week is not None:
                for category, minutes in week.minutes_by_category.items():
                    totals[category] = totals.get(category, 0.0) + minutes
        # Biggest category at the bottom of each bar, where it is easiest to compare.
        self.categories = sorted(totals, key=lambda name: (-totals[name], name))
        if self.series is not None:
            self.chart.removeSeries(self.series)
            self.series.deleteLater()
        series = QStackedBarSeries()
        series.setBarWidth(0.62)
        for category in self.categories:
            bar_set = QBarSet(escape(category_label(category, heading=False)))
            bar_set.append([
                0.0 if week is None else round(week.minutes_by_category.get(category, 0.0), 1)
                for week in shown
            ])
            color = palette.get(category, QColor(self._colors.muted))
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            series.append(bar_set)
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self.series = series
        self.x_axis.clear()
        self.x_axis.append([self._label(m, i) for i, m in enumerate(self.mondays)])
        peak = max((w.minutes if w is not None else 0.0) for w in shown)
        top, ticks = nice_max(peak)
        self.y_axis.setRange(0, top)
        self.y_axis.setTickCount(ticks)
        self.chart.legend().setVisible(bool(self.categories))
        self.view.updateGeometry()  # the legend's names are part of the room it needs

    @staticmethod
    def _label(monday: date, index: int) -> str:
        # Two short lines fit under a bar even on a narrow window; the month is named once.
        previous = monday - timedelta(weeks=1)
        named = index == 0 or previous.month != monday.month
        month = escape(date_text(monday, MONTH)) if named else "&nbsp;"
        return f"{monday.day}<br>{month}"

    def values(self) -> dict[str, list[float]]:
        """Minutes per category per shown week, oldest first (what the bars show)."""
        if self.series is None:
            return {}
        return {
            category: [bar_set.at(i) for i in range(bar_set.count())]
            for category, bar_set in zip(self.categories, self.series.barSets(), strict=True)
        }
