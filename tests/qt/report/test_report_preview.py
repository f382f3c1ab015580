"""The history window's "Report…": the period dialog, Qt's print preview of the report, and
saving the PDF, over a real history file."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from report_histories import (
    HSR,
    START,
    History,
    full_twelve_weeks,
    heavy_slow_load_change,
    open_history,
)
from supple.core.paths import AppPaths
from supple.qt.history.window import HistoryWindow
from supple.qt.report.pdf import pdf_bytes

LAST = START + timedelta(days=83)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(AppPaths.resolve(tmp_path).history_db)
    full_twelve_weeks(opened)
    heavy_slow_load_change(opened)
    yield opened
    opened.store.close()


@pytest.fixture
def window(qtbot: QtBot, history: History, tmp_path: Path) -> HistoryWindow:
    shown = HistoryWindow(history.store, today=LAST + timedelta(days=3),
                          paths=AppPaths.resolve(tmp_path))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def button(window: HistoryWindow) -> QPushButton:
    [found] = [b for b in window.findChildren(QPushButton) if b.text() == "Re&port…"]
    return found


def pdf_pages(tmp_path: Path, data: bytes) -> int:
    assert shutil.which("pdfinfo"), "pdfinfo (poppler-utils) is needed: ./dev installs it"
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return int(next(line for line in out.splitlines() if line.startswith("Pages:")).split()[1])


def test_the_button_opens_the_dialog_and_the_preview_shows_the_pages(
        window: HistoryWindow, qtbot: QtBot, tmp_path: Path) -> None:
    button(window).click()
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.last.date() == QDate(2026, 12, 2)  # the window's today
    dialog.first.setDate(QDate(START.year, START.month, START.day))
    dialog.last.setDate(QDate(LAST.year, LAST.month, LAST.day))
    preview = dialog.open_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    pages = preview.findChild(QPrintPreviewWidget)
    pages.updatePreview()
    qtbot.waitUntil(lambda: pages.pageCount() >= 2)
    # The preview is the document the PDF is made of: as many pages.
    report = dialog.report()
    assert report is not None
    assert pages.pageCount() == pdf_pages(tmp_path, pdf_bytes(report, "a4"))
    preview.close()


def test_save_writes_the_pdf_of_the_chosen_days(window: HistoryWindow, tmp_path: Path) -> None:
    dialog = window.open_report()
    dialog.first.setDate(QDate(START.year, START.month, START.day))
    dialog.last.setDate(QDate(LAST.year, LAST.month, LAST.day))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    target = tmp_path / "report.pdf"
    assert dialog.save(target)
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed: ./dev installs it"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    # The drops: 168 planned, 156 done; heavy slow resistance from 5 Oct: two routines on
    # three days a week for 8 weeks, of which the first 3 weeks were done.
    planned, done = 168 + 2 * 3 * 8, 156 + 2 * 3 * 3
    assert f"Planned sessions done: {done} of {planned}" in " ".join(text.split())
    assert dialog.message.text() == f"Saved {target}."


def test_the_routine_filtered_on_is_the_reports(window: HistoryWindow) -> None:
    window.routine_filter.setCurrentIndex(window.routine_filter.findData(HSR))
    dialog = window.open_report()
    dialog.first.setDate(QDate(2026, 10, 5))
    dialog.last.setDate(QDate(2026, 10, 25))
    report = dialog.report()
    assert report is not None
    assert [p.routine_id for p in report.prescriptions] == [HSR]
    assert (report.adherence.planned, report.adherence.done) == (9, 9)


def test_days_in_the_wrong_order_are_refused(window: HistoryWindow, tmp_path: Path) -> None:
    dialog = window.open_report()
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.last.setDate(QDate(2026, 10, 1))
    assert dialog.report() is None and dialog.open_preview() is None
    assert not dialog.save(tmp_path / "never.pdf") and not (tmp_path / "never.pdf").exists()
    assert "before the first" in dialog.message.text()


def test_an_unwritable_place_is_said(window: HistoryWindow, tmp_path: Path) -> None:
    dialog = window.open_report()
    target = tmp_path / "no-such-folder" / "report.pdf"
    assert not dialog.save(target)
    assert dialog.message.text().startswith(f"The report could not be saved in {target}")


def test_dates_in_the_dialog_are_days(window: HistoryWindow) -> None:
    dialog = window.open_report()
    query = dialog.query()
    assert query is not None and query.last == date(2026, 12, 2) and query.days == 84
