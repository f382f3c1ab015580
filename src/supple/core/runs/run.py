"""A run as read from a watch's or phone's file, and the error that names a file it came from.

The duration is the *timer time*: how long the watch's clock ran, pauses left out where the file
marks them (FIT ``total_timer_time``, the sum of a TCX activity's laps' ``TotalTimeSeconds``, a
GPX track's segments each from its first to its last time). That is the figure a watch shows
as the run's time, and it counts what the calves did: a stop at a traffic light with the watch
paused is no running. Elapsed time (a FIT's ``total_elapsed_time``) is used only when a file
has no timer time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from supple.core.problems import Problem
from supple.core.wording import tr

Source = Literal["gpx", "tcx", "fit"]


@dataclass(frozen=True)
class ParsedRun:
    """One activity from one file. ``started_at`` is in UTC, to the second."""

    started_at: datetime
    duration_s: int
    distance_m: float | None
    source: Source
    file_name: str
    sport: str | None = None  # as the file says ("running", "cycling"…); None if it says nothing

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            # untranslated: a parser's bug (every parser gives UTC)
            raise ValueError("a run's start must be an aware datetime")
        object.__setattr__(
            self, "started_at", self.started_at.astimezone(UTC).replace(microsecond=0))
        if self.duration_s < 0:
            raise ValueError(tr("a run cannot last {seconds} s").format(seconds=self.duration_s))
        if self.distance_m is not None and self.distance_m < 0:
            raise ValueError(tr("a run cannot cover {metres} m").format(metres=self.distance_m))

    @property
    def source_key(self) -> str:
        """A stable string to store beside the run and to find it again: see
        :mod:`supple.core.runs.duplicates` for what counts as the same run."""
        return run_key(self.started_at, self.duration_s, self.distance_m)


def run_key(started_at: datetime, duration_s: int, distance_m: float | None) -> str:
    """``2026-11-30T07:00:00Z 2712s 10012m`` (``-`` for no distance): the start instant in UTC
    to the second, the timer time and the distance to the metre. Not the source: the same run
    exported as GPX and as FIT must be recognisable as one, and the key says when it was."""
    if started_at.tzinfo is None:
        raise ValueError("a run's start must be an aware datetime")  # untranslated: a bug
    start = started_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    distance = "-" if distance_m is None else f"{round(distance_m)}m"
    return f"{start} {duration_s}s {distance}"


class RunFileError(ValueError):
    """A file that gave no run: it could not be read, or is not a GPX, TCX or FIT activity,
    or is damaged. ``problem`` says which file, where in it (a line for XML, a byte offset
    for FIT) and what is wrong; nothing from the file is returned with it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def file_error(path: Path | str, message: str, line: int | None = None,
               column: int | None = None) -> RunFileError:
    return RunFileError(Problem(file=str(path), message=message, line=line, column=column))
