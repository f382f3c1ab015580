"""How the editor's lists (problems, the preview's exercises) lay out their rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget


def wrap_rows(view: QListWidget) -> None:
    """Rows wrap to the list's width instead of running off to the right, and a row taller
    than the list scrolls into view bit by bit."""
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
