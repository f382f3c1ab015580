"""The report as a QTextDocument laid out for one page device (a PDF writer or a printer),
and the loop that paints it page by page with a footer.

The text is rich text, so it stays text in the PDF (selectable, searchable, extracted by
``pdftotext``). Each chart takes the room of one inline image, alone on its line: the layout
moves a line that does not fit onto the next page whole, so a chart is never split across two
pages. The image is a transparent pixel; the page loop paints the chart over it with
QPainter, as vectors. (A ``QTextObjectInterface`` handler would be the textbook way, but
PySide6 6.11 cannot register one written in Python: ``registerHandler`` finds no interface
on it and does nothing.) The document is laid out in
the device's own pixels (its paint device is the writer or printer), so fonts in points are
the size they say on A4, on Letter and in the preview alike.

Every text that came from a file or the user is escaped before it goes into the rich text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from html import escape
from statistics import fmean

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from supple.core.report import text as words
from supple.core.report.model import RatingDay, Report, day_text, figure
from supple.qt.i18n import tr
from supple.qt.report import charts

FOOTER_CM = 0.9

Paint = Callable[[QPainter], None]


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


_BLANK = _blank()
_PROBE = "supple-chart:probe"


def image_scale(device: QPagedPaintDevice) -> float:
    """How much the layout enlarges an image's size on ``device``: Qt gives image sizes in
    screen pixels and scales them by the device's resolution against the screen's. Measured
    on a probe document rather than computed, so it holds whatever the screen's DPI."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    probe.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(_PROBE), _BLANK)
    fmt = QTextImageFormat()
    fmt.setName(_PROBE)
    fmt.setWidth(100)
    fmt.setHeight(100)
    QTextCursor(probe).insertImage(fmt)
    probe.documentLayout().documentSize()
    line = probe.begin().layout().lineAt(0)
    return line.naturalTextWidth() / 100 if line.isValid() and line.naturalTextWidth() else 1.0


@dataclass(frozen=True)
class Placed:
    """A chart where the layout put it, in document coordinates."""

    rect: QRectF
    paint: Paint
    name: str


def _draw_chart(painter: QPainter, rect: QRectF, paint: Paint) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(rect.topLeft())
    scale = rect.width() / charts.WIDTH
    painter.scale(scale, scale)
    paint(painter)
    painter.restore()


# untranslated: a style sheet
_STYLE = """
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
th { background-color: #e6e6e6; text-align: left; }
td, th { padding: 2px 5px; }
.small { font-size: 8.5pt; color: #333333; }
"""


def _table(header: list[str], rows: list[list[str]], keep: tuple[int, ...] = ()) -> str:
    """A table of plain texts; the columns in ``keep`` are never wrapped (dates, words)."""
    def cell(tag: str, i: int, text: str) -> str:
        if i in keep:
            return (f'<{tag} style="white-space: nowrap;">'
                    f"{escape(text).replace(' ', '&nbsp;')}</{tag}>")
        return f"<{tag}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
                   for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            f'style="border-collapse: collapse; border-color: #777777;">'
            f"<thead><tr>{head}</tr></thead>{body}</table>")


def _p(text: str, cls: str = "") -> str:
    css = f' class="{cls}"' if cls else ""
    return f"<p{css}>{escape(text)}</p>"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _bold(text: str) -> str:
    return f"<p><b>{escape(text)}</b></p>"


class ReportDocument:
    """The laid-out document and its charts, which :meth:`paint` draws where the layout
    left room for them."""

    def __init__(self, doc: QTextDocument, scale: float = 1.0) -> None:
        self.doc = doc
        self.scale = scale  # the layout's enlargement of image sizes (see image_scale)
        self.charts: dict[str, Paint] = {}
        self.keep: dict[str, int] = {}  # chart → the first block that goes on its page
        self.cursor = QTextCursor(doc)

    def html(self, html: str) -> int:
        """Append rich text; returns the number of its first block."""
        first = self.cursor.block().blockNumber()
        self.cursor.insertHtml(f"<style>{_STYLE}</style>{html}")
        self.cursor.insertBlock()
        return first

    def chart(self, height: float, paint: Paint, keep_from: int | None = None) -> None:
        """Room for a chart ``height`` thousandths of the text width high: an inline image
        of that size, alone in its block (a transparent pixel, which the chart covers).
        ``keep_from`` is the block (a heading) that must be on the chart's page."""
        name = f"supple-chart:{len(self.charts)}"
        self.charts[name] = paint
        if keep_from is not None:
            self.keep[name] = keep_from
        self.doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name),
                             _BLANK)
        width = self.doc.pageSize().width() - 2 * self.doc.documentMargin() - 2
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width / self.scale)
        fmt.setHeight(width * height / charts.WIDTH / self.scale)
        self.cursor.insertImage(fmt)
        self.cursor.insertBlock()

    def placed(self) -> list[Placed]:
        """Each chart's rectangle as the layout placed it."""
        found = []
        block = self.doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name() in self.charts:
                    image = fmt.toImageFormat()
                    layout = block.layout()
                    line = layout.lineForTextPosition(fragment.position() - block.position())
                    origin = layout.position()
                    # The image stands on the baseline: the line's ascent is its height as
                    # laid out (whole pixels), its top the line's top, even on a line the
                    # layout pushed onto the next page.
                    height = line.ascent()
                    width = height * image.width() / image.height()
                    found.append(Placed(QRectF(origin.x() + line.x(), origin.y() + line.y(),
                                               width, height), self.charts[image.name()],
                                        image.name()))
                it += 1
            block = block.next()
        return found

    def keep_headings(self) -> None:
        """Start a page at a chart's heading when the layout put the heading on an earlier
        page than the chart (Qt's rich text has no "keep with next"). One heading at a
        time, as each move shifts what follows."""
        height = self.doc.pageSize().height()
        moved: set[int] = set()
        for _ in range(len(self.keep)):
            for chart in self.placed():
                number = self.keep.get(chart.name)
                if number is None or number in moved:
                    continue
                block = self.doc.findBlockByNumber(number)
                top = self.doc.documentLayout().blockBoundingRect(block).top()
                if (top + 1) // height < (chart.rect.top() + 1) // height:
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved.add(number)
                    break
            else:
                return

    def paint(self, device: QPagedPaintDevice, footer: str) -> int:
        return paint(self, device, footer)


def build_document(report: Report, device: QPagedPaintDevice) -> ReportDocument:
    """The report laid out in pages of ``device``'s paint area, less the footer."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(_STYLE)
    footer = device.logicalDpiY() * FOOTER_CM / 2.54
    doc.setPageSize(QSizeF(device.width(), math.floor(device.height() - footer)))
    w = ReportDocument(doc, image_scale(device))
    _head(w, report)
    _prescription(w, report)
    _adherence(w, report)
    _ratings(w, report)
    _advice(w, report)
    _calf_tests(w, report)
    w.html(_p(tr("Made by Supple on {day} from the runner's own records. Supple gives no "
                 "diagnosis; the pain rules' advice follows the pain-monitoring model "
                 "(Silbernagel et al. 2007).").format(day=day_text(report.query.today)),
              "small"))
    w.keep_headings()
    return w


def _head(w: ReportDocument, report: Report) -> None:
    parts = [f"<h1>{escape(tr(words.TITLE))}</h1>",
             _p(tr("Period: {period}").format(period=words.period_text(report)))]
    if report.runner:
        parts.append(_p(tr("Runner: {runner}").format(runner=report.runner)))
    parts += [_p(tr("Programme: {programme}").format(programme=line))
              for line in words.complaint_lines(report)]
    parts += [_bold(s) for s in report.statements]
    w.html("".join(parts))


def _prescription(w: ReportDocument, report: Report) -> None:
    parts = [_h2(tr("Prescription"))]
    for item in report.prescriptions:
        head = words.prescription_head(item)
        how_often = tr("How often: {how_often}").format(how_often=item.how_often)
        parts.append(f"<p><b>{escape(head)}</b><br/>{escape(how_often)}</p>")
        if item.missing:
            parts.append(_p(tr("The routine's file is no longer in the library: its "
                               "exercises are unknown."), "small"))
        if item.exercises:
            parts.append(_table([tr("Exercise"), tr("As done"), tr("Load")],
                                [[e.name, e.dose, e.load or "–"] for e in item.exercises]))
    if not report.prescriptions:
        parts.append(_p(tr("Nothing was prescribed or done in this period.")))
    w.html("".join(parts))


def _adherence(w: ReportDocument, report: Report) -> None:
    kept = report.adherence
    head = w.html(_h2(tr("Adherence"))
                  + "".join(_p(line) for line in words.adherence_lines(report)))
    if any(wk.sessions or wk.planned for wk in kept.weeks):
        w.chart(charts.WEEKS_HEIGHT, lambda p: charts.paint_weeks(p, report), head)
    parts = []
    if kept.exercises:
        parts.append(_table([tr("Routine"), tr("Exercise"), tr("Sessions done"),
                             tr("Skipped in")],
                            [[e.routine, e.exercise, words.share(e.done, e.planned),
                              str(e.skipped)] for e in kept.exercises]))
    if kept.stopped:
        parts.append(_bold(tr("Stopped early or interrupted")))
        parts.append(_table([tr("Day"), tr("Routine"), tr("How"), tr("Steps done"),
                             tr("Skipped")],
                            [[day_text(s.day), s.routine, s.outcome,
                              tr("{done} of {total}").format(done=s.steps_done,
                                                             total=s.steps_total),
                              str(s.steps_skipped)]
                             for s in kept.stopped], keep=(0, 2)))
    if kept.notes:
        parts.append(_bold(tr("The runner's notes")))
        parts.append(_table([tr("Day"), tr("Routine"), tr("Note")],
                            [[day_text(n.day), n.routine, " ".join(n.text.split())]
                             for n in kept.notes], keep=(0,)))
    if parts:
        w.html("".join(parts))


def _ratings(w: ReportDocument, report: Report) -> None:
    ratings = report.ratings
    parts = [_h2(tr("Calf ratings, runs and rest days"))]
    if ratings.mixed_ratings:
        parts.append(_p(tr("%n rating(s) from before pain and tightness were rated apart are "
                           "shown as what they were: one mixed \"tightness or pain\" number "
                           "(crosses), never counted as pain.", None, ratings.mixed_ratings),
                        "small"))
    head = w.html("".join(parts))
    w.chart(charts.RATINGS_HEIGHT, lambda p: charts.paint_ratings(p, report), head)
    parts = [_bold(ratings.change_note)]
    parts += [_p(line) for line in words.activity_lines(report)]
    if ratings.days:
        columns = [tr("Week of"), tr("During"), tr("After"), tr("Next morning"),
                   tr("Tightness"), tr("Mixed"), tr("Days rated")]
        weekly = _weekly_ratings(report)
        if not ratings.mixed_ratings:  # a column of dashes says nothing
            columns.pop(5)
            weekly = [row[:5] + row[6:] for row in weekly]
        parts.append(_table(columns, weekly, keep=(0,)))
    w.html("".join(parts))


def _weekly_ratings(report: Report) -> list[list[str]]:
    """The daily means folded into weeks (the CSV and the text keep every day)."""
    by_week: dict[date, list[RatingDay]] = {}
    for d in report.ratings.days:
        by_week.setdefault(d.day - timedelta(days=d.day.weekday()), []).append(d)

    def mean(days: list[RatingDay], attr: str) -> str:
        values = [v for d in days if (v := getattr(d, attr)) is not None]
        return figure(fmean(values)) if values else "–"

    return [[day_text(monday), *(mean(days, a) for a in ("during", "after", "morning",
                                                           "tightness", "mixed")),
             str(len(days))] for monday, days in sorted(by_week.items())]


def _advice(w: ReportDocument, report: Report) -> None:
    parts = [_h2(tr("Advice from the pain-monitoring rules, and load changes"))]
    summary = words.advice_summary(report)
    if summary:
        parts.append(_p(tr("{summary} Listed: each day the advice changed.").format(
            summary=summary)))
    if report.advice:
        parts.append(_table([tr("From"), tr("Advice"), tr("Why")],
                            [[day_text(a.day), a.kind, a.text] for a in report.advice],
                            keep=(0, 1)))
    else:
        parts.append(_p(tr("No advice was given: no pain was rated.")))
    if report.load_changes:
        parts.append("<p></p>")
        parts.append(_table([tr("From"), tr("Routine"), tr("Week"), tr("Load"), tr("Before"),
                             tr("After")],
                            [[day_text(c.day), c.routine, str(c.week), c.direction, c.before,
                              c.after] for c in report.load_changes], keep=(0, 2, 3)))
    else:
        parts.append(_p(tr("The load did not change in this period.")))
    w.html("".join(parts))


def _calf_tests(w: ReportDocument, report: Report) -> None:
    head: int | None = w.html(_h2(tr("Calf tests, left against right")))
    for tests in report.calf_tests:
        if not tests.rows:
            w.html(_p(tr("{test}: none in this period.").format(test=tests.kind)))
            continue
        summary = "; ".join(words.calf_test_lines(tests))
        line = w.html(f"<p><b>{escape(tests.kind)}</b> ({escape(tests.unit)}): "
                      f"{escape(summary)}</p>")
        w.chart(charts.CALF_HEIGHT, partial(charts.paint_calf_tests, report=report, tests=tests),
                line if head is None else head)
        head = None  # the section's heading goes with its first chart


def paint(report: ReportDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Paint every page of ``report`` on ``device`` with its charts, and ``footer`` and the
    page number at the bottom; returns the number of pages."""
    doc = report.doc
    placed = report.placed()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("the page device could not be painted on"))
    page = doc.pageSize()
    count = doc.pageCount()
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    context.palette = palette
    small = QFont(doc.defaultFont())
    small.setPointSizeF(8)
    try:
        for index in range(count):
            if index:
                device.newPage()
            painter.save()
            clip = QRectF(0, index * page.height(), page.width(), page.height())
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            for chart in placed:
                # By its middle: the layout's fixed-point positions may put a chart's top a
                # hair above the page it starts.
                if clip.top() <= chart.rect.center().y() < clip.bottom():
                    _draw_chart(painter, chart.rect, chart.paint)
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#333333"))
            band = QRectF(0, page.height(), page.width(), device.height() - page.height())
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             footer)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             tr("page {page} of {count}").format(
                                 page=index + 1, count=count))
    finally:
        painter.end()
    return count
