"""Exercise pictures: found, checked before Qt sees them, and drawn off the path to a paint.

A picture beside a user's routine is anything the user (or whoever shared the routine) put
there, and Qt's SVG renderer has no bound of its own: a 3 KB file of nested ``<use>`` kept the
library from ever showing its window. So :func:`find_picture` offers such a file only once it
passed :mod:`supple.core.routines.picture_check` (and has not since been given up while
drawing), and :func:`picture_icon` returns an icon that draws nothing until the worker of
:mod:`supple.qt.widgets.picture_renderer` has drawn it (checking the file again), asking for
it after the paint that first needed it. The player's :class:`PictureView` does the same with
pictures read into memory when the player is made (:func:`read_picture`), so nothing that
shows a picture ever draws an SVG on the GUI thread, and one that takes too long is given up
(see the renderer). A picture that fails is not drawn (its step's name stands in its place)
and its warning joins the library's problems (:func:`picture_problems`), once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QSizePolicy, QWidget

from supple.core.problems import Problem
from supple.core.safe_read import Stamp, file_stamp, read_regular_file
from supple.qt.i18n import tr

if TYPE_CHECKING:
    # Imported when first needed: the checker only for a picture of the user's, the
    # renderer after the first paint, so neither delays the window's first paint.
    from supple.qt.widgets.picture_renderer import PictureRenderer

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
#: Each file's verdict (None: fine, or why not), kept while its stat stays the same.
_checks: OrderedDict[Path, tuple[Stamp, Problem | None]] = OrderedDict()
_refresh_pending = False
#: Drawings asked for during a paint (the file, the box, and the bytes read earlier with the
#: file's stamp then, if any), requested from the renderer after it.
_wanted: dict[tuple[Path, int, int], tuple[Path, QSize, bytes | None, Stamp | None]] = {}


class Picture(NamedTuple):
    """A picture read into memory when a screen was made, so that showing it later reads
    nothing: the file, its stamp when read, and its bytes (checked again before drawing)."""

    path: Path
    stamp: Stamp
    data: bytes


def picture_problems() -> PictureProblems:
    global _problems
    if _problems is None:
        _problems = PictureProblems()
    return _problems


def picture_renderer() -> PictureRenderer:
    global _renderer
    if _renderer is None:
        from supple.qt.widgets.picture_renderer import PictureRenderer

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


def settle_pictures(wait_s: float = 5.0) -> bool:
    """Process events until every picture asked for is drawn (or failed), for a screenshot
    or a test that grabs a window at once; whether that happened within ``wait_s``."""
    import time

    app = QApplication.instance()
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if app is not None:
            app.processEvents()
        if not _wanted and (_renderer is None or _renderer.idle()):
            if app is not None:
                app.processEvents()  # the repaint the last drawing asked for
            return True
        time.sleep(0.005)
    return False


def stop_drawing(wait_s: float = 2.0) -> bool:
    """Before the app exits: stop the picture worker and wait for the drawing under way;
    False if one is still being drawn after ``wait_s`` (a picture given up as too slow)."""
    return _renderer.shutdown(wait_s) if _renderer is not None else True


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
        shown = top.findChildren(PictureView)
        if isinstance(top, PictureView):
            shown.append(top)
        for picture in shown:
            picture.refresh()


def _verdict(path: Path) -> Problem | None:
    """Why the picture at ``path`` may not be drawn, or None when it may."""
    stamp = file_stamp(path)
    if stamp is None:
        return None
    cached = _checks.get(path)
    if cached is not None and cached[0] == stamp:
        _checks.move_to_end(path)
        return cached[1]
    from supple.core.routines.picture_check import CheckedPicture, check_picture

    checked = check_picture(path)
    verdict = None if isinstance(checked, CheckedPicture) else checked
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

    Only the file name counts, so a routine can never point outside those two folders. The
    built-in pictures ship with the app (and their tests check each one), so only a picture
    of the user's is checked here; the worker checks every file again before drawing it.
    """
    if not name:
        return None
    file_name = Path(name).name
    candidates = [routine_dir / file_name] if routine_dir is not None else []
    candidates.append(images_dir / file_name)
    for path in candidates:
        if path.is_file():
            verdict = _verdict(path) if path.parent != images_dir else None
            if verdict is not None:
                picture_problems().add(verdict)
                return None
            if _renderer is not None and _renderer.gave_up(path):
                return None
            return path
    return None


def read_picture(path: Path) -> Picture | None:
    """The picture at ``path`` read into memory (as :func:`find_picture` gives it); None, with
    a warning, when it cannot be read (it may have become a pipe or a folder since)."""
    from supple.core.routines.picture_check import MAX_PICTURE_BYTES, picture_problem

    stamp = file_stamp(path)
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES)
    except OSError as exc:
        picture_problems().add(picture_problem(path, tr("cannot be read: {why}").format(
            why=exc.strerror or exc)))
        return None
    return Picture(path, stamp, data) if stamp is not None else None


def _want(path: Path, box: QSize, data: bytes | None = None,
          stamp: Stamp | None = None) -> None:
    """Ask for a drawing once the paint under way is over (a paint never waits, and the
    renderer is not even imported before the first one)."""
    if not _wanted:
        QTimer.singleShot(0, _ask)
    _wanted[(path, box.width(), box.height())] = (path, box, data, stamp)


def _ask() -> None:
    renderer = picture_renderer()
    wanted = list(_wanted.values())
    _wanted.clear()
    for path, box, data, stamp in wanted:
        renderer.request(path, box, data, stamp)


class _PictureEngine(QIconEngine):
    """Paints the picture once the worker has drawn it at the size asked; until then (or
    when it failed) nothing, so a paint never waits for a drawing."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__()
        self.path = path
        self.size = size

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        if rect.width() <= 0 or rect.height() <= 0:
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        box = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        image = _renderer.image(self.path, box) if _renderer is not None else None
        if image is None:
            _want(self.path, box)
            return
        w, h = image.width() / ratio, image.height() / ratio
        painter.drawImage(QRectF(rect.x() + (rect.width() - w) / 2,
                                 rect.y() + (rect.height() - h) / 2, w, h), image)

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
        return _PictureEngine(self.path, self.size)

    def key(self) -> str:
        return "supple-picture"


def picture_icon(path: Path | None, size: int = 48) -> QIcon:
    """An icon of the picture at ``path`` (as :func:`find_picture` gives), drawn lazily on
    the worker; an empty icon for None."""
    if path is None:
        return QIcon()
    return QIcon(_PictureEngine(path, size))


class PictureView(QWidget):
    """A picture drawn to fit with its aspect kept; hidden when there is none, or when it could
    not be drawn (the step's name above it says what to do).

    A paint only shows what the worker has drawn at this size; until then the view keeps its
    place and shows nothing, and asks for the drawing after the paint. The other pictures it
    was given are drawn ahead at the size shown, so a change of step finds its picture ready.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: Picture | None = None
        self._ahead: tuple[Picture, ...] = ()
        self._ahead_box = QSize()
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(48, 48)
        self.setAccessibleName(tr("Exercise picture"))
        self.setHidden(True)

    @property
    def path(self) -> Path | None:
        """The file of the picture shown (or being drawn); None when none shows."""
        picture = self._picture
        if picture is None or (_renderer is not None
                               and _renderer.gave_up(picture.path, picture.stamp)):
            return None
        return picture.path

    def set_pictures(self, pictures: Iterable[Picture]) -> None:
        """The pictures this view will show, drawn ahead once it has a size."""
        self._ahead = tuple(pictures)
        self._ahead_box = QSize()

    def set_picture(self, picture: Picture | None) -> None:
        if picture is not self._picture:
            self._picture = picture
            self.refresh()

    def refresh(self) -> None:
        """Show the news from the worker: a picture drawn, or given up (then hidden)."""
        hidden = self.path is None
        if self.isHidden() != hidden:
            self.setHidden(hidden)
        self._fit()
        self.update()

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
        picture = self._picture
        known = _renderer.aspect(picture.path, picture.stamp) if (
            picture is not None and _renderer is not None) else None
        return known or 1.0

    def _fit(self) -> None:
        """Take only the width the picture needs at this height, leaving the rest to text."""
        width = max(48, round(self.height() * self._aspect()))
        if self.maximumWidth() != width:
            self.setMaximumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        picture = self._picture
        if picture is None:
            return
        ratio = self.devicePixelRatioF()
        box = QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        image = _renderer.image(picture.path, box, picture.stamp) if _renderer else None
        if image is None:
            _want(picture.path, box, picture.data, picture.stamp)
        else:
            # At whole device pixels, so the drawing is copied, not resampled.
            x = round((box.width() - image.width()) / 2) / ratio
            y = round((box.height() - image.height()) / 2) / ratio
            painter = QPainter(self)
            if self._mirrored:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            painter.drawImage(QRectF(x, y, image.width() / ratio, image.height() / ratio),
                              image)
            painter.end()
            if box != self._ahead_box:  # once settled at a size: not at each step of a resize
                self._ahead_box = box
                for other in self._ahead:
                    if other is not picture:
                        _want(other.path, box, other.data, other.stamp)
