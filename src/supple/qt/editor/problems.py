"""The problems under the text: a heading that counts them, and a list that leads to each.

The same problems also mark the text itself (:mod:`supple.qt.editor.code_edit`); the list is
where a problem's whole message is read, and a click on it goes to its line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supple.core.problems import Problem
from supple.qt.editor.lists import wrap_rows
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(p: Problem) -> str:
    where = f"{p.line}:{p.column or 1}  " if p.line is not None else ""
    field = f"{p.field}: " if p.field else ""
    expected = f" ({p.expected})" if p.expected else ""
    return f"{where}{field}{p.message}{expected}"


class ProblemList(QListWidget):
    """The problems, each wrapped to the list's width; never so short that the first one is
    cut off, and as tall as all of them when there is room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_rows(self)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.count():
            return hint
        first = self.visualItemRect(self.item(0)).height()
        return QSize(hint.width(), max(hint.height(), first + 2 * self.frameWidth()))


class ProblemsPane(QWidget):
    """The heading ("2 problems", or "✓ No problems"), ``corner`` beside it, and the list.

    How much room the pane gets is the window's business: it shares a splitter with the text.
    """

    goToRequested = Signal(int, int)  # line, column (1-based): a problem was chosen

    def __init__(self, corner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", role="heading")
        self.problems = ProblemList()
        self.problems.setProperty("role", "problems")
        self.problems.setAccessibleName(tr("Problems in this routine"))
        self.problems.itemClicked.connect(self._chosen)
        self.problems.itemActivated.connect(self._chosen)
        self.corner = corner
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 8, 0, 0)
        self.column.setSpacing(6)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(corner, 1)
        self.column.addLayout(heading_row)
        self.column.addWidget(self.problems, 1)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        for p in problems:
            item = QListWidgetItem(problem_text(p))
            item.setData(PROBLEM_ROLE, (p.line, p.column))
            item.setToolTip(tr("Click to go there"))
            self.problems.addItem(item)
        n = len(problems)
        self.heading.setText(tr("%n problem(s)", None, n) if n else tr("✓ No problems"))
        role = "heading" if n else "muted"
        if self.heading.property("role") != role:
            self.heading.setProperty("role", role)
            self.heading.style().unpolish(self.heading)
            self.heading.style().polish(self.heading)

    def _chosen(self, item: QListWidgetItem) -> None:
        line, column = item.data(PROBLEM_ROLE)
        if line is not None:
            self.goToRequested.emit(line, column or 1)
