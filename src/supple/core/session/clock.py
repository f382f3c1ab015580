"""Clocks: where the engine gets ``now`` from, and how it notices that the computer slept."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds; only differences mean anything."""
        ...

    def slept(self) -> float:
        """Total seconds the machine has been suspended so far (0 where unknown)."""
        ...


class SystemClock:
    """The real clock. On Linux, CLOCK_BOOTTIME counts suspend and CLOCK_MONOTONIC does not;
    their difference grows by exactly the time spent asleep."""

    def __init__(self) -> None:
        self._boottime = getattr(time, "CLOCK_BOOTTIME", None)

    def now(self) -> float:
        return time.monotonic()

    def slept(self) -> float:
        if self._boottime is None:
            return 0.0
        return time.clock_gettime(self._boottime) - time.monotonic()
