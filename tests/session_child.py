"""Child process for the end-to-end audio test: a real routine through the real engine, the
real Qt driver and the real cue player, against the real monotonic clock.

Prints one JSON line: the player's status and, for every cue the driver played, its kind and
the monotonic time it was due (the engine's deadline), so the parent can find it in the
recording of the sink.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from supple.core.resources import sounds_dir
from supple.core.routines.loader import load_text
from supple.core.session.clock import SystemClock
from supple.core.session.cues import CueKind
from supple.core.session.engine import SessionEngine
from supple.core.session.events import Event
from supple.core.session.timeline import plan
from supple.qt.driver import SessionDriver
from supple.qt.platform.cue_player import make_cue_player


def main(routine_text: str) -> None:
    app = QCoreApplication([])
    routine, problems = load_text(routine_text, "e2e.yaml")
    assert routine is not None, problems
    player = make_cue_player(sounds_dir(), allow_playsound3=False)
    engine = SessionEngine(plan(routine), SystemClock())
    driver = SessionDriver(engine, player, voice=False)
    played: list[tuple[str, float]] = []

    def seen(event: Event) -> None:
        if event.cue is not None:
            played.append((event.cue.kind.value, engine.deadline_of(event.at)))
        if driver.state.over:
            QTimer.singleShot(1200, app.quit)

    driver.happened.connect(seen)
    # As the app does: the clock starts when the player says its sound can keep up (the
    # stream running), not after a settling delay of our own, so the first cue is tested too.
    player.when_ready(driver.start)
    app.exec()
    print(
        json.dumps(
            {"status": player.status.name, "played": played, "kinds": [k.value for k in CueKind]}
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]).read_text())
