"""The guided player: the number first, then what to do, then everything else.

It holds no timing state: each refresh reads the engine (position, remaining time, segment,
state), and each event gets a brief visual twin (a pulse behind the countdown or a banner under
it) so the routine can be followed with the sound off. Labels are written only when their text
changes and nothing animates continuously, so a passing second repaints one small label.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supple.core.routines.durations import format_clock, format_duration
from supple.core.session.engine import State
from supple.core.session.events import (
    Countdown,
    Event,
    Halfway,
    LeadInStarted,
    MetronomeBeat,
    RepPhaseStarted,
    RestStarted,
    RoutineFinished,
    RoutineStopped,
    StepStarted,
    Suspended,
    SwitchSides,
)
from supple.core.session.timeline import Segment, SegmentKind, Timeline
from supple.qt.driver import SessionDriver
from supple.qt.widgets.pictures import find_picture
from supple.qt.widgets.plain_text import plain_label

FLASH_MS = 350  # a pulse: long enough to catch from the corner of an eye, short enough to be calm
BANNER_MS = 1800  # how long "Halfway", "Switch sides"... stay under the countdown
BASE_POINT_SIZE = 11.0  # the theme's base size at text scale 1 (see theme.apply_theme)
REST_PICTURE = "rest.svg"
COUNTDOWN_SHARE = 0.34  # countdown font size as a share of the view height
COUNTDOWN_BOX = 1.18  # the countdown's height over its digits' (the flash shows around them)
BODY_LINES = 4  # the picture and instructions show only with room for this many lines
TYPE_STEP = 0.9  # when the rows do not fit the height, their type shrinks by this step...
SMALLEST_TYPE = 0.5  # ...down to this share of its size; then the countdown gives way

TINTS: dict[SegmentKind, str] = {
    SegmentKind.WORK: "work",
    SegmentKind.REST: "rest",
    SegmentKind.SWITCH: "rest",
    SegmentKind.LEAD_IN: "ready",
}


# --- small helpers shared with the mini view -------------------------------------------------


def set_text(label: QLabel, text: str) -> bool:
    """Write ``text`` only if it differs, so an unchanged label never repaints."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


def set_props(widget: QWidget, **props: str) -> bool:
    """Set stylesheet properties (``tint``, ``flash``) and re-polish only if one changed."""
    changed = False
    for name, value in props.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        font = QFont(widget.font())  # re-polishing drops a font set in code; keep the scale
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.setFont(font)
        widget.update()
    return changed


def set_pixel_size(widget: QWidget, px: float, weight: QFont.Weight | None = None) -> None:
    """Scale a widget's font to the window (setting it only when it changes)."""
    font = QFont(widget.font())
    size = max(8, round(px))
    if font.pixelSize() == size and (weight is None or font.weight() == weight):
        return
    font.setPixelSize(size)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


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


def text_scale() -> float:
    """The user's text-size setting, as applied to the application font by the theme."""
    pt = QApplication.font().pointSizeF()
    return min(max(pt / BASE_POINT_SIZE, 0.75), 2.0) if pt > 0 else 1.0


def side_text(side: str | None) -> str:
    return side.upper() if side else ""


def titled(seg: Segment) -> str:
    """A step's name with its side in capitals: ``Wall calf stretch · LEFT``."""
    return f"{seg.name} · {side_text(seg.side)}" if seg.side else seg.name


def next_text(upcoming: Segment | None) -> str:
    """``Next: Wall calf stretch · RIGHT · set 2 of 2``, or the finish."""
    if upcoming is None:
        return "Next: finish"
    text = f"Next: {titled(upcoming)}"
    return f"{text} · set {upcoming.set} of {upcoming.sets}" if upcoming.sets > 1 else text


def headline(seg: Segment) -> str:
    """What the big title says for each kind of segment."""
    if seg.kind is SegmentKind.LEAD_IN:
        return f"Get ready: {seg.name}"
    if seg.kind is SegmentKind.SWITCH:
        return f"Switch sides → {side_text(seg.side)}" if seg.side else "Switch sides"
    return seg.name


def big_text(seg: Segment, position: float, remaining: float) -> str:
    """The number read from across the room: the rep (``7/15``) during counted reps, since
    that is what the runner keeps track of; otherwise the time left (``0:23``)."""
    rep = seg.rep_at(position - seg.start) if seg.kind is SegmentKind.WORK else None
    if rep is not None and seg.reps:
        return f"{rep.rep}/{seg.reps}"
    return format_clock(remaining)


def count_text(seg: Segment, position: float, remaining: float = 0.0) -> str:
    """``set 2 of 3 · 0:42 left`` during reps (the rep is the big number), ``set 2 of 3``
    during other work; empty elsewhere."""
    if seg.kind is not SegmentKind.WORK:
        return ""
    parts = []
    if seg.reps:
        parts.append(f"{format_clock(remaining)} left")
    if seg.sets > 1:
        parts.append(f"set {seg.set} of {seg.sets}")
    if seg.rounds > 1:
        parts.append(f"round {seg.round} of {seg.rounds}")
    return " · ".join(parts)


def phase_word(seg: Segment, position: float) -> str:
    """UP / DOWN / HOLD for reps with a named tempo; empty otherwise."""
    if seg.kind is not SegmentKind.WORK:
        return ""
    rep = seg.rep_at(position - seg.start)
    return rep.phase.upper() if rep is not None and rep.phase else ""


# --- widgets -----------------------------------------------------------------------------


class Glyph(Enum):
    """The player's control icons, drawn in the theme's text colour (stock icons clash)."""

    PLAY = "play"
    PAUSE = "pause"
    NEXT = "next"
    PREVIOUS = "previous"
    RESTART = "restart"
    SOUND = "sound"
    MUTED = "muted"
    FULLSCREEN = "fullscreen"
    MINI = "mini"
    RESTORE = "restore"
    STOP = "stop"


def glyph_icon(glyph: Glyph, color: QColor, size: int = 64) -> QIcon:
    """Draw ``glyph`` on a ``size`` square (a 24-unit grid scaled up), antialiased."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24, size / 24)
    pen = QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(color)

    def triangle(x: float, y: float, w: float, h: float, right: bool = True) -> None:
        tip = QPointF(x + w, y + h / 2) if right else QPointF(x, y + h / 2)
        base = x if right else x + w
        p.drawPolygon(QPolygonF([QPointF(base, y), tip, QPointF(base, y + h)]))

    if glyph is Glyph.PLAY:
        triangle(8, 5, 11, 14)
    elif glyph is Glyph.PAUSE:
        p.drawRoundedRect(QRectF(6.5, 5, 3.5, 14), 1, 1)
        p.drawRoundedRect(QRectF(14, 5, 3.5, 14), 1, 1)
    elif glyph in (Glyph.NEXT, Glyph.PREVIOUS):
        right = glyph is Glyph.NEXT
        triangle(5 if right else 8, 6, 11, 12, right)
        p.drawLine(QPointF(18 if right else 6, 6), QPointF(18 if right else 6, 18))
    elif glyph is Glyph.RESTART:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(5, 5, 14, 14), 100 * 16, 290 * 16)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(9, 2.5), QPointF(14, 5.2), QPointF(9, 8.2)]))
    elif glyph in (Glyph.SOUND, Glyph.MUTED):
        p.drawPolygon(QPolygonF([QPointF(3.5, 9.5), QPointF(7, 9.5), QPointF(11.5, 5.5),
                                 QPointF(11.5, 18.5), QPointF(7, 14.5), QPointF(3.5, 14.5)]))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if glyph is Glyph.SOUND:
            p.drawArc(QRectF(9, 8, 8, 8), -55 * 16, 110 * 16)
            p.drawArc(QRectF(8, 4.5, 14, 15), -55 * 16, 110 * 16)
        else:
            p.drawLine(QPointF(15, 9), QPointF(21, 15))
            p.drawLine(QPointF(21, 9), QPointF(15, 15))
    elif glyph is Glyph.FULLSCREEN:
        p.setBrush(Qt.BrushStyle.NoBrush)
        for x, y, dx, dy in ((4, 4, 1, 1), (20, 4, -1, 1), (4, 20, 1, -1), (20, 20, -1, -1)):
            p.drawPolyline(QPolygonF([QPointF(x, y + 5 * dy), QPointF(x, y),
                                      QPointF(x + 5 * dx, y)]))
    elif glyph in (Glyph.MINI, Glyph.RESTORE):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2)
        p.setBrush(color)
        if glyph is Glyph.MINI:
            p.drawRoundedRect(QRectF(12, 12, 6.5, 4.5), 1, 1)
        else:
            p.drawRoundedRect(QRectF(5.5, 7.5, 13, 9), 1, 1)
    elif glyph is Glyph.STOP:
        p.drawRoundedRect(QRectF(6.5, 6.5, 11, 11), 1.5, 1.5)
    p.end()
    return QIcon(pixmap)


class GlyphButton(QToolButton):
    """A control button whose drawn icon follows the palette (light or dark theme)."""

    def __init__(self, glyph: Glyph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyph = glyph
        self._paint_icon()

    @property
    def glyph(self) -> Glyph:
        return self._glyph

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space always pauses or resumes (it goes on to the player), even on a focused
        button; Enter presses the button."""
        if event.key() == Qt.Key.Key_Space:
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            event.ignore()
            return
        super().keyReleaseEvent(event)

    def set_glyph(self, glyph: Glyph) -> None:
        if glyph is not self._glyph:
            self._glyph = glyph
            self._paint_icon()

    def _paint_icon(self) -> None:
        self.setIcon(glyph_icon(self._glyph, QApplication.palette().color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_icon()
        super().changeEvent(event)


class PictureView(QWidget):
    """An SVG drawn to fit with its aspect kept; hidden when there is no usable picture.

    It renders in paintEvent, which only runs when the picture or the size changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._path: Path | None = None
        self._mirrored = False
        self._renderers: dict[Path, QSvgRenderer | None] = {}  # each file read once
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(48, 48)
        self.setAccessibleName("Exercise picture")

    @property
    def path(self) -> Path | None:
        return self._path if self._renderer is not None else None

    def set_path(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path = path
        self._renderer = self.renderer_for(path) if path is not None else None
        self.setHidden(self._renderer is None)
        self.update()

    def renderer_for(self, path: Path) -> QSvgRenderer | None:
        """The picture read from ``path`` (once), or None if it is not a usable SVG."""
        if path not in self._renderers:
            renderer = QSvgRenderer(str(path))
            self._renderers[path] = renderer if renderer.isValid() else None
        return self._renderers[path]

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the picture flipped left to right (the pictures show the left side)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def _aspect(self) -> float:
        if self._renderer is None:
            return 1.0
        view = self._renderer.defaultSize()
        return max(view.width(), 1) / max(view.height(), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Take only the width the picture needs at this height, leaving the rest to text."""
        super().resizeEvent(event)
        width = max(48, round(self.height() * self._aspect()))
        if self.maximumWidth() != width:
            self.setMaximumWidth(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        view = self._renderer.defaultSize()
        vw, vh = max(view.width(), 1), max(view.height(), 1)
        scale = min(self.width() / vw, self.height() / vh)
        w, h = vw * scale, vh * scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        self._renderer.render(painter, target)
        painter.end()


class _Body(QWidget):
    """The picture and instructions. They take only the height the rows above and below
    leave (their own wishes are ignored), and hide when it is too little to read them, so
    they give way before anything else does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.content = QWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.content)
        self._least = 0

    def set_least_height(self, height: int) -> None:
        """Show the content only when it gets at least ``height``."""
        if height != self._least:
            self._least = height
            self._show_if_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_if_room()

    def _show_if_room(self) -> None:
        room = self.height() >= self._least
        if self.content.isHidden() == room:
            self.content.setVisible(room)


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


class _Stat(QWidget):
    """A big number over a small caption, for the finish summary."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 0, 24, 0)
        self.value = plain_label()
        self.value.setProperty("tint", "work")
        self.value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption = plain_label(role="muted")
        self.caption.setText(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)


def control_button(name: str, key: str | None, glyph: Glyph,
                   on_click: Callable[[], None], parent: QWidget) -> GlyphButton:
    """An on-screen control: icon, tooltip naming its key, accessible name, Tab focus only
    (a mouse click must not steal the focus, or Space would press the button, not pause)."""
    button = GlyphButton(glyph, parent)
    button.setProperty("role", "player-control")
    button.setAccessibleName(name)
    button.setToolTip(f"{name} ({key})" if key else name)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoRaise(True)
    button.clicked.connect(on_click)
    return button


class PlayerView(QWidget):
    """Shows a running session and sends the user's commands to its driver."""

    #: The user is done with this session (finish screen "Done", or Esc when nothing runs).
    closed = Signal()
    #: "Again" on the finish screen: the window starts the same routine anew.
    restartRequested = Signal()
    #: The mute control was used; the window owns the setting and tells the cue player.
    muteToggled = Signal(bool)
    #: Switch to the small always-on-top view.
    miniRequested = Signal()

    def __init__(self, driver: SessionDriver, timeline: Timeline, images_dir: Path,
                 parent: QWidget | None = None, *, muted: bool = False,
                 routine_dir: Path | None = None) -> None:
        """``routine_dir``: the routine file's folder, where its own pictures may be."""
        super().__init__(parent)
        self.driver = driver
        self.timeline = timeline
        self.images_dir = images_dir
        self.routine_dir = routine_dir
        # Every picture of the routine is found and read now, so a change of step (on the
        # timer's wake-up) only shows what is already in memory.
        names = {s.source.image for s in timeline.segments if s.source and s.source.image}
        self._pictures: dict[str | None, Path] = {}
        for name in (*names, REST_PICTURE):
            found = find_picture(name, images_dir, routine_dir if name != REST_PICTURE else None)
            if found is not None:
                self._pictures[name] = found
        #: Asked before Esc stops a session; replaced in tests.
        self.confirm_stop: Callable[[], bool] = self._ask_stop
        self._muted = muted
        self._shown: int | None = None  # index of the segment whose static content is shown
        self._banner = ""
        self._banner_segment: int | None = None
        self._phase = ""
        self._slept = False
        self._flashing: list[QWidget] = []
        self._flash_timer = self._single_shot(FLASH_MS, self._end_flash)
        self._banner_timer = self._single_shot(BANNER_MS, self._end_banner)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Player")
        self._build()
        for path in self._pictures.values():
            self.picture.renderer_for(path)
        self._bind_keys()
        driver.happened.connect(self._on_event)
        driver.stateChanged.connect(self._on_state)
        driver.refreshed.connect(self._refresh)
        self._on_state(driver.state)
        self._refresh()

    # --- construction ---------------------------------------------------------------------

    def _single_shot(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.session_page = QWidget()
        self.finish_page = QWidget()
        self.stack.addWidget(self.session_page)
        self.stack.addWidget(self.finish_page)
        self._build_session()
        self._build_finish()

    def _build_session(self) -> None:
        page = self._page = QVBoxLayout(self.session_page)
        page.setContentsMargins(28, 20, 28, 16)
        page.setSpacing(12)
        self.display = _OverlayHost()
        page.addWidget(self.display, 1)

        lay = self._rows = QVBoxLayout(self.display)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        header = QHBoxLayout()
        self.title_label = plain_label(wrap=True)
        self.title_label.setAccessibleName("Step")
        self.count_label = plain_label()
        self.count_label.setAccessibleName("Rep and set")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Counts and times never shrink below their text; the title wraps instead.
        keep = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.count_label.setSizePolicy(keep)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(header)
        self.side_label = plain_label()
        self.side_label.setAccessibleName("Side")
        lay.addWidget(self.side_label)

        self.countdown_label = plain_label(role="countdown")
        self.countdown_label.setAccessibleName("Time left in this step")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.countdown_label)
        self.cue_label = plain_label()
        self.cue_label.setAccessibleName("Cue")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.cue_label)
        self.step_bar = self._bar("step-bar", "Progress of this step")
        bar_row = QHBoxLayout()
        bar_row.addStretch(1)
        bar_row.addWidget(self.step_bar, 6)
        bar_row.addStretch(1)
        lay.addLayout(bar_row)
        lay.addSpacing(10)

        self.body = _Body()
        body = QHBoxLayout(self.body.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(24)
        body.addStretch(1)
        self.picture = PictureView()
        body.addWidget(self.picture, 4)
        text = QWidget()
        text_lay = QVBoxLayout(text)
        text_lay.setContentsMargins(0, 0, 8, 0)
        self.instructions_label = plain_label(wrap=True)
        self.instructions_label.setAccessibleName("Instructions")
        self.tips_label = plain_label(role="muted", wrap=True)
        self.tips_label.setAccessibleName("Tips")
        text_lay.addWidget(self.instructions_label)
        text_lay.addWidget(self.tips_label)
        self._text_layout = text_lay
        text_lay.addStretch(1)
        self.body_scroll = scroll = QScrollArea()
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        text.setAutoFillBackground(False)
        body.addWidget(scroll, 6)
        body.addStretch(1)
        lay.addWidget(self.body, 1)
        scroll.viewport().installEventFilter(self)  # its resizes re-fit the tips

        footer = QHBoxLayout()
        self.next_label = plain_label(wrap=True)
        self.next_label.setAccessibleName("Next step")
        self.left_label = plain_label(role="muted")
        self.left_label.setAccessibleName("Time left in the routine")
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.left_label.setSizePolicy(keep)
        self.total_bar = self._bar("total-bar", "Progress of the routine")
        self.total_bar.setFixedWidth(180)
        footer.addWidget(self.next_label, 1)
        footer.addWidget(self.left_label)
        footer.addSpacing(12)
        footer.addWidget(self.total_bar)
        lay.addLayout(footer)

        overlay = QVBoxLayout(self.display.overlay)
        overlay.addStretch(1)
        self.overlay_label = plain_label()
        self.overlay_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay_hint = plain_label(role="muted", wrap=True)
        self.overlay_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        overlay.addWidget(self.overlay_label)
        overlay.addWidget(self.overlay_hint)
        overlay.addStretch(1)

        self.controls_frame = self._build_controls()
        page.addWidget(self.controls_frame, 0, Qt.AlignmentFlag.AlignHCenter)

    def _bar(self, role: str, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setProperty("role", role)
        bar.setRange(0, 1000)
        bar.setTextVisible(False)
        bar.setAccessibleName(name)
        return bar

    def _build_controls(self) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "player-controls")
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(6)
        self.back_button = control_button("Previous", "Left", Glyph.PREVIOUS,
                                          self.driver.back, self)
        self.pause_button = control_button("Pause", "Space", Glyph.PAUSE, self.toggle, self)
        self.next_button = control_button("Next", "Right", Glyph.NEXT, self.driver.skip, self)
        self.restart_button = control_button("Restart step", "R", Glyph.RESTART,
                                             self.driver.restart_step, self)
        self.mute_button = control_button("Mute", "M", Glyph.SOUND, self.toggle_mute, self)
        self.mute_button.setCheckable(True)
        self.fullscreen_button = control_button("Full screen", "F11", Glyph.FULLSCREEN,
                                                self.toggle_fullscreen, self)
        self.mini_button = control_button("Mini view", None, Glyph.MINI,
                                          self.miniRequested.emit, self)
        self.stop_button = control_button("Stop", "Esc", Glyph.STOP, self.request_stop, self)
        self.controls = [self.back_button, self.pause_button, self.next_button,
                         self.restart_button, self.mute_button, self.fullscreen_button,
                         self.mini_button, self.stop_button]
        for i, button in enumerate(self.controls):
            if i in (4, 7):
                row.addSpacing(18)
            row.addWidget(button)
        self.set_muted(self._muted)
        return frame

    def _build_finish(self) -> None:
        lay = QVBoxLayout(self.finish_page)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(14)
        lay.addStretch(1)
        self.finish_title = plain_label()
        self.finish_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_name = plain_label(role="muted", wrap=True)
        self.finish_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_name.setText(self.timeline.name)
        lay.addWidget(self.finish_title)
        lay.addWidget(self.finish_name)
        lay.addSpacing(16)
        stats = QHBoxLayout()
        stats.addStretch(1)
        self.time_stat = _Stat("active time")
        self.done_stat = _Stat("steps done")
        self.skipped_stat = _Stat("skipped")
        for stat in (self.time_stat, self.done_stat, self.skipped_stat):
            stats.addWidget(stat)
        stats.addStretch(1)
        lay.addLayout(stats)
        lay.addSpacing(16)
        #: Where the history feature puts the "how do the calves feel" rating.
        self.rating_area = QWidget()
        QVBoxLayout(self.rating_area).setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rating_area)
        lay.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again_button = QPushButton("Again")
        self.again_button.setAccessibleName("Do the routine again")
        self.again_button.clicked.connect(self.restartRequested.emit)
        self.done_button = QPushButton("Done")
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName("Done: back to the library")
        self.done_button.clicked.connect(self.closed.emit)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def _bind_keys(self) -> None:
        keys: list[tuple[Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Right, self.driver.skip),
            (Qt.Key.Key_Left, self.driver.back),
            (Qt.Key.Key_R, self.driver.restart_step),
            (Qt.Key.Key_Escape, self.request_stop),
            (Qt.Key.Key_M, self.toggle_mute),
            (Qt.Key.Key_F11, self.toggle_fullscreen),
        ]
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # --- commands ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space pauses and resumes, wherever the focus is in the player (the control
        buttons pass it on; Enter presses them)."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle(self) -> None:
        if not self.driver.state.over:
            self.driver.toggle()

    def request_stop(self) -> None:
        """Esc: stop after confirmation (paused meanwhile); with nothing running, close."""
        state = self.driver.state
        if state.over or state is State.READY:
            self.closed.emit()
            return
        was_running = state is State.RUNNING
        if was_running:
            self.driver.pause()
        if self.confirm_stop():
            self.driver.stop()
        elif was_running:
            self.driver.resume()

    def _ask_stop(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Stop the routine?",
                          "Stop now? The steps done so far are kept.", parent=self)
        stop = box.addButton("Stop", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)
        self.muteToggled.emit(self._muted)

    def set_muted(self, muted: bool) -> None:
        """Show the mute state the window decided on (emits nothing)."""
        self._muted = muted
        button = self.mute_button
        button.setChecked(muted)
        button.set_glyph(Glyph.MUTED if muted else Glyph.SOUND)
        name = "Unmute" if muted else "Mute"
        button.setAccessibleName(name)
        button.setToolTip(f"{name} (M)")

    @property
    def muted(self) -> bool:
        return self._muted

    def toggle_fullscreen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    # --- what is shown ----------------------------------------------------------------------

    def _on_state(self, state: State) -> None:
        if not state.over:
            self.stack.setCurrentWidget(self.session_page)
        running = state is State.RUNNING
        if running:
            self._slept = False
        name = "Pause" if running else ("Start" if state is State.READY else "Resume")
        if self.pause_button.accessibleName() != name:
            self.pause_button.setAccessibleName(name)
            self.pause_button.setToolTip(f"{name} (Space)")
            self.pause_button.set_glyph(Glyph.PAUSE if running else Glyph.PLAY)
        self._update_overlay(state)

    def _update_overlay(self, state: State) -> None:
        if state is State.PAUSED:
            set_text(self.overlay_label, "Paused")
            set_text(self.overlay_hint, "The computer slept. Space to resume"
                     if self._slept else "Space to resume · Esc to stop")
        elif state is State.READY:
            set_text(self.overlay_label, "Ready")
            set_text(self.overlay_hint, "Space to start")
        shown = state in (State.PAUSED, State.READY)
        if shown:
            self.display.overlay.raise_()
        self.display.overlay.setVisible(shown)

    def _refresh(self) -> None:
        engine = self.driver.engine
        seg = engine.segment
        if engine.state.over or seg is None:
            return
        new_step = seg.index != self._shown
        if new_step:
            self._show_segment(seg)
        now = engine.clock.now()
        pos = engine.position(now)
        remaining = engine.remaining_in_segment(now)
        set_text(self.countdown_label, big_text(seg, pos, remaining))
        rewrapped = False  # a count or time changed width: a line may wrap differently
        if set_text(self.count_label, count_text(seg, pos, remaining)):
            rewrapped = self._keep_whole(self.count_label)
        self._phase = phase_word(seg, pos)
        self._show_cue_line()
        step_done = (pos - seg.start) / seg.duration if seg.duration > 0 else 1.0
        self._set_bar(self.step_bar, step_done)
        total = self.timeline.total
        self._set_bar(self.total_bar, pos / total if total > 0 else 1.0)
        if set_text(self.left_label, f"{format_clock(engine.remaining_total(now))} left"):
            rewrapped = self._keep_whole(self.left_label) or rewrapped
        if new_step or rewrapped:
            self._fit_height()  # a new title, side or next step takes other room

    def _set_bar(self, bar: QProgressBar, fraction: float) -> None:
        value = round(min(max(fraction, 0.0), 1.0) * 1000)
        if bar.value() != value:
            bar.setValue(value)

    def _show_segment(self, seg: Segment) -> None:
        """Everything that only changes with the segment: titles, colours, picture, text."""
        self._shown = seg.index
        tint = TINTS[seg.kind]
        for widget in (self.countdown_label, self.side_label, self.cue_label,
                       self.step_bar, self.total_bar):
            set_props(widget, tint=tint)
        set_text(self.title_label, headline(seg))
        side = side_text(seg.side) if seg.kind in (SegmentKind.WORK, SegmentKind.LEAD_IN) else ""
        set_text(self.side_label, side)
        self.side_label.setHidden(not side)
        upcoming = self.timeline.next_work(seg.index)
        if seg.kind is SegmentKind.LEAD_IN:
            upcoming = self.timeline.next_work(upcoming.index) if upcoming else None
        set_text(self.next_label, next_text(upcoming))
        source = seg.source
        if source is None and upcoming is not None and seg.kind is SegmentKind.REST:
            source = upcoming.source  # a bare rest: show what to get ready for
        picture = self._pictures.get(source.image if source else None)
        if picture is None and seg.kind is SegmentKind.REST and seg.source is None:
            picture = self._pictures.get(REST_PICTURE)
        self.picture.set_path(picture)
        self.picture.set_mirrored((seg.side or "").casefold().startswith("right"))
        set_text(self.instructions_label, (source.instructions or "") if source else "")
        tips = source.tips if source else []
        set_text(self.tips_label, "\n".join(f"• {tip}" for tip in tips))
        self._fit_tips()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_tips()
        return super().eventFilter(watched, event)

    def _fit_tips(self) -> None:
        """The tips show only when they fit under the instructions: a runner mid-exercise
        cannot scroll, and the instructions matter more."""
        if not self.tips_label.text():
            self.tips_label.hide()
            return
        width = self.body_scroll.viewport().width() - 8  # the text's right margin
        need = (self.instructions_label.heightForWidth(width) + self._text_layout.spacing()
                + self.tips_label.heightForWidth(width))
        self.tips_label.setVisible(need <= self.body_scroll.viewport().height())

    def _show_cue_line(self) -> None:
        seg = self.driver.engine.segment
        if seg is not None and self._banner_segment != seg.index:
            self._banner = ""  # a banner belongs to the segment whose event raised it
        text = self._banner or self._phase
        if not text and seg is not None and seg.kind is SegmentKind.WORK and seg.bpm:
            text = f"{seg.bpm} steps a minute"
        set_text(self.cue_label, text)

    # --- visual twins of the cues -----------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        seg = event.segment
        if isinstance(event, RoutineFinished | RoutineStopped):
            self._show_finish(event)
        elif isinstance(event, Countdown):
            self._flash(self.countdown_label)
        elif isinstance(event, Halfway):
            self._show_banner("Halfway", event)
            self._flash(self.countdown_label)
        elif isinstance(event, RepPhaseStarted | MetronomeBeat):
            self._flash(self.cue_label)
        elif isinstance(event, StepStarted):
            if seg is None or seg.reps is None:
                self._show_banner("Go", event)
            self._flash(self.countdown_label)
        elif isinstance(event, SwitchSides):
            self._show_banner("Switch sides", event)
            self._flash(self.countdown_label)
        elif isinstance(event, RestStarted):
            self._show_banner("Rest", event)
        elif isinstance(event, LeadInStarted):
            self._show_banner("Get ready", event)
        elif isinstance(event, Suspended):
            self._slept = True
            self._update_overlay(self.driver.state)

    def _flash(self, widget: QWidget) -> None:
        if widget not in self._flashing:
            self._flashing.append(widget)
        set_props(widget, flash="on")
        self._flash_timer.start()

    def _end_flash(self) -> None:
        for widget in self._flashing:
            set_props(widget, flash="off")
        self._flashing.clear()

    def _show_banner(self, text: str, event: Event) -> None:
        self._banner = text
        self._banner_segment = event.segment.index if event.segment is not None else None
        self._banner_timer.start()
        self._show_cue_line()

    def _end_banner(self) -> None:
        self._banner = ""
        self._show_cue_line()

    @property
    def banner(self) -> str:
        """The transient cue text under the countdown ("Halfway"...), empty when none."""
        return self._banner

    def _show_finish(self, event: RoutineFinished | RoutineStopped) -> None:
        stopped = isinstance(event, RoutineStopped)
        set_text(self.finish_title, "Stopped early" if stopped else "Well done")
        set_text(self.time_stat.value, format_duration(event.active_seconds))
        set_text(self.done_stat.value, str(event.done))
        # The same unit as the history's "3 of 5": each side and set of an exercise is a step.
        total = len(self.timeline.work_segments)
        set_text(self.done_stat.caption, f"of {total} step{'s' if total != 1 else ''} done")
        set_text(self.skipped_stat.value, str(event.skipped))
        self._end_flash()
        self._banner_timer.stop()
        self._banner = ""
        self.stack.setCurrentWidget(self.finish_page)
        self.done_button.setFocus()

    # --- scale --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # the step may have changed while hidden
        if self.stack.currentWidget() is self.session_page:
            self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

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

    def _overflow(self) -> int:
        """How much more height than the view's the step display needs at its least (the
        picture and instructions take none), with the fonts as they are now; 0 or less when
        it fits."""
        margins = self._page.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        need = (margins.top() + min_height_for_width(self._rows, width) + self._page.spacing()
                + self.controls_frame.sizeHint().height() + margins.bottom())
        return need - self.height()

    def _fit_height(self) -> None:
        """The countdown, then the rows around it sized to what is left of the height: their
        type follows the window and the user's text size, and shrinks only as far as the
        rows need to fit (long names wrap, large text). The picture and instructions take
        what remains. Only if the smallest type still does not fit does the countdown give
        up room, so nothing is ever laid over anything else."""
        if not self.isVisible():
            return  # sized when shown
        h, w = max(self.height(), 1), max(self.width(), 1)
        s = text_scale()
        self._scale_countdown(h, w)
        fit = 1.0
        self._scale_rows(h, s)
        while self._overflow() > 0 and fit > SMALLEST_TYPE:
            fit *= TYPE_STEP
            self._scale_rows(h, s * fit)
        overflow = self._overflow()
        if overflow > 0:
            self._scale_countdown(h, w, self.countdown_label.minimumHeight() - overflow)
        self._fit_tips()

    def _scale_fonts(self) -> None:
        """Type sized to the window, so the number reads from across the room at any size."""
        h = max(self.height(), 1)
        s = text_scale()
        weight = QFont.Weight
        set_pixel_size(self.cue_label, min(max(h * 0.06, 18), 72), weight.Bold)
        # The cue line keeps its room when empty: a banner coming or going moves nothing.
        self.cue_label.setMinimumHeight(self.cue_label.fontMetrics().height())
        body = min(max(h * 0.027 * s, 13), 30)
        set_pixel_size(self.instructions_label, body)
        set_pixel_size(self.tips_label, body * 0.9)
        lines = BODY_LINES * self.instructions_label.fontMetrics().lineSpacing()
        self.body.set_least_height(lines)
        foot = min(max(h * 0.03 * s, 13), 34)
        set_pixel_size(self.overlay_label, h * 0.13, weight.Bold)
        set_pixel_size(self.overlay_hint, foot)
        icon = round(min(max(h * 0.045, 22), 44))
        for button in self.controls:
            button.setIconSize(QSize(icon, icon))
        set_pixel_size(self.finish_title, min(max(h * 0.08, 24), 96), weight.Bold)
        set_pixel_size(self.finish_name, foot)
        for stat in (self.time_stat, self.done_stat, self.skipped_stat):
            set_pixel_size(stat.value, min(max(h * 0.1, 28), 120), weight.DemiBold)
            set_pixel_size(stat.caption, foot)
        set_pixel_size(self.again_button, foot)
        set_pixel_size(self.done_button, foot)
        self._fit_height()
