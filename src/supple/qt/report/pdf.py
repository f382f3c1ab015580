"""The report as a PDF on A4 or Letter, made with ``QPdfWriter``: text stays text.

Written into memory first (a ``QBuffer``), so the caller writes the file whole or not at
all. An application object must exist for the fonts; :func:`pdf_bytes` makes one (offscreen
unless ``QT_QPA_PLATFORM`` says otherwise) when the command line calls it without a window:
a ``QApplication``, so that anything else in the process that needs widgets still finds the
kind it expects.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from supple.core.report.model import Report
from supple.core.report.text import TITLE, period_text
from supple.qt.i18n import tr
from supple.qt.report.document import build_document

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 12)
RESOLUTION = 600


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def footer_text(report: Report) -> str:
    return f"Supple · {tr(TITLE)} · {period_text(report)}"  # untranslated: the app's name


def _application() -> None:
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QApplication([])


_APP: QApplication | None = None


def pdf_bytes(report: Report, paper: str = "a4") -> bytes:
    """The report as a PDF document on ``paper`` (``a4`` or ``letter``)."""
    _application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(f"{tr(TITLE)}, {period_text(report)}")
    writer.setCreator("Supple")  # untranslated: the app's name
    build_document(report, writer).paint(writer, footer_text(report))
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
