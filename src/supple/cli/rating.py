"""``supple rate-morning PAIN``: how the calves feel on waking, recorded from the shell.

The pain rules read the next morning's pain to tell whether a session's pain settled, so
the morning rating is the one the window asks on the first start of the day; this records
it without the window (from a script, a reminder, or a phone's terminal). Once a day: rating
the same morning again replaces it. The store would keep a rating the disk refused in memory;
a command ends, so it is flushed here, and a rating not saved is an error with its cause's
exit code (:func:`supple.cli.history_access.unsaved`). The advice the rating leads to is
printed after it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from supple.cli import arguments
from supple.cli.faults import EXIT_OK, Fault
from supple.cli.terminal import day_text, shown
from supple.core.paths import AppPaths
from supple.core.wording import tr


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rate = sub.add_parser("rate-morning", help=tr("record how the calves feel this morning"))
    rate.add_argument("pain", type=arguments.score, metavar="PAIN",
                      help=tr("pain on waking, 0 (none) to 10 (worst imaginable)"))
    rate.add_argument("--tightness", type=arguments.score, metavar="N",
                      help=tr("stiffness on waking, 0 to 10"))
    rate.add_argument("--side", type=arguments.side, metavar="SIDE",
                      help=tr("where: left, right or both"))
    rate.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                      help=tr("which morning (default: today)"))


def cmd_rate_morning(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.history_access import open_history, unsaved
    from supple.core.coach import rule_ratings
    from supple.core.programmes.pain_monitoring import advise

    opened = open_history(paths)
    if isinstance(opened, Fault):
        print(opened.text(), file=sys.stderr)
        return opened.code
    day = args.date if args.date is not None else arguments.today()
    try:
        opened.rate_morning(day, pain=args.pain, tightness=args.tightness, side=args.side)
        fault = unsaved(opened, tr("the morning rating"))
        if fault is None:
            advice = advise(rule_ratings(opened.rating_entries()), arguments.today())
    finally:
        opened.close()
    if fault is not None:
        print(fault.text(), file=sys.stderr)
        return fault.code
    parts = [tr("pain {score}/10").format(score=args.pain)]
    if args.tightness is not None:
        parts.append(tr("tightness {score}/10").format(score=args.tightness))
    if args.side is not None:
        parts.append(args.side.label)
    out.write(shown(tr("Recorded the morning of {day}: {rating}.").format(
        day=day_text(day), rating=", ".join(parts))) + "\n")
    out.write(shown(tr("Advice: {advice}").format(advice=advice.text)) + "\n")
    return EXIT_OK
