"""Opening the history for a command that reads or changes it, and making sure a recorded
write reached the disk before the command says it is done.

The store keeps a rating it could not write in memory and replays it later: right for the
window, which stays open, wrong for a command, which ends and would take the rating with it.
:func:`unsaved` therefore flushes, and turns what is still held into a fault with the exit
code of its cause (busy, read-only or full, damaged).
"""

from __future__ import annotations

import sys

from supple.cli.faults import (
    EXIT_HISTORY_BUSY,
    EXIT_HISTORY_DAMAGED,
    EXIT_READ_ONLY,
    Fault,
    folder_fault,
    history_fault,
)
from supple.cli.terminal import shown
from supple.core.history.held import HeldCause
from supple.core.history.model import HistoryError, Notice, NoticeKind
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.wording import tr

_SAID = (NoticeKind.CORRUPT_MOVED_ASIDE, NoticeKind.DAMAGED)


def _say(notice: Notice) -> None:
    if notice.kind in _SAID:  # the others are advice for the window
        print(shown(f"supple: {notice.message}"), file=sys.stderr)


def open_history(paths: AppPaths) -> HistoryStore | Fault:
    try:
        paths.data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return folder_fault(exc, paths.data)
    try:
        return HistoryStore(paths.history_db, on_notice=_say)
    except HistoryError as exc:
        return history_fault(exc, paths.history_db)


def unsaved(store: HistoryStore, what: str) -> Fault | None:
    """None once everything recorded is on disk; else why ``what`` (``tr("the calf test")``)
    was not saved."""
    if store.flush():
        return None
    held = store.held()
    code = {HeldCause.LOCKED: EXIT_HISTORY_BUSY,
            HeldCause.DAMAGED: EXIT_HISTORY_DAMAGED}.get(held.cause or HeldCause.FAILING,
                                                         EXIT_READ_ONLY)
    return Fault(code, tr("supple: {what} was not saved. {problem} {remedy}").format(
        what=what, problem=held.problem(), remedy=held.remedy()))
