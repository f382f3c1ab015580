"""Both versions of a routine side by side, when the file changed outside the app."""

from __future__ import annotations

import difflib

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from supple.qt.editor.code_edit import CodeEdit
from supple.qt.theme import Colors
from supple.qt.widgets.plain_text import plain_label


class CompareDialog(QDialog):
    """Both versions side by side, read-only, with the lines that differ tinted."""

    def __init__(self, mine: str, theirs: str, colors: Colors, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare: your version and the file on disk")
        self.resize(1100, 680)
        row = QHBoxLayout()
        self.panes: list[QPlainTextEdit] = []
        matcher = difflib.SequenceMatcher(a=mine.split("\n"), b=theirs.split("\n"),
                                          autojunk=False)
        changed_a: set[int] = set()
        changed_b: set[int] = set()
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag != "equal":
                changed_a.update(range(a1, a2))
                changed_b.update(range(b1, b2))
        for title, text, changed in (("Yours (not saved)", mine, changed_a),
                                     ("On disk (theirs)", theirs, changed_b)):
            column = QVBoxLayout()
            column.addWidget(plain_label(title, role="heading"))
            pane = CodeEdit(colors)
            pane.setPlainText(text)
            pane.setReadOnly(True)
            pane.setAccessibleName(title)
            _tint_lines(pane, changed, colors)
            column.addWidget(pane, 1)
            row.addLayout(column, 1)
            self.panes.append(pane)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)


def _tint_lines(pane: QPlainTextEdit, lines: set[int], colors: Colors) -> None:
    tint = QColor(colors.ready)
    tint.setAlphaF(0.18)
    selections = []
    for number in sorted(lines):
        block = pane.document().findBlockByNumber(number)
        if not block.isValid():
            continue
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(tint)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel.format = fmt
        sel.cursor = QTextCursor(block)
        selections.append(sel)
    pane.setExtraSelections(selections)
