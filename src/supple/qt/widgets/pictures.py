"""Exercise pictures: found, checked before Qt sees them, and drawn off the path to a paint.

A picture beside a user's routine is anything the user (or whoever shared the routine) put
there, and Qt's SVG renderer has no bound of its own: a 3 KB file of nested ``<use>`` kept the
library from ever showing its window. So :func:`find_picture` offers only a file that passed
:mod:`supple.core.routines.picture_check` (and has not since been given up while drawing), and
:func:`picture_icon` returns an icon that draws nothing until the worker of
:mod:`supple.qt.widgets.picture_renderer` has drawn it, asking for it the first time it is
painted. A picture that fails is not drawn (its step's name stands in its place) and its
warning joins the library's problems through :func:`picture_problems`.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication

from supple.core.problems import Problem
from supple.core.routines.picture_check import CheckedPicture, check_picture
from supple.qt.widgets.picture_renderer import PictureRenderer, Stamp, file_stamp

MAX_CHECKS = 512


class PictureProblems(QObject):
    """The warnings about pictures not drawn, once each, in the order they were met."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: dict[tuple[str, str], Problem] = {}

    def add(self, problem: Problem) -> None:
        key = (problem.file, problem.message)
        if key not in self._problems:
            self._problems[key] = problem
            self.changed.emit()

    def problems(self) -> list[Problem]:
        return list(self._problems.values())


_problems: PictureProblems | None = None
_renderer: PictureRenderer | None = None
#: Each file's verdict (its aspect, or why not), kept while its stat stays the same.
_checks: OrderedDict[Path, tuple[Stamp, float | Problem]] = OrderedDict()
_refresh_pending = False


def picture_problems() -> PictureProblems:
    global _problems
    if _problems is None:
        _problems = PictureProblems()
    return _problems


def picture_renderer() -> PictureRenderer:
    global _renderer
    if _renderer is None:
        _renderer = PictureRenderer()
        _connect(_renderer)
    return _renderer


def set_picture_renderer(renderer: PictureRenderer) -> PictureRenderer | None:
    """Use ``renderer`` from now on (tests give one a budget or a drawing of their own);
    returns the one used before."""
    global _renderer
    previous, _renderer = _renderer, renderer
    _connect(renderer)
    return previous


def _connect(renderer: PictureRenderer) -> None:
    renderer.failed.connect(picture_problems().add)
    renderer.ready.connect(_schedule_refresh)


def _schedule_refresh() -> None:
    """Repaint the item views once the worker has news: an icon cannot tell its view."""
    global _refresh_pending
    if not _refresh_pending:
        _refresh_pending = True
        QTimer.singleShot(0, _refresh_views)


def _refresh_views() -> None:
    global _refresh_pending
    _refresh_pending = False
    for top in QApplication.topLevelWidgets():
        views = top.findChildren(QAbstractItemView)
        if isinstance(top, QAbstractItemView):
            views.append(top)
        for view in views:
            view.viewport().update()


def _verdict(path: Path) -> float | Problem | None:
    """The aspect of a usable picture, or the problem with it; None if there is no file."""
    stamp = file_stamp(path)
    if stamp is None:
        return None
    cached = _checks.get(path)
    if cached is not None and cached[0] == stamp:
        _checks.move_to_end(path)
        return cached[1]
    checked = check_picture(path)
    verdict = checked.aspect if isinstance(checked, CheckedPicture) else checked
    _checks[path] = (stamp, verdict)
    while len(_checks) > MAX_CHECKS:
        _checks.popitem(last=False)
    return verdict


def find_picture(
    name: str | None, images_dir: Path, routine_dir: Path | None = None
) -> Path | None:
    """The picture file for ``name``: beside the routine file first, then the built-in ones;
    None when there is none, or when the one found may not or could not be drawn (its
    warning is then among :func:`picture_problems`).

    Only the file name counts, so a routine can never point outside those two folders.
    """
    if not name:
        return None
    file_name = Path(name).name
    candidates = [routine_dir / file_name] if routine_dir is not None else []
    candidates.append(images_dir / file_name)
    for path in candidates:
        if path.is_file():
            verdict = _verdict(path)
            if isinstance(verdict, Problem):
                picture_problems().add(verdict)
                return None
            if verdict is None or (_renderer is not None and _renderer.gave_up(path)):
                return None
            return path
    return None


def picture_aspect(path: Path) -> float:
    """Width over height of a picture :func:`find_picture` offered (1 if unknown)."""
    verdict = _verdict(path)
    return verdict if isinstance(verdict, float) else 1.0


class _PictureEngine(QIconEngine):
    """Paints the picture once the worker has drawn it at the size asked; until then (or
    when it failed) nothing, so a paint never waits for a drawing."""

    def __init__(self, path: Path, aspect: float, size: int) -> None:
        super().__init__()
        self.path = path
        self.aspect = aspect
        self.size = size

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        w, h = rect.width(), rect.height()
        if w <= 0 or h <= 0:
            return
        if w / h > self.aspect:
            w = max(1, round(h * self.aspect))
        else:
            h = max(1, round(w / self.aspect))
        target = QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2,
                        w, h)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixels = QSize(max(1, round(w * ratio)), max(1, round(h * ratio)))
        renderer = picture_renderer()
        image = renderer.image(self.path, pixels)
        if image is None:
            renderer.request(self.path, pixels)
            return
        painter.drawImage(target, image)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(QSize(max(1, round(size.width() * scale)),
                               max(1, round(size.height() * scale))))
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _PictureEngine(self.path, self.aspect, self.size)

    def key(self) -> str:
        return "supple-picture"


def picture_icon(path: Path | None, size: int = 48) -> QIcon:
    """An icon of the picture at ``path`` (as :func:`find_picture` gives), drawn lazily on
    the worker; an empty icon for None."""
    if path is None:
        return QIcon()
    return QIcon(_PictureEngine(path, picture_aspect(path), size))
