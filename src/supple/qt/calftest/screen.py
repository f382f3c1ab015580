"""The calf test window: for each leg in turn, what to do, a lead-in, the metronome and the
count, a big Stop; the count corrected if need be; then each leg's knee-to-wall distance;
then one save, left and right apart.

Nothing is written until Save: closing the window half-way leaves the history as it was.
The screen holds no timing of its own: the pacer (``supple.core.calf_test``) counts from its
deadlines and ``pacing.PacerDriver`` wakes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supple.core.calf_test import (
    KNEE_WALL_MAX_CM,
    KNEE_WALL_STEP_CM,
    MAX_RAISES,
    RAISES_PER_MINUTE,
    TIME_LIMIT_S,
    Beat,
    Countdown,
    Event,
    HeelRaisePacer,
    Phase,
    Raised,
    Stopped,
    StopReason,
    check_knee_wall,
    check_raises,
    side_order,
)
from supple.core.history.records import CalfTestKind, Side
from supple.core.session.cue_port import CuePlayer
from supple.qt.calftest.pacing import PacerDriver
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.widgets.pictures import PictureView, read_picture
from supple.qt.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore

PICTURE = "single-leg-calf-raise.svg"
NOT_MEASURED = QT_TR_NOOP("not measured")

HOW_TO = QT_TR_NOOP(
    "Stand on your {leg} leg, on a 10° slope if you have one (else the flat floor), "
    "fingertips on a wall for balance, knee straight. Rise as high as you can on the "
    "“up” beat and lower on the “down” one: {pace} raises a minute. Keep going until "
    "you can no longer keep the pace or the height, then press Stop (or Space).")
KNEE_HOW_TO = QT_TR_NOOP("Facing a wall, foot flat, bend the knee to touch the wall "
                         "with the heel down; move the foot back until it only just touches. "
                         "Measure from the big toe to the wall.")


@dataclass(frozen=True)
class LegResult:
    side: Side
    raises: int | None  # None: the leg was skipped (too sore to test today)
    counted: int | None  # what the app counted from the beat, before any correction
    knee_wall_cm: float | None = None


def _big(label_px: int, weight: QFont.Weight = QFont.Weight.DemiBold) -> QFont:
    font = QFont()
    font.setPixelSize(label_px)
    font.setWeight(weight)
    return font


class CalfTestScreen(QWidget):
    """A top-level window; ``saved`` is emitted with the results once they are written."""

    saved = Signal(object)  # tuple[LegResult, ...]

    def __init__(self, store: HistoryStore, cues: CuePlayer, now: Callable[[], float],
                 today: Callable[[], date], images_dir: Path, first: Side | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Calf test · Supple"))
        self.resize(760, 640)
        self._store = store
        self._cues = cues
        self._now = now
        self._today = today
        self.sides = side_order(first)
        self.leg = 0  # which of the two sides is being tested
        self.results: list[LegResult] = []
        self.driver: PacerDriver | None = None
        self.pages = QStackedWidget()
        self._build_intro(images_dir)
        self._build_run()
        self._build_result()
        self._build_knee()
        self._build_done()
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.close)
        self.cancel_button = cancel
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        escape = QKeySequence("Esc")  # untranslated: a key sequence
        for keys in (QKeySequence(QKeySequence.StandardKey.Close), escape):
            QShortcut(keys, self).activated.connect(self.close)  # as Cancel: nothing saved
        self._show_intro()

    # ----- pages ---------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.pages.addWidget(page)
        return page, column

    def _build_intro(self, images_dir: Path) -> None:
        self.intro, column = self._page()
        self.intro_title = plain_label(role="title", wrap=True)
        self.intro_text = plain_label(wrap=True)
        self.picture = PictureView()
        picture = read_picture(images_dir / PICTURE) if (images_dir / PICTURE).is_file() \
            else None
        self.picture.set_picture(picture)
        self.start_button = QPushButton()
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_leg)
        self.skip_button = QPushButton(tr("Skip this leg"))
        self.skip_button.setToolTip(tr("Too sore to test today: no heel raises are saved for it"))
        self.skip_button.clicked.connect(self.skip_leg)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        column.addWidget(self.intro_title)
        column.addWidget(self.intro_text)
        column.addWidget(self.picture, 1)
        column.addLayout(buttons)

    def _build_run(self) -> None:
        self.run, column = self._page()
        self.run_title = plain_label(role="heading")
        self.beat_label = plain_label()
        self.beat_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.beat_label.setFont(_big(40))
        self.beat_label.setAccessibleName(tr("Beat"))
        self.count_label = plain_label("0")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setFont(_big(140, QFont.Weight.Bold))
        self.count_label.setAccessibleName(tr("Heel raises counted"))
        self.count_caption = plain_label(tr("raises"), role="muted")
        self.count_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = QPushButton(tr("Stop — I can't keep up"))
        self.stop_button.setProperty("role", "primary")
        self.stop_button.setFont(_big(26))
        self.stop_button.setMinimumHeight(84)
        self.stop_button.setToolTip(tr("Stop (Space)"))
        self.stop_button.clicked.connect(self.stop_leg)
        # Space anywhere in the window, only while the metronome runs: on the other pages
        # Space stays the focused button's or spin box's own.
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setEnabled(False)
        self.space.activated.connect(self.stop_leg)
        self.pages.currentChanged.connect(
            lambda _index: self.space.setEnabled(self.pages.currentWidget() is self.run))
        column.addWidget(self.run_title)
        column.addStretch(1)
        column.addWidget(self.beat_label)
        column.addWidget(self.count_label)
        column.addWidget(self.count_caption)
        column.addStretch(1)
        column.addWidget(self.stop_button)

    def _build_result(self) -> None:
        self.result, column = self._page()
        self.result_title = plain_label(role="title", wrap=True)
        self.result_text = plain_label(role="muted", wrap=True)
        self.count_box = QSpinBox()
        self.count_box.setRange(0, MAX_RAISES)
        self.count_box.setSuffix(tr(" raises"))
        self.count_box.setAccessibleName(tr("Heel raises: correct the count if it is wrong"))
        self.count_box.setFont(_big(28))
        self.count_box.setMinimumWidth(self.count_box.fontMetrics().horizontalAdvance(
            "1000 raises") + 48)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(tr("&Count"), self.count_box)
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.accept_count)
        column.addWidget(self.result_title)
        column.addWidget(self.result_text)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_knee(self) -> None:
        self.knee, column = self._page()
        column.addWidget(plain_label(tr("Knee to wall"), role="title"))
        column.addWidget(plain_label(tr(KNEE_HOW_TO), role="muted", wrap=True))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.knee_boxes: dict[Side, QDoubleSpinBox] = {}
        for side in self.sides:
            box = QDoubleSpinBox()
            # One step below 0 reads "not measured": a leg may be left out.
            box.setRange(-KNEE_WALL_STEP_CM, KNEE_WALL_MAX_CM)
            box.setSingleStep(KNEE_WALL_STEP_CM)
            box.setDecimals(1)
            box.setSuffix(tr(" cm"))
            box.setSpecialValueText(tr(NOT_MEASURED))
            box.setValue(-KNEE_WALL_STEP_CM)
            box.valueChanged.connect(self._check_saveable)
            box.setAccessibleName(tr("Knee to wall, {value} leg, in centimetres").format(
                value=side.value))
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(tr(NOT_MEASURED)) + 48)
            self.knee_boxes[side] = box
            form.addRow(tr("&{capitalize} leg").format(
                capitalize=side.value.capitalize()), box)
        column.addLayout(form)
        column.addStretch(1)
        self.save_button = QPushButton(tr("Save the test"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_done(self) -> None:
        self.done, column = self._page()
        column.addWidget(plain_label(tr("Calf test saved"), role="title"))
        self.done_text = plain_label(wrap=True)
        column.addWidget(self.done_text)
        column.addWidget(plain_label(tr("The history shows each leg over the weeks. The next "
                                     "test is offered in two weeks."), role="muted", wrap=True))
        column.addStretch(1)
        close = QPushButton(tr("Close"))
        close.setProperty("role", "primary")
        close.clicked.connect(self.close)
        self.close_button = close
        column.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)

    # ----- the flow ------------------------------------------------------------------------

    @property
    def side(self) -> Side:
        return self.sides[self.leg]

    def _leg_name(self) -> str:
        return tr("Left leg") if self.side is Side.LEFT else tr("Right leg")

    def _show_intro(self) -> None:
        self.intro_title.setText(tr("Calf test · {leg_name} ({value} of 2)").format(
            leg_name=self._leg_name(), value=self.leg + 1))
        leg = tr("left") if self.side is Side.LEFT else tr("right")
        self.intro_text.setText(tr(HOW_TO).format(leg=leg, pace=RAISES_PER_MINUTE))
        self.picture.set_mirrored(self.side is Side.RIGHT)
        self.start_button.setText(tr("Start: {value} leg").format(
            value=self.side.value))
        self.pages.setCurrentWidget(self.intro)
        self.start_button.setFocus()

    def start_leg(self) -> None:
        pacer = HeelRaisePacer(self._now)
        self.driver = PacerDriver(pacer, self._cues, self._now, self)
        self.driver.happened.connect(self._on_event)
        self.run_title.setText(tr("{leg_name} · {RAISES_PER_MINUTE} raises a minute").format(
            leg_name=self._leg_name(), RAISES_PER_MINUTE=RAISES_PER_MINUTE))
        self.count_label.setText("0")
        self.beat_label.setText(tr("Get ready"))
        self.pages.setCurrentWidget(self.run)
        self.stop_button.setFocus()
        driver = self.driver
        self._cues.when_ready(lambda: driver.start() if driver is self.driver else None)

    def stop_leg(self) -> None:
        driver = self.driver
        if driver is None or self.pages.currentWidget() is not self.run:
            return
        if driver.pacer.phase is Phase.READY:  # the sound was not ready yet: back, untested
            self.driver = None
            driver.deleteLater()
            self._show_intro()
            return
        driver.stop()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, Countdown):
            self.beat_label.setText(tr("Get ready · {seconds}").format(
                seconds=event.seconds))
        elif isinstance(event, Beat):
            self.beat_label.setText(tr("▲ UP") if event.up else tr("▼ down"))
        elif isinstance(event, Raised):
            self.count_label.setText(str(event.count))
        elif isinstance(event, Stopped):
            self._show_result(event)

    def _show_result(self, stopped: Stopped) -> None:
        self.result_title.setText(tr("{leg_name}: {count} raises").format(
            leg_name=self._leg_name(), count=stopped.count))
        why = (tr("Stopped after {minutes:g} minutes.").format(minutes=TIME_LIMIT_S / 60)
               if stopped.reason is StopReason.TIME_LIMIT
               else tr("Counted from the beat."))
        self.result_text.setText(tr("{why} If the count is wrong (a raise that did not reach "
                                    "full height, or one the beat missed), correct it here.")
                                 .format(why=why))
        self.count_box.setValue(stopped.count)
        self.next_button.setText(
            tr("Next: right leg") if self.leg == 0 and self.sides[1] is Side.RIGHT else
            tr("Next: left leg") if self.leg == 0 else tr("Next: knee to wall"))
        self.pages.setCurrentWidget(self.result)
        self.count_box.setFocus()
        self.count_box.selectAll()

    def accept_count(self) -> None:
        driver = self.driver
        assert driver is not None
        driver.pacer.correct(self.count_box.value())
        self.results.append(LegResult(self.side, driver.pacer.count, driver.pacer.counted))
        self.driver = None
        driver.deleteLater()
        self._next_leg()

    def skip_leg(self) -> None:
        self.results.append(LegResult(self.side, None, None))
        self._next_leg()

    def _next_leg(self) -> None:
        if self.leg == 0:
            self.leg = 1
            self._show_intro()
        else:
            self._check_saveable()
            self.pages.setCurrentWidget(self.knee)
            self.knee_boxes[self.sides[0]].setFocus()

    def _check_saveable(self) -> None:
        """Save wants something to save: a leg tested, or a knee to wall measured."""
        self.save_button.setEnabled(
            any(r.raises is not None for r in self.results)
            or any(box.value() >= 0 for box in self.knee_boxes.values()))

    def knee_wall(self, side: Side) -> float | None:
        value = self.knee_boxes[side].value()
        return None if value < 0 else check_knee_wall(value)

    def save(self) -> None:
        """Each leg's raises, and its knee to wall if measured, as the history keeps them."""
        day = self._today()
        results = tuple(LegResult(r.side, None if r.raises is None else check_raises(r.raises),
                                  r.counted, self.knee_wall(r.side)) for r in self.results)
        for r in results:
            if r.raises is not None:
                self._store.add_calf_test(day, r.side, CalfTestKind.HEEL_RAISES, r.raises)
            if r.knee_wall_cm is not None:
                self._store.add_calf_test(day, r.side, CalfTestKind.KNEE_TO_WALL,
                                          r.knee_wall_cm)
        self.done_text.setText("\n".join(summary(r) for r in results))
        self.pages.setCurrentWidget(self.done)
        self.cancel_button.hide()
        self.close_button.setFocus()
        self.saved.emit(results)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.driver is not None:  # the metronome stops with the window
            self.driver.halt()
            self.driver.deleteLater()
            self.driver = None
        super().closeEvent(event)


def summary(result: LegResult) -> str:
    raised = tr("not tested") if result.raises is None else tr("%n raise(s)", None,
                                                                result.raises)
    side = {Side.LEFT: tr("Left"), Side.RIGHT: tr("Right")}.get(
        result.side, result.side.value.capitalize())
    if result.knee_wall_cm is None:
        return tr("{side}: {raises}").format(side=side, raises=raised)
    return tr("{side}: {raises}, knee to wall {cm} cm").format(
        side=side, raises=raised, cm=f"{result.knee_wall_cm:g}")
