"""The settings dialog: sound, voice, lead-in, cadence, which cues play, theme and text size,
and whether Supple starts at login in the tray (an XDG autostart entry, written on OK)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from supple.core.cadence import DEFAULT_CADENCE, MAX_CADENCE, MIN_CADENCE
from supple.core.routines.cue_choices import ResolvedCues
from supple.core.settings import Settings, Theme

CUE_LABELS = {
    "start": "Start of each exercise",
    "countdown": "3-2-1 countdown",
    "halfway": "Halfway",
    "switch": "Switch sides",
    "rest": "Rest",
    "tempo": "Rep tempo (up / down)",
    "metronome": "Metronome beat",
    "finish": "Routine finished",
    "say_reps": "Speak rep counts",
}
TEXT_SIZES = [("Normal", 1.0), ("Large", 1.25), ("Larger", 1.5), ("Largest", 1.8)]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, voice_reason: str | None,
                 parent: QWidget | None = None, *,
                 reminders: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Supple settings")
        self._original = settings

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName("Volume")
        self.muted = QCheckBox("Mute all sounds")
        self.muted.setChecked(settings.muted)
        self.voice = QCheckBox("Speak step names")
        self.voice.setChecked(settings.cues.voice and voice_reason is None)
        self.voice.setEnabled(voice_reason is None)
        voice_note = QLabel(voice_reason or "")
        voice_note.setTextFormat(Qt.TextFormat.PlainText)
        voice_note.setWordWrap(True)
        voice_note.setProperty("role", "muted")
        voice_note.setVisible(voice_reason is not None)

        self.routine_lead_in = QCheckBox("Use each routine's own get-ready time")
        self.lead_in = QDoubleSpinBox()
        self.lead_in.setRange(0, 60)
        self.lead_in.setSuffix(" s")
        self.lead_in.setDecimals(0)
        self.lead_in.setAccessibleName("Get-ready time in seconds")
        self.routine_lead_in.setChecked(settings.lead_in is None)
        self.lead_in.setValue(settings.lead_in if settings.lead_in is not None else 5)
        self.lead_in.setEnabled(settings.lead_in is not None)
        self.routine_lead_in.toggled.connect(lambda own: self.lead_in.setEnabled(not own))

        # The runner's cadence: typed in, or measured by tapping along. The lowest value of the
        # box stands for "not set".
        self.cadence = QSpinBox()
        self.cadence.setRange(MIN_CADENCE - 1, MAX_CADENCE)
        self.cadence.setSpecialValueText("Not set")
        self.cadence.setSuffix(" steps/min")
        self.cadence.setAccessibleName("Your running cadence in steps per minute")
        self.cadence.setValue(settings.cadence if settings.cadence is not None
                              else self.cadence.minimum())
        self.measure = QPushButton("Measure…")
        self.measure.setAccessibleName("Measure your cadence by tapping along")
        self.measure.clicked.connect(self._measure_cadence)
        cadence_row = QHBoxLayout()
        cadence_row.setContentsMargins(0, 0, 0, 0)
        cadence_row.addWidget(self.cadence, 1)
        cadence_row.addWidget(self.measure)
        cadence_note = QLabel(f"Steps a minute, both feet, at an easy pace. Cadence drills set "
                              f"their beat from it (until it is set, from {DEFAULT_CADENCE}).")
        cadence_note.setTextFormat(Qt.TextFormat.PlainText)
        cadence_note.setWordWrap(True)
        cadence_note.setProperty("role", "muted")

        self.cue_boxes: dict[str, QCheckBox] = {}
        cues = QGroupBox("Cues")
        grid = QGridLayout(cues)
        for i, (key, label) in enumerate(CUE_LABELS.items()):
            box = QCheckBox(label)
            box.setChecked(bool(getattr(settings.cues, key)))
            self.cue_boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)

        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for theme in Theme:
            self.theme.addItem(theme.value.capitalize(), theme)
        self.theme.setCurrentIndex(list(Theme).index(settings.theme))
        self.text_size = QComboBox()
        self.text_size.setAccessibleName("Text size")
        for name, scale in TEXT_SIZES:
            self.text_size.addItem(name, scale)
        nearest = min(range(len(TEXT_SIZES)),
                      key=lambda i: abs(TEXT_SIZES[i][1] - settings.text_scale))
        self.text_size.setCurrentIndex(nearest)

        self.tray = QCheckBox("Start at login, in the tray")
        self.tray.setChecked(settings.tray)
        tray_note = QLabel("Closing the window then leaves Supple running in the tray. Where "
                           "the desktop has no tray, the window opens at login instead.")
        tray_note.setTextFormat(Qt.TextFormat.PlainText)
        tray_note.setWordWrap(True)
        tray_note.setProperty("role", "muted")
        self.tray_problem = QLabel()
        self.tray_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.tray_problem.setWordWrap(True)
        self.tray_problem.hide()

        form = QFormLayout()
        form.addRow("Volume", self.volume)
        form.addRow("", self.muted)
        form.addRow("Voice", self.voice)
        form.addRow("", voice_note)
        form.addRow("Get ready", self.routine_lead_in)
        form.addRow("", self.lead_in)
        form.addRow("Cadence", cadence_row)
        form.addRow("", cadence_note)
        form.addRow("Theme", self.theme)
        form.addRow("Text size", self.text_size)
        form.addRow("Desktop", self.tray)
        form.addRow("", tray_note)
        form.addRow("", self.tray_problem)
        if reminders is not None:  # kept in reminders.json, saved by their own dialog
            self.reminders_button = QPushButton("Reminders…")
            self.reminders_button.clicked.connect(reminders)
            form.addRow("Reminders", self.reminders_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(form)
        content_layout.addWidget(cues)
        # On a small screen with large text the settings scroll; the buttons stay in view.
        self.content_scroll = QScrollArea()
        self.content_scroll.setWidget(content)
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.content_scroll.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
        self._content, self._buttons = content, buttons
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.content_scroll, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Write or remove the autostart entry first: a folder that refuses it keeps the dialog
        open, saying why, rather than a setting that is not true."""
        from supple.qt.platform.desktop_entry import set_autostart

        on = self.tray.isChecked()
        if on or self._original.tray:
            try:
                set_autostart(on)
            except OSError as exc:
                self.tray_problem.setText(f"The login entry could not be "
                                          f"{'written' if on else 'removed'}: {exc}")
                self.tray_problem.show()
                return
        super().accept()

    def _measure_cadence(self) -> None:
        from supple.qt.cadence_tap import CadenceTapDialog

        dialog = CadenceTapDialog(self)
        measured = dialog.cadence() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if measured is not None:
            self.cadence.setValue(measured)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        frame = self.frameGeometry().height() - self.geometry().height()
        screen = self.screen().availableGeometry().height() - frame
        self.resize(self.width(), self.height_for_screen(screen))

    def height_for_screen(self, available: int) -> int:
        """As tall as the settings need, but never taller than ``available``."""
        margins = self._layout.contentsMargins()
        chrome = (margins.top() + margins.bottom() + self._layout.spacing()
                  + self._buttons.sizeHint().height())
        return min(self._content.sizeHint().height() + chrome, available)

    def result_settings(self) -> Settings:
        """The settings as chosen in the dialog."""
        cue_values = {key: box.isChecked() for key, box in self.cue_boxes.items()}
        # Without a speech engine the box is off and disabled; the choice is kept for later.
        cue_values["voice"] = (self.voice.isChecked() if self.voice.isEnabled()
                               else self._original.cues.voice)
        return self._original.changed(**{
            "volume": self.volume.value() / 100,
            "muted": self.muted.isChecked(),
            "lead_in": None if self.routine_lead_in.isChecked() else self.lead_in.value(),
            "cues": ResolvedCues(**cue_values),
            "theme": self.theme.currentData(),
            "text_scale": float(self.text_size.currentData()),
            "cadence": (None if self.cadence.value() == self.cadence.minimum()
                        else self.cadence.value()),
            "tray": self.tray.isChecked(),
        })
