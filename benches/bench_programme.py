"""Expanding a 12-week twice-daily programme into its schedule, against planning one routine.

Run: ``.venv/bin/python benches/bench_programme.py``

Target: expanding the built-in Alfredson programme (12 weeks, twice a day: 168 occurrences)
in the runner's zone under 10 ms. Baseline, in the same run: planning the routine it uses
(``core.session.timeline.plan`` of alfredson-heel-drops, cues included), which the app does
each time a routine starts. Also measured: the reminders' question (``next_after``), the
Today view's (``on``), and adherence over the whole programme with every session done.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from supple.core.programmes.adherence import DoneSession, adherence
from supple.core.programmes.loader import load_path
from supple.core.programmes.schedule import Enrolment, Schedule
from supple.core.resources import builtin_programmes_dir, builtin_routines_dir
from supple.core.routines.loader import load_path as load_routine
from supple.core.session.timeline import plan

ROUNDS = 200
TARGET_MS = 10.0


def best_of(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    programme = load_path(builtin_programmes_dir() / "alfredson.yaml")
    routine = load_routine(builtin_routines_dir() / "alfredson-heel-drops.yaml")
    start = date(2026, 3, 2)  # the Berlin clocks change in week 4
    enrolment = Enrolment(programme, start, "Europe/Berlin",
                          paused=[(date(2026, 4, 6), date(2026, 4, 8))])
    schedule = Schedule(enrolment)
    sessions = [DoneSession(o.routine_id, o.at.replace(tzinfo=None) + timedelta(minutes=5),
                            True) for o in schedule.occurrences]
    instant = datetime(2026, 4, 20, 12, tzinfo=UTC)
    print(f"Alfredson programme: {programme.weeks} weeks, {len(schedule.occurrences)} "
          f"occurrences; routine: {len(plan(routine).segments)} segments, "
          f"{len(plan(routine).cues)} cues")

    base = best_of(lambda: plan(routine))
    expand = best_of(lambda: Schedule(enrolment))
    query = best_of(lambda: schedule.next_after(instant), rounds=2000)
    today = best_of(lambda: schedule.on(date(2026, 4, 20)), rounds=2000)
    kept = best_of(lambda: adherence(schedule, sessions, date(2026, 6, 1)), rounds=50)
    print(f"plan(alfredson-heel-drops), baseline: {base * 1000:8.3f} ms  (best of {ROUNDS})")
    print(f"expand the programme (Schedule):      {expand * 1000:8.3f} ms  "
          f"({expand / base:.2f}x the baseline)  target < {TARGET_MS:g} ms: "
          f"{'met' if expand * 1000 < TARGET_MS else 'MISSED'}")
    print(f"next_after(instant):                  {query * 1e6:8.1f} µs")
    print(f"on(date):                             {today * 1e6:8.1f} µs")
    print(f"adherence, {len(sessions)} sessions:          {kept * 1000:8.3f} ms  "
          f"({kept / base:.2f}x the baseline)")
    return 0 if expand * 1000 < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
