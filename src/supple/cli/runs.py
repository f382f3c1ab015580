"""``supple runs add|import|list``: the runs that make rest days real and that the running
companion's routines follow.

An import is all or nothing: every file is read and checked first (:func:`import_runs`), and
if any of them is broken, nothing is added and each broken file is named with what is wrong,
so running the command again with the file fixed or left out never leaves a half import
behind. The runs found are then added in one transaction; a run already recorded (the same
run from another file or another watch, see :mod:`supple.core.runs.duplicates`, or one that
another process added meanwhile) is left out and reported. An activity whose file names a
sport other than running (a ride) is left out too, and said.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from supple.cli import arguments
from supple.cli.faults import EXIT_INVALID, EXIT_OK, Fault
from supple.cli.terminal import clock_text, day_text, shown
from supple.core.history.records import NewRun, RunRecord, RunSource
from supple.core.paths import AppPaths
from supple.core.wording import tr

if TYPE_CHECKING:  # imported when a command runs: the parser is built on every start
    from supple.core.history.store import HistoryStore
    from supple.core.runs import ParsedRun


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("runs", help=tr("record runs, import them from a watch, list them"))
    actions = parser.add_subparsers(dest="runs_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=tr("record a run by hand"))
    add.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                     help=tr("the day of the run (YYYY-MM-DD, today, yesterday; default: "
                             "today)"))
    add.add_argument("--minutes", type=arguments.minutes, required=True, metavar="M",
                     help=tr("how long it took, in minutes"))
    add.add_argument("--distance", type=arguments.kilometres, metavar="KM",
                     help=tr("how far, in kilometres"))
    add.add_argument("--feel", type=arguments.score, metavar="N",
                     help=tr("how the calves felt, 0 (fine) to 10 (worst)"))
    imported = actions.add_parser("import", help=tr("import runs from GPX, TCX or FIT files"))
    imported.add_argument("files", metavar="FILE", nargs="+", type=Path)
    actions.add_parser("list", help=tr("list the runs recorded"))


def cmd_runs(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.history_access import open_history

    opened = open_history(paths)
    if isinstance(opened, Fault):
        print(opened.text(), file=sys.stderr)
        return opened.code
    try:
        if args.runs_command == "add":
            return _add(args, opened, out)
        if args.runs_command == "import":
            return _import(args.files, opened, out)
        return _list(opened, out)
    finally:
        opened.close()


def _say(out: TextIO, text: str = "") -> None:
    out.write(shown(text) + "\n")


def _describe(run: RunRecord | NewRun) -> str:
    parts = [day_text(run.day) if run.start_time is None else tr("{day} at {time}").format(
        day=day_text(run.day), time=clock_text(run.start_time))]
    parts.append(tr("{minutes} min").format(minutes=f"{run.minutes:g}"))
    if run.distance_km is not None:
        parts.append(tr("{km} km").format(km=f"{run.distance_km:.2f}"))
    if run.calf_feel is not None:
        parts.append(tr("calves {score}/10").format(score=run.calf_feel))
    return ", ".join(parts)


def _add(args: argparse.Namespace, store: HistoryStore, out: TextIO) -> int:
    day = args.date if args.date is not None else arguments.today()
    run = NewRun(day, round(args.minutes, 1), distance_km=args.distance, calf_feel=args.feel)
    added = store.add_run(run)
    assert added is not None  # a manual run has a key of its own
    _say(out, tr("Added a run: {run}.").format(run=_describe(added)))
    return EXIT_OK


def _is_run(run: ParsedRun) -> bool:
    return run.sport is None or "run" in run.sport


def as_new_run(run: ParsedRun) -> NewRun:
    """The run as the history keeps it: on the local date and time it started."""
    local = run.started_at.astimezone()
    return NewRun(local.date(), round(run.duration_s / 60, 1), start_time=local.time(),
                  distance_km=None if run.distance_m is None else round(run.distance_m / 1000, 3),
                  source=RunSource(run.source), source_key=run.source_key)


def _known(key: str, stored: Sequence[str]) -> bool:
    """Whether the run of ``key`` is one of the ``stored`` (the same match as the import's)."""
    from supple.core.runs.duplicates import key_span, same_run

    span = key_span(key)
    return span is not None and any(
        other is not None and same_run(span, other) for other in map(key_span, stored))


def _import(files: list[Path], store: HistoryStore, out: TextIO) -> int:
    from supple.core.runs import import_runs

    found = import_runs(files, [r.source_key for r in store.runs()])
    if found.problems:
        for problem in found.problems:
            print(shown(f"supple: {problem}"), file=sys.stderr)
        print(shown(tr("supple: nothing was imported: %n file(s) could not be read (above). "
                       "Fix or leave out what is named, then run the command again.", None,
                       len(found.problems))), file=sys.stderr)
        return EXIT_INVALID
    runs = [r for r in found.runs if _is_run(r)]
    new = [as_new_run(r) for r in runs]
    result = store.add_runs(new, _known)
    for run in found.runs:
        if not _is_run(run):
            _say(out, tr("Left out, not a run: {file} ({sport}, {run}).").format(
                file=run.file_name, sport=run.sport, run=_describe(as_new_run(run))))
    for run in found.duplicates:
        _say(out, tr("Already recorded: {file} ({run}).").format(
            file=run.file_name, run=_describe(as_new_run(run))))
    skipped = len(found.duplicates) + result.skipped_duplicates
    if skipped:
        _say(out, tr("Imported %n run(s); {skipped} already recorded.", None, result.added)
             .format(skipped=skipped))
    else:
        _say(out, tr("Imported %n run(s).", None, result.added))
    return EXIT_OK


def _list(store: HistoryStore, out: TextIO) -> int:
    runs = store.runs()
    if not runs:
        _say(out, tr("No runs yet. Record one with `supple runs add --minutes M` or import "
                     "them with `supple runs import FILE`."))
        return EXIT_OK
    rows = [(tr("DATE"), tr("START"), tr("MINUTES"), tr("KM"), tr("CALVES"), tr("FROM"))]
    for r in runs:
        rows.append((r.day.isoformat(), "" if r.start_time is None else f"{r.start_time:%H:%M}",
                     f"{r.minutes:g}", "" if r.distance_km is None else f"{r.distance_km:.2f}",
                     "" if r.calf_feel is None else f"{r.calf_feel}/10", r.source.value))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        _say(out, "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    _say(out, tr("%n run(s).", None, len(runs)))
    return EXIT_OK
