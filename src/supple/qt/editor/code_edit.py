"""The routine's text as a code field: line numbers, problem marks, edits by character.

Qt counts positions in UTF-16 units and Python in code points; everything here takes code
points (what the loader and :mod:`supple.core.routines.text_edits` speak) and converts at the
edge, so an emoji in a name never shifts an underline or an insertion.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QUndoStack,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from supple.core.problems import Problem
from supple.qt.theme import Colors


def _utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ for emoji)."""
    return len(text.encode("utf-16-le")) // 2


class _Gutter(QWidget):
    def __init__(self, editor: CodeEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(self, event)


class CodeEdit(QPlainTextEdit):
    """A plain text field with line numbers, as in Qt's "Code Editor" example; lines with a
    problem get their number in the error colour and a wavy underline."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.setProperty("role", "code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()))
        self.setFont(font)
        # No wrapping: a wrapped line would restart at the left edge and read as a key with
        # less indentation, which in YAML means something else.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self.error_lines: set[int] = set()  # 1-based
        #: The window's one history for this text and the form (see ``shared_undo``); the
        #: field's own is switched off then.
        self.undo_stack: QUndoStack | None = None
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab indents with spaces: YAML forbids tabs for indentation."""
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.insertPlainText("  ")
            return
        super().keyPressEvent(event)

    def undo(self) -> None:
        if self.undo_stack is not None:
            self.undo_stack.undo()
        else:
            super().undo()

    def redo(self) -> None:
        if self.undo_stack is not None:
            self.undo_stack.redo()
        else:
            super().redo()

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 16 + self.fontMetrics().horizontalAdvance("9") * max(digits, 2)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        r = self.contentsRect()
        self.gutter.setGeometry(QRect(r.left(), r.top(), self.gutter_width(), r.height()))

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), QColor(self.colors.card))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = round(self.blockBoundingRect(block).height())
        normal = QColor(self.colors.muted)
        error = QColor(self.colors.accent)
        bold = painter.font()
        bold.setBold(True)
        plain = painter.font()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and top + height >= event.rect().top():
                bad = number + 1 in self.error_lines
                painter.setPen(error if bad else normal)
                painter.setFont(bold if bad else plain)
                painter.drawText(0, top, gutter.width() - 8, height,
                                 Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top += height
            height = round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def mark_problems(self, problems: list[Problem]) -> None:
        """Underline from each problem's column to the end of its line."""
        selections = []
        self.error_lines = {p.line for p in problems if p.line is not None}
        doc = self.document()
        for p in problems:
            if p.line is None:
                continue
            block = doc.findBlockByNumber(p.line - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(self.colors.accent))
            sel.format = fmt
            start, end = _problem_span(block.text(), p.column)
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
            line = QTextEdit.ExtraSelection()
            tint = QColor(self.colors.accent)
            tint.setAlphaF(0.08)
            line_fmt = QTextCharFormat()
            line_fmt.setBackground(tint)
            line_fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            line.format = line_fmt
            line_cursor = QTextCursor(block)
            line_cursor.clearSelection()
            line.cursor = line_cursor
            selections.append(line)
        self.setExtraSelections(selections)
        self.gutter.update()

    def go_to(self, line: int, column: int = 1) -> None:
        block = self.document().findBlockByNumber(max(line - 1, 0))
        if not block.isValid():
            block = self.document().lastBlock()
        offset = min(_utf16_len(block.text()[: max(column - 1, 0)]), block.length() - 1)
        cursor = self.textCursor()
        cursor.setPosition(block.position() + offset)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace characters ``start:end`` (code points) as one undoable step."""
        whole = self.toPlainText()
        cursor = QTextCursor(self.document())
        cursor.setPosition(_utf16_len(whole[:start]))
        cursor.setPosition(_utf16_len(whole[:end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def select_range(self, text: str, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(_utf16_len(text[:start]))
        cursor.setPosition(_utf16_len(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _problem_span(line: str, column: int | None) -> tuple[int, int]:
    """The part of a line to underline, in UTF-16 units: from the problem's column to the end
    of the line's text, or the whole text when the column points past it."""
    text_end = len(line.rstrip())
    start = min(max((column or 1) - 1, 0), len(line))
    if start >= text_end:
        start = len(line) - len(line.lstrip())
    return _utf16_len(line[:start]), _utf16_len(line[: max(text_end, start)])
