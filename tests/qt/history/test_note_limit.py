"""A note is as long in the window as an import takes: NOTE_MAX characters, in both fields.

Regression: the player's note field stopped at 500 characters and the history's rating dialog
cut a note to 500 when saved, while an import took notes of any length (a 50 MB one too).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from supple.core.history.export import export_json
from supple.core.history.importing import import_json
from supple.core.history.model import NOTE_MAX, Outcome
from supple.core.history.store import HistoryStore
from supple.qt.history.rating_dialog import RatingDialog
from supple.qt.player.rating import RatingView


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.db") as opened:
        record = opened.begin_session("calf", "Calf care", "stretch", "fp", 1)
        opened.finish_session(record.uuid, Outcome.COMPLETED, 60.0)
        yield opened


def test_the_players_note_takes_as_much_as_an_import(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path
) -> None:
    view = RatingView()
    qtbot.addWidget(view)
    view.note.setText("é" * (NOTE_MAX + 100))
    with qtbot.waitSignal(view.rated) as signal:
        view.save.click()
    note = signal.args[2]  # pain, tightness, note
    assert note == "é" * NOTE_MAX
    [session] = store.sessions()
    store.rate_session(session.uuid, note=note)
    export_json(store, tmp_path / "export.json")
    with HistoryStore(tmp_path / "copy.db") as copy:
        assert import_json(copy, tmp_path / "export.json").added == 1
        assert copy.session(session.uuid).note == note


def test_the_history_dialog_keeps_a_note_of_the_limit_whole(
    qtbot: QtBot, store: HistoryStore
) -> None:
    [session] = store.sessions()
    dialog = RatingDialog(session)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("a" * NOTE_MAX)
    assert dialog.note_text() == "a" * NOTE_MAX


def test_typing_past_the_limit_in_the_dialog_is_dropped_where_it_was_typed(
    qtbot: QtBot, store: HistoryStore
) -> None:
    [session] = store.sessions()
    dialog = RatingDialog(session)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("🦵" + "b" * (NOTE_MAX - 2) + "c")  # one emoji: two units in Qt
    cursor = dialog.note.textCursor()
    cursor.setPosition(2)  # after the emoji
    dialog.note.setTextCursor(cursor)
    qtbot.keyClicks(dialog.note, "XYZ")
    assert dialog.note.toPlainText() == "🦵" + "b" * (NOTE_MAX - 2) + "c"
    cursor.movePosition(QTextCursor.MoveOperation.End)
    dialog.note.setTextCursor(cursor)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.note, "XYZ")
    assert dialog.note.toPlainText() == "🦵" + "b" * (NOTE_MAX - 2) + "X"
    dialog.note.setPlainText("d" * (NOTE_MAX + 5))  # pasted over everything
    assert dialog.note.toPlainText() == "d" * NOTE_MAX


def test_a_longer_note_stored_by_an_older_version_is_not_cut(
    qtbot: QtBot, store: HistoryStore
) -> None:
    [session] = store.sessions()
    store.rate_session(session.uuid, note="e" * (NOTE_MAX + 300))
    dialog = RatingDialog(store.session(session.uuid))
    qtbot.addWidget(dialog)
    assert dialog.note_text() == "e" * (NOTE_MAX + 300)
    dialog.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.note, "more")
    assert dialog.note_text() == "e" * (NOTE_MAX + 300)
