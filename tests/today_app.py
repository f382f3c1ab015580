"""The app as the Today tests open it: the real window and history, a calendar ("wall")
and a monotonic clock moved by hand, and the enrolment dialog filled in as a runner would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services
from supple.qt.today.enrol import EnrolChoice, EnrolDialog

BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 3, 2)

# The user's copy of the heel drops, short: the programme's week (3 × 15) is laid over it.
ROUTINE = """\
supple: 1
name: My heel drops
category: strength
defaults: {lead_in: 2s, rest: 3s}
steps:
  - {name: Heel drops, reps: 5, tempo: {up: 1s, down: 1s}}
"""


class Wall:
    """The calendar's now (aware), moved by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def berlin(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def user_paths(root: Path) -> AppPaths:
    p = AppPaths.resolve(root / "data")
    p.routines.mkdir(parents=True)
    (p.routines / "alfredson-heel-drops.yaml").write_text(ROUTINE)
    return p


def open_app(qtbot: QtBot, paths: AppPaths, wall: Wall,
             clock: FakeClock) -> tuple[MainWindow, HistoryStore]:
    """As app.py does it: the window first, the history attached once it is shown."""
    services = Services(
        paths=paths, clock=clock, cues=RecordingCuePlayer(), history=None,
        open_recorder=lambda: SessionRecorder(lambda: HistoryStore(paths.history_db,
                                                                   clock=wall)),
        voice_reason=None, wall=wall)
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    window.confirm_quit = lambda: True
    qtbot.addWidget(window)
    window.show()
    store = HistoryStore(paths.history_db, clock=wall)
    window.attach_history(store)
    return window, store


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    """Move the fake clock from deadline to deadline until the routine is over."""
    assert window.session is not None
    driver = window.session.driver
    for _ in range(10_000):
        if driver.state.over:
            return
        deadline = driver.engine.next_deadline()
        assert deadline is not None
        clock.t = max(clock.t, deadline)
        driver.tick()
    raise AssertionError("routine did not finish")


def fill_in(programme_id: str, *, name: str = "", side: str = "Left",
            where: str | None = None, seen: list[EnrolDialog] | None = None
            ) -> Callable[[EnrolDialog], EnrolChoice | None]:
    """An answer to the enrolment dialog, given through its widgets."""

    def answer(dialog: EnrolDialog) -> EnrolChoice | None:
        dialog.select(programme_id)
        dialog.name.setText(name)
        dialog.side.setCurrentIndex(dialog.side.findText(side))
        if where is not None:
            combo = dialog.questions["where"]
            combo.setCurrentIndex(combo.findData(where))
        if seen is not None:
            seen.append(dialog)
        return dialog.choice()

    return answer
