"""``supple programme list|show``: the programmes, and what one prescribes week by week.

Following one (``start``, ``status``, ``pause``, ``resume``, ``finish``) is in
:mod:`supple.cli.enrolment`, which this hands those actions to. Every text from a programme
or routine file goes through :func:`supple.cli.terminal.shown` before it is printed. The
parser is built on every start of ``supple``, so this module imports the programme model (and
pydantic) only when a programme command runs: ``supple list`` stays as light as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from supple.cli.terminal import clock_text, shown
from supple.core.library.catalog import Catalog, load_card, scan_catalog
from supple.core.paths import AppPaths
from supple.core.problems import RoutineError
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.core.routines.durations import format_duration
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.programmes.loader import LoadedProgramme
    from supple.core.programmes.model import Entry, Programme, WeekChange
    from supple.core.routines.model import Routine

EXIT_OK, EXIT_INVALID = 0, 1


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("programme", help=tr("list and show programmes; start one, see "
                                                 "what is due (status), pause, resume, finish"))
    actions = parser.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    actions.add_parser("list", help=tr("list the programmes with their length and routines"))
    show = actions.add_parser("show", help=tr("print what a programme prescribes week by week"))
    show.add_argument("programme", metavar="PROGRAMME",
                      help=tr("a programme id, name, or YAML file"))
    from supple.cli.enrolment import add_actions

    add_actions(actions)


def user_programmes_dir(paths: AppPaths) -> Path:
    """The user's own programmes, beside their routines."""
    return paths.programmes


def schema_text() -> str:
    from supple.core.programmes.model import json_schema

    return json.dumps(json_schema(), indent=2) + "\n"


def cmd_programme(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    catalog = scan_catalog(builtin_routines_dir(), [paths.routines], paths.library_index)
    known = {card.id for card in catalog.cards}
    if args.programme_command == "list":
        return _list(paths, known, out)
    if args.programme_command == "show":
        return _show(args.programme, paths, catalog, out)
    from supple.cli.enrolment import cmd_enrolment

    return cmd_enrolment(args, paths, catalog, all_programmes(paths, known), out)


def all_programmes(paths: AppPaths, known: set[str]) -> list[LoadedProgramme]:
    from supple.core.programmes.loader import load_folders

    loaded, problems = load_folders(builtin_programmes_dir(), [user_programmes_dir(paths)],
                                    known)
    for problem in problems:
        print(shown(str(problem)), file=sys.stderr)
    return loaded


def _list(paths: AppPaths, known: set[str], out: TextIO) -> int:
    rows = [(tr("ID"), tr("NAME"), tr("WEEKS"), tr("ROUTINES"))]
    for item in all_programmes(paths, known):
        p = item.programme
        rows.append((item.id, p.name, str(p.weeks), ", ".join(dict.fromkeys(p.routine_ids()))))
    widths = [max(len(shown(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(shown(c).ljust(w) for c, w in zip(row, widths, strict=True))
                  .rstrip() + "\n")
    return EXIT_OK


def _find(key: str, paths: AppPaths, known: set[str]) -> Programme | str:
    from supple.core.programmes.loader import load_path

    path = Path(key)
    if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
        try:
            return load_path(path, known)
        except RoutineError as exc:
            return "\n".join(str(p) for p in exc.problems)
    loaded = all_programmes(paths, known)
    lowered = key.casefold()
    found = next((p for p in loaded if p.id == key), None) or next(
        (p for p in loaded if p.programme.name.casefold() == lowered), None)
    if found is None:
        return tr("supple: no programme called {name} (known: {ids})").format(
            name=repr(key), ids=", ".join(p.id for p in loaded) or tr("none"))
    return found.programme


def _show(key: str, paths: AppPaths, catalog: Catalog, out: TextIO) -> int:
    from supple.core.programmes.model import parse_weeks

    found = _find(key, paths, {card.id for card in catalog.cards})
    if isinstance(found, str):
        print(shown(found, lines=True), file=sys.stderr)
        return EXIT_INVALID
    p = found
    out.write(shown(f"{p.name}  ({tr('%n week(s)', None, p.weeks)})") + "\n")
    if p.description:
        out.write(shown(p.description, lines=True) + "\n")
    if p.source:
        out.write(shown(tr("Source: {source}").format(source=p.source), lines=True) + "\n")
    if p.phases:
        out.write("\n" + tr("Phases:") + "\n")
        for weeks, name in p.phases.items():
            out.write(shown(f"  {_weeks_label(*parse_weeks(weeks))}: {name}") + "\n")
    for question in p.questions:
        out.write("\n" + shown(tr("Asked when you start: {question}").format(
            question=question.ask)) + "\n")
        for answer in question.answers:
            mark = tr(" (default)") if answer is question.default_answer else ""
            swaps = "".join(tr("; {routine} becomes {other}").format(routine=a, other=b)
                            for a, b in answer.routines.items())
            out.write(shown(f"  {answer.id}{mark}: {answer.label}{swaps}") + "\n")
    for entry in p.routines:
        out.write("\n" + shown(f"{entry.routine}: {_when(p, entry)}") + "\n")
        routine = routine_of(entry.routine, catalog)
        for first, last, change in _stretches(p, entry):
            out.write(shown(f"  {_weeks_label(first, last):<12} "
                            f"{load_text(routine, change)}") + "\n")
            if change is not None and change.note:
                out.write(shown(f"  {'':<12} {change.note}") + "\n")
    return EXIT_OK


def _weeks_label(first: int, last: int) -> str:
    if first == last:
        return tr("week {week}").format(week=first)
    return tr("weeks {first}-{last}").format(first=first, last=last)


def _when(p: Programme, entry: Entry) -> str:
    when = ", ".join(entry.when) if isinstance(entry.when, list) else entry.when
    slots = ", ".join(f"{s} {clock_text(t)}" for s in entry.slot_names
                      if (t := p.slot_time(s)))
    return f"{when} ({slots})"


def _stretches(p: Programme, entry: Entry) -> list[tuple[int, int, WeekChange | None]]:
    """Runs of weeks with the same changes, in order; weeks the entry is not in are left
    out."""
    active = entry.active_weeks or (1, p.weeks)
    runs: list[tuple[int, int, WeekChange | None]] = []
    for week in range(active[0], active[1] + 1):
        change = entry.change_for(week)
        if runs and runs[-1][2] is change:
            runs[-1] = (runs[-1][0], week, change)
        else:
            runs.append((week, week, change))
    return runs


def routine_of(routine_id: str, catalog: Catalog) -> Routine | None:
    card = next((c for c in catalog.cards if c.id == routine_id), None)
    if card is None:
        return None
    loaded, _problems = load_card(card)
    return loaded.routine if loaded is not None else None


def load_text(routine: Routine | None, change: WeekChange | None) -> str:
    """What a week asks of a routine, and the time it then takes."""
    from supple.core.programmes.weeks import change_parts

    parts = [tr("as the routine is written")] if change is None else change_parts(change)
    if change is not None:
        parts += [f"{name}: {', '.join(change_parts(own))}" for name, own in change.steps.items()]
    if routine is None:
        return "; ".join(parts) + tr(" (routine not found)")
    from supple.core.programmes.weeks import WeekChangeError, apply_week
    from supple.core.session.timeline import plan

    try:
        total = plan(apply_week(routine, change), with_cues=False).total
    except WeekChangeError as exc:
        return "; ".join(parts) + tr(" (does not fit the routine: {why})").format(why=exc)
    return "; ".join(parts) + f"  ({format_duration(total)})"
