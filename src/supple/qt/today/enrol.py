"""Starting a programme: which one, from when, a name, the side that hurts and the
programme's own questions (for the Achilles programmes: where the tendon hurts).

Opened only when the runner asks, so it may use the programme model itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from supple.core.history.records import Location, Side
from supple.core.programmes.loader import LoadedProgramme
from supple.core.wording import CLOCK, WEEKDAY_DATE
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.widgets.plain_text import plain_label

NAME_MAX = 80
_SIDES = ((QT_TR_NOOP("Not given"), None), (QT_TR_NOOP("Left"), Side.LEFT),
          (QT_TR_NOOP("Right"), Side.RIGHT), (QT_TR_NOOP("Both"), Side.BOTH))
_LOCATIONS = {loc.value: loc for loc in Location if loc is not Location.NONE}
#: The slots whose time the runner may set (the enrolment keeps these two).
OWN_TIMES = ("morning", "evening")


@dataclass(frozen=True)
class EnrolChoice:
    programme_id: str
    start: date
    name: str | None
    side: Side | None
    location: Location
    morning_slot: time | None = None  # None: the programme's own time
    evening_slot: time | None = None


def about(loaded: LoadedProgramme) -> str:
    """The programme in a sentence: its description's first, and how many weeks."""
    p = loaded.programme
    first = (p.description or "").split(". ")[0].strip().rstrip(".")
    weeks = f"{p.weeks} weeks"
    if not first:
        return weeks + "."
    return f"{first}." if weeks in first else f"{first} ({weeks})."


class EnrolDialog(QDialog):
    """``programmes`` to choose from; ``today`` is the first start date offered."""

    def __init__(self, programmes: Sequence[LoadedProgramme], today: date,
                 parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a programme") if title is None else title)
        self.setMinimumWidth(560)
        self.programmes = list(programmes)
        self.programme = QComboBox()
        self.programme.setAccessibleName(tr("Programme"))
        for p in self.programmes:
            self.programme.addItem(p.programme.name, p.id)
        self.about = plain_label(role="muted", wrap=True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(WEEKDAY_DATE)
        self.start.setAccessibleName(tr("Start date"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(tr("Optional, e.g. Left Achilles, spring 2027"))
        self.name.setAccessibleName(tr("Name"))
        self.side = QComboBox()
        self.side.setAccessibleName(tr("Side that hurts"))
        for label, side in ((tr(label), side) for label, side in _SIDES):
            self.side.addItem(label, side)
        self.form = QFormLayout()
        self.form.addRow(tr("Programme"), self.programme)
        self.form.addRow("", self.about)
        self.form.addRow(tr("Start on"), self.start)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Side that hurts"), self.side)
        self.questions: dict[str, QComboBox] = {}
        self.slot_times: dict[str, QTimeEdit] = {}
        self._question_rows: list[QWidget] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Start"))
        self.ok.setEnabled(bool(self.programmes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.programme.currentIndexChanged.connect(self._programme_changed)
        self._programme_changed()

    def select(self, programme_id: str) -> None:
        index = self.programme.findData(programme_id)
        if index < 0:
            raise KeyError(programme_id)
        self.programme.setCurrentIndex(index)

    def _current(self) -> LoadedProgramme | None:
        index = self.programme.currentIndex()
        return self.programmes[index] if 0 <= index < len(self.programmes) else None

    def _programme_changed(self) -> None:
        for row in self._question_rows:
            self.form.removeRow(row)
        self._question_rows = []
        self.questions = {}
        self.slot_times = {}
        loaded = self._current()
        if loaded is None:
            self.about.setText(tr("No programmes found."))
            return
        self.about.setText(about(loaded))
        p = loaded.programme
        for q in p.questions:
            combo = QComboBox()
            combo.setAccessibleName(q.ask)
            for answer in q.answers:
                combo.addItem(answer.label, answer.id)
            combo.setCurrentIndex(combo.findData(q.default_answer.id))
            self.questions[q.id] = combo
            self._question_rows.append(combo)
            self.form.addRow(q.ask, combo)
        used = {slot for entry in p.routines for slot in entry.slot_names}
        for slot in OWN_TIMES:
            at = p.slot_time(slot)
            if slot not in used or at is None:
                continue
            edit = QTimeEdit(QTime(at.hour, at.minute))
            edit.setDisplayFormat(CLOCK)
            edit.setAccessibleName(tr("{capitalize} routines at").format(
                capitalize=slot.capitalize()))
            self.slot_times[slot] = edit
            self._question_rows.append(edit)
            self.form.addRow(tr("{capitalize} routines at").format(
                capitalize=slot.capitalize()), edit)

    def choice(self) -> EnrolChoice | None:
        loaded = self._current()
        if loaded is None:
            return None
        day = self.start.date()
        location = Location.NONE
        for combo in self.questions.values():
            location = _LOCATIONS.get(str(combo.currentData()), location)
        name = self.name.text().strip() or None
        chosen: dict[str, time | None] = {}
        for slot, edit in self.slot_times.items():
            at = time(edit.time().hour(), edit.time().minute())
            chosen[slot] = None if at == loaded.programme.slot_time(slot) else at
        return EnrolChoice(loaded.id, date(day.year(), day.month(), day.day()), name,
                           self.side.currentData(), location, chosen.get("morning"),
                           chosen.get("evening"))
