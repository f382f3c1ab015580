"""Change how the calves felt after a session, and its note, from the history's table."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.history.model import NOTE_MAX, SessionRecord
from supple.qt.history.table_model import format_when
from supple.qt.i18n import tr
from supple.qt.widgets.pain_scale import SCALE_HINT, PainScale
from supple.qt.widgets.plain_text import plain_label


def _qt_length(text: str) -> int:
    """Qt's length of ``text``, in UTF-16 units: a character outside the BMP counts two."""
    return len(text.encode("utf-16-le")) // 2


class RatingDialog(QDialog):
    """Change how the calves felt after a session, and its note."""

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(tr("Rate this session"))
        title = plain_label(f"{record.routine_name} · {format_when(record)}", role="heading",
                            wrap=True)
        question = plain_label(tr("How did your calves feel after it?"))
        hint = plain_label(tr(SCALE_HINT), role="muted")
        self.scale = PainScale(tr("Calf tightness or pain after the session"))
        self.scale.set_value(record.pain_after)
        self.scale.changed.connect(self._scale_changed)
        self.keep_hint = plain_label(tr("A saved rating can be changed but not removed."),
                                     role="muted")
        self.keep_hint.hide()
        self.note = QPlainTextEdit(record.note)
        self.note.setPlaceholderText(tr("A note for later (optional)"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 16)
        # As long as a note can be (and an import takes); a longer one stored by an older
        # version is kept as it is, never cut, but cannot grow.
        self._note_limit = max(NOTE_MAX, len(record.note))
        self.note.textChanged.connect(self._limit_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        save.setDefault(True)
        self.save_button: QPushButton = save
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, question, hint, self.scale, self.keep_hint, self.note, buttons):
            layout.addWidget(widget)

    def _scale_changed(self, value: object) -> None:
        # The store can set a rating but not clear one, so a saved rating stays selected.
        if value is None and self.record.pain_after is not None:
            self.scale.set_value(self.record.pain_after)
            self.keep_hint.show()

    def pain_after(self) -> int | None:
        return self.scale.value()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _limit_note(self) -> None:
        """What ``QLineEdit.setMaxLength`` does, for a field of several lines: what was typed
        or pasted past the limit (the text just before the cursor) is dropped."""
        text = self.note.toPlainText()
        excess = len(text) - self._note_limit
        if excess <= 0:
            return
        cursor = self.note.textCursor()
        at = len(text.encode("utf-16-le")[: 2 * cursor.position()].decode("utf-16-le"))
        start, stop = (at - excess, at) if at >= excess else (self._note_limit, len(text))
        cursor.setPosition(_qt_length(text[:start]))
        cursor.setPosition(_qt_length(text[:stop]), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
