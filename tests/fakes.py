"""Test doubles shared by unit tests (never used by the application)."""

from __future__ import annotations


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
