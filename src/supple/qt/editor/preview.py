"""Beside the text: the routine as it will run, with its total time and its exercises.

While the text has problems the preview keeps showing the last version that had none (and says
so), so a half-typed line never blanks it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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
from supple.core.routines.model import Routine
from supple.core.session.timeline import plan
from supple.qt.editor.lists import wrap_rows
from supple.qt.i18n import tr
from supple.qt.widgets.exercise_row import exercise_item
from supple.qt.widgets.plain_text import plain_label

ICON = 44


class PreviewPane(QScrollArea):
    """A card with the routine's name, its time in all and its exercises, scrolled as a whole."""

    def __init__(self, images_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images_dir = images_dir
        card = QWidget()
        card.setProperty("role", "card")
        self._card_layout = pv = QVBoxLayout(card)
        pv.setContentsMargins(22, 18, 22, 18)
        pv.setSpacing(8)
        pv.addWidget(plain_label(tr("Preview"), role="chip"))
        self.name = plain_label("", role="title", wrap=True)
        self.meta = plain_label("", role="muted", wrap=True)
        self.note = plain_label("", role="chip", wrap=True)
        self.steps = QListWidget()
        self.steps.setProperty("role", "preview-steps")
        self.steps.setAccessibleName(tr("Exercises in the preview"))
        self.steps.setIconSize(QSize(ICON, ICON))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        wrap_rows(self.steps)
        # As tall as its rows: the preview scrolls as a whole, never a list inside it.
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.steps.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        pv.addWidget(self.name)
        pv.addWidget(self.meta)
        pv.addWidget(self.note)
        pv.addWidget(self.steps, 1)
        self.setProperty("role", "preview")
        self.setAccessibleName(tr("Preview"))
        self.setWidget(card)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrow keys scroll it

    def card_margins(self) -> QMargins:
        """The card's padding, for the window's sums of how wide the preview must be."""
        return self._card_layout.contentsMargins()

    def show_routine(self, routine: Routine | None, routine_dir: Path, *, stale: bool) -> None:
        """Show ``routine`` (None: nothing valid yet); ``stale`` when the text has moved on
        since and has problems. ``routine_dir`` is where its own pictures are."""
        self.steps.clear()
        if routine is None:
            self.name.setText(tr("Nothing to preview yet"))
            self.meta.setText(tr("The preview appears once the routine has no problems."))
            self.note.hide()
            return
        timeline = plan(routine)
        self.name.setText(routine.name)
        self.meta.setText(tr("{duration} in all · {exercises} · {category}").format(
            duration=format_duration(timeline.total),
            exercises=tr("%n exercise(s)", None, timeline.exercise_count),
            category=category_label(routine.category, heading=False)))
        self.note.setText(tr("Showing the last version without problems."))
        self.note.setVisible(stale)
        for line in exercise_lines(timeline):
            self.steps.addItem(exercise_item(line, self.images_dir, routine_dir, ICON))
