"""The next-morning calf rating, asked by its reminder: pain and tightness on waking, 0–10.

The pain rules (``core/programmes/pain_monitoring``) read it to tell whether yesterday's load
settled overnight; it is kept in the history's ``morning_ratings`` (one a day: rating again
replaces it). Either scale may be left unset.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from supple.qt.i18n import tr
from supple.qt.widgets.pain_scale import SCALE_HINT, PainScale
from supple.qt.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore


class MorningRatingDialog(QDialog):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setWindowTitle(tr("Morning calf check"))
        question = plain_label(tr("How do your calves feel this morning, on the first steps?"),
                               role="heading", wrap=True)
        hint = plain_label(tr(SCALE_HINT), role="muted")
        self.pain = PainScale(tr("Calf pain this morning"))
        self.tightness = PainScale(tr("Calf tightness this morning"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        save.setDefault(True)
        self.save_button: QPushButton = save
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (question, hint, plain_label(tr("Pain")), self.pain,
                       plain_label(tr("Tightness")), self.tightness, buttons):
            layout.addWidget(widget)

    def save(self, store: HistoryStore) -> str | None:
        """Record the rating; a message for the user if the history refused it."""
        from supple.core.history.model import HistoryError

        try:
            store.rate_morning(self.day, pain=self.pain.value(),
                               tightness=self.tightness.value())
        except (HistoryError, ValueError) as exc:
            return tr("The morning rating was not saved: {error}").format(error=exc)
        return None
