"""The recorder writes a real session into a real SQLite history, off the caller's thread."""

from __future__ import annotations

import threading
from pathlib import Path

from fakes import FakeClock
from supple.core.history.model import Outcome, StepStatus
from supple.core.history.recorder import SessionRecorder
from supple.core.history.records import RatingMoment
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine, load_text
from supple.core.session.engine import SessionEngine
from supple.core.session.events import Event
from supple.core.session.timeline import plan

ROUTINE = """\
supple: 1
name: Recorder test
category: strength
defaults: {lead_in: 2s}
steps:
  - {name: Calf raises, reps: 2, tempo: 2s}
  - {name: Wall stretch, hold: 10s, sides: both}
"""


def loaded_routine() -> LoadedRoutine:
    routine, problems = load_text(ROUTINE, "recorder-test.yaml")
    assert routine is not None, problems
    return LoadedRoutine("recorder-test", Path("recorder-test.yaml"), routine, False,
                         routine.fingerprint())


def run_engine(engine: SessionEngine, clock: FakeClock, recorder: SessionRecorder,
               *, skip_at: float | None = None) -> None:
    def feed(events: list[Event]) -> None:
        for ev in events:
            recorder.handle(ev, engine.active_seconds())

    feed(engine.start())
    while not engine.state.over:
        deadline = engine.next_deadline()
        assert deadline is not None
        clock.t = deadline
        if skip_at is not None and engine.position() >= skip_at:
            feed(engine.skip())
            skip_at = None
        feed(engine.tick())


def test_a_completed_session_is_recorded_with_every_step(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    worker_threads: set[str] = set()

    def open_store() -> HistoryStore:
        worker_threads.add(threading.current_thread().name)
        return HistoryStore(db)

    recorder = SessionRecorder(open_store)
    recorder.begin(loaded, timeline, pain_before=6).result(timeout=10)
    run_engine(engine, clock, recorder, skip_at=timeline.segments[3].start + 1)
    recorder.rate(None, 3, "felt looser")
    recorder.close()

    assert worker_threads and threading.current_thread().name not in worker_threads
    store = HistoryStore(db)
    [session] = store.sessions()
    assert session.routine_id == "recorder-test"
    assert session.fingerprint == loaded.fingerprint
    assert session.outcome is Outcome.COMPLETED
    assert (session.steps_done, session.steps_skipped, session.steps_total) == (2, 1, 3)
    assert (session.pain_before, session.pain_after, session.note) == (6, 3, "felt looser")
    steps = store.steps(session.uuid)
    assert [(s.name, s.side, s.status) for s in steps] == [
        ("Calf raises", None, StepStatus.DONE),
        ("Wall stretch", "left", StepStatus.SKIPPED),
        ("Wall stretch", "right", StepStatus.DONE),
    ]
    assert session.active_seconds == engine.active_seconds()
    assert set(store.last_done_by_routine()) == {"recorder-test"}
    assert store.routines() == [("recorder-test", "Recorder test")]
    store.close()


def test_a_stopped_session_is_recorded_as_stopped(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    recorder = SessionRecorder(lambda: HistoryStore(db))
    recorder.begin(loaded, timeline)
    for ev in engine.start():
        recorder.handle(ev, engine.active_seconds())
    clock.advance(7.0)  # lead-in 2 s + first rep done, inside the second rep
    for ev in engine.tick() + engine.stop():
        recorder.handle(ev, engine.active_seconds())
    recorder.close()
    store = HistoryStore(db)
    [session] = store.sessions()
    assert session.outcome is Outcome.STOPPED
    assert session.active_seconds == 7.0
    assert store.last_done_by_routine() == {}
    store.close()


def test_pain_and_tightness_are_recorded_apart_after_a_session(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    recorder = SessionRecorder(lambda: HistoryStore(db))
    recorder.begin(loaded, timeline).result(timeout=10)
    run_engine(engine, clock, recorder)
    recorder.rate_split(2, 6, "tight, not sore")
    recorder.rate_split(4, None, moment=RatingMoment.DURING, sharp=True)
    recorder.close()
    store = HistoryStore(db)
    [session] = store.sessions()
    assert (session.pain_before, session.pain_after) == (None, 2)  # the headline pain
    assert session.note == "tight, not sore"
    assert [(r.moment, r.pain, r.tightness, r.sharp)
            for r in store.session_ratings(session.uuid)] == [
        (RatingMoment.DURING, 4, None, True), (RatingMoment.AFTER, 2, 6, False)]
    store.close()


def test_a_bad_split_rating_is_reported_not_raised(tmp_path: Path) -> None:
    messages: list[str] = []
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    recorder = SessionRecorder(lambda: HistoryStore(tmp_path / "history.db"),
                               on_error=messages.append)
    recorder.begin(loaded, timeline).result(timeout=10)
    recorder.rate_split(11, None)  # a bug in the caller must not take the session down
    recorder.close()
    assert len(messages) == 1 and "pain must be an integer from 0 to 10" in messages[0]


def test_errors_reach_the_callback_not_the_caller(tmp_path: Path) -> None:
    messages: list[str] = []
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")

    def open_store() -> HistoryStore:
        return HistoryStore(blocker / "history.db")

    recorder = SessionRecorder(open_store, on_error=messages.append)
    loaded = loaded_routine()
    future = recorder.begin(loaded, plan(loaded.routine))
    recorder.close()
    assert future.result() is None
    assert messages, "the user must be told the session is not recorded"


def test_a_failed_resume_never_writes_into_the_previous_session(tmp_path: Path) -> None:
    """Regression: the long-lived recorder kept the last session's id when a resume failed,
    and the next steps overwrote that (completed) session."""
    db = tmp_path / "history.db"
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    clock = FakeClock()
    errors: list[str] = []
    recorder = SessionRecorder(lambda: HistoryStore(db), on_error=errors.append)
    recorder.begin(loaded, timeline).result(timeout=10)
    run_engine(SessionEngine(timeline, clock), clock, recorder)
    recorder.drain()
    recorder.resume("no-such-session", timeline).result(timeout=10)
    engine = SessionEngine(timeline, clock)
    for ev in engine.start():
        recorder.handle(ev, engine.active_seconds())
    clock.advance(3.0)
    for ev in engine.tick() + engine.stop():
        recorder.handle(ev, engine.active_seconds())
    recorder.close()
    assert errors, "the user is told the session is not recorded"
    store = HistoryStore(db)
    [first] = store.sessions()
    assert first.outcome is Outcome.COMPLETED
    store.close()


def test_unsaved_counts_writes_the_disk_refused_and_retries_them(tmp_path: Path) -> None:
    import sqlite3

    from fakes import FaultSwitch

    db = tmp_path / "history.db"
    switch = FaultSwitch()
    recorder = SessionRecorder(lambda: HistoryStore(db, connect=switch, retry_after_s=0))
    loaded = loaded_routine()
    timeline = plan(loaded.routine)
    clock = FakeClock()
    recorder.begin(loaded, timeline).result(timeout=5)
    assert recorder.unsaved() == 0
    switch.error = sqlite3.OperationalError("database or disk is full")
    run_engine(SessionEngine(timeline, clock), clock, recorder)
    assert recorder.unsaved() == 4  # three steps and the finish, held in memory
    assert recorder.unsaved() == 4  # trying again while still full keeps them
    switch.error = None
    assert recorder.unsaved() == 0
    recorder.close()
    store = HistoryStore(db)
    [session] = store.sessions()
    assert session.outcome is Outcome.COMPLETED and session.steps_done == 3
    store.close()
