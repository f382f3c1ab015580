"""A form per kind of step: an exercise (a timed hold or counted reps with their tempo, a
metronome drill), a rest, a block of rounds.

Each field writes one value of the step through the shared undo stack (see ``form_base``);
durations are typed as people say them and checked at every key, counts are spin boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from supple.core.routines.document import RoutineDocument, StepPath
from supple.core.routines.model import Phase
from supple.core.routines.phases import phase_label
from supple.core.routines.typed_durations import read_typed_duration
from supple.qt.editor.form_base import BoundForm
from supple.qt.editor.form_fields import Committer, DurationEdit, error_label, raw_text
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

PHASES: tuple[str, ...] = get_args(Phase)
#: Asks for a picture: the current file name (or None) in, the chosen one out; "" for no
#: picture, None when the runner changed their mind.
PickPicture = Callable[[str | None], str | None]


def _metronome(text: str) -> Any:
    return int(text) if text.isdigit() else text


class _StepTextForm(BoundForm):
    """What an exercise and a rest both have: a picture, words to say, instructions, tips,
    and their own cue switches."""

    def __init__(self, committer: Committer, pick_picture: PickPicture) -> None:
        super().__init__(committer)
        self.pick_picture = pick_picture

    def add_common(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.picture_name = plain_label("", role="muted", wrap=True)
        # A long file name is cut rather than widening the form past its column.
        self.picture_name.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.picture_button = QPushButton(tr("Choose picture…"))
        self.picture_button.setAccessibleName(tr("Picture"))
        self.picture_button.clicked.connect(self.choose_picture)
        row.addWidget(self.picture_name, 1)
        row.addWidget(self.picture_button)
        holder = QWidget()
        holder.setLayout(row)
        self.picture_error = error_label()
        self.form.addRow(tr("Picture"), holder)
        self.form.addRow(self.picture_error)
        def show_picture(_doc: RoutineDocument) -> None:
            name = raw_text(self.raw("image"))
            self.picture_name.setText(name.rsplit(".", 1)[0].replace("-", " ") if name
                                      else tr("No picture"))
            self.picture_name.setToolTip(name)

        self.on_refresh(show_picture)
        self.say = self.bind_line(tr("Voice says"), "say", placeholder=tr("the name"))
        self.instructions = self.bind_lines(tr("Instructions"), "instructions", as_list=False,
                                            placeholder=tr("What to do, in a sentence or two"))
        self.tips = self.bind_lines(tr("Tips"), "tips", as_list=True,
                                    placeholder=tr("One tip a line"))
        self.cues = self.bind_cues(tr("Cues"), "cues")

    def choose_picture(self) -> None:
        name = self.pick_picture(self.raw("image"))
        if name is None:
            return
        self.write(self.picture_button, {"image": name or None}, self.picture_error,
                   merge=False)


class ExerciseForm(_StepTextForm):
    """A timed hold (with a metronome, perhaps) or counted reps (with their tempo)."""

    def __init__(self, committer: Committer, pick_picture: PickPicture) -> None:
        super().__init__(committer, pick_picture)
        self.name = self.bind_line(tr("Name"), "name", optional=False)
        self.measure = QComboBox()
        self.measure.setAccessibleName(tr("Measured by"))
        self.measure.addItem(tr("Time: hold for a while"), "hold")
        self.measure.addItem(tr("Reps: count them"), "reps")
        self.measure_error = error_label()
        self.measure.activated.connect(self._measure_chosen)
        self.form.addRow(tr("Measured by"), self.measure)
        self.form.addRow(self.measure_error)
        self.on_refresh(lambda _d: self.committer.show_choice(
            self.measure, "reps" if self.raw("reps") is not None else "hold"))
        self.hold = self.bind_duration(tr("Hold"), "hold", zero_ok=False, optional=False)
        self.reps = self.bind_spin(tr("Reps"), "reps", 1, 500, 12)
        self._add_tempo()
        self.metronome = self.bind_line(
            tr("Metronome"), "metronome", convert=_metronome,
            placeholder=tr("176 (beats a minute) or +5% (your cadence)"))
        self.sets = self.bind_spin(tr("Sets"), "sets", 1, 50, 1)
        self._add_sides()
        self.rest = self.bind_duration(tr("Rest between sets"), "rest", zero_ok=True,
                                       optional=True, placeholder=tr("as the routine's defaults"))
        self.switch = self.bind_duration(tr("Switch sides"), "switch", zero_ok=True, optional=True,
                                         placeholder=tr("as the routine's defaults"))
        self.lead_in = self.bind_duration(tr("Get ready"), "lead_in", zero_ok=True, optional=True,
                                          placeholder=tr("as the routine's defaults"))
        self.add_common()
        self.on_refresh(self._fit_kind)

    def _add_tempo(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.tempo_error = error_label()
        self.phases: dict[str, DurationEdit] = {}
        for n, phase in enumerate(PHASES):
            edit = DurationEdit(zero_ok=False, optional=True, placeholder="–")
            edit.setAccessibleName(tr("Tempo {phase}").format(phase=phase_label(phase)))
            edit.error = self.tempo_error
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000") + 16)
            grid.addWidget(QLabel(phase_label(phase)), n // 2, 2 * (n % 2))
            grid.addWidget(edit, n // 2, 2 * (n % 2) + 1)
            self.phases[phase] = edit
            edit.textEdited.connect(lambda text, p=phase, e=edit: self._phase_typed(p, e, text))
            self.committer.watch(edit)
        self.tempo_box = QWidget()
        self.tempo_box.setLayout(grid)
        self.tempo_box.setToolTip(tr("Seconds for each part of a rep, in order; leave empty the "
                                  "parts this exercise does not have."))
        self.form.addRow(tr("Tempo"), self.tempo_box)
        self.form.addRow(self.tempo_error)

        def refresh(_doc: RoutineDocument) -> None:
            tempo = self.raw("tempo")
            for phase, edit in self.phases.items():
                value = tempo.get(phase) if isinstance(tempo, dict) else (
                    tempo if phase == "up" and tempo is not None else None)
                self.committer.show_text(edit, raw_text(value))

        self.on_refresh(refresh)

    def _phase_typed(self, phase: str, edit: DurationEdit, text: str) -> None:
        if edit.problem() is not None:
            return
        value = read_typed_duration(text, zero_ok=False).value if text.strip() else None
        tempo = self.raw("tempo")
        if tempo is not None and not isinstance(tempo, dict):  # one figure a rep: now phases
            phases = {phase: value} if value is not None else None
            self.write(edit, {"tempo": phases}, self.tempo_error)
            return
        self.write(edit, {("tempo", phase): value}, self.tempo_error)

    def _add_sides(self) -> None:
        self.sides = QComboBox()
        self.sides.setAccessibleName(tr("Sides"))
        self.sides.addItem(tr("One side (or both at once)"), None)
        self.sides.addItem(tr("Each side: left, then right"), "both")
        self.sides_error = error_label()
        self.sides.activated.connect(lambda _i: self.write(
            self.sides, {"sides": self.sides.currentData()}, self.sides_error, merge=False))
        self.form.addRow(tr("Sides"), self.sides)
        self.form.addRow(self.sides_error)

        def refresh(_doc: RoutineDocument) -> None:
            raw = self.raw("sides")
            if isinstance(raw, list):
                own = tuple(str(s) for s in raw)
                if own == ("left", "right"):
                    own_data: Any = "both"
                else:
                    own_data = list(own)
                    if self.sides.findData(own_data) < 0:
                        sides = tr(", then ").join(own)
                        self.sides.addItem(tr("Each side: {sides}").format(sides=sides), own_data)
                self.committer.show_choice(self.sides, own_data)
            else:
                self.committer.show_choice(self.sides, raw)

        self.on_refresh(refresh)

    def _measure_chosen(self, _index: int) -> None:
        kind = self.measure.currentData()
        values: dict[Any, Any]
        if kind == "reps" and self.raw("reps") is None:
            values = {"reps": 12, "hold": None, "metronome": None}
        elif kind == "hold" and self.raw("hold") is None:
            values = {"hold": "30s", "reps": None, "tempo": None}
        else:
            return
        self.write(self.measure, values, self.measure_error, merge=False)

    def _fit_kind(self, _doc: RoutineDocument) -> None:
        reps = self.raw("reps") is not None
        self.set_row_visible(self.hold, not reps)
        self.set_row_visible(self.metronome, not reps)
        self.set_row_visible(self.reps, reps)
        self.set_row_visible(self.tempo_box, reps)
        sides = self.raw("sides") is not None
        self.set_row_visible(self.switch, sides)


class RestForm(_StepTextForm):
    def __init__(self, committer: Committer, pick_picture: PickPicture) -> None:
        super().__init__(committer, pick_picture)
        self.rest = self.bind_duration(tr("Rest for"), "rest", zero_ok=False, optional=False)
        self.name = self.bind_line(tr("Name"), "name", placeholder=tr("Rest"))
        self.add_common()


class BlockForm(BoundForm):
    """A block: its steps done ``rounds`` times, with a rest between rounds."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        self.name = self.bind_line(tr("Name"), "name", placeholder=tr("e.g. Circuit"))
        self.rounds = self.bind_spin(tr("Rounds"), "rounds", 1, 50, 1)
        self.rest = self.bind_duration(tr("Rest between rounds"), "rest", zero_ok=True,
                                       optional=True, placeholder=tr("as the routine's defaults"))
        self.form.addRow(plain_label(
            tr("Its steps are the rows inside it in the list: drag steps in and out, or use "
            "Into block (Ctrl+]) and Out of block (Ctrl+[)."), role="muted", wrap=True))


def form_kind(doc: RoutineDocument, path: StepPath) -> str:
    """Which form shows the step at ``path``: "exercise", "rest" or "block"."""
    from supple.core.routines.model import Block, RestStep

    step = doc.step(path)
    return "block" if isinstance(step, Block) else "rest" if isinstance(step, RestStep) else \
        "exercise"
