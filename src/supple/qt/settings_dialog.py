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
from supple.qt.i18n import QT_TR_NOOP, tr

CUE_LABELS = {
    "start": QT_TR_NOOP("Start of each exercise"),
    "countdown": QT_TR_NOOP("3-2-1 countdown"),
    "halfway": QT_TR_NOOP("Halfway"),
    "switch": QT_TR_NOOP("Switch sides"),
    "rest": QT_TR_NOOP("Rest"),
    "tempo": QT_TR_NOOP("Rep tempo (up / down)"),
    "metronome": QT_TR_NOOP("Metronome beat"),
    "finish": QT_TR_NOOP("Routine finished"),
    "say_reps": QT_TR_NOOP("Speak rep counts"),
}
THEME_NAMES = {"system": QT_TR_NOOP("System"), "light": QT_TR_NOOP("Light"),
               "dark": QT_TR_NOOP("Dark")}
TEXT_SIZES = [(QT_TR_NOOP("Normal"), 1.0), (QT_TR_NOOP("Large"), 1.25),
              (QT_TR_NOOP("Larger"), 1.5), (QT_TR_NOOP("Largest"), 1.8)]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, voice_reason: str | None,
                 parent: QWidget | None = None, *,
                 reminders: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Supple settings"))
        self._original = settings

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(tr("Volume"))
        self.muted = QCheckBox(tr("Mute all sounds"))
        self.muted.setChecked(settings.muted)
        self.voice = QCheckBox(tr("Speak step names"))
        self.voice.setChecked(settings.cues.voice and voice_reason is None)
        self.voice.setEnabled(voice_reason is None)
        voice_note = QLabel(voice_reason or "")
        voice_note.setTextFormat(Qt.TextFormat.PlainText)
        voice_note.setWordWrap(True)
        voice_note.setProperty("role", "muted")
        voice_note.setVisible(voice_reason is not None)

        self.routine_lead_in = QCheckBox(tr("Use each routine's own get-ready time"))
        self.lead_in = QDoubleSpinBox()
        self.lead_in.setRange(0, 60)
        self.lead_in.setSuffix(tr(" s"))
        self.lead_in.setDecimals(0)
        self.lead_in.setAccessibleName(tr("Get-ready time in seconds"))
        self.routine_lead_in.setChecked(settings.lead_in is None)
        self.lead_in.setValue(settings.lead_in if settings.lead_in is not None else 5)
        self.lead_in.setEnabled(settings.lead_in is not None)
        self.routine_lead_in.toggled.connect(lambda own: self.lead_in.setEnabled(not own))

        # The runner's cadence: typed in, or measured by tapping along. The lowest value of the
        # box stands for "not set".
        self.cadence = QSpinBox()
        self.cadence.setRange(MIN_CADENCE - 1, MAX_CADENCE)
        self.cadence.setSpecialValueText(tr("Not set"))
        self.cadence.setSuffix(tr(" steps/min"))
        self.cadence.setAccessibleName(tr("Your running cadence in steps per minute"))
        self.cadence.setValue(settings.cadence if settings.cadence is not None
                              else self.cadence.minimum())
        self.measure = QPushButton(tr("Measure…"))
        self.measure.setAccessibleName(tr("Measure your cadence by tapping along"))
        self.measure.clicked.connect(self._measure_cadence)
        cadence_row = QHBoxLayout()
        cadence_row.setContentsMargins(0, 0, 0, 0)
        cadence_row.addWidget(self.cadence, 1)
        cadence_row.addWidget(self.measure)
        cadence_note = QLabel(tr("Steps a minute, both feet, at an easy pace. Cadence drills "
                                 "set their beat from it (until it is set, from {default}).")
                              .format(default=DEFAULT_CADENCE))
        cadence_note.setTextFormat(Qt.TextFormat.PlainText)
        cadence_note.setWordWrap(True)
        cadence_note.setProperty("role", "muted")

        self.cue_boxes: dict[str, QCheckBox] = {}
        cues = QGroupBox(tr("Cues"))
        grid = QGridLayout(cues)
        for i, (key, label) in enumerate(CUE_LABELS.items()):
            box = QCheckBox(tr(label))
            box.setChecked(bool(getattr(settings.cues, key)))
            self.cue_boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)

        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for theme in Theme:
            self.theme.addItem(tr(THEME_NAMES[theme.value]), theme)
        self.theme.setCurrentIndex(list(Theme).index(settings.theme))
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(tr("Text size"))
        for name, scale in TEXT_SIZES:
            self.text_size.addItem(tr(name), scale)
        nearest = min(range(len(TEXT_SIZES)),
                      key=lambda i: abs(TEXT_SIZES[i][1] - settings.text_scale))
        self.text_size.setCurrentIndex(nearest)

        self.tray = QCheckBox(tr("Start at login, in the tray"))
        self.tray.setChecked(settings.tray)
        tray_note = QLabel(tr("Closing the window then leaves Supple running in the tray. Where "
                           "the desktop has no tray, the window opens at login instead."))
        tray_note.setTextFormat(Qt.TextFormat.PlainText)
        tray_note.setWordWrap(True)
        tray_note.setProperty("role", "muted")
        self.tray_problem = QLabel()
        self.tray_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.tray_problem.setWordWrap(True)
        self.tray_problem.hide()

        form = QFormLayout()
        form.addRow(tr("Volume"), self.volume)
        form.addRow("", self.muted)
        form.addRow(tr("Voice"), self.voice)
        form.addRow("", voice_note)
        form.addRow(tr("Get ready"), self.routine_lead_in)
        form.addRow("", self.lead_in)
        form.addRow(tr("Cadence"), cadence_row)
        form.addRow("", cadence_note)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Text size"), self.text_size)
        form.addRow(tr("Desktop"), self.tray)
        form.addRow("", tray_note)
        form.addRow("", self.tray_problem)
        if reminders is not None:  # kept in reminders.json, saved by their own dialog
            self.reminders_button = QPushButton(tr("Reminders…"))
            self.reminders_button.clicked.connect(reminders)
            form.addRow(tr("Reminders"), self.reminders_button)

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
                self.tray_problem.setText(
                    (tr("The login entry could not be written: {error}") if on else
                     tr("The login entry could not be removed: {error}")).format(error=exc))
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
