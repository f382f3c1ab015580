"""Child process for the calf test's audio test: one leg's heel raises through the real
pacer, the real Qt adapter and the real cue player, on the real monotonic clock.

Prints one JSON line: the player's status and, for every sound the test should make, its
kind and the monotonic time it was due (a beat's deadline; the lead-in and the stop when
they were asked), so the parent can find each in the recording of the sink.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QCoreApplication, QTimer

from supple.core.calf_test import Beat, Countdown, Event, HeelRaisePacer, Stopped
from supple.core.resources import sounds_dir
from supple.qt.calftest.pacing import PacerDriver, cue_for
from supple.qt.platform.cue_player import make_cue_player

BEATS = 8  # four raises, then Stop between the last "down" and the next "up"


def main() -> None:
    app = QCoreApplication([])
    player = make_cue_player(sounds_dir(), allow_playsound3=False)
    pacer = HeelRaisePacer(time.monotonic)
    driver = PacerDriver(pacer, player, time.monotonic)
    due: list[tuple[str, float]] = []

    def seen(event: Event) -> None:
        kind = cue_for(event)
        assert kind is not None or not isinstance(event, Countdown | Beat | Stopped)
        if isinstance(event, Countdown):
            due.append((kind.value, pacer.beat_time(1) - event.seconds))  # type: ignore[union-attr]
        elif isinstance(event, Beat):
            due.append((kind.value, pacer.beat_time(event.number)))  # type: ignore[union-attr]
            if event.number == BEATS:
                QTimer.singleShot(800, driver.stop)
        elif isinstance(event, Stopped):
            due.append((kind.value, time.monotonic()))  # type: ignore[union-attr]
            QTimer.singleShot(1500, app.quit)

    driver.happened.connect(seen)

    def start() -> None:
        due.append(("lead_in", time.monotonic()))
        driver.start()

    player.when_ready(start)  # as the screen does: the clock starts once the sound can
    app.exec()
    print(json.dumps({"status": player.status.name, "played": due,
                      "counted": pacer.count}))


if __name__ == "__main__":
    main()
