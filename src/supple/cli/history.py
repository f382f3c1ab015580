"""``supple history``: a table in the terminal, CSV/JSON export to stdout, JSON import.

A storage fault ends the command with its own exit code and advice for a terminal
(:mod:`supple.cli.faults`); of the store's notices only a repair is said (what was saved, and
where the damaged file was put), the others being advice for the window.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TextIO, cast

from supple.cli.faults import EXIT_INVALID, EXIT_OK, Fault, history_fault
from supple.cli.terminal import shown
from supple.core.history.export import format_table, import_json, write_csv, write_json
from supple.core.history.model import (
    HistoryError,
    HistoryImportError,
    SessionRecord,
)
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.wording import tr


def cmd_history(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.history_access import open_history

    store = open_history(paths)
    if isinstance(store, Fault):
        print(store.text(), file=sys.stderr)
        return store.code
    try:
        return _run(args, store, out)
    except HistoryError as exc:  # read-only, damaged, locked, ...: each its own code
        fault = history_fault(exc, paths.history_db)
        print(fault.text(), file=sys.stderr)
        return fault.code
    finally:
        store.close()


def _run(args: argparse.Namespace, store: HistoryStore, out: TextIO) -> int:
    if args.import_file is not None:
        try:
            result = import_json(store, args.import_file)
        except (OSError, ValueError, HistoryImportError) as exc:
            print(shown(tr("supple: cannot import {file}: {why}").format(
                file=args.import_file, why=exc), lines=True), file=sys.stderr)
            return EXIT_INVALID
        out.write(tr("imported %n session(s), skipped {skipped} already present", None,
                     result.added).format(skipped=result.skipped_duplicates) + "\n")
        return EXIT_OK
    if args.csv or args.json:  # written as read: any history in little memory
        # Data for a file or a pipe is written as it is; a terminal gets it made safe.
        target = cast(TextIO, _Shown(out)) if out.isatty() else out
        (write_csv if args.csv else write_json)(store, target)
        return EXIT_OK
    sessions = [_safe(s) for s in store.sessions()]
    text = (format_table(sessions) if sessions else
            tr("No sessions yet. Start one with `supple` or `supple run ROUTINE`.") + "\n")
    out.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


class _Shown:
    """A terminal to write an export to, piece by piece, through :func:`shown`."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(shown(text.replace("\r\n", "\n"), lines=True))


def _safe(session: SessionRecord) -> SessionRecord:
    """The texts of a session as the table may print them (before it measures its columns)."""
    return dataclasses.replace(session, routine_name=shown(session.routine_name),
                               category=shown(session.category),
                               note=shown(" ".join(session.note.split())))
