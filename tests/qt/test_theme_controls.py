"""Controls drawn by the real style: a check box must be seen, checked or not, in both themes
and at every text size (WCAG's 3:1 for the boundary of a control)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from supple.core.settings import Theme
from supple.qt.theme import apply_theme, colors_for, contrast


@pytest.fixture
def themed(qtbot: QtBot) -> Iterator[Callable[[Theme, float], None]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette, sheet, style = app.font(), app.palette(), app.styleSheet(), app.style().name()
    yield lambda theme, scale: apply_theme(app, theme, scale)
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)
    app.setStyle(style)


def _indicator(box: QCheckBox) -> QImage:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    return box.grab(rect).toImage()


def _best_contrast(image: QImage, against: str) -> float:
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, contrast(QColor(image.pixel(x, y)).name(), against))
    return best


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("scale", [1.0, 1.8])
@pytest.mark.parametrize("checked", [False, True], ids=["unchecked", "checked"])
def test_a_check_box_stands_out_from_its_background(
        qtbot: QtBot, themed: Callable[[Theme, float], None], theme: Theme, scale: float,
        checked: bool) -> None:
    themed(theme, scale)
    window = colors_for(theme).window
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QCheckBox("Mute all sounds", holder)
    box.setChecked(checked)
    holder.resize(400, 120)
    holder.show()
    qtbot.waitExposed(holder)
    image = _indicator(box)
    assert image.width() >= 12 * scale  # big enough to hit and to see at this text size
    assert _best_contrast(image, window) >= 3.0
