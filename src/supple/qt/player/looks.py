"""How the full player and the mini view write to their widgets: only what changed.

A passing second must repaint one small label and nothing else, so text, style properties and
fonts are each set only when they differ. The tints and the pulse length are shared, so both
views colour and flash the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from supple.core.session.timeline import SegmentKind

FLASH_MS = 350  # a pulse: long enough to catch from the corner of an eye, short enough to be calm
BASE_POINT_SIZE = 11.0  # the theme's base size at text scale 1 (see theme.apply_theme)

#: The colour of each kind of segment (the theme's ``tint`` property).
TINTS: dict[SegmentKind, str] = {
    SegmentKind.WORK: "work",
    SegmentKind.REST: "rest",
    SegmentKind.SWITCH: "rest",
    SegmentKind.LEAD_IN: "ready",
}


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


def text_scale() -> float:
    """The user's text-size setting, as applied to the application font by the theme."""
    pt = QApplication.font().pointSizeF()
    return min(max(pt / BASE_POINT_SIZE, 0.75), 2.0) if pt > 0 else 1.0
