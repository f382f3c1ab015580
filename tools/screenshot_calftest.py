"""Screenshots of the calf test window, a page at a time, on a fake clock.

Run under Xvfb (a real window system, so fonts and sizes are as a user sees them):

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshot_calftest.py \
        docs/screenshots/calf-test.png [--page intro|run|result|knee|done] [--theme dark]

``run`` is the right leg (the enrolled side) 17 raises in, on an "up" beat; ``result`` is it
stopped, the count ready to correct; ``knee`` is the knee-to-wall page with the right leg
measured. The history is a temporary file; the cue player is silent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from supple.core.history.records import Side
from supple.core.history.store import HistoryStore
from supple.core.resources import images_dir
from supple.core.session.cue_port import SilentCuePlayer
from supple.core.settings import Theme
from supple.qt.calftest.screen import CalfTestScreen
from supple.qt.i18n import install_translators
from supple.qt.theme import apply_theme
from supple.qt.widgets.pictures import settle_pictures


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def run_to(screen: CalfTestScreen, clock: Clock, raises: int) -> None:
    driver = screen.driver
    assert driver is not None
    while driver.pacer.counted < raises or screen.beat_label.text() != "▲ UP":
        deadline = driver.pacer.next_deadline()
        assert deadline is not None
        clock.t = deadline + 0.2
        driver.wake()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--page", choices=["intro", "run", "result", "knee", "done"],
                        default="run")
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--size", default="760x640")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    apply_theme(app, Theme(args.theme), 1.0)
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.db")
        clock = Clock()
        screen = CalfTestScreen(store, SilentCuePlayer("silent"), clock,
                                lambda: date(2026, 12, 2), images_dir(), Side.RIGHT)
        width, height = (int(v) for v in args.size.split("x"))
        screen.resize(width, height)
        screen.show()
        if args.page != "intro":
            screen.start_leg()
            run_to(screen, clock, 17)
        if args.page in ("result", "knee", "done"):
            screen.stop_leg()
        if args.page in ("knee", "done"):
            screen.accept_count()
            screen.start_leg()
            run_to(screen, clock, 21)
            screen.stop_leg()
            screen.accept_count()
            screen.knee_boxes[Side.RIGHT].setValue(11.5)
        if args.page == "done":
            screen.knee_boxes[Side.LEFT].setValue(12.0)
            screen.save()
        for _ in range(5):
            app.processEvents()
        settle_pictures()
        for _ in range(5):
            app.processEvents()
        screen.grab().save(str(args.output))
        screen.close()
        store.close()
    print(f"saved {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
