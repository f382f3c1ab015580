"""The port through which the session reaches the speakers.

The engine and the Qt driver only know this Protocol: the real player (preloaded Qt sound effects,
optional speech) is wired in at start-up; tests use a recording player (``tests/fakes.py``)
that does no I/O and remembers what it was asked to play.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from supple.core.session.cues import CueKind


class PlayerStatus(Enum):
    """How well the cue player can do its job, so the UI can say so once."""

    READY = "ready"  # low-latency playback from memory
    FALLBACK = "fallback"  # works, but cues may be late (e.g. one process per sound)
    SILENT = "silent"  # no way to make sound; the visual cues carry the session


@dataclass(frozen=True)
class Spoken:
    """A phrase the player was asked to say (typed, so it never mixes with cue kinds)."""

    text: str


class CuePlayer(Protocol):
    """Plays cue sounds and speaks short phrases; every method must return at once.

    ``play`` and ``say`` are called from the timer's hot path: implementations do no file or
    network I/O there and never block.
    """

    def play(self, kind: CueKind) -> None: ...

    def say(self, text: str) -> None: ...

    def prepare_speech(self, phrases: Iterable[str]) -> None:
        """Get phrases ready so a later ``say`` is on time; call when a routine is loaded."""
        ...

    def set_volume(self, volume: float) -> None:
        """Volume as a slider position, 0 (silent) .. 1 (full)."""
        ...

    def set_muted(self, muted: bool) -> None: ...

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once a routine's sound can start on time (its stream running, its
        phrases ready): at once when there is nothing to wait for, never after more than a
        short bound, and never by blocking. Call it before starting a routine's clock."""
        ...

    @property
    def status(self) -> PlayerStatus: ...

    @property
    def notice(self) -> str | None:
        """A sentence for the user when the status is not READY (shown once), else None."""
        ...


def clamp_volume(volume: float) -> float:
    """Keep a volume inside 0..1 (NaN counts as silent) so a bad setting cannot break playback."""
    if volume != volume:  # NaN
        return 0.0
    return min(1.0, max(0.0, volume))


class SilentCuePlayer:
    """No sound at all; ``notice`` explains why, for the UI to show once."""

    status = PlayerStatus.SILENT

    def __init__(self, notice: str) -> None:
        self.notice: str | None = notice

    def play(self, kind: CueKind) -> None:
        pass

    def say(self, text: str) -> None:
        pass

    def prepare_speech(self, phrases: Iterable[str]) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def when_ready(self, callback: Callable[[], None]) -> None:
        callback()


class SwitchableCuePlayer:
    """Forwards to whichever player is current, so the real one can arrive after start-up.

    The sound system comes up after the window is shown; a routine started before that
    still gets its sounds once it is ready, with the volume and mute chosen meanwhile. With
    ``coming``, the real player is on its way: :meth:`when_ready` waits for it (the app's
    loader always delivers one within a few seconds, a silent one if need be).
    """

    def __init__(self, target: CuePlayer, *, coming: bool = False) -> None:
        self.target = target
        self._volume: float | None = None
        self._muted: bool | None = None
        self._phrases: list[str] = []
        self._coming = coming
        self._waiting: list[Callable[[], None]] = []

    def replace(self, target: CuePlayer) -> None:
        self.target = target
        self._coming = False
        if self._phrases:
            target.prepare_speech(self._phrases)
        if self._volume is not None:
            target.set_volume(self._volume)
        if self._muted is not None:
            target.set_muted(self._muted)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            target.when_ready(callback)

    def when_ready(self, callback: Callable[[], None]) -> None:
        if self._coming:
            self._waiting.append(callback)
        else:
            self.target.when_ready(callback)

    def play(self, kind: CueKind) -> None:
        self.target.play(kind)

    def say(self, text: str) -> None:
        self.target.say(text)

    def prepare_speech(self, phrases: Iterable[str]) -> None:
        self._phrases = list(phrases)
        self.target.prepare_speech(self._phrases)

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        self.target.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.target.set_muted(muted)

    @property
    def status(self) -> PlayerStatus:
        return self.target.status

    @property
    def notice(self) -> str | None:
        return self.target.notice
