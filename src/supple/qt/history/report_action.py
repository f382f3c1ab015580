"""The history window's "Report…" button: the period dialog and the print preview of a
progress report (:mod:`supple.qt.report.preview`), over the window's own history store.

Kept out of ``window`` so that the window only places the button: what the report needs
(the programmes and routines of the library under the app's data folder) is found here,
and imported, when the button is pressed, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.qt.i18n import tr

if TYPE_CHECKING:
    from supple.core.report.model import Query, Report
    from supple.qt.report.preview import ReportDialog


def report_button(parent: QWidget, open_dialog: Callable[[], object]) -> QPushButton:
    button = QPushButton(tr("Re&port…"), parent)
    button.setToolTip(tr("A progress report for a physiotherapist: preview, print or save as PDF"))
    button.setAccessibleName(tr("Progress report"))
    button.clicked.connect(open_dialog)
    return button


def open_report(parent: QWidget, store: HistoryStore, paths: AppPaths | None, today: date,
                routine_id: str | None) -> ReportDialog:
    """The period dialog over ``store``; with ``routine_id`` (the window's routine filter),
    the report covers that routine alone."""
    # Imported when the button is pressed: the print support and the report's modules cost
    # the window's opening nothing.
    from supple.core.report.build import build_report
    from supple.core.report.sources import sources_for
    from supple.qt.report.preview import ReportDialog

    sources = sources_for(paths)

    def build(query: Query) -> Report:
        return build_report(store, sources.programmes, sources.routine_of, query)

    dialog = ReportDialog(build, today, (routine_id,) if routine_id else (), parent)
    dialog.open()
    return dialog
