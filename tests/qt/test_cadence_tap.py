"""Measuring the cadence by tapping, and the cadence in the settings dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from supple.core.settings import Settings
from supple.qt.cadence_tap import CadenceTapDialog
from supple.qt.settings_dialog import SettingsDialog


class Clock:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


def tapping(qtbot: QtBot, rate: float, seconds: float = 20.0, *, skip: tuple[int, ...] = ()
            ) -> tuple[CadenceTapDialog, Clock]:
    clock = Clock()
    dialog = CadenceTapDialog(clock=clock, seconds=seconds)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    step = 60 / rate
    n = 0
    while clock.t - 500.0 < seconds + 2 * step:  # the runner taps a little past the end
        if n not in skip:
            qtbot.keyClick(dialog.tap_button, Qt.Key.Key_Space)
        clock.t += step
        n += 1
    return dialog, clock


def test_taps_for_20_seconds_give_the_steps_per_minute(qtbot: QtBot) -> None:
    dialog, _ = tapping(qtbot, 172)
    assert dialog.cadence() == 172
    assert dialog.use_button.isEnabled() and "172 steps a minute" in dialog.status.text()


def test_missed_taps_do_not_lower_the_count(qtbot: QtBot) -> None:
    dialog, _ = tapping(qtbot, 168, skip=(7, 30))
    assert dialog.cadence() == 168


def test_the_window_ends_on_the_clock_even_without_another_tap(qtbot: QtBot) -> None:
    clock = Clock()
    dialog = CadenceTapDialog(clock=clock, seconds=5)
    qtbot.addWidget(dialog)
    for _ in range(15):
        qtbot.mouseClick(dialog.tap_button, Qt.MouseButton.LeftButton)
        clock.t += 60 / 180
    assert dialog.cadence() is None and "to go" in dialog.status.text()
    clock.t = 500.0 + 5.0
    dialog.refresh()  # what the display timer does
    assert dialog.cadence() == 180


def test_too_few_or_implausible_taps_are_not_offered(qtbot: QtBot) -> None:
    dialog, _ = tapping(qtbot, 60)  # one foot only, say
    assert dialog.cadence() is None and not dialog.use_button.isEnabled()
    assert "outside 120–230" in dialog.status.text()
    clock = Clock()
    few = CadenceTapDialog(clock=clock, seconds=5)
    qtbot.addWidget(few)
    qtbot.keyClick(few.tap_button, Qt.Key.Key_Space)
    clock.t += 6
    few.refresh()
    assert few.cadence() is None and "Too few taps" in few.status.text()


def test_taps_after_the_end_change_nothing_and_start_again_clears(qtbot: QtBot) -> None:
    dialog, clock = tapping(qtbot, 170)
    for _ in range(5):
        qtbot.keyClick(dialog.tap_button, Qt.Key.Key_Space)
        clock.t += 0.1
    assert dialog.cadence() == 170 and dialog.isVisible()
    dialog.again_button.click()
    assert dialog.cadence() is None and not dialog.use_button.isEnabled()
    assert dialog.focusWidget() is dialog.tap_button  # Space taps again, not another button


def test_the_settings_dialog_keeps_types_and_measures_the_cadence(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    assert dialog.cadence.text() == "Not set"
    assert dialog.result_settings().cadence is None
    dialog.cadence.setValue(171)
    assert dialog.result_settings().cadence == 171
    assert SettingsDialog(Settings(cadence=158), None).result_settings().cadence == 158

    class Measured:
        def __init__(self, parent: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def cadence(self) -> int:
            return 176

    monkeypatch.setattr("supple.qt.cadence_tap.CadenceTapDialog", Measured)
    dialog.measure.click()
    assert dialog.result_settings().cadence == 176
