"""The finish screen at a small window and large text: nothing of the rating is clipped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_player_view import LONG_NAMES, make_session

from supple.qt.player.rating import RatingView


def _whole(widget: QWidget) -> bool:
    """The widget has at least the room it asks for, and a button's label fits on it."""
    hint = widget.minimumSizeHint()
    if widget.height() < hint.height() or widget.width() < hint.width():
        return False
    if isinstance(widget, QPushButton):
        return widget.width() >= widget.fontMetrics().horizontalAdvance(widget.text())
    return True


@pytest.mark.parametrize(("size", "scale"), [((800, 600), 1.5), ((800, 600), 1.8),
                                             ((560, 420), 1.0), ((1100, 720), 1.8)])
def test_the_rating_on_the_finish_screen_is_never_squeezed(
        qtbot: QtBot, text_scale: Callable[[float], None], size: tuple[int, int],
        scale: float) -> None:
    """Regression: at 'Larger' text the note field and the Save and Skip labels were cut to
    slivers because the page was squeezed below the room its rows need."""
    text_scale(scale)
    s = make_session(qtbot)
    v = s.view
    rating = RatingView()
    layout = v.rating_area.layout()
    assert isinstance(layout, QBoxLayout)
    layout.addWidget(rating)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    s.driver.stop()
    QApplication.processEvents()
    assert v.size() == QSize(*size)
    page = v.finish_page
    for label in rating.findChildren(QLabel):
        if label.isVisibleTo(v) and label.text():
            assert label.wordWrap() or label.width() >= label.fontMetrics().horizontalAdvance(
                label.text()), label.text()
    for widget in (rating.note, rating.save, rating.skip, *rating.scale.group.buttons(),
                   *rating.tightness.group.buttons(),
                   page.again_button, page.done_button, page.title):
        assert widget.isVisibleTo(v)
        assert _whole(widget), (widget, widget.size(), widget.minimumSizeHint())


@pytest.mark.parametrize(("size", "scale"), [((800, 600), 1.8), ((560, 420), 1.0)])
def test_no_empty_band_where_the_picture_gave_way(
        qtbot: QtBot, text_scale: Callable[[float], None], size: tuple[int, int],
        scale: float) -> None:
    """Regression: when the picture and instructions did not fit they were hidden, but their
    room stayed, an empty band between the step bar and "Next". The page now closes up: the
    room is shared above and below the countdown."""
    text_scale(scale)
    s = make_session(qtbot, LONG_NAMES)
    v = s.view
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    s.at(10.0)
    QApplication.processEvents()
    p = v.session_page
    assert not p.body.isVisibleTo(v)  # no room to read them here
    above = p.countdown_label.geometry().top() - p.side_label.geometry().bottom()
    below = p.next_label.geometry().top() - p.step_bar.geometry().bottom()
    assert below <= above + 40, (above, below)


def test_the_picture_comes_back_when_the_window_grows(
        qtbot: QtBot, text_scale: Callable[[float], None]) -> None:
    text_scale(1.8)
    s = make_session(qtbot, LONG_NAMES)
    v = s.view
    v.resize(800, 600)
    v.show()
    qtbot.waitExposed(v)
    s.at(10.0)
    QApplication.processEvents()
    assert not v.session_page.body.isVisibleTo(v)
    v.resize(1400, 1000)
    QApplication.processEvents()
    assert v.session_page.body.isVisibleTo(v) and v.picture.isVisibleTo(v)
