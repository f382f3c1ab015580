"""The player's buttons: drawn icons that follow the theme, and the bar that holds them.

The mini view uses the same buttons. Each is reachable by Tab only and passes Space on to the
player, because Space must pause wherever the focus is, never press a button.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QToolButton, QWidget

from supple.core.session.engine import State
from supple.qt.i18n import tr

# untranslated: the controls' keys, in Qt's portable form (QKeySequence writes them natively)
KEYS = {"previous": "Left", "pause": "Space", "next": "Right", "restart": "R", "mute": "M",
        "fullscreen": "F11", "stop": "Esc"}


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


def show_toggle(button: GlyphButton, name: str, running: bool) -> None:
    """Name the pause/resume button for what it does next (``name``), once it changes."""
    if button.accessibleName() != name:
        button.setAccessibleName(name)
        button.setToolTip(tr("{name} (Space)").format(name=name))
        button.set_glyph(Glyph.PAUSE if running else Glyph.PLAY)


class PlayerControls(QFrame):
    """The full player's row of controls under the step; each calls what it is given."""

    def __init__(self, *, back: Callable[[], None], toggle: Callable[[], None],
                 skip: Callable[[], None], restart: Callable[[], None],
                 mute: Callable[[], None], fullscreen: Callable[[], None],
                 mini: Callable[[], None], stop: Callable[[], None],
                 muted: bool = False) -> None:
        super().__init__()
        self.setProperty("role", "player-controls")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(6)
        parent = self
        self.back_button = control_button(tr("Previous"), KEYS["previous"], Glyph.PREVIOUS, back,
                                          parent)
        self.pause_button = control_button(tr("Pause"), KEYS["pause"], Glyph.PAUSE, toggle, parent)
        self.next_button = control_button(tr("Next"), KEYS["next"], Glyph.NEXT, skip, parent)
        self.restart_button = control_button(tr("Restart step"), KEYS["restart"], Glyph.RESTART,
                                             restart, parent)
        self.mute_button = control_button(tr("Mute"), KEYS["mute"], Glyph.SOUND, mute, parent)
        self.mute_button.setCheckable(True)
        self.fullscreen_button = control_button(tr("Full screen"), KEYS["fullscreen"],
                                                Glyph.FULLSCREEN, fullscreen, parent)
        self.mini_button = control_button(tr("Mini view"), None, Glyph.MINI, mini, parent)
        self.stop_button = control_button(tr("Stop"), KEYS["stop"], Glyph.STOP, stop, parent)
        self.buttons = [self.back_button, self.pause_button, self.next_button,
                        self.restart_button, self.mute_button, self.fullscreen_button,
                        self.mini_button, self.stop_button]
        for i, button in enumerate(self.buttons):
            if i in (4, 7):
                row.addSpacing(18)
            row.addWidget(button)
        self.show_muted(muted)

    def show_state(self, state: State) -> None:
        running = state is State.RUNNING
        name = tr("Pause") if running else (tr("Start") if state is State.READY else tr("Resume"))
        show_toggle(self.pause_button, name, running)

    def show_muted(self, muted: bool) -> None:
        button = self.mute_button
        button.setChecked(muted)
        button.set_glyph(Glyph.MUTED if muted else Glyph.SOUND)
        name = tr("Unmute") if muted else tr("Mute")
        button.setAccessibleName(name)
        button.setToolTip(tr("{name} (M)").format(name=name))
