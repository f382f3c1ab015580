"""Screenshots of the Today view in the real main window under Xvfb.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshot_today.py OUT_DIR \
        [--theme light|dark] [--size 1100x720] [--text-scale 1.0]

The history is screenshot_history.py's runner (ten weeks, the last six following the
Alfredson programme). Three shots: ``today.png`` at lunchtime on the last day (the morning's
drops done, the evening's due, the advice from the last ratings), ``today-morning.png`` the
next morning, when the app asks how the calves feel on waking, and ``today-stop.png``: the
lunchtime again once that day's session is rated 8/10 during it (the stop sign); and
``enrol.png``, the dialog that starts a programme, on the Alfredson programme.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication
from screenshot_history import TODAY, Clock, fill

from supple.core.history.recorder import SessionRecorder
from supple.core.history.records import RatingMoment
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.resources import builtin_routines_dir
from supple.core.session.clock import SystemClock
from supple.core.session.cue_port import SilentCuePlayer
from supple.core.settings import Settings, Theme
from supple.qt.i18n import install_translators
from supple.qt.main_window import MainWindow, Services
from supple.qt.theme import apply_style_sheet, apply_theme

ZONE = ZoneInfo("Europe/Berlin")


def shoot(app: QApplication, paths: AppPaths, settings: Settings, now: datetime,
          size: tuple[int, int], out: Path) -> None:
    services = Services(paths=paths, clock=SystemClock(), cues=SilentCuePlayer(""),
                        history=None,
                        open_recorder=lambda: SessionRecorder(lambda: HistoryStore(
                            paths.history_db)),
                        voice_reason=None, wall=lambda: now)
    catalog = scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)
    window = MainWindow(services, settings, catalog)
    apply_style_sheet(app, settings.theme, settings.text_scale)
    window.resize(*size)
    window.show()
    store = HistoryStore(paths.history_db)
    window.attach_history(store)
    window.show_today()
    for _ in range(8):
        app.processEvents()
    window.grab().save(str(out))
    print(f"saved {out}")
    window.confirm_quit = lambda: True
    window.close()
    store.close()


def shoot_dialog(app: QApplication, out: Path) -> None:
    from supple.core.programmes.loader import load_folders
    from supple.core.resources import builtin_programmes_dir
    from supple.qt.today.enrol import EnrolDialog

    programmes, _ = load_folders(builtin_programmes_dir())
    dialog = EnrolDialog(programmes, TODAY)
    dialog.select("alfredson")
    dialog.name.setText("Left Achilles")
    dialog.side.setCurrentIndex(dialog.side.findText("Left"))
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    for _ in range(8):
        app.processEvents()
    dialog.grab().save(str(out))
    print(f"saved {out}")
    dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--size", default="1100x720")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    settings = Settings(theme=Theme(args.theme), text_scale=args.text_scale)
    apply_theme(app, settings.theme, settings.text_scale, style_sheet=False)
    size = tuple(int(v) for v in args.size.split("x"))
    assert len(size) == 2
    suffix = "" if args.theme == "light" else "-dark"
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder))
        paths.data.mkdir(parents=True, exist_ok=True)
        clock = Clock()
        store = HistoryStore(paths.history_db, clock=clock)
        fill(store, clock)
        store.close()
        lunch = datetime.combine(TODAY, time(12, 30), ZONE)
        shoot(app, paths, settings, lunch, (size[0], size[1]), args.out / f"today{suffix}.png")
        morning = datetime.combine(TODAY + timedelta(days=1), time(7, 5), ZONE)
        shoot(app, paths, settings, morning, (size[0], size[1]),
              args.out / f"today-morning{suffix}.png")
        store = HistoryStore(paths.history_db)
        last = next(s for s in store.sessions(limit=10) if s.started_at.date() == TODAY)
        store.rate_split(last.uuid, pain=8, moment=RatingMoment.DURING)
        store.close()
        shoot(app, paths, settings, lunch, (size[0], size[1]), args.out / f"today-stop{suffix}.png")
    shoot_dialog(app, args.out / f"enrol{suffix}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
