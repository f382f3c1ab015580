"""Child process for the two-process history tests: records a session as the app does.

The app holds two stores on one file: the window's (opened after the first paint, used for
reads) and the recorder's (opened on its worker thread at the first routine). This child does
the same, runs a real routine through the real engine on a fake clock, and finishes one step
each time the parent writes a line to its stdin, answering ``step N`` once step N is on disk
(and read back through the window's store). The parent kills it with SIGKILL at the end.

Usage: ``python history_writer.py HISTORY_DB``
"""

from __future__ import annotations

import sys
from pathlib import Path

from fakes import FakeClock
from supple.core.history.recorder import SessionRecorder
from supple.core.history.store import HistoryStore
from supple.core.routines.loader import LoadedRoutine, load_text
from supple.core.session.engine import SessionEngine
from supple.core.session.events import StepFinished
from supple.core.session.timeline import plan

ROUTINE = """\
supple: 1
name: Two processes
category: strength
defaults: {lead_in: 2s}
steps:
  - {name: Calf raises, reps: 3, tempo: 2s}
  - {name: Wall stretch, hold: 20s, sides: both}
  - {name: Heel drops, reps: 4, tempo: {up: 1s, down: 3s}}
  - {name: Soleus stretch, hold: 15s, sides: both}
"""


def main(db: Path) -> None:
    routine, problems = load_text(ROUTINE, "two-processes.yaml")
    assert routine is not None, problems
    loaded = LoadedRoutine("two-processes", Path("two-processes.yaml"), routine, False,
                           routine.fingerprint())
    timeline = plan(routine)
    window = HistoryStore(db)  # as after the first paint
    window.sessions()
    recorder = SessionRecorder(lambda: HistoryStore(db))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    session_uuid = recorder.begin(loaded, timeline).result(timeout=30)
    print(f"session {session_uuid} {len(timeline.work_segments)}", flush=True)
    events = engine.start()
    for done, _line in enumerate(sys.stdin, start=1):
        finished = False
        while True:
            for event in events:
                recorder.handle(event, engine.active_seconds())
                finished = finished or isinstance(event, StepFinished)
            events = []
            if finished or engine.state.over:
                break
            deadline = engine.next_deadline()
            assert deadline is not None
            clock.t = deadline
            events = engine.tick()
        assert recorder.drain(timeout=30)
        [seen] = window.sessions()
        assert seen.steps_done == done, (seen.steps_done, done)
        print(f"step {done}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
