"""The sessions table of the history window: a model that reads pages on demand.

A long-time runner may have tens of thousands of sessions, and turning each row into a
``SessionRecord`` costs about 8 µs, so the model never reads them all up front: it starts
with one page and asks the store for more only when the view scrolls near the end
(``canFetchMore`` / ``fetchMore``). Cells are formatted in ``data()``, for the rows on screen only.

The store offers ``sessions(limit=...)`` but no offset, so each fetch re-reads the rows
already shown; the page size doubles each time to keep the total work linear in the rows
actually shown (at most twice what one full read would cost).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from supple.core.history.model import Outcome, SessionRecord, format_pain
from supple.core.routines.durations import format_hms
from supple.core.wording import WEEKDAY_DATE_CLOCK, date_text
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.widgets.plain_text import plain_tooltip

FIRST_PAGE = 200

# (limit) -> newest-first sessions, at most ``limit`` of them
SessionLoader = Callable[[int], list[SessionRecord]]

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    ROUTINE = 1
    OUTCOME = 2
    ACTIVE = 3
    STEPS = 4
    PAIN = 5
    NOTE = 6


HEADERS = {
    Column.WHEN: QT_TR_NOOP("When"),
    Column.ROUTINE: QT_TR_NOOP("Routine"),
    Column.OUTCOME: QT_TR_NOOP("Outcome"),
    Column.ACTIVE: QT_TR_NOOP("Active"),
    Column.STEPS: QT_TR_NOOP("Steps"),
    Column.PAIN: QT_TR_NOOP("Calves"),
    Column.NOTE: QT_TR_NOOP("Note"),
}

OUTCOME_TEXT = {
    Outcome.COMPLETED: QT_TR_NOOP("completed"),
    Outcome.STOPPED: QT_TR_NOOP("stopped early"),
    Outcome.INTERRUPTED: QT_TR_NOOP("interrupted"),
    Outcome.IN_PROGRESS: QT_TR_NOOP("in progress"),
}


def format_when(record: SessionRecord) -> str:
    """The local time the runner saw when the session started, as they would say it."""
    moment = record.started_at
    return date_text(moment, WEEKDAY_DATE_CLOCK)


def format_steps(record: SessionRecord) -> str:
    if record.steps_skipped:
        return tr("{done} of {total} · {skipped} skipped").format(
            done=record.steps_done, total=record.steps_total, skipped=record.steps_skipped)
    return tr("{done} of {total}").format(done=record.steps_done, total=record.steps_total)


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


_FORMATTERS: dict[Column, Callable[[SessionRecord], str]] = {
    Column.WHEN: format_when,
    Column.ROUTINE: lambda r: r.routine_name,
    Column.OUTCOME: lambda r: tr(OUTCOME_TEXT[r.outcome]),
    Column.ACTIVE: lambda r: format_hms(r.active_seconds),
    Column.STEPS: format_steps,
    Column.PAIN: lambda r: format_pain(r.pain_before, r.pain_after),
    Column.NOTE: lambda r: first_line(r.note),
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass
class _Pages:
    loader: SessionLoader
    rows: list[SessionRecord]
    complete: bool


class SessionTableModel(QAbstractTableModel):
    """Newest-first sessions; rows arrive in pages as the view scrolls."""

    def __init__(self, loader: SessionLoader, first_page: int = FIRST_PAGE) -> None:
        super().__init__()
        self._first_page = first_page
        self._pages = self._start(loader)

    def _start(self, loader: SessionLoader) -> _Pages:
        rows = loader(self._first_page)
        return _Pages(loader, rows, complete=len(rows) < self._first_page)

    def set_loader(self, loader: SessionLoader) -> None:
        """Show another query (a new filter) from its first page."""
        self.beginResetModel()
        self._pages = self._start(loader)
        self.endResetModel()

    # ----- what the window asks ------------------------------------------------------------

    def record(self, row: int) -> SessionRecord:
        return self._pages.rows[row]

    def loaded(self) -> list[SessionRecord]:
        return list(self._pages.rows)

    @property
    def complete(self) -> bool:
        """True when every session of the query has been read."""
        return self._pages.complete

    def replace(self, updated: SessionRecord) -> None:
        """Show a session again after it was edited (same uuid, same place)."""
        for row, record in enumerate(self._pages.rows):
            if record.uuid == updated.uuid:
                self._pages.rows[row] = updated
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return

    # ----- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pages.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._pages.complete

    def fetchMore(self, parent: ModelIndex) -> None:
        pages = self._pages
        if parent.isValid() or pages.complete:
            return
        have = len(pages.rows)
        limit = max(2 * have, have + self._first_page)
        rows = pages.loader(limit)
        fresh = rows[have:]
        pages.complete = len(rows) < limit
        if not fresh:
            pages.complete = True
            return
        self.beginInsertRows(QModelIndex(), have, have + len(fresh) - 1)
        pages.rows.extend(fresh)
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._pages.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _FORMATTERS[column](record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column in (Column.ACTIVE, Column.PAIN)
            return int((_RIGHT if right else _LEFT).value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tr(HEADERS[column])}: {_FORMATTERS[column](record)}"
        return None

    @staticmethod
    def _tooltip(record: SessionRecord, column: Column) -> str | None:
        if column is Column.NOTE and record.note:
            # Qt guesses whether a tooltip is rich text; escape it so a note is shown as typed.
            return plain_tooltip(record.note)
        if column is Column.ROUTINE:
            return plain_tooltip(f"{record.routine_name}\n{record.category}")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.PAIN:
            return tr("Calf tightness or pain, 0 to 10: before → after the session")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = section in (Column.ACTIVE, Column.PAIN)
            return int((_RIGHT if right else _LEFT).value)
        return None
