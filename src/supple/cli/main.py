"""The ``supple`` command: the window by default, and subcommands for the terminal.

Exit codes (the table in docs/routine-format.md): 0 success, 1 a routine (or other input) is
invalid, 2 usage error, 3 a bug (internal error), 4 a routine name more than one routine has,
5-9 the history's storage (busy, not writable, damaged, not a file, too new; see
:mod:`supple.cli.faults`). No traceback is ever printed: unexpected errors become one line on
stderr. Every text that came from a file, the history or the user is printed through
:func:`supple.cli.terminal.shown`.

Routines are found through the same catalog (and index) as the window's library, so ``supple
list`` with nothing changed reads no YAML and imports neither the routine model nor pydantic;
those are imported by the commands that read a routine in full.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from supple import __version__
from supple.cli.faults import (
    EXIT_AMBIGUOUS,
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    Fault,
    history_fault,
)
from supple.cli.language import use_system_language
from supple.cli.terminal import shown
from supple.core.history.model import HistoryError
from supple.core.library.catalog import Catalog, load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.problems import Problem, RoutineError, Severity
from supple.core.resources import builtin_routines_dir
from supple.core.routines.categories import category_label
from supple.core.routines.durations import format_duration, format_hms
from supple.core.routines.phases import phase_label
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.routines.loader import LoadedRoutine

if TYPE_CHECKING:
    from supple.qt.platform.single_instance import OtherInstance, WeekRef


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supple",
        description=tr("A guided stretching and warm-up timer. With no command, opens the window."),
    )
    parser.add_argument("--version", action="version",
                        version=f"supple {__version__}")  # untranslated: name, number
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr("keep everything Supple writes under DIR (also: SUPPLE_DATA_DIR)"),
    )
    parser.add_argument("--tray", action="store_true",
                        help=tr("start in the tray, without the window (when the desktop has one)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help=tr("list routines with category, steps and duration"))
    show = sub.add_parser("show", help=tr("print a routine's expanded plan with times"))
    show.add_argument("routine", metavar="ROUTINE", help=tr("a routine id, name, or YAML file"))
    validate = sub.add_parser("validate",
                              help=tr("check routine files; exit 1 if any is invalid"))
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path)
    sub.add_parser("check", help=tr("check every routine in the library (errors and warnings, "
                   "such as two files with one id); exit 1 if any has an error"))
    schema = sub.add_parser("schema", help=tr("print the routine format's JSON Schema"))
    schema.add_argument("--programme", action="store_true",
                        help=tr("the programme format's JSON Schema instead"))
    from supple.cli.programme import add_parser as add_programme_parser

    add_programme_parser(sub)
    run = sub.add_parser("run", help=tr("open the player and start a routine"))
    run.add_argument("routine", metavar="ROUTINE", nargs="?",
                     help=tr("a routine id, name, or YAML file"))
    run.add_argument("--due", action="store_true",
                     help=tr("the routine due next in the programmes you follow, as this "
                             "week prescribes it"))
    from supple.cli.rating import add_parser as add_rating_parser
    from supple.cli.runs import add_parser as add_runs_parser

    add_runs_parser(sub)
    add_rating_parser(sub)
    from supple.cli.calf_test import add_parser as add_calf_test_parser

    add_calf_test_parser(sub)
    from supple.cli.sharing import add_parsers as add_sharing_parsers

    add_sharing_parsers(sub)
    history = sub.add_parser("history", help=tr("print or export the history of sessions"))
    fmt = history.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help=tr("export every session as CSV"))
    fmt.add_argument("--json", action="store_true", help=tr("export every session as JSON"))
    fmt.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        type=Path,
        help=tr("import a JSON export (sessions already present are skipped)"),
    )
    from supple.cli.report import add_parser as add_report_parser

    add_report_parser(sub)
    sub.add_parser("install-desktop", help=tr("add Supple to this user's application menu "
                   "(launcher, icons, metainfo under $XDG_DATA_HOME)"))
    sub.add_parser("uninstall-desktop", help=tr("remove what install-desktop added"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    use_system_language()  # before the parser: its help is translated too
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "run" and args.routine is not None and args.due:
        parser.error(tr("run: give a ROUTINE or --due, not both"))
    if args.command == "run" and args.routine is None and not args.due:
        parser.error(tr("run: give a ROUTINE, or --due for what your programme has due"))
    paths = AppPaths.resolve(args.data_dir)
    try:
        return _dispatch(args, paths)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except HistoryError as exc:  # a storage fault met outside ``supple history``
        fault = history_fault(exc, paths.history_db)
        print(fault.text(), file=sys.stderr)
        return fault.code
    except Exception as exc:  # the last line of defence: never a traceback
        print(shown(tr("supple: internal error: {kind}: {error}").format(
            kind=type(exc).__name__, error=exc)), file=sys.stderr)
        return EXIT_INTERNAL


def _dispatch(args: argparse.Namespace, paths: AppPaths) -> int:
    out = sys.stdout
    if args.command == "list":
        return cmd_list(_catalog(paths), out)
    if args.command == "show":
        return cmd_show(args.routine, paths, out)
    if args.command == "validate":
        return cmd_validate(args.files, out)
    if args.command == "check":
        return cmd_check(_catalog(paths), out)
    if args.command == "schema" and args.programme:
        from supple.cli.programme import schema_text

        out.write(schema_text())
        return EXIT_OK
    if args.command == "programme":
        from supple.cli.programme import cmd_programme

        return cmd_programme(args, paths, out)
    if args.command == "schema":
        from supple.core.routines.model import json_schema

        out.write(json.dumps(json_schema(), indent=2) + "\n")
        return EXIT_OK
    if args.command == "history":
        from supple.cli.history import cmd_history

        return cmd_history(args, paths, out)
    if args.command in ("export", "import"):
        from supple.cli.sharing import cmd_export, cmd_import

        return (cmd_export if args.command == "export" else cmd_import)(args, paths, out)
    if args.command == "runs":
        from supple.cli.runs import cmd_runs

        return cmd_runs(args, paths, out)
    if args.command == "calf-test":
        from supple.cli.calf_test import cmd_calf_test

        return cmd_calf_test(args, paths, out)
    if args.command == "rate-morning":
        from supple.cli.rating import cmd_rate_morning

        return cmd_rate_morning(args, paths, out)
    if args.command == "report":
        from supple.cli.report import cmd_report

        return cmd_report(args, paths, out)
    if args.command in ("install-desktop", "uninstall-desktop"):
        from supple.cli.desktop import cmd_desktop

        return cmd_desktop(args.command, paths, out)
    routine = None
    week: WeekRef | None = None  # run --due: the programme's week laid over the routine
    if args.command == "run":
        if args.due:
            from supple.cli.due import resolve_due

            due = resolve_due(paths, _catalog(paths), out)
            found = due if isinstance(due, Fault) else due[0]
            week = None if isinstance(due, Fault) else due[1]
        else:
            found = resolve_routine(args.routine, paths)
        if isinstance(found, Fault):
            print(found.text(), file=sys.stderr)
            return found.code
        routine = found
    # One window per data folder: a Supple already open for it is handed the routine (or
    # just brought to the front), display or not. Pure Python: no Qt is loaded for this.
    from supple.qt.platform.single_instance import OtherInstance, claim_instance

    instance = claim_instance(paths.data)
    if isinstance(instance, OtherInstance):
        if args.tray and routine is None:  # at login, with Supple already open: nothing to do
            return EXIT_OK
        return _hand_over(instance, routine, week)
    if not _has_display():
        print(tr("supple: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                 "not set). Run it on a desktop, or use the commands: supple --help"),
              file=sys.stderr)
        return EXIT_USAGE
    from supple.qt.app import run_app

    return run_app(paths, routine, instance, tray=args.tray)


def _hand_over(other: OtherInstance, routine: LoadedRoutine | None,
               week: WeekRef | None = None) -> int:
    """0 when the open window took the request (and started ``routine``, with ``week``'s
    changes when given), else 1."""
    from supple.qt.platform.single_instance import Request, RoutineRef, hand_over

    run = None
    if routine is not None:
        run = RoutineRef(routine.id, routine.path.absolute(), routine.builtin, week)
    answer = hand_over(other, Request(run))
    print(shown(f"supple: {answer.message}"), file=sys.stdout if answer.ok else sys.stderr)
    return EXIT_OK if answer.ok else EXIT_INVALID


def _has_display() -> bool:
    """Qt aborts the process when it cannot reach a display; say so plainly instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _catalog(paths: AppPaths) -> Catalog:
    """The window's catalog, through the same index (which this may bring up to date)."""
    return scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)


def resolve_routine(key: str, paths: AppPaths) -> LoadedRoutine | Fault:
    """A routine by file path, id or name, read from its file now; or what to say instead.

    A name that more than one routine has picks none of them: the answer lists their ids."""
    from supple.core.routines.loader import LoadedRoutine, load_path

    path = Path(key)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        try:
            routine = load_path(path)
        except RoutineError as exc:
            return Fault(EXIT_INVALID, _problem_lines(exc.problems))
        return LoadedRoutine(path.stem, path, routine, False, routine.fingerprint())
    catalog = _catalog(paths)
    card = catalog.by_id(key)
    if card is None:
        named = catalog.named(key)
        if len(named) > 1:
            listed = "\n".join(f"  {c.id}  ({c.path})" for c in named)
            return Fault(EXIT_AMBIGUOUS, tr(
                "supple: %n routines are called {name}; give the id of the one you mean:\n"
                "{listed}", None, len(named)).format(name=repr(key), listed=listed))
        card = named[0] if named else None
    if card is None:
        ids = ", ".join(c.id for c in catalog.cards)
        return Fault(EXIT_INVALID, tr("supple: no routine called {name} (known: {ids})")
                     .format(name=repr(key), ids=ids))
    loaded, problems = load_card(card)
    if loaded is None:  # changed since it was listed, and now has errors
        return Fault(EXIT_INVALID, _problem_lines(problems))
    return loaded


def _problem_lines(problems: Sequence[Problem]) -> str:
    return "\n".join(shown(str(p)) for p in problems)


def cmd_list(catalog: Catalog, out: TextIO) -> int:
    rows = [(tr("ID"), tr("NAME"), tr("CATEGORY"), tr("EXERCISES"), tr("DURATION"))]
    for card in catalog.cards:
        rows.append(
            (
                shown(card.id),
                shown(card.name),
                shown(category_label(card.category, heading=False)),
                str(card.exercise_count),
                format_duration(card.total_seconds),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
    if catalog.problems:
        print(_problem_lines(catalog.problems), file=sys.stderr)
    return EXIT_OK


def cmd_check(catalog: Catalog, out: TextIO) -> int:
    """Every problem of the library (each file's, and between files: duplicate ids and
    names), as the window's library lists them; exit 1 only for errors."""
    errors = sum(p.severity is Severity.ERROR for p in catalog.problems)
    warnings = len(catalog.problems) - errors
    if catalog.problems:
        out.write(_problem_lines(catalog.problems) + "\n")
    out.write(tr("{routines} ready; {errors}, {warnings}").format(
        routines=tr("%n routine(s)", None, len(catalog.cards)),
        errors=tr("%n error(s)", None, errors),
        warnings=tr("%n warning(s)", None, warnings)) + "\n")
    return EXIT_INVALID if errors else EXIT_OK


def cmd_show(key: str, paths: AppPaths, out: TextIO) -> int:
    from supple.core.session.timeline import SegmentKind, plan

    kind_label = {
        SegmentKind.LEAD_IN: tr("get ready"),
        SegmentKind.WORK: "",
        SegmentKind.SWITCH: tr("switch"),
        SegmentKind.REST: tr("rest"),
    }
    found = resolve_routine(key, paths)
    if isinstance(found, Fault):
        print(found.text(), file=sys.stderr)
        return found.code
    routine = found.routine
    timeline = plan(routine)
    out.write(f"{shown(routine.name)}  ({shown(category_label(routine.category, False))}, "
              f"{format_duration(timeline.total)})\n")
    if routine.description:
        out.write(f"{shown(routine.description, lines=True)}\n")
    if routine.source:
        out.write(tr("Source: {source}").format(source=shown(routine.source, lines=True))
                  + "\n")
    out.write("\n")
    for seg in timeline.segments:
        label = kind_label[seg.kind]
        if seg.kind is SegmentKind.WORK:
            label = tr("%n rep(s)", None, seg.reps) if seg.reps else (
                tr("metronome") if seg.bpm else tr("hold"))
        detail = []
        if seg.sets > 1 and seg.kind is not SegmentKind.LEAD_IN:
            detail.append(tr("set {set}/{sets}").format(set=seg.set, sets=seg.sets))
        if seg.rounds > 1:
            detail.append(tr("round {round}/{rounds}").format(round=seg.round,
                                                              rounds=seg.rounds))
        if seg.bpm:
            detail.append(tr("{bpm} bpm").format(bpm=seg.bpm))
        if seg.rep_phases and seg.kind is SegmentKind.WORK:
            one = [p for p in seg.rep_phases if p.rep == 1]
            detail.append(" ".join(tr("{phase} {seconds}s").format(
                phase=phase_label(p.phase) if p.phase else tr("rep"), seconds=f"{p.duration:g}")
                for p in one))
        out.write(
            f"{format_hms(seg.start):>8}  {label:<10} {shown(seg.title):<40} "
            f"{format_duration(seg.duration):>6}  {', '.join(detail)}".rstrip()
            + "\n"
        )
    out.write(f"{format_hms(timeline.total):>8}  {tr('done')}\n")
    return EXIT_OK


def cmd_validate(files: list[Path], out: TextIO) -> int:
    """Each file's errors (exit 1), or its warnings (pictures it names that cannot be shown)
    and ``FILE: ok``."""
    from supple.core.resources import images_dir
    from supple.core.routines.loader import load_path
    from supple.core.routines.picture_check import picture_warnings

    status = EXIT_OK
    for path in files:
        try:
            routine = load_path(path)
        except RoutineError as exc:
            out.write(_problem_lines(exc.problems) + "\n")
            status = EXIT_INVALID  # named on the command line, even a folder or a pipe fails
            continue
        warnings = picture_warnings(routine, path, images_dir())
        if warnings:
            out.write(_problem_lines(warnings) + "\n")
        out.write(shown(tr("{file}: ok").format(file=path)) + "\n")
    return status
