"""A screenshot of a reminder (a real notification, drawn by the notification server) and the
tray's open menu, from the real app under Xvfb, with an Alfredson programme under way.

    tools/screenshot_reminder.sh OUT_DIR   # Xvfb, trayer, dunst and a session bus, then this

The runner's own reminder for 00:00 is due (missed) whenever this runs, so it is shown once
as the app starts; the menu is then opened and the whole screen grabbed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.reminders.zone import local_zone
from supple.core.settings import Settings, save_settings
from supple.qt.i18n import install_translators


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="supple-shot-"))
    paths = AppPaths.resolve(data)
    save_settings(paths.settings_file, Settings(muted=True, tray=True))
    zone = str(getattr(local_zone(), "key", "UTC"))
    with HistoryStore(paths.history_db) as store:
        store.enrol("alfredson", date.today() - timedelta(days=15), time_zone=zone)
    (paths.config / "reminders.json").write_text(json.dumps({
        "reminders": [{"routine": "post-run-stretch", "at": "00:00"}],
        "quiet_hours": None, "morning_rating": None}))
    os.environ["SUPPLE_DATA_DIR"] = str(data)

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    from supple.qt.app import run_app

    if not QSystemTrayIcon.isSystemTrayAvailable():
        print("no tray on this display: start a tray host (trayer) first", file=sys.stderr)
        return 1

    def save(name: str) -> None:
        shot = QGuiApplication.primaryScreen().grabWindow(0)
        shot.save(str(args.out / name))
        print(args.out / name)

    def open_menu() -> None:
        save("reminder.png")
        [icon] = app.findChildren(QSystemTrayIcon)
        menu = icon.contextMenu()
        menu.popup(QPoint(16, 150))  # clear of the notification, which sits under the tray
        [plan] = [a for a in menu.actions() if a.objectName() == "plan"]
        QTimer.singleShot(500, lambda: menu.setActiveAction(plan))
        QTimer.singleShot(1500, lambda: (save("reminder-and-tray.png"), app.quit()))

    QTimer.singleShot(3000, open_menu)
    return run_app(paths, tray=True)


if __name__ == "__main__":
    sys.exit(main())
