"""Screenshots of the real player, on the real clock, for looking at and for the README.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_player.py out.png

With ``out.png`` the work screen goes there and the other scenes beside it (``out-lead-in.png``,
``out-rest.png``...); with a folder, files are named ``player-<scene>[-dark].png`` inside it.
Each scene starts a session at the segment it shows and waits on the real clock (QTimer) until
the moment wanted, e.g. a 30 s hold showing 0:23. Cues go to a recording player: no sound.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.loader import load_path, load_text
from supple.core.session.clock import SystemClock
from supple.core.session.cue_port import SilentCuePlayer
from supple.core.session.engine import SessionEngine
from supple.core.session.timeline import SegmentKind, Timeline, plan
from supple.core.settings import Theme
from supple.qt.driver import SessionDriver
from supple.qt.i18n import install_translators
from supple.qt.player.mini import MiniView
from supple.qt.player.view import PlayerView
from supple.qt.theme import apply_theme
from supple.qt.widgets.pictures import settle_pictures

SHORT = """
supple: 1
name: Quick calf care
defaults: {lead_in: 1s, rest: 1s, switch: 1s}
steps:
  - {name: Slow calf raises, reps: 2, tempo: 1s, image: calf-raise.svg}
  - {name: Wall calf stretch, hold: 2s, sides: both, image: wall-calf-stretch.svg}
  - {name: Bent-knee calf stretch, hold: 2s, image: bent-knee-calf-stretch.svg}
"""

Scene = Iterator[float]  # yields seconds to wait on the real clock


class Shooter:
    def __init__(self, app: QApplication, out: Path, size: tuple[int, int], suffix: str) -> None:
        self.app = app
        self.out = out
        self.size = size
        self.suffix = suffix
        self.window = QMainWindow()
        self.window.setWindowTitle("Supple")
        self.window.resize(*size)
        self.saved: list[Path] = []

    def path(self, scene: str) -> Path:
        if self.out.suffix == ".png":
            name = self.out.stem if scene == "work" else f"{self.out.stem}-{scene}"
            return self.out.with_name(f"{name}{self.suffix}.png")
        return self.out / f"player-{scene}{self.suffix}.png"

    def session(self, timeline: Timeline, at_segment: int) -> tuple[SessionDriver, PlayerView]:
        engine = SessionEngine(timeline, SystemClock())
        driver = SessionDriver(engine, SilentCuePlayer(""))
        view = PlayerView(driver, timeline, images_dir())
        self.window.setCentralWidget(view)  # the window deletes the previous one
        self.window.show()
        driver.start(at_segment=at_segment)
        return driver, view

    def grab(self, widget: QWidget, scene: str) -> None:
        path = self.path(scene)
        widget.grab()  # a paint asks for the pictures, drawn off the GUI thread
        settle_pictures()
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path)

    def scenes(self) -> Scene:
        routines = builtin_routines_dir()
        stretch = plan(load_path(routines / "post-run-stretch.yaml"))
        drops = plan(load_path(routines / "alfredson-heel-drops.yaml"))
        short, problems = load_text(SHORT, "<inline>")
        assert short is not None, problems

        self.session(stretch, 0)
        yield 1.3
        self.grab(self.window, "lead-in")

        first_work = next(s for s in stretch.segments if s.kind is SegmentKind.WORK)
        driver, _view = self.session(stretch, first_work.index)
        yield first_work.duration - 22.7  # 0:23 on the countdown
        self.grab(self.window, "work")
        driver.pause()
        yield 0.3
        self.grab(self.window, "paused")
        driver.resume()

        mini = MiniView(driver)
        mini.show()
        yield 0.5
        self.grab(mini, "mini")
        mini.close()
        mini.deleteLater()

        rest = next(s for s in stretch.segments if s.kind is SegmentKind.REST)
        self.session(stretch, rest.index)
        yield 1.3
        self.grab(self.window, "rest")

        switch = next(s for s in stretch.segments if s.kind is SegmentKind.SWITCH)
        self.session(stretch, switch.index)
        yield 1.3
        self.grab(self.window, "switch")

        reps = next(s for s in drops.segments if s.kind is SegmentKind.WORK)
        self.session(drops, reps.index)
        yield 4 * 6 + 1.6  # rep 7, lowering
        self.grab(self.window, "reps")

        timeline = plan(short)
        self.session(timeline, 0)
        yield timeline.total + 0.8
        self.grab(self.window, "finish")


def run(scene: Scene, done: Callable[[], None]) -> None:
    """Step through ``scene``, waiting on a QTimer between steps (the event loop keeps going)."""
    try:
        wait = next(scene)
    except StopIteration:
        done()
        return
    QTimer.singleShot(round(wait * 1000), lambda: run(scene, done))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a .png file, or a folder")
    parser.add_argument("--theme", choices=["light", "dark", "both"], default="both")
    parser.add_argument("--size", default="1280x800", help="window size, e.g. 800x600")
    args = parser.parse_args(argv)
    if args.out.suffix != ".png":
        args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    themes = [Theme.LIGHT, Theme.DARK] if args.theme == "both" else [Theme(args.theme)]

    def next_theme() -> None:
        if not themes:
            app.quit()
            return
        theme = themes.pop(0)
        apply_theme(app, theme)
        suffix = "-dark" if theme is Theme.DARK else ""
        shooter = Shooter(app, args.out, (width, height), suffix)
        run(shooter.scenes(), next_theme)

    QTimer.singleShot(0, next_theme)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
