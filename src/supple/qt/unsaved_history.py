"""The question asked before quitting while part of the history is held in memory only.

The writes the history file refused wait in the recorder; quitting loses them. So the window
asks first, naming why they wait (a lock held by another program, which one; a read-only or
full disk) and what would let them through, since "Try again" only helps once that is done.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, assert_never

from supple.qt.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from supple.core.history.held import HeldWrites
    from supple.core.history.recorder import SessionRecorder


class UnsavedHistory(Enum):
    """What to do when quitting while some of the history is held in memory only."""

    TRY_AGAIN = "try again"  # untranslated: an answer's name, never shown
    QUIT = "quit"
    STAY = "stay"


def ask_unsaved_history(parent: QWidget, held: HeldWrites | None,
                        history_db: Path) -> UnsavedHistory:
    """Asked with a modal dialog; ``held`` is None when the history writer did not answer."""
    # Imported here: the window imports this module at start-up, for the answers only.
    from PySide6.QtWidgets import QMessageBox

    count = None if held is None else held.count
    # One sentence each: "is/are kept" follows the count (the English forms are hand-written in
    # the catalogue, not derived from "(s)").
    what = (tr("Part of your history could not be saved and is kept in memory only.")
            if count is None else
            tr("%n change(s) to your history could not be saved and are kept in memory only.",
               None, count))
    path = str(history_db)
    if held is None:
        why = tr("Supple's history writer did not answer in time, so what stopped it is not "
                 "known. Try again in a moment.")
    else:
        problem = held.problem()
        where = "" if path in problem else " " + tr("The history file is {path}.").format(
            path=path)
        why = f"{problem}{where}\n\n{held.remedy()}"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("History not saved"))
    box.setText(what)
    box.setInformativeText(tr("{why} Or quit without saving, and these changes are lost.").format(
        why=why))
    again = box.addButton(tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    lose = box.addButton(tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    # Not the standard Cancel: its icon draws as a stray glyph beside the text.
    box.setEscapeButton(box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(again)
    box.exec()
    clicked = box.clickedButton()
    if clicked is again:
        return UnsavedHistory.TRY_AGAIN
    return UnsavedHistory.QUIT if clicked is lose else UnsavedHistory.STAY


def saved_or_given_up(recorder: SessionRecorder | None,
                      ask: Callable[[HeldWrites | None], UnsavedHistory]) -> bool:
    """Before quitting: True once nothing recorded is held in memory only (the file refused
    it), or when the user, asked with ``ask``, chooses to quit all the same."""
    while recorder is not None:
        held = recorder.held()
        if held is not None and held.count == 0:
            return True
        match ask(held):
            case UnsavedHistory.TRY_AGAIN:
                continue
            case UnsavedHistory.QUIT:
                return True
            case UnsavedHistory.STAY:
                return False
            case unknown:
                assert_never(unknown)
    return True
