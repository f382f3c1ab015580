"""The real app, in a child process (offscreen: no tray): ``supple --tray`` shows the window
instead of vanishing, and says once why there is no tray icon."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from blocking import run_code
from supple.qt.platform.tray import NO_TRAY

CHILD = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    from supple.qt.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    seen = {}

    def look():
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["visible"] = window.isVisible()
        notices = []
        bar = window.notices
        while bar.has_news():  # every queued notice, one after another
            notices.append(bar.label.text())
            bar._next()
        seen["notices"] = notices
        seen["desktop_file"] = app.desktopFileName()
        seen["icon"] = not app.windowIcon().isNull()
        app.quit()

    QTimer.singleShot(1500, look)
    run_app(AppPaths.resolve(sys.argv[1]), tray=sys.argv[2] == "tray")
    print(json.dumps(seen))
    """)


@pytest.mark.slow
@pytest.mark.parametrize(("arg", "setting", "told"), [
    ("tray", False, True),
    ("window", True, True),
    ("window", False, False),
])
def test_without_a_tray_the_window_shows_and_says_so_when_asked(
        tmp_path: Path, arg: str, setting: bool, told: bool) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True, "tray": setting}))
    done = run_code(CHILD, str(tmp_path), arg, timeout=60, what="the app")
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["visible"] is True
    assert seen["notices"].count(NO_TRAY) == (1 if told else 0), seen["notices"]
    assert seen["desktop_file"] == "io.github.supple.Supple" and seen["icon"]
