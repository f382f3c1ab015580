"""The step under way, as seen from three metres: the number first, then what to do, then the rest.

Rows from the top: the headline with the counts beside it, the side, the countdown, the cue
line, the step's bar, the picture and instructions (:mod:`step_body`), the next step with the
routine's time left, and the controls. The page fits them to the window's height: the
countdown first, then the rows' type shrinks only as far as they need, the body takes what is
left, and only then does the countdown give way, so nothing is ever laid over anything else.
It renders a :class:`~supple.core.session.display.Display` and reads no clock.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supple.core.session.display import Display, StepDisplay
from supple.qt.i18n import tr
from supple.qt.player.controls import PlayerControls
from supple.qt.player.looks import TINTS, set_pixel_size, set_props, set_text
from supple.qt.player.step_body import StepBody
from supple.qt.widgets.plain_text import plain_label

COUNTDOWN_SHARE = 0.34  # countdown font size as a share of the view height
COUNTDOWN_BOX = 1.18  # the countdown's height over its digits' (the flash shows around them)
BODY_LINES = 4  # the picture and instructions show only with room for this many lines
TYPE_STEP = 0.9  # when the rows do not fit the height, their type shrinks by this step...
SMALLEST_TYPE = 0.5  # ...down to this share of its size; then the countdown gives way


def invalidate_nested(layout: QLayout) -> None:
    """Have ``layout`` and every layout inside it work their sizes out afresh: a nested layout
    keeps them until the event loop next runs, and fonts change in the middle of a pass."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            invalidate_nested(child)
    layout.invalidate()


def min_height_for_width(layout: QLayout, width: int) -> int:
    """The least height ``layout`` needs at ``width``, wrapped lines counted, with the fonts
    as they are now."""
    invalidate_nested(layout)
    if layout.hasHeightForWidth():
        return layout.minimumHeightForWidth(width)
    return layout.minimumSize().height()


class _OverlayHost(QWidget):
    """Holds the step display and keeps the pause overlay laid over all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overlay = QWidget(self)
        self.overlay.setProperty("role", "player-overlay")
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.overlay.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)


def _bar(role: str, name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setProperty("role", role)
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    return bar


class SessionPage(QWidget):
    """The player's page while the session runs; the player tells it what to show and when
    to fit itself to the window (the page may be hidden behind the finish screen then)."""

    def __init__(self, body: StepBody, controls: PlayerControls,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = self._page = QVBoxLayout(self)
        page.setContentsMargins(28, 20, 28, 16)
        page.setSpacing(12)
        host = _OverlayHost()
        self.overlay = host.overlay
        page.addWidget(host, 1)

        lay = self._rows = QVBoxLayout(host)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        header = QHBoxLayout()
        self.title_label = plain_label(wrap=True)
        self.title_label.setAccessibleName(tr("Step"))
        self.count_label = plain_label()
        self.count_label.setAccessibleName(tr("Rep and set"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Counts and times never shrink below their text; the title wraps instead.
        keep = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.count_label.setSizePolicy(keep)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(header)
        self.side_label = plain_label()
        self.side_label.setAccessibleName(tr("Side"))
        lay.addWidget(self.side_label)

        self.countdown_label = plain_label(role="countdown")
        self.countdown_label.setAccessibleName(tr("Time left in this step"))
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # These take the height the picture and instructions leave when they do not fit.
        self._around = [lay.count()]
        lay.addStretch(0)
        lay.addWidget(self.countdown_label)
        self.cue_label = plain_label()
        self.cue_label.setAccessibleName(tr("Cue"))
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.cue_label)
        self.step_bar = _bar("step-bar", tr("Progress of this step"))
        bar_row = QHBoxLayout()
        bar_row.addStretch(1)
        bar_row.addWidget(self.step_bar, 6)
        bar_row.addStretch(1)
        lay.addLayout(bar_row)
        lay.addSpacing(10)
        self._around.append(lay.count())
        lay.addStretch(0)

        self.body = body
        lay.addWidget(body, 1)

        footer = QHBoxLayout()
        self.next_label = plain_label(wrap=True)
        self.next_label.setAccessibleName(tr("Next step"))
        self.left_label = plain_label(role="muted")
        self.left_label.setAccessibleName(tr("Time left in the routine"))
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.left_label.setSizePolicy(keep)
        self.total_bar = _bar("total-bar", tr("Progress of the routine"))
        self.total_bar.setFixedWidth(180)
        footer.addWidget(self.next_label, 1)
        footer.addWidget(self.left_label)
        footer.addSpacing(12)
        footer.addWidget(self.total_bar)
        lay.addLayout(footer)

        overlay = QVBoxLayout(self.overlay)
        overlay.addStretch(1)
        self.overlay_label = plain_label()
        self.overlay_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay_hint = plain_label(role="muted", wrap=True)
        self.overlay_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        overlay.addWidget(self.overlay_label)
        overlay.addWidget(self.overlay_hint)
        overlay.addStretch(1)

        self.controls = controls
        page.addWidget(controls, 0, Qt.AlignmentFlag.AlignHCenter)

    # --- what is shown ----------------------------------------------------------------------

    def show_step(self, step: StepDisplay) -> None:
        """Everything that only changes with the segment: titles, colours, picture, text."""
        tint = TINTS[step.kind]
        for widget in (self.countdown_label, self.side_label, self.cue_label,
                       self.step_bar, self.total_bar):
            set_props(widget, tint=tint)
        set_text(self.title_label, step.headline)
        set_text(self.side_label, step.side)
        self.side_label.setHidden(not step.side)
        set_text(self.next_label, step.next)
        self.body.show_step(step)

    def show_moment(self, shown: Display, cue: str) -> bool:
        """What changes as time passes, and ``cue`` on the cue line; returns whether a count or
        time changed width, so that a line may wrap differently."""
        set_text(self.countdown_label, shown.countdown)
        rewrapped = False
        if set_text(self.count_label, shown.count):
            rewrapped = self._keep_whole(self.count_label)
        self.show_cue(cue)
        self._set_bar(self.step_bar, shown.step_progress)
        self._set_bar(self.total_bar, shown.routine_progress)
        if set_text(self.left_label, shown.left):
            rewrapped = self._keep_whole(self.left_label) or rewrapped
        return rewrapped

    def show_cue(self, text: str) -> None:
        set_text(self.cue_label, text)

    def show_overlay(self, shown: Display) -> None:
        """"Paused" or "Ready" over the step, with what to press; nothing while running."""
        if shown.overlay:
            set_text(self.overlay_label, shown.overlay)
            set_text(self.overlay_hint, shown.overlay_hint)
            self.overlay.raise_()
        self.overlay.setVisible(bool(shown.overlay))

    @staticmethod
    def _set_bar(bar: QProgressBar, fraction: float) -> None:
        value = round(fraction * 1000)
        if bar.value() != value:
            bar.setValue(value)

    # --- scale --------------------------------------------------------------------------------

    @staticmethod
    def _keep_whole(label: QLabel) -> bool:
        """Pin a count's or time's width to its text. Fonts change inside resizeEvent, while
        the layout is being applied, and it then keeps the old font's width and cuts the text
        (seen under X11 with large text); an explicit minimum is always honoured. Returns
        whether the width changed."""
        need = label.fontMetrics().horizontalAdvance(label.text()) + 4
        if label.minimumWidth() == need:
            return False
        label.setMinimumWidth(need)
        return True

    def scale_fonts(self, h: int, s: float) -> None:
        """The type that follows only the height ``h`` (and text scale ``s``); the rows around
        the countdown are sized by :meth:`fit`."""
        weight = QFont.Weight
        set_pixel_size(self.cue_label, min(max(h * 0.06, 18), 72), weight.Bold)
        # The cue line keeps its room when empty: a banner coming or going moves nothing.
        self.cue_label.setMinimumHeight(self.cue_label.fontMetrics().height())
        body = min(max(h * 0.027 * s, 13), 30)
        set_pixel_size(self.body.instructions_label, body)
        set_pixel_size(self.body.tips_label, body * 0.9)
        lines = BODY_LINES * self.body.instructions_label.fontMetrics().lineSpacing()
        self.body.set_least_height(lines)
        foot = min(max(h * 0.03 * s, 13), 34)
        set_pixel_size(self.overlay_label, h * 0.13, weight.Bold)
        set_pixel_size(self.overlay_hint, foot)
        icon = round(min(max(h * 0.045, 22), 44))
        for button in self.controls.buttons:
            button.setIconSize(QSize(icon, icon))

    def fit(self, h: int, w: int, s: float) -> None:
        """The countdown, then the rows around it sized to what is left of the player's
        height ``h`` (width ``w``, text scale ``s``): their type follows the window and the
        user's text size, and shrinks only as far as the rows need to fit (long names wrap,
        large text). The picture and instructions take what remains. Only if the smallest
        type still does not fit does the countdown give up room."""
        self._scale_countdown(h, w)
        fit = 1.0
        self._scale_rows(h, s)
        while self._overflow(h, w) > 0 and fit > SMALLEST_TYPE:
            fit *= TYPE_STEP
            self._scale_rows(h, s * fit)
        overflow = self._overflow(h, w)
        if overflow > 0:
            self._scale_countdown(h, w, self.countdown_label.minimumHeight() - overflow)
        shown = self.body.set_room(-overflow - self._rows.spacing())
        for index in self._around:
            self._rows.setStretch(index, 0 if shown else 1)
        self.body.fit_tips()

    def _scale_countdown(self, h: int, w: int, room: int | None = None) -> None:
        """Digits at least a quarter of the view's height (the font's line box is larger
        still); the label is trimmed to the digits so the empty line space goes elsewhere.
        ``room``: the most height it may take, when the rows around it cannot give more."""
        font = QFont(self.countdown_label.font())
        font.setPixelSize(max(8, round(h * COUNTDOWN_SHARE)))
        metrics = QFontMetrics(font)
        digit = max(metrics.tightBoundingRect("0123456789").height(), 1)
        digit_per_px = digit / font.pixelSize()
        px = h * COUNTDOWN_SHARE * (h * 0.25 / digit if digit < h * 0.25 else 1.0)
        font.setPixelSize(max(8, math.ceil(px)))
        width = QFontMetrics(font).horizontalAdvance("00:00")
        if width > w * 0.92:  # a very narrow window: keep the number whole
            px *= w * 0.92 / width
        if room is not None:
            px = min(px, math.floor(room / (digit_per_px * COUNTDOWN_BOX)))
        set_pixel_size(self.countdown_label, px, QFont.Weight.DemiBold)
        digit = QFontMetrics(self.countdown_label.font()).tightBoundingRect("0:00").height()
        self.countdown_label.setFixedHeight(math.ceil(digit * COUNTDOWN_BOX))

    def _scale_rows(self, h: int, s: float) -> None:
        """The type of the rows above and below the countdown, at text scale ``s``."""
        weight = QFont.Weight
        title = min(max(h * 0.052 * s, 18), 64)
        set_pixel_size(self.title_label, title, weight.DemiBold)
        set_pixel_size(self.side_label, title * 1.5, weight.Bold)  # LEFT/RIGHT, read from afar
        set_pixel_size(self.count_label, min(max(h * 0.04 * s, 15), 48), weight.DemiBold)
        foot = min(max(h * 0.03 * s, 13), 34)
        set_pixel_size(self.next_label, foot, weight.DemiBold)
        set_pixel_size(self.left_label, foot)
        self._keep_whole(self.count_label)
        self._keep_whole(self.left_label)

    def _overflow(self, h: int, w: int) -> int:
        """How much more height than the player's ``h`` the step display needs at its least
        (the picture and instructions take none), with the fonts as they are now; 0 or less
        when it fits."""
        margins = self._page.contentsMargins()
        width = w - margins.left() - margins.right()
        need = (margins.top() + min_height_for_width(self._rows, width) + self._page.spacing()
                + self.controls.sizeHint().height() + margins.bottom())
        return need - h
