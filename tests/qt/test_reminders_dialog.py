"""The Reminders dialog: what reminders.json holds, edited and saved; a mistake keeps it open,
saying what, and loses nothing typed; Settings opens it."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from supple.core.library.catalog import scan_catalog
from supple.core.reminders.config import load_config, save_config
from supple.core.reminders.rules import QuietHours, ReminderConfig, UserReminder
from supple.core.resources import builtin_routines_dir
from supple.qt.reminders_dialog import RemindersDialog, open_reminders

CARDS = scan_catalog(builtin_routines_dir(), []).cards


def test_edits_and_saves_the_reminders(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    save_config(path, ReminderConfig(reminders=(
        UserReminder("post-run-stretch", (time(18, 30),), frozenset({1, 3})),)))
    dialog = open_reminders(path, CARDS)
    qtbot.addWidget(dialog)
    [row] = dialog.rows
    assert row.routine.currentData() == "post-run-stretch" and row.times.text() == "18:30"
    assert [d.isChecked() for d in row.days] == [False, True, False, True, False, False, False]
    new = dialog.add_row()
    new.routine.setCurrentIndex(new.routine.findData("quick-calf-care"))
    new.times.setText("07:30 12:15")
    new.days[6].setChecked(False)
    dialog.quiet.setChecked(False)
    dialog.morning_at.setTime(dialog.morning_at.time().addSecs(30 * 60))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert load_config(path) == (ReminderConfig(True, (
        UserReminder("post-run-stretch", (time(18, 30),), frozenset({1, 3})),
        UserReminder("quick-calf-care", (time(7, 30), time(12, 15)), frozenset(range(6)))),
        None, time(8, 30)), [])


def test_a_mistake_keeps_it_open_and_says_what(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    dialog = RemindersDialog(ReminderConfig(), CARDS, path)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.add_row()
    row.times.setText("7.30")
    dialog.save_button.click()
    assert dialog.isVisible() and not path.exists()
    assert dialog.problem.text() == ("Reminder 1: times are written like 07:30 or 18:00, "
                                     "separated by commas (not '7.30')")
    row.times.setText("07:30")
    for day in row.days:
        day.setChecked(False)
    dialog.save_button.click()
    assert dialog.problem.text() == "Reminder 1: choose at least one day"
    row.days[0].setChecked(True)
    row.remove.click()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert load_config(path)[0] == ReminderConfig(quiet=QuietHours(time(22), time(7)))


def test_a_routine_gone_from_the_library_is_kept_and_said(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    path.write_text('{"reminders": [{"routine": "gone", "at": "07:30"}, {"routine": 1}]}')
    dialog = open_reminders(path, CARDS)
    qtbot.addWidget(dialog)
    [row] = dialog.rows
    assert row.routine.currentText() == "gone (not in the library)"
    assert "reminders[1].routine: expected a routine id, got 1" in dialog.problem.text()


def test_settings_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    from supple.core.settings import Settings
    from supple.qt.settings_dialog import SettingsDialog

    opened: list[bool] = []
    dialog = SettingsDialog(Settings(), None, reminders=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.reminders_button.click()
    assert opened == [True]
    assert not hasattr(SettingsDialog(Settings(), None), "reminders_button")
