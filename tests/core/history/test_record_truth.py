"""The record tells the truth: a session cut short in its first step is there, a session of
skips is not "completed", and a resumed session's time is the same on the finish screen and in
the history."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import supple
from fakes import FakeClock
from supple.core.history.model import Outcome, StepStatus
from supple.core.history.outcome import session_outcome
from supple.core.history.recorder import SessionRecorder
from supple.core.history.stats import stats_for
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine, load_text
from supple.core.session.display import finish_title
from supple.core.session.engine import SessionEngine
from supple.core.session.events import Event, RoutineFinished, RoutineStopped
from supple.core.session.timeline import SegmentKind, Timeline, plan

ROUTINE = """\
supple: 1
name: Truth test
category: strength
defaults: {lead_in: 3s, rest: 5s}
steps:
  - {name: Calf raises, reps: 3, tempo: 2s}
  - {name: Wall stretch, hold: 20s, sides: both}
  - {name: Heel drops, reps: 2, tempo: {up: 1s, down: 3s}}
"""


def loaded_routine() -> LoadedRoutine:
    routine, problems = load_text(ROUTINE, "truth-test.yaml")
    assert routine is not None, problems
    return LoadedRoutine("truth-test", Path("truth-test.yaml"), routine, False,
                         routine.fingerprint())


class Run:
    """A routine through the real engine on a fake clock, recorded into a real store."""

    def __init__(self, db: Path, timeline: Timeline, recorder: SessionRecorder) -> None:
        self.clock = FakeClock()
        self.engine = SessionEngine(timeline, self.clock)
        self.recorder = recorder
        self.last: Event | None = None

    def feed(self, events: list[Event]) -> None:
        for event in events:
            self.recorder.handle(event, self.engine.active_seconds())
            self.last = event

    def until(self, offset: float) -> None:
        """Run to ``offset`` into the routine (or its end), waking at every deadline."""
        while not self.engine.state.over and self.engine.position() < offset:
            deadline = self.engine.next_deadline()
            assert deadline is not None
            self.clock.t = min(deadline, self.clock.t + offset - self.engine.position())
            self.feed(self.engine.tick())


def test_stopped_in_the_lead_in_or_the_first_step_leaves_a_record(tmp_path: Path) -> None:
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    first = timeline.work_segments[0]
    db = tmp_path / "history.db"
    for offset in (1.0, first.start + 2.5):  # in the get-ready, then in the first reps
        recorder = SessionRecorder(lambda: HistoryStore(db))
        run = Run(db, timeline, recorder)
        recorder.begin(loaded, timeline).result(timeout=10)
        run.feed(run.engine.start())
        run.until(offset)
        run.feed(run.engine.stop())
        recorder.close()
    with HistoryStore(db) as store:
        sessions = store.sessions()
        assert [(s.outcome, s.steps_done) for s in sessions] == [(Outcome.STOPPED, 0)] * 2
        assert sorted(s.active_seconds for s in sessions) == [1.0, first.start + 2.5]


def test_a_crash_in_the_first_step_is_offered_for_resuming_from_it(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        sys.path.insert(0, {str(Path(__file__).parents[2])!r})
        from pathlib import Path
        from test_record_truth import Run, loaded_routine
        from supple.core.history.recorder import SessionRecorder
        from supple.core.history.store import HistoryStore
        from supple.core.session.timeline import plan
        db = Path({str(db)!r})
        window = HistoryStore(db)
        loaded = loaded_routine()
        timeline = plan(loaded.routine)
        recorder = SessionRecorder(lambda: HistoryStore(db))
        run = Run(db, timeline, recorder)
        recorder.begin(loaded, timeline).result(timeout=10)
        run.feed(run.engine.start())
        run.until(timeline.work_segments[0].start + 1.0)
        assert recorder.drain()
        print("in the first step", flush=True)
        time.sleep(120)
        """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(supple.__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "in the first step"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
    with HistoryStore(db) as store:
        [found] = store.mark_stale_in_progress_as_interrupted()
        assert (found.outcome, found.resumable, found.resume_position) == (
            Outcome.INTERRUPTED, True, 0)
        assert [s.uuid for s in store.interrupted_sessions()] == [found.uuid]
    timeline = plan(loaded_routine().routine)
    assert timeline.resume_from(found.resume_position) == 0  # from the first get-ready


def test_a_session_of_skips_is_not_completed_and_earns_no_streak(tmp_path: Path) -> None:
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    db = tmp_path / "history.db"
    recorder = SessionRecorder(lambda: HistoryStore(db))
    run = Run(db, timeline, recorder)
    recorder.begin(loaded, timeline).result(timeout=10)
    run.feed(run.engine.start())
    while not run.engine.state.over:
        run.feed(run.engine.skip())
    recorder.close()
    finished = run.last
    assert isinstance(finished, RoutineFinished)
    assert (finished.done, finished.skipped) == (0, len(timeline.work_segments))
    assert session_outcome(finished) is not Outcome.COMPLETED
    assert finish_title(run.engine) == "Every step skipped"
    with HistoryStore(db) as store:
        [session] = store.sessions()
        assert session.outcome is session_outcome(finished)
        assert session.steps_skipped == len(timeline.work_segments)
        stats = stats_for(store, today=session.day)
        assert stats.total_completed == 0 and stats.streaks.current == 0
        assert store.last_done_by_routine() == {}


def test_one_step_done_among_skips_is_completed() -> None:
    seg = plan(loaded_routine().routine).work_segments[0]
    event = RoutineFinished(0.0, seg, None, active_seconds=9.0, done=1, skipped=3)
    assert session_outcome(event) is Outcome.COMPLETED
    stopped = RoutineStopped(0.0, seg, None, active_seconds=9.0, done=3, skipped=0)
    assert session_outcome(stopped) is Outcome.STOPPED


def test_a_resumed_session_shows_the_same_total_time_as_the_history(tmp_path: Path) -> None:
    """Regression: the finish screen said 32 s (this run only) and the history 1:07 (both
    runs): the engine knew nothing of the time before the interruption."""
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    db = tmp_path / "history.db"
    recorder = SessionRecorder(lambda: HistoryStore(db))
    run = Run(db, timeline, recorder)
    uuid = recorder.begin(loaded, timeline).result(timeout=10)
    run.feed(run.engine.start())
    run.until(timeline.work_segments[2].start + 4.0)  # two steps done, a third under way
    recorder.close()  # the app dies here: the session stays in progress

    with HistoryStore(db) as store:
        [record] = store.mark_stale_in_progress_as_interrupted(stale_after=timedelta(0))
    assert record.uuid == uuid and record.resume_position == 2
    earlier_time = record.active_seconds
    assert earlier_time > 0

    recorder = SessionRecorder(lambda: HistoryStore(db))
    recorder.resume(uuid, timeline).result(timeout=10)
    at = timeline.resume_from(record.resume_position)
    assert at is not None and timeline.segments[at].kind is SegmentKind.SWITCH  # right side
    run = Run(db, timeline, recorder)
    run.feed(run.engine.start(at_segment=at, earlier={}, active_before=earlier_time))
    run.until(timeline.total)
    recorder.close()
    finished = run.last
    assert isinstance(finished, RoutineFinished)
    with HistoryStore(db) as store:
        session = store.session(uuid)
    assert session.outcome is Outcome.COMPLETED
    assert finished.active_seconds == session.active_seconds  # the finish screen's figure
    this_run = timeline.total - timeline.segments[at].start
    assert session.active_seconds == earlier_time + this_run
    with HistoryStore(db) as store:
        statuses = [s.status for s in store.steps(uuid)]
    assert statuses == [StepStatus.DONE] * len(timeline.work_segments)
