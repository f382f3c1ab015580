"""The window and its editor never wait on a named pipe put where a routine file was: the file
opened in the editor, and a built-in routine copied to be customized. They read on the GUI
thread, so the test cannot run them in a child: a helper thread frees the pipe if the code
waits on it (``blocking.pipe_freed_if_blocked``), and the test fails if it had to.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from blocking import pipe_freed_if_blocked
from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import scan_catalog
from supple.core.paths import AppPaths
from supple.core.settings import Settings
from supple.qt.main_window import MainWindow, Services

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

ROUTINE = "supple: 1\nname: Built in\nsteps:\n  - {name: Calf raises, hold: 10s}\n"


def make_window(qtbot: QtBot, paths: AppPaths, builtin: Path | None = None) -> MainWindow:
    services = Services(
        paths=paths, clock=FakeClock(), cues=RecordingCuePlayer(), history=None,
        open_recorder=lambda: SessionRecorder(lambda: HistoryStore(paths.history_db)),
        voice_reason=None)
    window = MainWindow(services, Settings(), scan_catalog(builtin, [paths.routines]))
    window.confirm_quit = lambda: True
    qtbot.addWidget(window)
    return window


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.resolve(tmp_path / "data")
    p.routines.mkdir(parents=True)
    return p


def test_a_routine_file_that_is_a_pipe_opens_read_only_in_the_editor_with_its_kind(
        qtbot: QtBot, paths: AppPaths) -> None:
    pipe = paths.routines / "mine.yaml"
    os.mkfifo(pipe)
    window = make_window(qtbot, paths)
    with pipe_freed_if_blocked(pipe) as freed:
        window.files.open_editor(pipe)
    assert freed == []
    editor = window.files.editors[pipe.resolve()]
    qtbot.addWidget(editor)
    assert editor.message_bar.label.text() == (
        "mine.yaml is a named pipe, not a regular file. Nothing here will be saved.")
    assert editor.text.isReadOnly() and pipe.is_fifo()


def test_customizing_a_builtin_routine_whose_file_became_a_pipe_says_so(
        qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "built-in.yaml").write_text(ROUTINE)
    window = make_window(qtbot, paths, builtin)
    card = window.catalog.find("built-in")
    assert card is not None and card.builtin
    (builtin / "built-in.yaml").unlink()
    os.mkfifo(builtin / "built-in.yaml")
    with pipe_freed_if_blocked(builtin / "built-in.yaml") as freed:
        window.files.edit(card)
    assert freed == []
    assert window.files.editors == {}  # nothing to edit, and no copy written
    assert not (paths.routines / "built-in.yaml").exists()
    assert window.notices.label.text() == ("Built in could not be copied for editing: "
                                           "built-in.yaml is a named pipe, not a regular file")
