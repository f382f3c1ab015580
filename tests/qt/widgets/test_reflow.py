"""Reflow: panes side by side while they fit, one under the other when they do not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from supple.qt.widgets.reflow import BoxReflow, SplitReflow


class Pane(QWidget):
    """A pane that needs a fixed number of pixels, or ems of its font."""

    def __init__(self, width: int = 0, ems: int = 0) -> None:
        super().__init__()
        self.width_needed, self.ems = width, ems

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_needed + self.ems * self.fontMetrics().horizontalAdvance("M"), 20)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


def _in_a_room(qtbot: QtBot, reflow: BoxReflow, width: int) -> QWidget:
    """A window that holds ``reflow`` (a window's layout would keep it from narrowing)."""
    room = QWidget()
    qtbot.addWidget(room)
    layout = QVBoxLayout(room)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(reflow)
    room.resize(width, 300)
    room.show()
    qtbot.waitExposed(room)
    return room


def test_a_box_turns_when_its_panes_stop_fitting_and_back(qtbot: QtBot) -> None:
    reflow = BoxReflow([Pane(200), Pane(300)], [2, 1], spacing=10)
    assert reflow.wide_width() == 510
    room = _in_a_room(qtbot, reflow, 510)
    assert reflow.is_wide()
    assert [reflow.box.stretch(i) for i in (0, 1)] == [2, 1]
    room.resize(509, 300)
    assert not reflow.is_wide()
    assert reflow.box.direction() == QBoxLayout.Direction.TopToBottom
    assert [reflow.box.stretch(i) for i in (0, 1)] == [0, 0]
    assert reflow.minimumSizeHint().width() == 300  # stacked: the widest pane
    room.resize(600, 300)
    assert reflow.is_wide() and [reflow.box.stretch(i) for i in (0, 1)] == [2, 1]


def test_a_box_inside_a_box_counts_with_its_side_by_side_width(qtbot: QtBot) -> None:
    inner = BoxReflow([Pane(100), Pane(100)], [1, 1], spacing=0)
    outer = BoxReflow([Pane(50), inner], [1, 1], spacing=0)
    qtbot.addWidget(outer)
    assert outer.wide_width() == 250
    assert outer.minimumSizeHint().width() == 100


def test_a_larger_font_turns_the_panes_without_a_resize(qtbot: QtBot) -> None:
    reflow = BoxReflow([Pane(ems=10), Pane(ems=10)], [1, 1], spacing=0)
    room = _in_a_room(qtbot, reflow, 0)
    room.resize(reflow.wide_width() + 5, 300)
    assert reflow.is_wide()
    font = QFont(room.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    room.setFont(font)
    assert room.width() == reflow.width()  # the same room, now too narrow
    assert not reflow.is_wide()


def _splitter_room(qtbot: QtBot) -> tuple[QWidget, QSplitter, SplitReflow, list[Pane]]:
    room = QWidget()
    qtbot.addWidget(room)
    splitter = QSplitter()
    panes = [Pane(), Pane()]
    for pane in panes:
        splitter.addWidget(pane)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(room)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    reflow = SplitReflow(splitter, room=room, wide_width=lambda: 600,
                         least_widths=lambda: [250, 150], wide_shares=[2, 1],
                         stacked_shares=[1, 1])
    return room, splitter, reflow, panes


def test_a_splitter_turns_with_its_room_and_deals_its_shares_only_when_it_turns(
        qtbot: QtBot) -> None:
    room, splitter, reflow, panes = _splitter_room(qtbot)
    room.resize(900, 400)
    room.show()
    qtbot.waitExposed(room)
    assert reflow.is_wide()
    assert [pane.minimumWidth() for pane in panes] == [250, 150]
    splitter.setSizes([300, 600 - splitter.handleWidth()])  # the user drags the handle
    dragged = splitter.sizes()
    room.resize(900, 500)  # still wide: the dragged sizes stay
    assert splitter.sizes() == dragged

    room.resize(599, 400)
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert [pane.minimumWidth() for pane in panes] == [0, 0]
    first, second = splitter.sizes()
    assert abs(first - second) <= splitter.handleWidth() + 1  # shared 1:1 under each other

    room.resize(900, 400)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    first, second = splitter.sizes()
    assert abs(first - 2 * second) <= 2 * splitter.handleWidth() + 2  # shared 2:1 again
