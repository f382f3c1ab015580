"""The 0–10 pain scale: the library asks before a routine, the finish screen after it, and the
history window edits a session's rating with it. A widget of its own, so no screen has to import
another to show it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from supple.qt.i18n import QT_TR_NOOP, tr

SCALE_HINT = QT_TR_NOOP("0 = loose and pain-free · 10 = the worst tightness or pain")


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
            button.setAccessibleName(tr("{accessible}: {value} of 10").format(
                accessible=accessible, value=value))
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
