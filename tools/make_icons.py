"""Render the app icon's PNG sizes from its SVG, into the hicolor theme under ``desktop/``.

    python tools/make_icons.py          # after editing the SVG; commit the PNGs it writes

The SVG (``desktop/icons/hicolor/scalable/apps/<app id>.svg``) is the one design; desktops
that cannot scale SVG, and menus at 16 and 24 px, take the PNGs. Rendered with Qt's own SVG
renderer (SVG Tiny 1.2, as the exercise pictures are), so what the window shows as its icon
and what the menus show are drawn alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from supple.qt.platform.desktop_entry import APP_ID, ICON_SIZES  # noqa: E402

HICOLOR = ROOT / "desktop" / "icons" / "hicolor"


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not be written")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and image plugins need one)
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    for size in ICON_SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(svg, size, out)
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
