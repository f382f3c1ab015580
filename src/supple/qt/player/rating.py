"""The 0–10 calf rating: one click on a number, an optional note, or skip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SCALE_HINT = "0 = loose and pain-free · 10 = the worst tightness or pain"


class PainScale(QWidget):
    """Eleven buttons, 0 to 10; one may be checked, or none.

    By keyboard the scale is one Tab stop: Left/Right (Home/End) move along it, Space or
    Enter picks, and a digit picks that number at once.
    """

    changed = Signal(object)  # int | None

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setAccessibleName(f"{accessible}: {value} of 10")
            button.setProperty("role", "scale")
            button.setMinimumWidth(30)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.installEventFilter(self)
            self.group.addButton(button, value)
            row.addWidget(button)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None
        self._rove(0)

    def _rove(self, value: int) -> None:
        """Only one button takes Tab focus: the chosen one, or 0."""
        for button in self.group.buttons():
            tab = self.group.id(button) == value
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab
                                  else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        current = self.group.id(watched) if isinstance(watched, QPushButton) else -1
        key = event.key()
        target = {Qt.Key.Key_Left: current - 1, Qt.Key.Key_Right: current + 1,
                  Qt.Key.Key_Home: 0, Qt.Key.Key_End: 10}.get(Qt.Key(key))
        if target is not None:
            button = self.group.button(max(0, min(10, target)))
            self._rove(self.group.id(button))
            button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QPushButton):
            watched.click()
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.group.button(key - Qt.Key.Key_0).click()
            return True
        return False

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self._rove(value if value is not None else 0)

    def _clicked(self, value: int) -> None:
        self.set_value(None if self._value == value else value)
        self.changed.emit(self._value)


class RatingView(QWidget):
    """Asks how the calves feel after the routine; emits ``rated`` once, or ``skipped``."""

    rated = Signal(object, str)  # pain_after: int | None, note
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = QLabel("How do your calves feel now?")
        question.setProperty("role", "heading")
        question.setWordWrap(True)
        hint = QLabel(SCALE_HINT)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)  # at large text in a small window it would be cut off
        self.scale = PainScale("Calf tightness or pain now")
        self.note = QLineEdit()
        self.note.setPlaceholderText("A note for later (optional)")
        self.note.setAccessibleName("Note")
        self.note.setMaxLength(500)
        self.save = QPushButton("Save")
        self.save.setProperty("role", "primary")
        self.save.setEnabled(False)
        self.skip = QPushButton("Skip")
        self.thanks = QLabel("Saved. Check your history to see the trend.")
        self.thanks.setProperty("role", "muted")
        self.thanks.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(self.scale)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.thanks)
        self.scale.changed.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.note.returnPressed.connect(self._save)
        self.save.clicked.connect(self._save)
        self.skip.clicked.connect(self._skip)

    def unsaved(self) -> tuple[int | None, str] | None:
        """A rating or note given but neither saved nor skipped (Done keeps it)."""
        if not self.save.isEnabled() or self.thanks.isVisible():
            return None
        return self.scale.value(), self.note.text().strip()

    def focus_scale(self) -> None:
        chosen = self.scale.value()
        button = self.scale.group.button(chosen if chosen is not None else 0)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        self.save.setEnabled(self.scale.value() is not None or bool(self.note.text().strip()))

    def _save(self) -> None:
        if not self.save.isEnabled():
            return
        self.rated.emit(self.scale.value(), self.note.text().strip())
        self._done("Saved. Check your history to see the trend.")

    def _skip(self) -> None:
        self.skipped.emit()
        self._done("No rating this time.")

    def _done(self, text: str) -> None:
        for widget in (self.scale, self.note, self.save, self.skip):
            widget.setEnabled(False)
        self.thanks.setText(text)
        self.thanks.show()
        self.thanks.setTextFormat(Qt.TextFormat.PlainText)
