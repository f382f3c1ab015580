"""The tray for real: the app under Xvfb with a tray host (trayer, a Debian package ./dev
installs for the tests), started as at login, and started as usual (the tray is then made once
the window is painted). Skipped where either is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    from supple.qt.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 20  # the tray host starts beside this process
    while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
        time.sleep(0.1)
    seen = {"tray": QSystemTrayIcon.isSystemTrayAvailable()}

    def look():
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        [icon] = app.findChildren(QSystemTrayIcon)
        seen["icon shown"] = icon.isVisible()
        seen["started hidden"] = not window.isVisible()
        icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a left click
        seen["shown by a click"] = window.isVisible()
        window.close()
        seen["closed to the tray"] = not window.isVisible()
        [quit] = [a for a in icon.contextMenu().actions() if a.objectName() == "quit"]
        print(json.dumps(seen), flush=True)
        quit.trigger()  # the app must end, or the test's bound kills it

    QTimer.singleShot(1500, look)
    sys.exit(run_app(AppPaths.resolve(sys.argv[1]), tray=True))
    """)


USUAL = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    from supple.qt.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 20  # the tray host starts beside this process
    while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
        time.sleep(0.1)
    seen = {"tray": QSystemTrayIcon.isSystemTrayAvailable()}

    def first():  # the first pass of the event loop: the window is up, the tray comes next
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["shown"] = window.isVisible()
        seen["icons at first"] = len(app.findChildren(QSystemTrayIcon))

    def look():
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        [icon] = app.findChildren(QSystemTrayIcon)
        seen["icon shown"] = icon.isVisible()
        seen["menu"] = [a.objectName() for a in icon.contextMenu().actions()][-2:]
        print(json.dumps(seen), flush=True)
        window.close()  # the setting is off: closing quits

    QTimer.singleShot(0, first)
    QTimer.singleShot(1500, look)
    sys.exit(run_app(AppPaths.resolve(sys.argv[1])))
    """)


def _with_a_tray_host(code: str, data: Path) -> subprocess.CompletedProcess[str]:
    for tool, package in (("xvfb-run", "xvfb"), ("trayer", "trayer")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian package {package}; ./dev installs it)")
    script = ('trayer --edge top --align right --widthtype pixel --width 100 --height 32 & '
              'tray=$!; "$0" -c "$1" "$2"; code=$?; kill $tray; exit $code')
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    try:
        return subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 800x600x24", "sh", "-c",
                               script, sys.executable, code, str(data)],
                              capture_output=True, text=True, timeout=90, env=env,
                              stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the app did not quit: {exc.stdout!r} {exc.stderr!r}")


@pytest.mark.slow
def test_a_usual_start_shows_the_window_then_the_tray_icon(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True}))
    done = _with_a_tray_host(USUAL, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen == {"tray": True, "shown": True, "icons at first": 0, "icon shown": True,
                    "menu": ["open", "quit"]}


@pytest.mark.slow
def test_at_login_it_waits_in_the_tray_and_quits_from_its_menu(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True, "tray": True}))
    done = _with_a_tray_host(CHILD, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen == {"tray": True, "icon shown": True, "started hidden": True,
                    "shown by a click": True, "closed to the tray": True}
