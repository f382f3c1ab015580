"""The pictures of the history window: an activity grid and two Qt Charts.

* ``ActivityGrid`` paints the last 16 weeks, GitHub style: a day with sessions is an accent
  square (darker for more minutes), a rest day inside the history is a quiet grey square.
  Painted by hand because a month calendar hides all but one month and needs one
  ``setDateTextFormat`` call per day.
* ``MinutesChart``: minutes per week, stacked by category, last 12 weeks.
* ``PainChart``: the calf rating (0–10) before and after the routines, daily means as dots
  and a 7-day trend line, drawn over bars of sessions per week on the same time axis, so
  "more sessions" and "less pain" are seen together.

Charts are themed from ``supple.qt.theme`` colours and never animate. Text that comes from the
history (category names) is HTML-escaped because Qt Charts renders legend and axis text as
rich text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape, unescape
from math import ceil

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from supple.core.history.stats import DayActivity, PainPoint, WeekSummary
from supple.qt.theme import Colors

GRID_WEEKS = 16
CHART_WEEKS = 12
PAIN_MAX_WEEKS = 26
TREND_DAYS = 7
WEEKDAY_LABELS = ((0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun"))


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


def _app_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    font.setBold(bold)
    return font


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


# ---------------------------------------------------------------------------------------------
# Activity grid


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
        self.setAccessibleName("Activity in the last 16 weeks")

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
        return f"{active} of the last {len(shown)} days had sessions"

    # ----- geometry ------------------------------------------------------------------------
    # Every size comes from the font: a row is at least half a line high, so the weekday
    # labels (every other row) never overlap, and the cells grow from there.

    def _label_width(self) -> float:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for _, name in WEEKDAY_LABELS)
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
        return float(metrics.horizontalAdvance("rest less more") + 6 * square + 40)

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
        for row, name in WEEKDAY_LABELS:  # centred on their row, two rows high
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
        painter.drawText(QPointF(x + size + 5, text_y), "rest")
        x += size + 5 + metrics.horizontalAdvance("rest") + 14
        painter.drawText(QPointF(x, text_y), "less")
        x += metrics.horizontalAdvance("less") + 6
        painter.setPen(Qt.PenStyle.NoPen)
        for alpha in (0.3, 0.52, 0.76, 1.0):
            fill = QColor(c.accent)
            fill.setAlphaF(alpha)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
            x += size + 3
        painter.setPen(QColor(c.muted))
        painter.drawText(QPointF(x + 3, text_y), "more")

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
                name = f"{month_start:%b}"
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
        when = f"{day:%a} {day.day} {day:%b %Y}"
        if grid_day.sessions:
            plural = "s" if grid_day.sessions != 1 else ""
            return f"{when}: {grid_day.sessions} session{plural}, {grid_day.minutes:.0f} min"
        if grid_day.in_history:
            return f"{when}: rest day"
        return f"{when}: before your first session"

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


# ---------------------------------------------------------------------------------------------
# Charts


def style_chart(chart: QChart, c: Colors) -> None:
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor(c.card)))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(14)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(QColor(c.text)))
    chart.setTitleFont(_app_font(1.15, bold=True))
    chart.setMargins(QMargins(6, 4, 6, 4))
    legend = chart.legend()
    legend.setLabelColor(QColor(c.text))
    legend.setFont(_app_font(0.9))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)


def style_axis(axis: QValueAxis | QBarCategoryAxis | QDateTimeAxis, c: Colors) -> None:
    axis.setLabelsColor(QColor(c.muted))
    axis.setLabelsFont(_app_font(0.85))
    axis.setTitleBrush(QBrush(QColor(c.muted)))
    axis.setTitleFont(_app_font(0.85))
    axis.setGridLineColor(QColor(c.track))
    axis.setLinePenColor(QColor(c.track))
    axis.setShadesVisible(False)


def nice_max(value: float, ticks: int = 5) -> tuple[float, int]:
    """An axis top that is a round number of round steps (e.g. 0, 20, 40, 60)."""
    if value <= 0:
        return float(ticks - 1), ticks
    raw = value / (ticks - 1)
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw:
            break
    count = int(-(-value // step))
    return step * count, count + 1


def two_lines(title: str) -> str:
    """The title broken at the space nearest its middle (Qt Charts titles are rich text)."""
    spaces = [i for i, char in enumerate(title) if char == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(len(title) - 2 * i))
    return f"{title[:middle]}<br>{title[middle + 1:]}"


class ChartView(QChartView):
    """A chart that asks for the room its texts need at the current font, and when that
    room is short puts its title on two lines and names its series more briefly, rather
    than letting Qt Charts cut the texts to "…"."""

    def __init__(self, chart: QChart, title: str, *, label_lines: int = 1, ticks: int = 0,
                 tick_label: str = "") -> None:
        super().__init__(chart)
        self.title = title
        self.label_lines = label_lines  # lines of text under each tick of the x axis
        self.ticks = ticks  # labels under the x axis that must not run into each other …
        self.tick_label = tick_label  # … each at most this wide
        self.short_names: dict[QAbstractSeries, tuple[str, str]] = {}
        chart.setTitle(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setStyleSheet("background: transparent;")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_short_name(self, series: QAbstractSeries, short: str) -> None:
        self.short_names[series] = (series.name(), short)

    # ----- measuring -----------------------------------------------------------------------

    def _em(self) -> int:
        return QFontMetrics(_app_font(0.85)).horizontalAdvance("M")

    def _frame(self) -> int:
        """Chart margins and the padding Qt Charts keeps around the plot, on each side."""
        margins = self.chart().margins()
        return max(margins.left(), margins.top()) + self._em()

    def title_width(self, title: str) -> int:
        metrics = QFontMetrics(self.chart().titleFont())
        return max(metrics.horizontalAdvance(line) for line in title.split("<br>"))

    def legend_width(self, short: bool) -> int:
        legend = self.chart().legend()
        if not legend.isVisible():
            return 0
        metrics = QFontMetrics(legend.font())
        width = 0
        for marker in legend.markers():
            if not marker.label():  # a series left out of the legend
                continue
            names = self.short_names.get(marker.series())
            name = unescape(marker.label()) if names is None else names[1 if short else 0]
            width += metrics.horizontalAdvance(name) + 2 * metrics.height()
        return width

    def _axis_needs(self) -> tuple[int, int]:
        """(width, height) the plot needs: room for the value labels, for each of
        ``ticks`` labels under it, and along it for an upright axis title."""
        labels = QFontMetrics(_app_font(0.85))
        width, height = 0, 8 * labels.lineSpacing()
        for axis in self.chart().axes():
            if axis.orientation() == Qt.Orientation.Vertical:
                width += labels.horizontalAdvance("100") + labels.height() * 2
                height = max(height, labels.horizontalAdvance(axis.titleText()))
        ticks = self.ticks * (labels.horizontalAdvance(self.tick_label) + self._em())
        height += (self.label_lines + 2) * labels.lineSpacing()
        return width + max(ticks, 12 * self._em()), height

    def minimumSizeHint(self) -> QSize:
        axes_width, axes_height = self._axis_needs()
        width = max(self.title_width(two_lines(self.title)), self.legend_width(short=True),
                    axes_width) + 2 * self._frame()
        title_height = QFontMetrics(self.chart().titleFont()).lineSpacing() * 2
        legend = self.chart().legend()
        legend_height = QFontMetrics(legend.font()).height() * 2 if legend.isVisible() else 0
        height = title_height + legend_height + axes_height + 2 * self._frame()
        return QSize(width, height).expandedTo(self.chart().minimumSize().toSize())

    # ----- fitting -------------------------------------------------------------------------

    def fit_texts(self, width: int) -> None:
        """The full title and names where they fit in ``width``, else the short ones."""
        room = width - 2 * self._frame()
        title = self.title if self.title_width(self.title) <= room else two_lines(self.title)
        if self.chart().title() != title:
            self.chart().setTitle(title)
        short = self.legend_width(short=False) > room
        for series, (full, brief) in self.short_names.items():
            name = brief if short else full
            if series.name() != name:
                series.setName(name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_texts(event.size().width())
        super().resizeEvent(event)
        # Qt Charts sets the view's minimum to the chart's own, which a layout would take
        # over the hint; the hint includes it and what the texts need.
        if self.minimumSize() != self.minimumSizeHint():
            self.setMinimumSize(self.minimumSizeHint())


class MinutesChart:
    """Minutes per week, stacked by category, for the last 12 weeks (Monday to Sunday)."""

    def __init__(self, colors: Colors) -> None:
        self.chart = QChart()
        self.view = ChartView(self.chart, "Minutes per week", label_lines=2,
                              ticks=CHART_WEEKS, tick_label="28")
        self.view.setAccessibleName("Minutes per week by category, last 12 weeks")
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTitleText("minutes")
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
            bar_set = QBarSet(escape(category))
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
        month = f"{monday:%b}" if index == 0 or previous.month != monday.month else "&nbsp;"
        return f"{monday.day}<br>{month}"

    def values(self) -> dict[str, list[float]]:
        """Minutes per category per shown week, oldest first (what the bars show)."""
        if self.series is None:
            return {}
        return {
            category: [bar_set.at(i) for i in range(bar_set.count())]
            for category, bar_set in zip(self.categories, self.series.barSets(), strict=True)
        }


class PainChart:
    """The calf rating next to how often the routines were done, on one time axis."""

    def __init__(self, colors: Colors) -> None:
        self._colors = colors
        self.chart = QChart()
        self.view = ChartView(self.chart, "Calf tightness and how often you stretched")
        self.view.setAccessibleName(
            "Calf rating from 0 to 10 before and after the routines, over sessions per week"
        )
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.pain_axis = QValueAxis()
        self.pain_axis.setRange(0, 10)
        self.pain_axis.setTickCount(6)
        self.pain_axis.setLabelFormat("%d")
        self.pain_axis.setTitleText("calves (0 = fine)")
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText("sessions / week")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.pain_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignRight)
        style_chart(self.chart, colors)
        for axis in (self.x_axis, self.pain_axis, self.count_axis):
            style_axis(axis, colors)
        self.count_axis.setGridLineVisible(False)

        self.week_outline = QLineSeries()  # the bar tops; the area below it is the bars
        self.week_bars = QAreaSeries(self.week_outline)
        self.week_bars.setName("sessions / week")
        self.before_points = QScatterSeries()
        self.after_points = QScatterSeries()
        self.before_trend = QLineSeries()
        self.before_trend.setName("before (7-day mean)")
        self.after_trend = QLineSeries()
        self.after_trend.setName("after (7-day mean)")
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
