"""Test doubles shared by unit tests (never used by the application)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supple.core.session.cue_port import PlayerStatus, Spoken, clamp_volume
from supple.core.session.cues import CueKind


class FakeClock:
    """A clock tests move by hand; satisfies :class:`supple.core.session.clock.Clock`."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start
        self.asleep = 0.0

    def now(self) -> float:
        return self.t

    def slept(self) -> float:
        return self.asleep

    def advance(self, seconds: float) -> float:
        self.t += seconds
        return self.t

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: monotonic time stands still, boot time moves by ``seconds``."""
        self.asleep += seconds


@dataclass
class RecordingCuePlayer:
    """A :class:`CuePlayer` for tests: remembers every request in order, plays nothing.

    Requests are recorded even while muted (muting is the player's business, not the caller's),
    so a test can check both what the session asked for and the mute state it set.
    """

    played: list[CueKind | Spoken] = field(default_factory=list)
    prepared: list[str] = field(default_factory=list)
    volume: float = 1.0
    muted: bool = False
    status: PlayerStatus = PlayerStatus.READY
    notice: str | None = None
    readied: int = 0  # how many times a routine waited for the sound to be ready

    def play(self, kind: CueKind) -> None:
        self.played.append(kind)

    def say(self, text: str) -> None:
        self.played.append(Spoken(text))

    def prepare_speech(self, phrases: Iterable[str]) -> None:
        self.prepared.extend(phrases)

    def set_volume(self, volume: float) -> None:
        self.volume = clamp_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def when_ready(self, callback: Callable[[], None]) -> None:
        self.readied += 1
        callback()

    @property
    def kinds(self) -> list[CueKind]:
        """Only the cue sounds, without the speech (what most engine tests compare)."""
        return [p for p in self.played if isinstance(p, CueKind)]


class FaultSwitch:
    """A connection factory whose connections raise a chosen error on every statement."""

    def __init__(self) -> None:
        self.error: sqlite3.Error | None = None
        self.connections = 0
        switch = self

        class Faulty(sqlite3.Connection):
            def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
                if switch.error is not None:
                    raise switch.error
                return super().execute(*args, **kwargs)

        self._factory = Faulty

    def __call__(self, path: Path) -> sqlite3.Connection:
        self.connections += 1
        return sqlite3.connect(path, check_same_thread=False, factory=self._factory)
