"""A shared routine shown before it is added: its name, time in all, and every exercise.

The routine has passed every check of :func:`supple.core.routines.shared_file.read_shared` by
then; nothing of it is written to the library until the user says so. Its own pictures (from
a zip) are drawn from a private folder the caller gives, so the preview looks as the routine
will once it is in the library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import exercise_lines
from supple.core.routines.categories import category_label
from supple.core.routines.durations import format_duration
from supple.core.routines.shared_file import SharedRoutine
from supple.core.session.timeline import plan
from supple.qt.i18n import tr
from supple.qt.widgets.exercise_row import exercise_item
from supple.qt.widgets.plain_text import plain_label

ICON = 56


class ImportPreview(QDialog):
    """Asks "add this routine?" with the routine in view; accepted means add it."""

    def __init__(self, shared: SharedRoutine, images_dir: Path, pictures_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        routine = shared.routine
        self.setWindowTitle(tr("Import {name}").format(name=shared.source.name))
        self.resize(560, 620)
        timeline = plan(routine)
        # The routine scrolls as a whole between the fixed top and buttons: a shared file's
        # description may be 2,000 characters long, and the dialog must still fit the screen.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        outer.addWidget(plain_label(tr("From {source}").format(source=shared.source),
                                    role="muted", wrap=True))
        self.name = plain_label(routine.name, role="title", wrap=True)
        self.meta = plain_label(tr("{category} · {duration} in all · {exercises}").format(
            category=category_label(routine.category), duration=format_duration(timeline.total),
            exercises=tr("%n exercise(s)", None, timeline.exercise_count)),
            role="muted", wrap=True)
        layout.addWidget(self.name)
        layout.addWidget(self.meta)
        if routine.description:
            layout.addWidget(plain_label(routine.description, wrap=True))
        if shared.pictures:
            layout.addWidget(plain_label(
                tr("With %n picture(s) of its own: {names}", None, len(shared.pictures)).format(
                    names=", ".join(shared.pictures)), role="chip", wrap=True))
        layout.addWidget(plain_label(tr("Steps"), role="heading"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps of the routine to import"))
        self.steps.setIconSize(QSize(ICON, ICON))
        self.steps.setWordWrap(True)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.steps.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for line in exercise_lines(timeline):
            self.steps.addItem(exercise_item(line, images_dir, pictures_dir, ICON))
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidget(body)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.body_scroll, 1)
        outer.addWidget(plain_label(
            tr("Nothing is added until you choose Add to my routines."), role="muted", wrap=True))
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(tr("Add to my routines"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setProperty("role", "primary")
        self.add_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
