"""Screenshot of the history window over ten weeks of a plausible runner's sessions.

Run under Xvfb (a real window system, so fonts and sizes are as a user sees them):

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshot_history.py \
        docs/screenshots/history.png [--theme light|dark] [--empty] [--calf-tests]

The runner: warms up before most runs, stretches after them, does eccentric heel drops twice
a day, rests a few days; calf tightness drifts from about 6 down to 2, with noise. For the
last six weeks they follow the Alfredson programme and rate pain and tightness apart (after
the sessions and the next morning), so the calf chart shows the older mixed ratings beside the
separate lines, the runs, and the programme's weeks planned against done. With
``--calf-tests`` they also do the calf test every two weeks of the programme (the left leg,
the sore one, catching up with the right), and the shot scrolls down to its charts.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from supple.core.history.model import Outcome, StepStatus
from supple.core.history.records import CalfTestKind, Location, NewRun, RatingMoment, Side
from supple.core.history.store import HistoryStore
from supple.core.programmes.loader import load_folders
from supple.core.resources import builtin_programmes_dir
from supple.core.settings import Theme
from supple.qt.history.window import HistoryWindow
from supple.qt.i18n import install_translators
from supple.qt.theme import apply_theme

TODAY = date(2026, 11, 20)
WEEKS = 10
PROGRAMME_WEEKS = 6  # the last weeks, following the Alfredson programme, rated apart

ROUTINES = {
    "warm-up": ("pre-run", "Pre-run warm-up", "warm-up", 7, 6 * 60),
    "post": ("calf-care", "Calf care after a run", "post-run stretch", 9, 11 * 60),
    "heel": ("alfredson-heel-drops", "Alfredson heel drops", "strength", 3, 5 * 60),
}
NOTES = [
    "Left calf tight on the hills",
    "Felt loose today",
    "Long run, 18 km",
    "Skipped the last set, cramping",
    "",
]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1).astimezone()

    def __call__(self) -> datetime:
        return self.now


def record(store: HistoryStore, clock: Clock, rng: random.Random, kind: str, start: datetime,
           pain: float | None, apart: bool = False) -> None:
    routine_id, name, category, steps, seconds = ROUTINES[kind]
    clock.now = start
    before = None if pain is None else max(0, min(10, round(pain + rng.gauss(0, 0.8))))
    session = store.begin_session(routine_id, name, category, f"fp-{routine_id}", steps, before)
    roll = rng.random()
    done = steps if roll > 0.08 else rng.randint(1, steps - 1)
    active = 0.0
    for position in range(done):
        step_seconds = seconds / steps * rng.uniform(0.85, 1.15)
        active += step_seconds
        clock.now += timedelta(seconds=step_seconds)
        skipped = rng.random() < 0.04
        store.record_step(session.uuid, position, f"Step {position + 1}", None,
                          StepStatus.SKIPPED if skipped else StepStatus.DONE,
                          step_seconds, active)
    if done == steps:
        store.finish_session(session.uuid, Outcome.COMPLETED, active)
    elif roll > 0.03:
        store.finish_session(session.uuid, Outcome.STOPPED, active)
    else:
        store.finish_session(session.uuid, Outcome.INTERRUPTED, active)
    if before is not None:
        relief = rng.uniform(0.8, 2.0)
        after = max(0, min(10, round(pain - relief + rng.gauss(0, 0.7)))) if pain else 0
        note = rng.choice(NOTES) if rng.random() < 0.15 else None
        if apart:  # pain and tightness apart: pain lower than the tightness it used to mix
            store.rate_split(session.uuid, pain=max(0, after - 1),
                             tightness=min(10, after + 1), moment=RatingMoment.AFTER)
            if rng.random() < 0.4:
                store.rate_split(session.uuid, pain=max(0, after - 1 + rng.randint(0, 2)),
                                 moment=RatingMoment.DURING)
            if note:
                store.rate_session(session.uuid, note=note)
        else:
            store.rate_session(session.uuid, pain_after=after, note=note)


def fill(store: HistoryStore, clock: Clock, today: date = TODAY) -> None:
    rng = random.Random(7)
    first = today - timedelta(weeks=WEEKS) + timedelta(days=1)
    days = (today - first).days + 1
    enrolled = today - timedelta(weeks=PROGRAMME_WEEKS) + timedelta(days=1)
    store.enrol("alfredson", enrolled, time_zone="Europe/Berlin", name="Left Achilles",
                side=Side.LEFT, location=Location.MID_PORTION)
    for n in range(days):
        day = first + timedelta(days=n)
        progress = n / max(1, days - 1)
        pain = 6.2 - 4.2 * progress + rng.gauss(0, 0.5)
        if rng.random() < 0.1:
            continue  # a rest day, nothing at all
        # Runs get more regular as the calves improve: the runner trusts them again.
        runs = rng.random() < 0.45 + 0.35 * progress and day.weekday() != 0
        morning = datetime.combine(day, time(6, 40)).astimezone()
        apart = day >= enrolled
        if apart and rng.random() < 0.85:  # how the calves feel on waking
            clock.now = morning
            store.rate_morning(day, pain=max(0, round(pain - 2.5 + rng.gauss(0, 0.6))),
                               tightness=max(0, round(pain - 0.5 + rng.gauss(0, 0.6))))
        if runs:
            store.add_run(NewRun(day, rng.randint(30, 70), distance_km=rng.randint(6, 14)))
        if runs and rng.random() < 0.85:
            record(store, clock, rng, "warm-up", morning + timedelta(minutes=rng.randint(0, 30)),
                   None)
        if runs:
            record(store, clock, rng, "post", morning + timedelta(minutes=rng.randint(70, 100)),
                   pain, apart)
        if rng.random() < 0.9:
            record(store, clock, rng, "heel", morning + timedelta(minutes=50),
                   pain if rng.random() < 0.5 else None, apart)
        if rng.random() < 0.75 and day != today:
            record(store, clock, rng, "heel", morning + timedelta(hours=12, minutes=20), None)


def calf_tests(store: HistoryStore, today: date = TODAY) -> None:
    """Every two weeks of the programme, from its first day: the sore left leg gains."""
    enrolled = today - timedelta(weeks=PROGRAMME_WEEKS) + timedelta(days=1)
    for i, (left, right, left_cm, right_cm) in enumerate(
            ((14, 24, 8.0, 11.5), (17, 25, 8.5, 11.5), (21, 24, 9.5, 12.0),
             (23, 26, 10.5, 12.0))):
        day = min(enrolled + timedelta(weeks=2 * i), today)  # the last one today
        for side, raises, cm in ((Side.LEFT, left, left_cm), (Side.RIGHT, right, right_cm)):
            store.add_calf_test(day, side, CalfTestKind.HEEL_RAISES, raises)
            store.add_calf_test(day, side, CalfTestKind.KNEE_TO_WALL, cm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--empty", action="store_true", help="an empty history")
    parser.add_argument("--size", default="1240x860")
    parser.add_argument("--scroll", choices=["top", "bottom"], default="top",
                        help="bottom: scrolled down to the calf chart and programme weeks")
    parser.add_argument("--text-scale", type=float, default=1.0)
    parser.add_argument("--calf-tests", action="store_true",
                        help="calf tests every two weeks; scrolled down to their charts")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    apply_theme(app, Theme(args.theme), args.text_scale)
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        store = HistoryStore(Path(folder) / "history.db", clock=clock)
        if not args.empty:
            fill(store, clock)
        if args.calf_tests:
            calf_tests(store)
        programmes, _ = load_folders(builtin_programmes_dir())
        window = HistoryWindow(store, today=TODAY, programmes=programmes)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        card = window.calf_test_card
        if args.calf_tests and card is not None:
            bar = window.scroller.verticalScrollBar()
            bar.setValue(max(0, card.widget.y() - 8))
            for _ in range(5):
                app.processEvents()
        elif args.scroll == "bottom" and window.calves is not None:
            bar = window.scroller.verticalScrollBar()
            bar.setValue(max(0, window.calves.y() - 8))
            for _ in range(5):
                app.processEvents()
        window.grab().save(str(args.output))
        window.close()
        store.close()
    print(f"saved {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
