"""Eight hours of routines back to back, in virtual time: the real engine on a fake clock, the
driver's cue scheduling into a recording cue player, and the real recorder and SQLite history.

Some routines are paused midway, some go back a step (which is then done and recorded a second
time). At the end: no drift (every cue came when the plan put it, at most a timer's lateness
after, and each routine's last deadline was exactly its planned length after it started,
pauses and the step gone back to included), no session or step lost or doubled, and Python's
memory grew by less than 5 MB once the first routine had warmed everything up. The figures
are printed (run with ``-s`` to see them).
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from fakes import FakeClock, RecordingCuePlayer
from supple.core.history.model import Outcome, StepStatus
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.library.catalog import load_card, scan_catalog
from supple.core.resources import builtin_routines_dir
from supple.core.routines.loader import LoadedRoutine
from supple.core.session.engine import BACK_GRACE, SessionEngine
from supple.core.session.events import Event, RoutineFinished
from supple.core.session.timeline import SegmentKind, plan

pytestmark = pytest.mark.slow

HOURS = 8.0
LATE_MAX = 0.004  # a timer wakes up to 4 ms late (measured p99 on a busy machine: 3.4 ms)
MAX_CUE_LATENESS = 0.35  # as the Qt driver: a cue later than this is shown, not played
MEMORY_LIMIT = 5_000_000


class Soak:
    def __init__(self, db: Path) -> None:
        self.clock = FakeClock(start=10_000.0)
        self.cues = RecordingCuePlayer()
        self.rng = random.Random(20261102)
        self.recorder = SessionRecorder(lambda: HistoryStore(db))
        self.sessions: list[tuple[str, LoadedRoutine, float]] = []  # uuid, routine, active
        self.cues_played = 0
        self.worst_drift = 0.0  # of a routine's last deadline from start + length + pauses
        self.worst_cue_lateness = 0.0
        self.wakes = 0
        self.pauses = 0
        self.backs = 0
        self.last: Event | None = None
        self.engine: SessionEngine

    def wake(self, events: list[Event], due: dict[float, Counter[str]], origin: float) -> None:
        """What the Qt driver does with a batch: play the cues that are not too late, then
        hand every event to the recorder."""
        now = self.clock.now()
        for event in events:
            if event.cue is None:
                continue
            lateness = now - (origin + event.at)  # against the plan, not the engine's word
            assert -1e-6 <= lateness <= MAX_CUE_LATENESS
            self.worst_cue_lateness = max(self.worst_cue_lateness, lateness)
            self.cues.play(event.cue.kind)
            self.cues_played += 1
            due[round(event.at, 6)][event.cue.kind.value] -= 1
        for event in events:
            self.recorder.handle(event, self.engine.active_seconds())
            self.last = event

    def run(self, loaded: LoadedRoutine, pause_at: float | None,
            back_at_step: int | None = None) -> None:
        """``pause_at``: pause there for a while; ``back_at_step``: just after that step (a
        work ordinal) starts, go back to the one before, which is then done, and recorded,
        a second time."""
        timeline = plan(loaded.routine)
        due: dict[float, Counter[str]] = {}
        for cue in timeline.cues:
            due.setdefault(round(cue.at, 6), Counter())[cue.kind.value] += 1
        engine = self.engine = SessionEngine(timeline, self.clock)
        uuid = self.recorder.begin(loaded, timeline).result(timeout=30)
        assert uuid is not None
        started = self.clock.now()
        origin = started  # the monotonic time at which the plan's offset 0 is
        self.wake(engine.start(), due, origin)
        last_deadline = started
        while not engine.state.over:
            deadline = engine.next_deadline()
            assert deadline is not None and deadline >= self.clock.now() - 1e-9
            last_deadline = deadline
            self.clock.t = deadline + self.rng.uniform(0.0, LATE_MAX)
            self.wakes += 1
            if pause_at is not None and engine.position() >= pause_at:
                pause = self.rng.uniform(5.0, 90.0)
                self.wake(engine.pause(), due, origin)
                self.clock.advance(pause)
                self.wake(engine.resume(), due, origin)
                origin, pause_at = origin + pause, None
                self.pauses += 1
                continue
            self.wake(engine.tick(), due, origin)
            seg = engine.segment  # after the tick: every cue due by now was played
            if (back_at_step is not None and seg is not None and seg.kind is SegmentKind.WORK
                    and timeline.work_ordinal(seg.index) == back_at_step):
                previous = timeline.work_segments[back_at_step - 1]
                position = engine.position()
                assert position - seg.start < BACK_GRACE
                for cue in timeline.cues:  # played already, and due a second time
                    if previous.start - 1e-9 <= cue.at <= position + 1e-9:
                        due[round(cue.at, 6)][cue.kind.value] += 1
                origin = self.clock.now() - previous.start  # the plan from there again
                self.wake(engine.back(), due, origin)
                back_at_step = None
                self.backs += 1
        wrong = {at: dict(c) for at, c in due.items() if any(c.values())}
        assert not wrong, f"{loaded.id}: cues not played exactly once: {wrong}"
        assert isinstance(self.last, RoutineFinished) and self.last.at == timeline.total
        drift = abs(last_deadline - (origin + timeline.total))
        self.worst_drift = max(self.worst_drift, drift)
        late_finish = self.clock.now() - origin - timeline.total  # the last wake's lateness
        assert 0 <= late_finish <= LATE_MAX + 1e-6
        assert self.recorder.drain(timeout=30)
        self.sessions.append((uuid, loaded, engine.active_seconds()))
        self.cues.played.clear()  # checked above; the test double must not grow for hours


def test_eight_hours_of_routines_lose_nothing_drift_nothing_and_do_not_grow(
    tmp_path: Path,
) -> None:
    loaded = [load_card(card)[0] for card in scan_catalog(builtin_routines_dir()).cards]
    routines = [routine for routine in loaded if routine is not None]
    assert routines
    db = tmp_path / "history.db"
    soak = Soak(db)
    wall = time.perf_counter()
    start = soak.clock.now()
    soak.run(routines[0], None)  # warm-up: imports, caches, the store's connection
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    n = 1
    while soak.clock.now() - start < HOURS * 3600:
        loaded = routines[n % len(routines)]
        timeline = plan(loaded.routine)
        pause_at = timeline.total / 2 if n % 5 == 0 else None
        back_at = 2 if n % 7 == 3 and len(timeline.work_segments) > 2 else None
        soak.run(loaded, pause_at, back_at)
        n += 1
    grown = tracemalloc.get_traced_memory()[0] - baseline
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    soak.recorder.close()
    virtual = soak.clock.now() - start

    with HistoryStore(db) as store:
        stored = {s.uuid: s for s in store.sessions()}
        assert len(stored) == len(soak.sessions) == n
        steps_total = 0
        for uuid, loaded, active in soak.sessions:
            session = stored[uuid]
            work = plan(loaded.routine).work_segments
            assert (session.outcome, session.steps_done, session.steps_total) == (
                Outcome.COMPLETED, len(work), len(work))
            assert session.active_seconds == pytest.approx(active, abs=1e-6)
            steps = store.steps(uuid)
            assert [s.position for s in steps] == list(range(len(work)))
            assert [(s.name, s.side) for s in steps] == [(w.name, w.side) for w in work]
            assert all(s.status is StepStatus.DONE for s in steps)
            steps_total += len(steps)
    print(f"\nsoak: {virtual / 3600:.2f} h virtual in {time.perf_counter() - wall:.1f} s wall; "
          f"{n} routines ({soak.pauses} paused, {soak.backs} gone back a step), "
          f"{steps_total} steps, {soak.cues_played} cues, {soak.wakes} wakes; "
          f"worst drift {soak.worst_drift * 1000:.6f} ms, worst cue lateness "
          f"{soak.worst_cue_lateness * 1000:.3f} ms; Python memory grown "
          f"{grown / 1e6:.3f} MB (peak +{peak / 1e6:.3f} MB)", file=sys.stderr)
    assert virtual >= HOURS * 3600 and soak.pauses > 0 and soak.backs > 0
    assert soak.worst_drift < 1e-6
    assert grown < MEMORY_LIMIT
