"""Routine and history text is shown exactly as written: markup in it is never rendered.

Qt guesses whether a string is rich text (a label or tooltip starting with ``<b>`` would turn
bold, an ``<img>`` would load a file); these helpers take the guess away.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", *, role: str | None = None, wrap: bool = False) -> QLabel:
    """A label that shows ``text`` literally; ``role`` picks its style in the theme."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip markup that displays ``text`` literally, line breaks kept."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"
