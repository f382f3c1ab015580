"""The 0–10 calf rating, by mouse and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supple.qt.player.rating import PainScale, RatingView


def test_the_scale_is_one_tab_stop_moved_with_arrows_and_digits(qtbot: QtBot) -> None:
    scale = PainScale("Calves")
    qtbot.addWidget(scale)
    scale.show()
    scale.activateWindow()
    qtbot.waitUntil(scale.isActiveWindow)
    buttons = scale.group.buttons()
    tab_stops = [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert [scale.group.id(b) for b in tab_stops] == [0]
    tab_stops[0].setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert scale.group.id(QApplication.focusWidget()) == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert scale.value() == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert scale.value() == 10
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
    assert scale.value() == 7
    # The chosen value is now the one Tab lands on.
    tab_stops = [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert [scale.group.id(b) for b in tab_stops] == [7]


def test_rating_saves_once_and_skip_says_no_rating(qtbot: QtBot) -> None:
    view = RatingView()
    qtbot.addWidget(view)
    assert not view.save.isEnabled()
    view.scale.group.button(3).click()
    view.tightness.group.button(6).click()
    view.note.setText("tight after hills")
    with qtbot.waitSignal(view.rated) as signal:
        view.save.click()
    assert signal.args == [3, 6, "tight after hills"]  # pain and tightness apart
    assert not view.scale.isEnabled() and not view.save.isEnabled()
    assert not view.tightness.isEnabled()

    only_tight = RatingView()
    qtbot.addWidget(only_tight)
    only_tight.tightness.group.button(4).click()
    assert only_tight.save.isEnabled()
    assert only_tight.unsaved() == (None, 4, "")

    other = RatingView()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.skipped):
        other.skip.click()
    assert other.thanks.text() == "No rating this time."
