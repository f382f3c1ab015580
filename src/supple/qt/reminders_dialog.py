"""The runner's own reminders, quiet hours and the morning rating's time, edited and saved to
``reminders.json`` (the running reminders read it again when it changes; see
:mod:`supple.core.reminders.config` for the file)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import RoutineCard
from supple.core.reminders.config import load_config, save_config
from supple.core.reminders.rules import QuietHours, ReminderConfig, UserReminder
from supple.core.wording import CLOCK, SHORT_WEEKDAY, date_text
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_A_MONDAY = date(2024, 1, 1)


def day_labels() -> tuple[str, ...]:
    """Monday to Sunday, short, as the reader's language writes them ("Mon"…"Sun")."""
    return tuple(date_text(_A_MONDAY + timedelta(days=n), SHORT_WEEKDAY) for n in range(7))


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _time_edit(at: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(_qtime(at))
    edit.setDisplayFormat(CLOCK)  # 24-hour, as the file writes it
    edit.setAccessibleName(name)
    return edit


class ReminderRow(QWidget):
    """One reminder: which routine, at what times, on which days."""

    def __init__(self, cards: Sequence[RoutineCard], reminder: UserReminder | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine = QComboBox()
        self.routine.setAccessibleName(tr("Routine"))
        for card in cards:
            self.routine.addItem(card.name, card.id)
        if reminder is not None and self.routine.findData(reminder.routine_id) < 0:
            self.routine.addItem(tr("{routine_id} (not in the library)").format(
                routine_id=reminder.routine_id),
                                 reminder.routine_id)
        if reminder is not None:
            self.routine.setCurrentIndex(self.routine.findData(reminder.routine_id))
        self.times = QLineEdit(", ".join(f"{t:%H:%M}" for t in reminder.times)
                               if reminder else "07:30")
        self.times.setAccessibleName(tr("Times, such as 07:30, 18:00"))
        self.times.setPlaceholderText("07:30, 18:00")
        self.times.setMaximumWidth(self.times.fontMetrics().horizontalAdvance("00:00, " * 3))
        self.days: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.routine, 1)
        row.addWidget(self.times)
        chosen = reminder.weekdays if reminder is not None else frozenset(range(7))
        for number, label in enumerate(day_labels()):
            day = QPushButton(label)
            day.setCheckable(True)
            day.setChecked(number in chosen)
            day.setAccessibleName(tr("On {label}").format(label=label))
            day.setProperty("role", "scale")
            self.days.append(day)
            row.addWidget(day)
        self.remove = QPushButton(tr("Remove"))
        row.addWidget(self.remove)

    def reminder(self, where: str) -> UserReminder | str:
        """The reminder, or what is wrong with it (for the user)."""
        routine = self.routine.currentData()
        if not isinstance(routine, str):
            return tr("{where}: choose a routine").format(where=where)
        parts = [p for p in re.split(r"[,\s]+", self.times.text().strip()) if p]
        wrong = [p for p in parts if not _TIME.match(p)]
        if wrong or not parts:
            return (tr("{where}: times are written like 07:30 or 18:00, separated by commas "
                        "(not {wrong!r})").format(where=where, wrong=wrong[0]) if wrong else
                     tr("{where}: times are written like 07:30 or 18:00, separated by commas")
                     .format(where=where))[:200]
        days = frozenset(n for n, day in enumerate(self.days) if day.isChecked())
        if not days:
            return tr("{where}: choose at least one day").format(where=where)
        times = sorted({time(int(h), int(m)) for h, m in (p.split(":") for p in parts)})
        return UserReminder(routine, tuple(times), days)


class RemindersDialog(QDialog):
    def __init__(self, config: ReminderConfig, cards: Sequence[RoutineCard], path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reminders"))
        self.path, self.cards = path, list(cards)
        self.enabled = QCheckBox(tr("Remind me of what is due"))
        self.enabled.setChecked(config.enabled)
        self.rows_box = QVBoxLayout()
        self.rows: list[ReminderRow] = []
        for reminder in config.reminders:
            self._add(reminder)
        add = QPushButton(tr("Add a reminder"))
        add.clicked.connect(lambda: self._add(None))
        quiet = config.quiet or QuietHours(time(22), time(7))
        self.quiet = QCheckBox(tr("Quiet hours, from"))
        self.quiet.setChecked(config.quiet is not None)
        self.quiet_from = _time_edit(quiet.start, tr("Quiet hours from"))
        self.quiet_to = _time_edit(quiet.end, tr("Quiet hours to"))
        self.morning = QCheckBox(tr("Ask how the calves feel in the morning, at"))
        self.morning.setChecked(config.morning_rating is not None)
        self.morning_at = _time_edit(config.morning_rating or time(8), tr("Morning rating at"))
        self.problem = plain_label(role="muted", wrap=True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.enabled)
        layout.addWidget(plain_label(tr("Your own reminders (the programme you follow reminds "
                                     "you of its sessions by itself):"), wrap=True))
        layout.addLayout(self.rows_box)
        add_line = QHBoxLayout()
        add_line.addWidget(add)
        add_line.addStretch(1)
        layout.addLayout(add_line)
        for first, *more in ((self.quiet, self.quiet_from, plain_label(tr("to")), self.quiet_to),
                             (self.morning, self.morning_at)):
            line = QHBoxLayout()
            for widget in (first, *more):
                line.addWidget(widget)
            line.addStretch(1)
            layout.addLayout(line)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _add(self, reminder: UserReminder | None) -> ReminderRow:
        row = ReminderRow(self.cards, reminder, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def add_row(self) -> ReminderRow:
        return self._add(None)

    def _remove(self, row: ReminderRow) -> None:
        self.rows.remove(row)
        row.deleteLater()

    def result_config(self) -> ReminderConfig | str:
        reminders = []
        for number, row in enumerate(self.rows, 1):
            found = row.reminder(tr("Reminder {number}").format(number=number))
            if isinstance(found, str):
                return found
            reminders.append(found)
        quiet = QuietHours(_time(self.quiet_from), _time(self.quiet_to)) \
            if self.quiet.isChecked() else None
        return ReminderConfig(self.enabled.isChecked(), tuple(reminders), quiet,
                              _time(self.morning_at) if self.morning.isChecked() else None)

    def accept(self) -> None:
        """Save, or say what is wrong and stay open (nothing typed is lost)."""
        found = self.result_config()
        problem = found if isinstance(found, str) else save_config(self.path, found)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()


def open_reminders(path: Path, cards: Sequence[RoutineCard],
                   parent: QWidget | None = None) -> RemindersDialog:
    """The dialog for ``reminders.json`` at ``path``, shown (modeless); what the file held
    that could not be read is said in it, and is not kept when saved."""
    config, problems = load_config(path)
    dialog = RemindersDialog(config, cards, path, parent)
    if problems:
        dialog.problem.setText("\n".join(problems[:5]))
        dialog.problem.show()
    dialog.setObjectName("reminders")
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

