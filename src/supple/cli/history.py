"""``supple history``: a table in the terminal, CSV/JSON export to stdout, JSON import."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from supple.core.history.export import csv_export, format_table, import_json, json_export
from supple.core.history.model import HistoryError
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.wording import counted


def cmd_history(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    try:
        paths.data.mkdir(parents=True, exist_ok=True)
        # A notice (a damaged file repaired, writes refused) is said when it happens.
        store = HistoryStore(paths.history_db,
                             on_notice=lambda n: print(f"supple: {n.message}", file=sys.stderr))
    except (HistoryError, OSError) as exc:
        print(f"supple: {exc}", file=sys.stderr)
        return 1
    try:
        if args.import_file is not None:
            try:
                result = import_json(store, args.import_file)
            except (OSError, ValueError, HistoryError) as exc:
                print(f"supple: cannot import {args.import_file}: {exc}", file=sys.stderr)
                return 1
            out.write(f"imported {counted(result.added, 'session')}, "
                      f"skipped {result.skipped_duplicates} already present\n")
            return 0
        try:
            if args.csv or args.json:
                text, _count = (csv_export if args.csv else json_export)(store)
            else:
                sessions = store.sessions()
                text = (format_table(sessions) if sessions else
                        "No sessions yet. Start one with `supple` or `supple run ROUTINE`.\n")
        except HistoryError as exc:  # read-only, damaged, locked: the text says which
            print(f"supple: cannot read the history: {exc}", file=sys.stderr)
            return 1
        out.write(text if text.endswith("\n") else text + "\n")
        return 0
    finally:
        store.close()
