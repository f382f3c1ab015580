"""The next-morning rating: how the calves feel on waking, pain and tightness apart.

Asked once, the first time the app is opened on the day after a session (the pain rules read
whether the pain after a session had settled by the next morning)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from supple.qt.i18n import tr
from supple.qt.widgets.pain_scale import SCALE_HINT, PainScale
from supple.qt.widgets.plain_text import plain_label


class MorningRating(QFrame):
    """Emits ``rated(pain, tightness)`` on Save (either may be None), or ``dismissed``."""

    rated = Signal(object, object)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        question = plain_label(tr("How do your calves feel this morning?"), role="heading",
                               wrap=True)
        why = plain_label(tr("Whether yesterday's pain settled overnight decides how the next "
                          "session goes. ") + tr(SCALE_HINT), role="muted", wrap=True)
        self.pain = PainScale(tr("Calf pain this morning"))
        self.tightness = PainScale(tr("Calf tightness this morning"))
        self.save = QPushButton(tr("Save"))
        self.save.setProperty("role", "primary")
        self.save.setEnabled(False)
        self.later = QPushButton(tr("Not now"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.later)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(question)
        layout.addWidget(why)
        layout.addWidget(plain_label(tr("Pain")))
        layout.addWidget(self.pain)
        layout.addWidget(plain_label(tr("Tightness (stiffness)")))
        layout.addWidget(self.tightness)
        layout.addLayout(buttons)
        self.pain.changed.connect(self._changed)
        self.tightness.changed.connect(self._changed)
        self.save.clicked.connect(self._save)
        self.later.clicked.connect(self.dismissed)

    def _changed(self, _value: object) -> None:
        self.save.setEnabled(self.pain.value() is not None or self.tightness.value() is not None)

    def _save(self) -> None:
        if self.save.isEnabled():
            self.rated.emit(self.pain.value(), self.tightness.value())
