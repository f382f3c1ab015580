"""Test doubles shared by unit tests (never used by the application)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from supple.core.cue_port import PlayerStatus, Spoken, clamp_volume
from supple.core.cues import CueKind


class FakeClock:
    """A clock tests move by hand; satisfies :class:`supple.core.clock.Clock`."""

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

    @property
    def kinds(self) -> list[CueKind]:
        """Only the cue sounds, without the speech (what most engine tests compare)."""
        return [p for p in self.played if isinstance(p, CueKind)]
