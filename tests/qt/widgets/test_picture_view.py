"""The player's pictures go through the one bounded path: drawn on the worker, never on the GUI
thread, cached, and given up (once, with one warning) when they take too long.

The drawings that stall are made to wait on an event, so "the GUI thread ran on while a picture
was being drawn" is a fact of the test, not a timing; one slow test also draws a real picture
that the checker accepts and Qt takes seconds over.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from hostile_pictures import blur_chain
from supple.core.resources import images_dir
from supple.core.routines.loader import load_text
from supple.core.routines.picture_check import CheckedPicture, check_picture
from supple.core.session.engine import SessionEngine
from supple.core.session.timeline import plan
from supple.qt.driver import SessionDriver
from supple.qt.player.view import PlayerView
from supple.qt.widgets import picture_renderer, pictures
from supple.qt.widgets.picture_renderer import PictureRenderer, draw_svg

PICTURE = "wall-calf-stretch.svg"
ROUTINE = f"""\
supple: 1
name: Pictures
defaults: {{lead_in: 0, switch: 2s}}
steps:
  - {{name: Wall calf stretch, hold: 20s, sides: both, image: {PICTURE}}}
  - {{name: Slow one, hold: 20s, image: slow.svg}}
"""
# Segments: 0 work left [0,20) · 1 switch [20,22) · 2 work right [22,42) · 3 slow [42,62).


@pytest.fixture
def fresh_pictures(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pictures' caches, warnings and renderer as at start-up, put back afterwards."""
    monkeypatch.setattr(pictures, "_checks", OrderedDict())
    monkeypatch.setattr(pictures, "_problems", None)
    monkeypatch.setattr(pictures, "_renderer", None)
    monkeypatch.setattr(pictures, "_wanted", {})
    yield
    renderer = pictures._renderer
    if renderer is not None:
        renderer.shutdown(wait_s=120)  # no drawing thread may outlive the test's Qt objects


class Player:
    def __init__(self, qtbot: QtBot, routine_dir: Path | None = None,
                 size: tuple[int, int] = (1000, 700)) -> None:
        routine, problems = load_text(ROUTINE, "pictures.yaml")
        assert routine is not None, problems
        timeline = plan(routine)
        self.clock = FakeClock()
        self.t0 = self.clock.t
        self.driver = SessionDriver(SessionEngine(timeline, self.clock), RecordingCuePlayer())
        self.view = PlayerView(self.driver, timeline, images_dir(), routine_dir=routine_dir)
        qtbot.addWidget(self.view)
        self.view.resize(*size)
        self.driver.start()
        self.view.show()
        qtbot.waitExposed(self.view)

    def at(self, position: float) -> None:
        self.clock.t = self.t0 + position
        self.driver.tick()

    def painted(self) -> QImage:
        return self.view.picture.grab().toImage()


class Heartbeat:
    """A timer on the GUI thread: its beats say that thread ran, their gaps for how long it
    did not."""

    def __init__(self) -> None:
        self.beats = 0
        self.longest_gap = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now
        self.beats += 1


def _inked(image: QImage) -> list[int]:
    """The x of each pixel (every other one, each way) the figure's dark ink is on; the
    window's background is light."""
    return [x for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).lightness() < 110]


def inked(image: QImage) -> int:
    return len(_inked(image))


def ink_middle(image: QImage) -> float:
    """The mean x of what was drawn, as a fraction of the width."""
    xs = _inked(image)
    return sum(xs) / len(xs) / image.width()


class Stalled:
    """A drawing of the exercise's picture that waits for :attr:`release` (the others are
    drawn at once): records on which thread each ran, then draws with the real renderer."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: list[int] = []
        self.stalled = 0
        self._data = (images_dir() / PICTURE).read_bytes()

    def __call__(self, data: bytes, size: QSize) -> QImage:
        self.threads.append(threading.get_ident())
        if data == self._data:
            self.stalled += 1
            self.started.set()
            self.release.wait(60)
        return draw_svg(data, size)


def test_the_gui_thread_runs_on_while_the_players_picture_is_being_drawn(
        qtbot: QtBot, fresh_pictures: None) -> None:
    draw = Stalled()
    renderer = PictureRenderer(draw=draw, budget=600.0)
    pictures.set_picture_renderer(renderer)
    heart = Heartbeat()
    player = Player(qtbot)
    try:
        qtbot.waitUntil(draw.started.is_set, timeout=5_000)  # the player asked the worker
        beats = heart.beats
        qtbot.waitUntil(lambda: heart.beats >= beats + 5, timeout=5_000)
        assert not draw.release.is_set()  # so the GUI thread ran while the drawing waited
        assert threading.get_ident() not in draw.threads
        # Meanwhile the picture keeps its place and shows nothing.
        assert player.view.picture.isVisible()
        assert player.view.picture.path == images_dir() / PICTURE
        assert inked(player.painted()) == 0
    finally:
        draw.release.set()
    qtbot.waitUntil(lambda: inked(player.painted()) > 200, timeout=10_000)
    assert pictures.picture_problems().problems() == []


def test_a_picture_that_takes_too_long_in_the_player_is_given_up_once(
        qtbot: QtBot, fresh_pictures: None) -> None:
    draw = Stalled()
    renderer = PictureRenderer(draw=draw)
    pictures.set_picture_renderer(renderer)
    failures: list[object] = []
    renderer.failed.connect(failures.append)
    player = Player(qtbot)
    try:
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
        assert draw.started.is_set() and not draw.release.is_set()
        assert player.view.picture.path is None
        qtbot.waitUntil(player.view.picture.isHidden, timeout=5_000)  # at the next refresh
        # The same picture on the other side, and the window resized: not tried again, and
        # not said again.
        player.at(25)
        player.view.resize(900, 650)
        qtbot.wait(50)
        player.view.picture.repaint()
        qtbot.wait(50)
        assert player.view.picture.isHidden()
        assert draw.stalled == 1 and len(failures) == 1
        problems = [str(p) for p in pictures.picture_problems().problems()]
        assert problems == [f"{images_dir() / PICTURE}: warning: picture not shown: it took "
                            "more than 200 ms to draw, so it was given up"]
    finally:
        draw.release.set()


def test_the_player_draws_a_real_picture_on_the_worker_and_mirrors_it(
        qtbot: QtBot, fresh_pictures: None) -> None:
    threads: list[int] = []

    def draw(data: bytes, size: QSize) -> QImage:
        threads.append(threading.get_ident())
        return draw_svg(data, size)

    renderer = PictureRenderer(draw=draw)
    pictures.set_picture_renderer(renderer)
    player = Player(qtbot)
    qtbot.waitUntil(lambda: inked(player.painted()) > 200, timeout=10_000)
    assert threads and threading.get_ident() not in threads
    left = player.painted()
    assert not player.view.picture.mirrored and ink_middle(left) < 0.5  # leans to the wall
    drawn = renderer.drawn
    player.at(25)  # the right side: the same drawing, flipped, and not drawn again
    assert player.view.picture.mirrored
    qtbot.waitUntil(lambda: inked(player.painted()) > 200, timeout=10_000)
    right = player.painted()
    assert renderer.drawn == drawn
    assert ink_middle(right) == pytest.approx(1 - ink_middle(left), abs=0.02)


def test_the_pictures_are_read_when_the_player_is_made(
        qtbot: QtBot, fresh_pictures: None, tmp_path: Path) -> None:
    """A change of step reads no file: the picture shown is the one read at the start."""
    (tmp_path / "slow.svg").write_bytes((images_dir() / "rest.svg").read_bytes())
    player = Player(qtbot, routine_dir=tmp_path)
    (tmp_path / "slow.svg").unlink()
    player.at(45)
    assert player.view.picture.path == tmp_path / "slow.svg"
    qtbot.waitUntil(lambda: inked(player.painted()) > 200, timeout=10_000)


def test_the_cache_of_drawings_is_bounded_by_bytes(
        qtbot: QtBot, fresh_pictures: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window being resized asks for a drawing at each size it passes through."""
    monkeypatch.setattr(picture_renderer, "MAX_IMAGE_BYTES", 135_000)
    renderer = PictureRenderer()
    pictures.set_picture_renderer(renderer)
    path = images_dir() / "rest.svg"
    sides = range(100, 106)
    for side in sides:
        with qtbot.waitSignal(renderer.ready, timeout=10_000):
            renderer.request(path, QSize(side, side))
    kept = [side for side in sides if renderer.image(path, QSize(side, side)) is not None]
    assert kept == [103, 104, 105]  # the latest that fit: 129,800 bytes of 32-bit pixels
    assert renderer.drawn == len(sides)


@pytest.mark.slow
def test_a_picture_the_checker_accepts_but_qt_takes_seconds_over_never_stalls_the_player(
        qtbot: QtBot, fresh_pictures: None, tmp_path: Path) -> None:
    """Real Qt, real file: the drawing runs on past the give-up; the GUI thread never waits."""
    (tmp_path / "slow.svg").write_bytes(blur_chain(margin=2))
    assert isinstance(check_picture(tmp_path / "slow.svg"), CheckedPicture)
    took: list[float] = []

    def draw(data: bytes, size: QSize) -> QImage:
        start = time.monotonic()
        image = draw_svg(data, size)
        took.append(time.monotonic() - start)
        return image

    renderer = PictureRenderer(draw=draw)
    pictures.set_picture_renderer(renderer)
    failures: list[object] = []
    renderer.failed.connect(failures.append)
    player = Player(qtbot, routine_dir=tmp_path)
    player.at(45)
    heart = Heartbeat()
    qtbot.waitUntil(lambda: bool(failures) or heart.longest_gap >= 1.0, timeout=30_000)
    assert heart.longest_gap < 1.0
    qtbot.waitUntil(player.view.picture.isHidden, timeout=5_000)
    qtbot.waitUntil(lambda: not renderer._abandoned, timeout=120_000)  # the drawing ended
    assert heart.longest_gap < 1.0
    assert max(took) > 1.0, "the hostile picture no longer takes long: make it heavier"
    assert len(failures) == 1
