"""Both versions of a routine side by side, when the file changed outside the app, with the
lines that differ marked.

The lines are matched with :mod:`difflib`. A line changed in place is tinted and marked ``~``
in both panes; a line that only one version has is tinted and marked ``+`` in that pane's
gutter, so the difference never rests on colour alone. A line above says how many lines
differ, and each pane opens scrolled to its first difference.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from supple.qt.editor.code_edit import CodeEdit
from supple.qt.i18n import tr
from supple.qt.theme import Colors
from supple.qt.widgets.plain_text import plain_label

CHANGED = "~"  # the line is in both versions, changed
ONLY_HERE = "+"  # only this version has the line


@dataclass
class LineDiff:
    """Which lines (0-based) of each version differ, and how many lines differ in all."""

    mine: dict[int, str] = field(default_factory=dict)
    theirs: dict[int, str] = field(default_factory=dict)
    count: int = 0


def line_diff(mine: str, theirs: str) -> LineDiff:
    """Mark each differing line: a replaced run pairs its lines as changed (``~``), the rest
    of the longer side is only there (``+``)."""
    diff = LineDiff()
    matcher = difflib.SequenceMatcher(a=mine.split("\n"), b=theirs.split("\n"),
                                      autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(a2 - a1, b2 - b1)
        for offset in range(a2 - a1):
            diff.mine[a1 + offset] = CHANGED if offset < paired else ONLY_HERE
        for offset in range(b2 - b1):
            diff.theirs[b1 + offset] = CHANGED if offset < paired else ONLY_HERE
        diff.count += max(a2 - a1, b2 - b1)
    return diff


def summary(diff: LineDiff) -> str:
    if not diff.count:
        return tr("The two versions are the same.")
    return tr("%n line(s) differ ({changed} changed in both, {only_here} in one version "
              "only).", None, diff.count).format(changed=CHANGED, only_here=ONLY_HERE)


class DiffPane(CodeEdit):
    """A read-only code pane whose gutter shows each differing line's mark."""

    def __init__(self, text: str, marks: dict[int, str], colors: Colors,
                 parent: QWidget | None = None) -> None:
        super().__init__(colors, parent)
        self.marks = marks
        self.setPlainText(text)
        self.setReadOnly(True)
        self._tint()

    def gutter_width(self) -> int:
        return super().gutter_width() + self.fontMetrics().horizontalAdvance("~") + 6

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        super().paint_gutter(gutter, event)
        painter = QPainter(gutter)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(self.colors.text))
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            box = self.blockBoundingGeometry(block).translated(offset)
            if box.top() > event.rect().bottom():
                break
            mark = self.marks.get(block.blockNumber())
            if mark is not None and block.isVisible():
                painter.drawText(4, round(box.top()), gutter.width(), round(box.height()),
                                 Qt.AlignmentFlag.AlignLeft, mark)
            block = block.next()
        painter.end()

    def _tint(self) -> None:
        tints = {CHANGED: QColor(self.colors.ready), ONLY_HERE: QColor(self.colors.rest)}
        for tint in tints.values():
            tint.setAlphaF(0.2)
        selections = []
        for number, mark in sorted(self.marks.items()):
            block = self.document().findBlockByNumber(number)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(tints[mark])
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format = fmt
            sel.cursor = QTextCursor(block)
            selections.append(sel)
        self.setExtraSelections(selections)

    def show_first_difference(self) -> None:
        if not self.marks:
            return
        cursor = QTextCursor(self.document().findBlockByNumber(min(self.marks)))
        self.setTextCursor(cursor)
        self.centerCursor()


class CompareDialog(QDialog):
    """Both versions side by side, read-only, with the lines that differ marked."""

    def __init__(self, mine: str, theirs: str, colors: Colors, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare: your version and the file on disk"))
        self.resize(1100, 680)
        self.diff = line_diff(mine, theirs)
        self.summary = plain_label(summary(self.diff), role="heading", wrap=True)
        row = QHBoxLayout()
        self.panes: list[DiffPane] = []
        for title, text, marks in ((tr("Yours (not saved)"), mine, self.diff.mine),
                                   (tr("On disk (theirs)"), theirs, self.diff.theirs)):
            column = QVBoxLayout()
            column.addWidget(plain_label(title, role="heading"))
            pane = DiffPane(text, marks, colors)
            pane.setAccessibleName(title)
            column.addWidget(pane, 1)
            row.addLayout(column, 1)
            self.panes.append(pane)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for pane in self.panes:  # once the panes have their size
            pane.show_first_difference()
