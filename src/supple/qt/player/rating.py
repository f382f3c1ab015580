"""The calf rating after a routine: pain and tightness apart, one click each on 0–10, an
optional note, or skip. (Apart, because the pain-monitoring rules read pain, not tightness.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.history.model import NOTE_MAX
from supple.qt.i18n import tr
from supple.qt.widgets.pain_scale import SCALE_HINT, PainScale


class RatingView(QWidget):
    """Asks how the calves feel after the routine; emits ``rated`` once, or ``skipped``."""

    rated = Signal(object, object, str)  # pain: int | None, tightness: int | None, note
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = QLabel(tr("How do your calves feel now?"))
        question.setProperty("role", "heading")
        question.setWordWrap(True)
        hint = QLabel(tr(SCALE_HINT))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)  # at large text in a small window it would be cut off
        self.scale = PainScale(tr("Calf pain now"))
        self.tightness = PainScale(tr("Calf tightness now"))
        pain_label = QLabel(tr("Pain"))
        tightness_label = QLabel(tr("Tightness"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("A note for later (optional)"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setMaxLength(NOTE_MAX)  # what an import of the history takes, too
        self.save = QPushButton(tr("Save"))
        self.save.setProperty("role", "primary")
        self.save.setEnabled(False)
        self.skip = QPushButton(tr("Skip"))
        self.thanks = QLabel(tr("Saved. Check your history to see the trend."))
        self.thanks.setProperty("role", "muted")
        self.thanks.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(pain_label)
        layout.addWidget(self.scale)
        layout.addWidget(tightness_label)
        layout.addWidget(self.tightness)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.thanks)
        self.scale.changed.connect(self._changed)
        self.tightness.changed.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.note.returnPressed.connect(self._save)
        self.save.clicked.connect(self._save)
        self.skip.clicked.connect(self._skip)

    def unsaved(self) -> tuple[int | None, int | None, str] | None:
        """A rating or note given but neither saved nor skipped (Done keeps it)."""
        if not self.save.isEnabled() or self.thanks.isVisible():
            return None
        return self.scale.value(), self.tightness.value(), self.note.text().strip()

    def focus_scale(self) -> None:
        chosen = self.scale.value()
        button = self.scale.group.button(chosen if chosen is not None else 0)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        chosen = self.scale.value() is not None or self.tightness.value() is not None
        self.save.setEnabled(chosen or bool(self.note.text().strip()))

    def _save(self) -> None:
        if not self.save.isEnabled():
            return
        self.rated.emit(self.scale.value(), self.tightness.value(), self.note.text().strip())
        self._done(tr("Saved. Check your history to see the trend."))

    def _skip(self) -> None:
        self.skipped.emit()
        self._done(tr("No rating this time."))

    def _done(self, text: str) -> None:
        for widget in (self.scale, self.tightness, self.note, self.save, self.skip):
            widget.setEnabled(False)
        self.thanks.setText(text)
        self.thanks.show()
        self.thanks.setTextFormat(Qt.TextFormat.PlainText)
