"""``supple calf-test add|list``: the calf test recorded from the shell, each leg apart.

The window paces and counts the heel raises; a runner tested by a physiotherapist, or who
counted on their own, types the results here instead. Left and right are given together (a
test is both legs), knee to wall optional for each. The store would keep a test the disk
refused in memory; a command ends, so it is flushed here, and a test not saved is an error
with its cause's exit code (:func:`supple.cli.history_access.unsaved`).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, TextIO

from supple.cli import arguments
from supple.cli.faults import EXIT_OK, Fault
from supple.cli.terminal import day_text, shown
from supple.core.paths import AppPaths
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.history.store import HistoryStore


def raises(text: str) -> int:
    from supple.core.calf_test import MAX_RAISES

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_RAISES:
        raise argparse.ArgumentTypeError(tr(
            "{value} is not a whole number of heel raises (0 to {most})").format(
                value=shown(repr(text)), most=MAX_RAISES))
    return value


def knee_wall(text: str) -> float:
    from supple.core.calf_test import KNEE_WALL_MAX_CM, check_knee_wall

    try:
        return check_knee_wall(float(text.replace(",", ".")))
    except ValueError:
        raise argparse.ArgumentTypeError(tr(
            "{value} is not a knee-to-wall distance in centimetres (0 to {most})").format(
                value=shown(repr(text)), most=f"{KNEE_WALL_MAX_CM:g}")) from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("calf-test", help=tr("record a calf test (each leg), list them"))
    actions = parser.add_subparsers(dest="calf_test_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=tr("record a calf test, left and right leg"))
    add.add_argument("--left-raises", type=raises, required=True, metavar="N",
                     help=tr("single-leg heel raises to fatigue, left leg"))
    add.add_argument("--right-raises", type=raises, required=True, metavar="N",
                     help=tr("single-leg heel raises to fatigue, right leg"))
    add.add_argument("--left-knee-wall", type=knee_wall, metavar="CM",
                     help=tr("knee to wall, left leg, in cm (to the half cm)"))
    add.add_argument("--right-knee-wall", type=knee_wall, metavar="CM",
                     help=tr("knee to wall, right leg, in cm"))
    add.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                     help=tr("the day of the test (YYYY-MM-DD, today, yesterday; default: "
                             "today)"))
    actions.add_parser("list", help=tr("list the calf tests, each leg apart"))


def cmd_calf_test(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.history_access import open_history

    opened = open_history(paths)
    if isinstance(opened, Fault):
        print(opened.text(), file=sys.stderr)
        return opened.code
    try:
        if args.calf_test_command == "add":
            return _add(args, opened, out)
        return _list(opened, out)
    finally:
        opened.close()


def _say(out: TextIO, text: str) -> None:
    out.write(shown(text) + "\n")


def _leg(raised: int, cm: float | None) -> str:
    if cm is None:
        return tr("%n heel raise(s)", None, raised)
    return tr("%n heel raise(s), knee to wall {cm} cm", None, raised).format(cm=f"{cm:g}")


def _add(args: argparse.Namespace, store: HistoryStore, out: TextIO) -> int:
    from supple.cli.history_access import unsaved
    from supple.core.history.records import CalfTestKind, Side

    day: date = args.date if args.date is not None else arguments.today()
    for side, count, cm in ((Side.LEFT, args.left_raises, args.left_knee_wall),
                            (Side.RIGHT, args.right_raises, args.right_knee_wall)):
        store.add_calf_test(day, side, CalfTestKind.HEEL_RAISES, count)
        if cm is not None:
            store.add_calf_test(day, side, CalfTestKind.KNEE_TO_WALL, cm)
    fault = unsaved(store, tr("the calf test"))
    if fault is not None:
        print(fault.text(), file=sys.stderr)
        return fault.code
    _say(out, tr("Recorded the calf test of {day}: left {left}; right {right}.").format(
        day=day_text(day), left=_leg(args.left_raises, args.left_knee_wall),
        right=_leg(args.right_raises, args.right_knee_wall)))
    return EXIT_OK


def _list(store: HistoryStore, out: TextIO) -> int:
    from supple.core.history.records import CalfTestKind, Side

    tests = store.calf_tests()
    if not tests:
        _say(out, tr("No calf tests yet. Do one from the window (Calf test…), or record one "
                     "with `supple calf-test add --left-raises N --right-raises N`."))
        return EXIT_OK
    by_day: dict[date, dict[tuple[Side, CalfTestKind], float]] = defaultdict(dict)
    for t in tests:  # oldest first: one redone the same day replaces the earlier
        by_day[t.day][(t.side, t.kind)] = t.value

    def cell(values: dict[tuple[Side, CalfTestKind], float], side: Side,
             kind: CalfTestKind) -> str:
        value = values.get((side, kind))
        return "" if value is None else f"{value:g}"

    rows = [(tr("DATE"), tr("LEFT RAISES"), tr("RIGHT RAISES"), tr("LEFT KNEE-WALL CM"),
             tr("RIGHT KNEE-WALL CM"))]
    for day, values in sorted(by_day.items()):
        rows.append((day.isoformat(),
                     cell(values, Side.LEFT, CalfTestKind.HEEL_RAISES),
                     cell(values, Side.RIGHT, CalfTestKind.HEEL_RAISES),
                     cell(values, Side.LEFT, CalfTestKind.KNEE_TO_WALL),
                     cell(values, Side.RIGHT, CalfTestKind.KNEE_TO_WALL)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        _say(out, "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    _say(out, tr("%n calf test(s).", None, len(by_day)))
    return EXIT_OK
