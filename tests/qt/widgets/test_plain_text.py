"""Plain text stays plain: a label and a tooltip show markup in routine text literally."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from supple.qt.widgets.plain_text import plain_label, plain_tooltip

TRICKY = ["<b>Calf</b> & <img src='x.png'>", 'Say "hold" — it\'s 30 s', "a\nb\n\nc", "&amp; &lt;",
          "plain"]


@pytest.mark.parametrize("text", TRICKY)
def test_a_tooltip_escapes_as_the_standard_library_does(text: str) -> None:
    assert plain_tooltip(text) == "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


@pytest.mark.parametrize("text", TRICKY)
def test_a_tooltip_reads_back_as_the_text_itself(qtbot: QtBot, text: str) -> None:
    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText() == text


def test_no_text_means_no_tooltip() -> None:
    assert plain_tooltip("") == ""


def test_a_label_never_renders_markup(qtbot: QtBot) -> None:
    label = plain_label("<b>bold?</b>", role="muted", wrap=True)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>bold?</b>"
    assert label.property("role") == "muted" and label.wordWrap()
