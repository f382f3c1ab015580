"""Screenshots of the real main window under Xvfb, for the README and for looking at.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_app.py OUT_DIR \
        [--theme light|dark] [--run ROUTINE --after SECONDS]

Without --run it grabs the library; with --run it starts ROUTINE and grabs the window after
SECONDS of real time, then quits without asking whether to stop the routine (nobody is
there to answer), so it exits on its own once the PNG is written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from supple.core.paths import AppPaths
from supple.core.settings import Settings, Theme, save_settings
from supple.qt.i18n import install_translators

SETTLE_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--run", metavar="ROUTINE")
    parser.add_argument("--after", type=float, default=3.0)
    parser.add_argument("--size", default="1100x720")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="supple-shot-"))
    paths = AppPaths.resolve(data)
    save_settings(paths.settings_file, Settings(theme=Theme(args.theme), muted=True,
                                                   text_scale=args.text_scale))
    os.environ["SUPPLE_DATA_DIR"] = str(data)

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    from supple.cli.main import resolve_routine
    from supple.qt.app import run_app
    from supple.qt.main_window import MainWindow

    routine = None
    if args.run:
        found = resolve_routine(args.run, paths)
        if isinstance(found, str):
            print(found, file=sys.stderr)
            return 1
        routine = found
    width, height = (int(v) for v in args.size.split("x"))

    def resize() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.objectName() != "mini":
                widget.resize(width, height)

    last_hidden = [0.0]

    def hide_notices() -> None:
        # Xvfb has no sound server, so the app says "no sound"; a desktop would not. Hidden as
        # soon as it shows, and the grab waits until the layout has settled into the space.
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and type(widget).__name__ == "MainWindow":
                notices = widget.notices  # type: ignore[attr-defined]
                if notices.isVisible():
                    notices.hide()
                    last_hidden[0] = time.monotonic()

    def grab() -> None:
        if time.monotonic() - last_hidden[0] < SETTLE_S:  # a notice went a moment ago
            QTimer.singleShot(int(SETTLE_S * 1000), grab)
            return
        name = f"{'player' if args.run else 'library'}-{args.theme}-{args.size}.png"
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                if widget.isVisible():
                    widget.grab().save(str(args.out / name))
                    print(args.out / name)
                # Quitting during a routine asks "Stop the routine?", and the dialog would
                # wait for ever under Xvfb.
                widget.confirm_quit = lambda: True
        app.quit()

    QTimer.singleShot(200, resize)
    hider = QTimer()
    hider.timeout.connect(hide_notices)
    hider.start(50)
    QTimer.singleShot(int(args.after * 1000), grab)
    return run_app(paths, routine)


if __name__ == "__main__":
    sys.exit(main())
