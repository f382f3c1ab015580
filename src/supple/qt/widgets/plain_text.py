"""Routine and history text is shown exactly as written: markup in it is never rendered.

Qt guesses whether a string is rich text (a label or tooltip starting with ``<b>`` would turn
bold, an ``<img>`` would load a file); these helpers take the guess away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

#: What ``html.escape`` replaces, and with what: that module's import also builds the tables of
#: every HTML entity (about 2 ms), before the library's first paint.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


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
    return "<p style='white-space:pre-wrap'>" + text.translate(_ESCAPES) + "</p>"
