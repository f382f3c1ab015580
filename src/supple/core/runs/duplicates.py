"""Which imported runs are already known: the same running, however it was exported.

A runner cannot run twice at once. So two records are the same run when their times overlap
for at least half of the shorter one, or when they start within two minutes of each other
(which also covers records too short to overlap). The source is not compared (the point is to
find the GPX and the FIT of one run) and neither is the distance: a GPX's distance, summed
from its track points, and the watch's own figure for the same run differ by a few per cent,
and a treadmill run has none. Two files from two devices worn on the same run are one run too.

The start instants differ between formats by a second or so (a FIT session's ``start_time``
is when the timer started, a GPX's first point when the first fix was logged), which is why
the keys are compared with a margin, not for equality; equal keys are the same run as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from supple.core.runs.run import ParsedRun

#: Two runs starting closer than this are one, whatever their durations.
SAME_START_S = 120

Span = tuple[float, float]  # start, end: seconds since the epoch


def key_span(key: str) -> Span | None:
    """The time a key's run took, or None for a string that is not such a key (a key of some
    other kind in the history cannot match an imported run)."""
    parts = key.split(" ")
    if len(parts) != 3 or not parts[1].endswith("s"):
        return None
    try:
        start = datetime.strptime(parts[0], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        duration = int(parts[1][:-1])
    except ValueError:
        return None
    if duration < 0:
        return None
    begin = start.timestamp()
    return begin, begin + duration


def _span(run: ParsedRun) -> Span:
    begin = run.started_at.timestamp()
    return begin, begin + run.duration_s


def same_run(a: Span, b: Span) -> bool:
    if abs(a[0] - b[0]) <= SAME_START_S:
        return True
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap > 0 and overlap >= shorter / 2


def drop_duplicates(runs: Iterable[ParsedRun], known_keys: Iterable[str]) -> list[ParsedRun]:
    """``runs`` less those that are the same run as a known key's or as an earlier run in
    ``runs`` (the GPX and the FIT of one run imported together keep the first), in order."""
    seen = [span for span in map(key_span, known_keys) if span is not None]
    kept: list[ParsedRun] = []
    for run in runs:
        span = _span(run)
        if any(same_run(span, other) for other in seen):
            continue
        kept.append(run)
        seen.append(span)
    return kept
