""""Try this step" in the editor plays that step in the main window's player, unrecorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fakes import FakeClock, RecordingCuePlayer
from form_helpers import select
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.session.engine import State
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services

ROUTINE = """\
supple: 1
name: Try test
defaults: {lead_in: 2s}
steps:
  - {name: Calf raises, reps: 2, tempo: {up: 1s, down: 2s}}
  - {name: Wall stretch, hold: 8s, sides: both, switch: 2s}
"""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.resolve(tmp_path / "data")
    p.routines.mkdir(parents=True)
    (p.routines / "try-test.yaml").write_text(ROUTINE)
    return p


def test_trying_a_step_plays_it_alone_and_keeps_it_out_of_the_history(
        qtbot: QtBot, paths: AppPaths) -> None:
    clock = FakeClock()
    history = HistoryStore(paths.history_db)
    services = Services(paths=paths, clock=clock, cues=RecordingCuePlayer(), history=history,
                        open_recorder=lambda: SessionRecorder(
                            lambda: HistoryStore(paths.history_db)), voice_reason=None)
    window = MainWindow(services, Settings(), scan_catalog(None, [paths.routines]))
    window.confirm_quit = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    window.files.open_editor(paths.routines / "try-test.yaml")
    [editor] = window.files.editors.values()
    form = editor.form
    assert form.try_button.isVisible()
    select(qtbot, form.tree, (1,))
    with qtbot.waitSignal(window.routineStarted, timeout=2000):
        qtbot.mouseClick(form.try_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None and session.driver.state is State.RUNNING
    names = {s.name for s in session.driver.engine.timeline.work_segments}
    assert names == {"Wall stretch"}
    for _ in range(1000):
        if session.driver.state.over:
            break
        deadline = session.driver.engine.next_deadline()
        assert deadline is not None
        clock.t = max(clock.t, deadline)
        session.driver.tick()
    assert session.driver.state is State.FINISHED
    window.close_player()
    assert history.sessions() == []  # a try is not a session done
    assert window._practice is not None
    tries = window._practice[1]
    assert tries.is_dir()
    editor.close()
    window.close()
    assert not tries.exists()  # the tries' store goes with the window
    history.close()
