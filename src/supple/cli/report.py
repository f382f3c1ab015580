"""``supple report``: the progress report for a physiotherapist, as PDF, text or CSV.

The report's content is computed by :mod:`supple.core.report`; text and CSV are written by
the core alone, so they work where Qt is not installed. Only ``--format pdf`` imports the Qt
side (:mod:`supple.qt.report.pdf`), and that lazily, on the offscreen platform unless a
display was chosen: a report needs no window. The file is written whole or not at all
(:func:`supple.core.atomic_file.write_atomically`), so a full disk never leaves half a PDF.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from supple.cli import arguments
from supple.cli.faults import EXIT_INVALID, EXIT_OK, EXIT_READ_ONLY, Fault, history_fault
from supple.cli.terminal import shown
from supple.core.history.model import HistoryError
from supple.core.library.catalog import Catalog
from supple.core.paths import AppPaths
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore
    from supple.core.programmes.loader import LoadedProgramme
    from supple.core.report.model import Report

DEFAULT_DAYS = 84  # twelve weeks: the length of the built-in programmes
FORMATS = ("pdf", "text", "csv")
SUFFIXES = {".pdf": "pdf", ".txt": "text", ".text": "text", ".csv": "csv"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report", help=tr("write a progress report for a physiotherapist (PDF, text or CSV)"),
        description=tr("A progress report over a period: the prescription, how well it was "
                       "kept, the calf ratings and the change in pain, runs, rest days, the "
                       "advice given and the calf tests."))
    parser.add_argument("--from", dest="first", metavar="DATE", type=arguments.day,
                        help=tr("first day (YYYY-MM-DD; default: %n day(s) before --to)", None,
                                DEFAULT_DAYS))
    parser.add_argument("--to", dest="last", metavar="DATE", type=arguments.day,
                        help=tr("last day (YYYY-MM-DD; default: today)"))
    parser.add_argument("--routine", dest="routines", metavar="NAME", nargs="+",
                        action="extend", default=[],
                        help=tr("only these routines (ids or names)"))
    parser.add_argument("--programme", metavar="NAME",
                        help=tr("only this programme and its routines (id or name)"))
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help=tr("paper size of the PDF (default: a4)"))
    parser.add_argument("--format", dest="format", choices=FORMATS,
                        help=tr("pdf, text or csv (default: from the file's suffix, else pdf)"))
    parser.add_argument("-o", "--output", metavar="FILE", required=True,
                        help=tr("the file to write; - writes text or CSV to the terminal"))


def cmd_report(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    fmt = args.format or SUFFIXES.get(Path(args.output).suffix.lower(), "pdf")
    if args.output == "-" and fmt == "pdf":
        print(tr("supple: a PDF is written to a file: give one with -o FILE"), file=sys.stderr)
        return EXIT_INVALID
    last = args.last or date.today()
    first = args.first or last - timedelta(days=DEFAULT_DAYS - 1)
    if last < first:
        print(tr("supple: the period ends ({last}) before it starts ({first})").format(
            last=last, first=first), file=sys.stderr)
        return EXIT_INVALID
    from supple.cli.history_access import open_history

    store = open_history(paths)
    if isinstance(store, Fault):
        print(store.text(), file=sys.stderr)
        return store.code
    try:
        report = _build(args, paths, store, first, last)
    except HistoryError as exc:
        fault = history_fault(exc, paths.history_db)
        print(fault.text(), file=sys.stderr)
        return fault.code
    finally:
        store.close()
    if isinstance(report, str):
        print(shown(report, lines=True), file=sys.stderr)
        return EXIT_INVALID
    return _write(report, fmt, args, out)


def _build(args: argparse.Namespace, paths: AppPaths, store: HistoryStore, first: date,
           last: date) -> Report | str:
    """The report, or what to say instead (an unknown routine or programme)."""
    from supple.core.report.build import build_report
    from supple.core.report.model import Query
    from supple.core.report.sources import sources_for

    sources = sources_for(paths)
    for problem in sources.problems:
        print(shown(str(problem)), file=sys.stderr)
    routines = _routine_ids(args.routines, sources.catalog, store)
    if isinstance(routines, str):
        return routines
    programme = None
    if args.programme is not None:
        found = _programme(args.programme, sources.programmes)
        if isinstance(found, str):
            return found
        programme = found.id
    try:
        query = Query(first, last, date.today(), tuple(routines), programme)
    except ValueError as exc:  # a period the report does not cover (over ten years)
        return tr("supple: {why}").format(why=exc)
    return build_report(store, sources.programmes, sources.routine_of, query)


def _routine_ids(keys: list[str], catalog: Catalog, store: HistoryStore) -> list[str] | str:
    recorded = store.routines() if keys else []
    found = []
    for key in keys:
        card = catalog.by_id(key)
        named = [c.id for c in catalog.named(key)]
        if card is not None:
            found.append(card.id)
        elif named:
            found += named  # a name two routines share: the report covers both
        else:
            seen = [rid for rid, name in recorded if key in (rid, name)]
            if not seen:
                known = ", ".join(c.id for c in catalog.cards)
                return tr("supple: no routine called {name} (known: {ids})").format(
                    name=repr(key), ids=known)
            found += seen
    return list(dict.fromkeys(found))


def _programme(key: str, programmes: list[LoadedProgramme]) -> LoadedProgramme | str:
    lowered = key.casefold()
    found = next((p for p in programmes if p.id == key), None) or next(
        (p for p in programmes if p.programme.name.casefold() == lowered), None)
    if found is None:
        return tr("supple: no programme called {name} (known: {ids})").format(
            name=repr(key), ids=", ".join(p.id for p in programmes) or tr("none"))
    return found


def _write(report: Report, fmt: str, args: argparse.Namespace, out: TextIO) -> int:
    from supple.core.atomic_file import write_atomically

    if fmt == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            from supple.qt.report.pdf import pdf_bytes
        except ImportError:
            print(tr("supple: a PDF is drawn with Qt (PySide6), which cannot be imported "
                     "here; --format text or --format csv need no Qt"), file=sys.stderr)
            return EXIT_INVALID

        data = pdf_bytes(report, args.paper)
    elif fmt == "text":
        from supple.core.report.text import render_text

        text = render_text(report)
        data = text.encode("utf-8")
    else:
        from supple.core.report.csv_text import render_csv

        text = render_csv(report)
        data = text.encode("utf-8")
    if args.output == "-":
        out.write(shown(text, lines=True) if out.isatty() else text)
        return EXIT_OK
    target = Path(args.output)
    try:
        write_atomically(target, data)
    except OSError as exc:
        print(shown(tr("supple: cannot write {file}: {why}").format(
            file=target, why=exc.strerror or exc)), file=sys.stderr)
        return EXIT_READ_ONLY
    out.write(shown(tr("wrote {file} ({format}, {first} to {last})").format(
        file=target, format=fmt, first=report.query.first, last=report.query.last)) + "\n")
    return EXIT_OK
