"""The window's one line of news (a reset settings file, no sound, a history problem, a session
to resume), with the actions it offers.

Notices queue: one shows at a time, the next when it is dismissed or acted on, and the same text
is never queued twice (the history can report one problem on every write).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from supple.qt.i18n import tr

#: A button's title and what it does.
NoticeAction = tuple[str, Callable[[], None]]


class NoticeBar(QWidget):
    """One line of news with actions; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        close = QPushButton(tr("Dismiss"))
        close.setAccessibleName(tr("Dismiss this notice"))
        close.clicked.connect(self._next)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.label, 1)
        row.addLayout(self.actions_row)
        row.addWidget(close)
        self._queue: list[tuple[str, list[NoticeAction]]] = []
        self.hide()

    def show_notice(self, text: str, actions: list[NoticeAction] | None = None) -> None:
        if any(text == queued for queued, _ in self._queue):
            return
        self._queue.append((text, actions or []))
        if len(self._queue) == 1:
            self._present()

    def _present(self) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self._queue:
            self.hide()
            return
        text, actions = self._queue[0]
        self.label.setText(text)
        for title, callback in actions:
            button = QPushButton(title)
            button.clicked.connect(lambda _=False, cb=callback: self._act(cb))
            self.actions_row.addWidget(button)
        self.show()

    def has_news(self) -> bool:
        return bool(self._queue)

    def _act(self, callback: Callable[[], None]) -> None:
        self._next()
        callback()

    def _next(self) -> None:
        if self._queue:
            self._queue.pop(0)
        self._present()
