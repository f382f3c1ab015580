"""The editor's notices (a conflict, a draft to restore, a save that failed) shown above the
text, so typing goes on while one is open."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from supple.qt.widgets.plain_text import plain_label


class MessageBar(QFrame):
    """A calm, inline notice with its choices as buttons; never a modal dialog."""

    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "editor-bar")
        self.setProperty("tone", tone)
        self.label = plain_label("", wrap=True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(14, 8, 8, 8)
        self.row.setSpacing(8)
        self.row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def add_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        self.row.addWidget(button)
        self.buttons.append(button)
        return button

    def show_message(self, text: str, tone: str | None = None) -> None:
        if tone is not None and tone != self.property("tone"):
            self.setProperty("tone", tone)
            self.style().unpolish(self)
            self.style().polish(self)
        self.label.setText(text)
        self.show()
