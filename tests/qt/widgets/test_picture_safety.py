"""Hostile pictures beside a user's routine: never handed to Qt, never drawn on the way to
the first paint, and a picture that takes too long is given up.

Qt's real renderer is replaced by a spy only where a hostile file would make it hang (that is
how these tests fail on the old code instead of hanging); accepted pictures are drawn by the
real Qt SVG plug-in on the worker thread.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from hostile_pictures import HOSTILE, write_hostile
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import images_dir
from supple.core.settings import Settings
from supple.qt.widgets import pictures

GOOD = "calf-raise.svg"
ROUTINE = f"""\
supple: 1
name: Hostile pictures
steps:
  - {{name: Good one, hold: 5s, image: {GOOD}}}
  - {{name: Nested, hold: 5s, image: nested-use.svg}}
  - {{name: Huge, hold: 5s, image: huge-canvas.svg}}
  - {{name: Entity, hold: 5s, image: external-entity.svg}}
"""


class SvgSpy:
    """Stands in for QSvgRenderer: records every file given to it; a real renderer for the
    others, an invalid one for the hostile files (the real one would not come back)."""

    seen: list[str]

    def __init__(self) -> None:
        self.seen = []

    def __call__(self, source: object = None, *args: object) -> QSvgRenderer:
        self.seen.append(str(source))
        if any(str(source).endswith(name) for name in HOSTILE):
            return QSvgRenderer()
        return QSvgRenderer(source, *args) if source is not None else QSvgRenderer()

    def hostile_seen(self) -> list[str]:
        return [s for s in self.seen if any(s.endswith(name) for name in HOSTILE)]


@pytest.fixture
def routine_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "routines"
    write_hostile(folder)
    shutil.copy(images_dir() / GOOD, folder / GOOD)
    (folder / "hostile.yaml").write_text(ROUTINE)
    return folder


@pytest.fixture
def fresh_pictures(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pictures' caches, warnings and renderer as at start-up, put back afterwards."""
    monkeypatch.setattr(pictures, "_checks", OrderedDict(), raising=False)
    monkeypatch.setattr(pictures, "_problems", None, raising=False)
    monkeypatch.setattr(pictures, "_renderer", None, raising=False)
    monkeypatch.setattr(pictures, "_wanted", {}, raising=False)
    yield
    renderer = getattr(pictures, "_renderer", None)
    if renderer is not None:
        renderer.shutdown()


def hostile_paths(folder: Path) -> set[str]:
    return {str(folder / name) for name in HOSTILE}


def test_a_refused_picture_is_never_given_to_qt(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SvgSpy()
    monkeypatch.setattr(pictures, "QSvgRenderer", spy, raising=False)
    for name in HOSTILE:
        found = pictures.find_picture(name, images_dir(), routine_dir)
        icon = pictures.picture_icon(found, 56)
        pixmap = QPixmap(56, 56)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        icon.paint(painter, pixmap.rect())
        painter.end()
        assert found is None, name
    assert spy.hostile_seen() == []
    warned = {p.file: p.message for p in pictures.picture_problems().problems()}
    assert set(warned) == hostile_paths(routine_dir)
    assert "100000000×100000000 px" in warned[str(routine_dir / "huge-canvas.svg")]
    assert "DOCTYPE" in warned[str(routine_dir / "external-entity.svg")]
    assert "references" in warned[str(routine_dir / "nested-use.svg")]


def test_the_library_paints_before_drawing_any_picture_and_draws_them_on_a_worker(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from supple.qt.library.view import LibraryView

    spy = SvgSpy()
    monkeypatch.setattr(pictures, "QSvgRenderer", spy, raising=False)
    view = LibraryView(scan_catalog(None, [routine_dir]), {}, images_dir())
    qtbot.addWidget(view)
    assert view.title.text() == "Hostile pictures"
    assert spy.seen == []  # nothing drawn while the window is built

    from supple.qt.widgets.picture_renderer import PictureRenderer, draw_svg

    drawn_on: list[tuple[int, bytes]] = []

    def draw(data: bytes, size: QSize) -> QImage:
        drawn_on.append((threading.get_ident(), data))
        return draw_svg(data, size)

    renderer = PictureRenderer(draw=draw)
    pictures.set_picture_renderer(renderer)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(renderer.ready, timeout=10_000):
        view.steps.viewport().repaint()  # the first paint asks; it does not wait
    assert [data for _, data in drawn_on] == [(routine_dir / GOOD).read_bytes()]
    assert all(thread != threading.get_ident() for thread, _ in drawn_on)
    assert spy.seen == []
    # The good picture's icon now paints it; the three others are listed as warnings.
    image = view.steps.viewport().grab().toImage()
    row = view.steps.visualItemRect(view.steps.item(0))
    painted = sum(image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).name() != "#ffffff"
                  for x in range(row.left(), row.left() + 60) for y in range(row.top(),
                                                                             row.bottom()))
    assert painted > 500
    problems = [str(p) for p in view.problems()]
    # Each once, at the line of the routine that names it (the catalog's warning).
    assert len(problems) == 3 and all("picture not shown" in p for p in problems)
    assert all(p.startswith(f"{routine_dir / 'hostile.yaml'}:") for p in problems)
    assert view.problems_button.text().startswith("⚠ 3 problems")


def test_the_window_and_player_of_such_a_routine_never_hand_them_to_qt(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import supple.qt.player.view  # noqa: F401  (with whatever modules it draws through)
    from supple.qt.main_window import MainWindow, Services
    from supple.qt.widgets.picture_renderer import PictureRenderer, draw_svg

    drawing = [name for name, m in sys.modules.items()
               if name.startswith("supple.qt.player") and hasattr(m, "QSvgRenderer")]
    assert drawing == [], "the player draws pictures only through the renderer's worker"
    library_spy = SvgSpy()
    monkeypatch.setattr(pictures, "QSvgRenderer", library_spy, raising=False)
    drawn: list[bytes] = []

    def draw(data: bytes, size: QSize) -> QImage:
        drawn.append(data)
        return draw_svg(data, size)

    pictures.set_picture_renderer(PictureRenderer(draw=draw))
    paths = AppPaths.resolve(routine_dir.parent)
    services = Services(paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(),
                        history=None, voice_reason=None,
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)))
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    window.confirm_quit = lambda: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    card = window.catalog.find("hostile")
    assert card is not None
    window.start_card(card)
    assert window.session is not None and window.session.player is not None
    window.session.player.picture.repaint()
    assert pictures.settle_pictures()
    assert library_spy.hostile_seen() == []
    good = (routine_dir / GOOD).read_bytes()
    assert good in drawn  # the good one is still shown
    assert {data for data in drawn if data != good} <= {(images_dir() / "rest.svg").read_bytes()}


def test_a_picture_still_drawing_after_the_budget_is_given_up(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path) -> None:
    """The stall is an event the drawing waits on; the give-up is seen by the result, not
    by timing it."""
    from supple.qt.widgets.picture_renderer import PictureRenderer, draw_svg

    slow_data = (routine_dir / GOOD).read_bytes()
    release = threading.Event()

    def draw(data: bytes, size: QSize) -> QImage:
        if data == slow_data:
            release.wait(30)  # as a picture Qt takes minutes over
        return draw_svg(data, size)

    renderer = PictureRenderer(draw=draw, budget=0.001)
    pictures.set_picture_renderer(renderer)
    slow = pictures.find_picture(GOOD, images_dir(), routine_dir)
    assert slow is not None
    with qtbot.waitSignal(renderer.failed, timeout=10_000) as failed:
        renderer.request(slow, QSize(56, 56))
    assert failed.args is not None
    assert "took more than 1 ms to draw, so it was given up" in str(failed.args[0])
    assert pictures.find_picture(GOOD, images_dir(), routine_dir) is None  # not offered again
    assert [p.file for p in pictures.picture_problems().problems()] == [str(slow)]
    # A fresh worker draws the next picture while the stuck one is still busy.
    other = images_dir() / "rest.svg"
    renderer.budget = 10.0
    with qtbot.waitSignal(renderer.ready, timeout=10_000):
        renderer.request(other, QSize(40, 40))
    assert renderer.image(other, QSize(40, 40)) is not None
    release.set()
    qtbot.waitUntil(lambda: not renderer._abandoned, timeout=10_000)
    assert renderer.image(slow, QSize(56, 56)) is None  # its late result was dropped


def test_a_drawing_that_finished_over_the_budget_is_given_up(
        qtbot: QtBot, fresh_pictures: None) -> None:
    from supple.qt.widgets.picture_renderer import PictureRenderer

    renderer = PictureRenderer(budget=0.0)
    pictures.set_picture_renderer(renderer)
    path = images_dir() / GOOD
    with qtbot.waitSignal(renderer.failed, timeout=10_000):
        renderer.request(path, QSize(56, 56))
    assert renderer.image(path, QSize(56, 56)) is None and renderer.gave_up(path)


def test_a_picture_changed_after_its_check_is_checked_again_before_drawing(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path) -> None:
    from supple.qt.widgets.picture_renderer import PictureRenderer

    renderer = PictureRenderer()
    pictures.set_picture_renderer(renderer)
    path = pictures.find_picture(GOOD, images_dir(), routine_dir)
    assert path is not None
    path.write_bytes(HOSTILE["nested-use.svg"]())  # swapped after find_picture said yes
    with qtbot.waitSignal(renderer.failed, timeout=10_000) as failed:
        renderer.request(path, QSize(56, 56))
    assert failed.args is not None and "references" in str(failed.args[0])
    assert pictures.find_picture(GOOD, images_dir(), routine_dir) is None


def test_settle_pictures_returns_once_every_icon_asked_for_is_drawn(
        qtbot: QtBot, fresh_pictures: None, routine_dir: Path) -> None:
    """For screenshots and tests that grab a window at once (tools/screenshot_editor.py)."""
    from supple.qt.library.view import LibraryView

    view = LibraryView(scan_catalog(None, [routine_dir]), {}, images_dir())
    qtbot.addWidget(view)
    view.resize(1000, 700)  # room for the list of steps beside the routines
    view.show()
    qtbot.waitExposed(view)
    view.steps.viewport().repaint()
    assert pictures.settle_pictures()
    renderer = pictures.picture_renderer()
    assert renderer.idle() and renderer.drawn == 1  # the good picture; the others refused


def test_a_drawing_held_up_by_a_busy_machine_is_not_given_up(
        qtbot: QtBot, fresh_pictures: None) -> None:
    """What the budget bounds is the drawing's own work (its thread's processor time), not
    the wall clock: on a loaded machine, or while the GUI thread holds Python's lock, a
    picture that costs Qt a few milliseconds can wait far longer than the budget to be
    scheduled. Given up, it was listed as a broken picture for the rest of the run (seen:
    the editor's thumbnails and the library's warnings, in a full test run beside others)."""
    from supple.qt.widgets.picture_renderer import WALL_FACTOR, PictureRenderer, draw_svg

    def draw(data: bytes, size: QSize) -> QImage:
        time.sleep(0.3)  # waiting to be scheduled: no processor time of its own
        return draw_svg(data, size)

    renderer = PictureRenderer(draw=draw, budget=0.1)
    assert renderer.budget * WALL_FACTOR > 0.6  # the wall-clock bound is well away
    pictures.set_picture_renderer(renderer)
    path = images_dir() / GOOD
    with qtbot.waitSignal(renderer.ready, timeout=10_000):
        renderer.request(path, QSize(56, 56))
    assert not renderer.gave_up(path)
    assert renderer.image(path, QSize(56, 56)) is not None


def test_a_drawing_that_burns_the_processor_past_the_budget_is_given_up(
        qtbot: QtBot, fresh_pictures: None) -> None:
    from supple.qt.widgets.picture_renderer import PictureRenderer, draw_svg

    def draw(data: bytes, size: QSize) -> QImage:
        spent = time.thread_time() + 0.3
        while time.thread_time() < spent:  # as a hostile picture keeps Qt busy
            pass
        return draw_svg(data, size)

    renderer = PictureRenderer(draw=draw, budget=0.05)
    pictures.set_picture_renderer(renderer)
    path = images_dir() / GOOD
    with qtbot.waitSignal(renderer.failed, timeout=10_000) as failed:
        renderer.request(path, QSize(56, 56))
    assert failed.args is not None
    assert "took more than 50 ms to draw, so it was given up" in str(failed.args[0])
    assert renderer.gave_up(path)
