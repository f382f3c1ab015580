"""A screenshot of the tray icon and its open menu, from the real app under Xvfb.

    tools/screenshot_tray.sh OUT_DIR     # starts Xvfb and a tray host (trayer), then this

or, with a display that has a tray already:

    .venv/bin/python tools/screenshot_tray.py OUT_DIR [--paused]

The app starts as at login (``supple --tray``: hidden, in the tray); the menu is opened beside
the icon and the whole screen is grabbed, then cropped to the tray and the menu.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from supple.core.paths import AppPaths
from supple.core.settings import Settings, save_settings
from supple.qt.i18n import install_translators

MARGIN = 24


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--paused", action="store_true", help="pause reminders for an hour first")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="supple-shot-"))
    paths = AppPaths.resolve(data)
    save_settings(paths.settings_file, Settings(muted=True, tray=True))
    os.environ["SUPPLE_DATA_DIR"] = str(data)

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    from supple.qt.app import run_app

    if not QSystemTrayIcon.isSystemTrayAvailable():
        print("no tray on this display: start a tray host (trayer) first", file=sys.stderr)
        return 1

    def open_menu() -> None:
        [icon] = app.findChildren(QSystemTrayIcon)
        menu = icon.contextMenu()
        if args.paused:  # through the menu's own action, as a click would
            [pause] = [a for a in menu.actions() if a.objectName() == "pause-hour"]
            pause.trigger()
        place = icon.geometry()
        menu.popup(QPoint(place.left(), place.bottom() + 4))
        QTimer.singleShot(800, lambda: grab(place, menu))

    def grab(place: QRect, menu: QMenu) -> None:
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0)
        area = place.united(menu.geometry()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        area = area.intersected(screen.geometry())
        name = "tray-menu-paused.png" if args.paused else "tray-menu.png"
        shot.copy(area).save(str(args.out / name))
        print(args.out / name)
        menu.hide()
        app.quit()

    QTimer.singleShot(1500, open_menu)
    return run_app(paths, tray=True)


if __name__ == "__main__":
    sys.exit(main())
