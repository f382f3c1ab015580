"""Exercise pictures: SVG files rendered crisply at any size, cached per size."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def find_picture(
    name: str | None, images_dir: Path, routine_dir: Path | None = None
) -> Path | None:
    """The picture file for ``name``: beside the routine file first, then the built-in ones.

    Only the file name counts, so a routine can never point outside those two folders.
    """
    if not name:
        return None
    file_name = Path(name).name
    candidates = [routine_dir / file_name] if routine_dir is not None else []
    candidates.append(images_dir / file_name)
    for path in candidates:
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=256)
def render_picture(path: Path, width: int, height: int, ratio: float = 1.0) -> QPixmap:
    """The SVG scaled to fit ``width``×``height`` keeping its aspect; empty if unreadable."""
    size = QSize(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return QPixmap()
    view = renderer.defaultSize()
    scale = min(size.width() / max(view.width(), 1), size.height() / max(view.height(), 1))
    w, h = view.width() * scale, view.height() * scale
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def picture_icon(path: Path | None, size: int = 48) -> QIcon:
    if path is None:
        return QIcon()
    return QIcon(render_picture(path, size, size, 2.0))
