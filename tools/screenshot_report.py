"""The progress report of a plausible runner's 12 weeks, as a PDF and its pages as PNG.

Twelve weeks of the Alfredson drops twice a day (a few missed, two stopped early, notes),
pain during, after and the next morning easing with day-to-day noise, three runs a week with
the post-run stretch after them, and heel raises to fatigue on each side every four weeks.

    .venv/bin/python tools/screenshot_report.py OUT.pdf [--paper a4|letter]
    pdftoppm -png -r 80 -f 1 -l 1 OUT.pdf docs/screenshots/report   # and -gray to check

No window is opened (the offscreen platform is enough for a PDF).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.records import CalfTestKind, Location, NewRun, RatingMoment, Side
from supple.core.history.store import HistoryStore
from supple.core.report.build import build_report
from supple.core.report.model import Query
from supple.core.report.sources import sources_for
from supple.qt.report.pdf import pdf_bytes

ZONE = ZoneInfo("Europe/Berlin")
START = date(2026, 9, 7)
DROPS = ("Heel drops, straight knee", "Heel drops, bent knee")
STRETCH = ("Wall calf stretch, straight knee", "Bent-knee calf stretch")


class Clock:
    now = datetime(2026, 9, 7, 7, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.now


def session(store: HistoryStore, clock: Clock, at: datetime, routine: tuple[str, str, str],
            steps: tuple[str, ...], stopped: bool = False) -> str:
    clock.now = at
    record = store.begin_session(routine[0], routine[1], routine[2], "fp", len(steps))
    for position, step in enumerate(steps[:1] if stopped else steps):
        store.record_step(record.uuid, position, step, None, StepStatus.DONE, 120.0,
                          120.0 * (position + 1))
    clock.now = at + timedelta(minutes=9)
    store.finish_session(record.uuid, Outcome.STOPPED if stopped else Outcome.COMPLETED, 540)
    return record.uuid


def history(path: Path) -> None:
    rng = random.Random(7)
    clock = Clock()
    store = HistoryStore(path, clock=clock)
    store.enrol("alfredson", START, time_zone="Europe/Berlin", name="Alex Example",
                side=Side.LEFT, location=Location.MID_PORTION)
    drops = ("alfredson-heel-drops", "Alfredson eccentric heel drops", "strength")
    stretch = ("post-run-stretch", "Post-run static stretches", "post-run stretch")
    for i in range(84):
        day = START + timedelta(days=i)
        base = 6.2 - 4.4 * i / 83
        for hour in (7, 19):
            if rng.random() < 0.07:
                continue
            at = datetime(day.year, day.month, day.day, hour, rng.randint(0, 40), tzinfo=ZONE)
            stopped = i in (9, 30) and hour == 19
            uuid = session(store, clock, at, drops, DROPS, stopped)
            during = max(0, min(10, round(base + rng.uniform(-1.2, 1.2))))
            store.rate_split(uuid, pain=during, moment=RatingMoment.DURING)
            store.rate_split(uuid, pain=max(0, during - rng.randint(0, 2)),
                             tightness=rng.randint(2, 4), moment=RatingMoment.AFTER)
            if stopped:
                store.rate_session(uuid, note="Sharp twinge on the bent-knee drops, stopped"
                                   if i == 9 else "Short of time after work")
        store.rate_morning(day, pain=max(0, round(base - 1.5 + rng.uniform(-1, 1))),
                           tightness=rng.randint(2, 5))
        if day.weekday() in (1, 3, 6):
            store.add_run(NewRun(day, 30.0 + 2 * (i // 7), distance_km=5.0 + 0.3 * (i // 7),
                                 calf_feel=max(0, round(base - 2))))
            at = datetime(day.year, day.month, day.day, 18, 15, tzinfo=ZONE)
            session(store, clock, at, stretch, STRETCH)
        if i % 28 == 0 or i == 83:
            store.add_calf_test(day, Side.LEFT, CalfTestKind.HEEL_RAISES, 11 + i // 8)
            store.add_calf_test(day, Side.RIGHT, CalfTestKind.HEEL_RAISES, 24 + i // 20)
            store.add_calf_test(day, Side.LEFT, CalfTestKind.KNEE_TO_WALL, 8.0 + i / 30)
            store.add_calf_test(day, Side.RIGHT, CalfTestKind.KNEE_TO_WALL, 11.5)
    store.flush()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        history(path)
        store = HistoryStore(path)
        sources = sources_for(None)
        last = START + timedelta(days=83)
        report = build_report(store, sources.programmes, sources.routine_of,
                              Query(START, last, last + timedelta(days=1)))
        store.close()
    args.out.write_bytes(pdf_bytes(report, args.paper))
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
