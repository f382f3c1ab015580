"""Choosing a report's period and paper, then Qt's print preview before printing or saving.

:class:`ReportDialog` asks for the first and last day and the paper size; "Preview…" opens a
``QPrintPreviewDialog`` over the same document the PDF is made of (its print button offers
the printers and, on Linux, printing to a PDF file); "Save PDF…" writes the PDF the command
line would. The report is built by the ``build`` callable handed in, so this module knows
nothing of where the programmes and routines come from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.atomic_file import write_atomically
from supple.core.history.model import HistoryError
from supple.core.report.model import Query, Report
from supple.core.wording import DAY_MONTH_YEAR
from supple.qt.i18n import tr
from supple.qt.report.document import build_document
from supple.qt.report.pdf import footer_text, page_layout, pdf_bytes

DEFAULT_DAYS = 84
Build = Callable[[Query], Report]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """The period and the paper; Preview… and Save PDF… build the report afresh each time."""

    def __init__(self, build: Build, today: date, routines: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Progress report · Supple"))
        self._build = build
        self._today = today
        self._routines = routines
        self.preview: QPrintPreviewDialog | None = None
        self.first = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_MONTH_YEAR)
        self.paper = QComboBox()
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("Letter"), "letter")
        self.paper.setAccessibleName(tr("Paper size"))
        form = QFormLayout()
        form.addRow(tr("&From"), self.first)
        form.addRow(tr("&To"), self.last)
        form.addRow(tr("&Paper"), self.paper)
        scope = (tr("Every routine and programme in the period.") if not routines else
                 tr("The routine chosen in the history window."))
        self.message = QLabel(scope)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(tr("Pre&view…"))
        self.save_button = QPushButton(tr("&Save PDF…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.open_preview)
        self.save_button.clicked.connect(self.ask_and_save)
        self.preview_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def query(self) -> Query | None:
        first, last = _day(self.first.date()), _day(self.last.date())
        if last < first:
            self.message.setText(tr("The last day is before the first: choose the days again."))
            return None
        return Query(first, last, self._today, self._routines)

    def report(self) -> Report | None:
        """The report of the chosen days, or None (and why, in the dialog)."""
        query = self.query()
        if query is None:
            return None
        try:
            return self._build(query)
        except HistoryError as error:
            self.message.setText(tr("The history could not be read: {error}").format(
                error=error))
            return None

    def open_preview(self) -> QPrintPreviewDialog | None:
        report = self.report()
        if report is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper.currentData()))
        printer.setDocName(tr("Supple progress report"))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(tr("Progress report · preview"))

        def paint(device: QPrinter) -> None:
            build_document(report, device).paint(device, footer_text(report))

        dialog.paintRequested.connect(paint)
        dialog.resize(900, 1000)
        self.preview = dialog
        dialog.open()
        return dialog

    def ask_and_save(self) -> None:
        start = str(Path.home() / f"supple-report-{_day(self.last.date()).isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the report"), start, tr("PDF (*.pdf)"))
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> bool:
        report = self.report()
        if report is None:
            return False
        try:
            write_atomically(path, pdf_bytes(report, self.paper.currentData()))
        except OSError as error:
            self.message.setText(tr("The report could not be saved in {path}: {error}").format(
                path=path, error=error.strerror or error))
            return False
        self.message.setText(tr("Saved {path}.").format(path=path))
        return True
