"""What the history's two charts share: a view that fits its texts, and their theme.

Charts are themed from ``supple.qt.theme`` colours and never animate. Text that comes from the
history (category names) is HTML-escaped because Qt Charts renders legend and axis text as
rich text.
"""

from __future__ import annotations

from html import unescape

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy

from supple.qt.theme import Colors


def _app_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    font.setBold(bold)
    return font


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
        self.setStyleSheet("background: transparent;")  # untranslated: a style sheet
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
