"""The library list's rows: a routine's cells, the order of categories, "last done" in
words, a routine's sources as the detail pane shows them, the bold category headings and the
search filter that keeps a category while any of its routines matches. Apart from ``view`` so
that the screen's module holds the screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from supple.core.library.catalog import RoutineCard
from supple.core.routines.categories import DEFAULT_CATEGORY, KNOWN_CATEGORIES
from supple.core.routines.durations import format_duration
from supple.core.wording import DAY_MONTH, date_text
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_tooltip

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # names of the routine and its exercises


def category_order(category: str) -> tuple[int, str]:
    if category in KNOWN_CATEGORIES:
        return KNOWN_CATEGORIES.index(category), category
    if category == DEFAULT_CATEGORY:
        return len(KNOWN_CATEGORIES) + 1, category
    return len(KNOWN_CATEGORIES), category.casefold()


def relative_day(when: datetime | None, today: datetime | None = None) -> str:
    if when is None:
        return tr("never")
    today = today or datetime.now(when.tzinfo)
    days = (today.date() - when.date()).days
    if days <= 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    if days < 7:
        return tr("%n day(s) ago", None, days)
    return date_text(when, DAY_MONTH)


def sources_text(source: str) -> str:
    """A routine's ``source`` as the library shows it: one publication per line, so each can
    be read, selected and looked up on its own."""
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    if len(lines) < 2:
        return tr("Source: {source}").format(source=source.strip()) if lines else ""
    return tr("Sources:") + "\n" + "\n".join(f"• {line}" for line in lines)


def blank_cell() -> QStandardItem:
    """A heading row's empty cell."""
    item = QStandardItem("")
    item.setSelectable(False)
    return item


def routine_row(card: RoutineCard, last: datetime | None) -> list[QStandardItem]:
    """A routine's cells: name, time, exercises, last done; each carries the card and the
    text the search looks in."""
    cells = [QStandardItem(card.name), QStandardItem(format_duration(card.total_seconds)),
             QStandardItem(str(card.exercise_count)), QStandardItem(relative_day(last))]
    for cell in cells:
        cell.setData(card.search_text, SEARCH_ROLE)
        cell.setToolTip(plain_tooltip(card.description or card.name))
        cell.setData(card, ROUTINE_ROLE)
    for number in cells[1:3]:
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cells


class HeadingDelegate(QStyledItemDelegate):
    """Draws the category headings, disabled only so the arrow keys skip them, in the normal
    text colour of the current palette, and bold."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not index.parent().isValid():
            option.state |= QStyle.StateFlag.State_Enabled
            option.font.setBold(True)


class RoutineFilter(QSortFilterProxyModel):
    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not parent.isValid():  # a category: shown when any routine in it matches
            if not self.filterRegularExpression().pattern():
                return True
            source = self.sourceModel()
            group = source.index(row, 0, parent)
            needle = self.filterRegularExpression()
            return any(needle.match(str(source.index(r, 0, group).data(SEARCH_ROLE) or ""))
                       .hasMatch() for r in range(source.rowCount(group)))
        return super().filterAcceptsRow(row, parent)
