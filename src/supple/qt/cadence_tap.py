"""Measuring the runner's cadence by tapping along for 20 seconds.

Running in place or on a treadmill, the runner taps Space (or clicks the big button) on every
step. The window starts at the first tap and ends 20 s later, decided from the monotonic clock,
never by counting timer ticks; the count itself is :func:`supple.core.cadence.cadence_from_taps`,
which forgives a missed or a doubled tap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.cadence import MAX_CADENCE, MIN_CADENCE, cadence_from_taps
from supple.core.session.clock import SystemClock
from supple.qt.i18n import tr

TAP_SECONDS = 20.0


class CadenceTapDialog(QDialog):
    """A small dialog that measures steps per minute from taps; :meth:`cadence` after OK."""

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] | None = None,
                 seconds: float = TAP_SECONDS) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Measure your cadence"))
        self._now = clock or SystemClock().now
        self._seconds = seconds
        self._taps: list[float] = []
        self._result: int | None = None
        self._done = False

        intro = QLabel(tr("Run in place or on a treadmill at your usual easy pace, and tap Space "
                          "(or click the button) every time a foot lands, for "
                          "{seconds:g} seconds.").format(seconds=seconds))
        intro.setWordWrap(True)
        self.tap_button = QPushButton(tr("Tap on every step"))
        self.tap_button.setMinimumHeight(96)
        self.tap_button.setAccessibleName(tr("Tap on every step"))
        self.tap_button.setAutoDefault(False)
        # pressed, not clicked: a tap counts when the key or mouse button goes down.
        self.tap_button.pressed.connect(self.tap)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setProperty("role", "title")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setText(tr("Use this cadence"))
        self.again_button = self.buttons.addButton(tr("Start again"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.again_button.clicked.connect(self.restart)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tap_button)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(100)  # only wakes the display; the clock decides the end
        self._timer.timeout.connect(self.refresh)
        self.restart()

    def cadence(self) -> int | None:
        """The measured steps per minute, within the settings' range; None if none yet."""
        return self._result

    def restart(self) -> None:
        self._timer.stop()
        self._taps = []
        self._result = None
        self._done = False
        self.use_button.setEnabled(False)
        self.tap_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.setText(tr("Tap on the first step to start."))

    def tap(self) -> None:
        if self._done:  # taps go on a moment after the end: they must not press another button
            return
        now = self._now()
        if self._taps and now - self._taps[0] >= self._seconds:
            self.refresh()  # the window is over: this tap is too late to count
            return
        self._taps.append(now)
        if len(self._taps) == 1:
            self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Show the time left, and finish once the window has passed."""
        if not self._taps or self._done:
            return
        elapsed = self._now() - self._taps[0]
        if elapsed >= self._seconds:
            self._finish()
            return
        left = self._seconds - elapsed
        self.status.setText(tr("{len} taps · {left:.0f} s to go").format(
            len=len(self._taps), left=left))

    def _finish(self) -> None:
        self._timer.stop()
        self._done = True
        measured = cadence_from_taps(self._taps)
        if measured is None:
            self.status.setText(tr("Too few taps to count: start again, and tap on every step."))
        elif not MIN_CADENCE <= measured <= MAX_CADENCE:
            self.status.setText(tr("That is {measured} steps a minute, outside {low}–{high}: "
                                   "start again, and tap on every step (both feet).").format(
                measured=measured, low=MIN_CADENCE, high=MAX_CADENCE))
        else:
            self._result = measured
            self.status.setText(tr("{measured} steps a minute: press Enter to use it").format(
                measured=measured))
            self.use_button.setEnabled(True)
            self.use_button.setDefault(True)
