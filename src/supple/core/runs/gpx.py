"""GPX (1.0 and 1.1): each track (``<trk>``) with timed points is one run.

The start is the track's earliest point time; the duration is the sum over its segments of
last minus first time (a watch starts a new segment when it is paused, so the gaps between
segments are pauses, as in a FIT's timer time); the distance is the sum, within segments, of
the great-circle distances between consecutive points. Earliest and latest rather than first
and last: a point logged a second out of order should not make a run negative.

Routes (``<rte>``) and waypoints are plans and places, not runs, and are not read. A track
with no timed points is not a run either; a file with no run at all is an error that says
which of these it was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from supple.core.runs.run import ParsedRun, file_error
from supple.core.runs.xml_events import xml_time
from supple.core.wording import tr

EARTH_RADIUS_M = 6_371_008.8  # the mean radius (IUGG)


def great_circle_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance: good to a few metres in a kilometre, which GPS is not."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class _Segment:
    first: datetime | None = None
    last: datetime | None = None
    previous: tuple[float, float] | None = None
    distance_m: float = 0.0


@dataclass
class _Track:
    line: int
    start: datetime | None = None
    duration_s: float = 0.0
    distance_m: float = 0.0
    points: int = 0
    sport: str | None = None
    segment: _Segment = field(default_factory=_Segment)


class GpxHandler:
    def __init__(self, file: str, name: str) -> None:
        self.file = file
        self.name = name
        self.runs: list[ParsedRun] = []
        self.tracks = 0
        self.empty: list[int] = []  # lines of tracks with no point
        self.untimed: list[int] = []  # lines of tracks whose points have no time
        self.track: _Track | None = None
        self.point: tuple[float, float] | None = None
        self.when: datetime | None = None

    def start(self, name: str, parent: str, attrs: dict[str, str], line: int) -> None:
        if name == "trk" and parent == "gpx":
            self.track = _Track(line)
            self.tracks += 1
        elif name == "trkseg" and parent == "trk" and self.track is not None:
            self.track.segment = _Segment()
        elif name == "trkpt" and parent == "trkseg":
            self.point = (self._coordinate(attrs, "lat", 90, line),
                          self._coordinate(attrs, "lon", 180, line))
            self.when = None

    def _coordinate(self, attrs: dict[str, str], key: str, bound: float, line: int) -> float:
        text = attrs.get(key)
        if text is None:
            raise file_error(self.file, tr("a track point has no {attribute}").format(
                attribute=key), line=line)
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not -bound <= value <= bound:  # also false for NaN
            raise file_error(self.file, tr("a track point's {attribute} is not between {low} "
                                           "and {high}: {value}").format(
                attribute=key, low=-bound, high=bound, value=repr(text)), line=line)
        return value

    def end(self, name: str, parent: str, text: str, line: int) -> None:
        track = self.track
        if name == "time" and parent == "trkpt":
            self.when = xml_time(text, self.file, line, tr("a track point's time"))
        elif name == "type" and parent == "trk" and track is not None:
            track.sport = text.lower() or None
        elif name == "trkpt" and parent == "trkseg" and track and self.point is not None:
            self._add_point(track, self.point, self.when)
            self.point = None
        elif name == "trkseg" and parent == "trk" and track is not None:
            self._close_segment(track)
        elif name == "trk" and parent == "gpx" and track is not None:
            self._close_track(track)
            self.track = None

    def _add_point(self, track: _Track, point: tuple[float, float],
                   when: datetime | None) -> None:
        segment = track.segment
        track.points += 1
        if segment.previous is not None:
            segment.distance_m += great_circle_m(*segment.previous, *point)
        segment.previous = point
        if when is not None:
            segment.first = when if segment.first is None else min(segment.first, when)
            segment.last = when if segment.last is None else max(segment.last, when)

    def _close_segment(self, track: _Track) -> None:
        segment, track.segment = track.segment, _Segment()
        track.distance_m += segment.distance_m
        if segment.first is not None and segment.last is not None:
            track.duration_s += (segment.last - segment.first).total_seconds()
            track.start = segment.first if track.start is None else min(track.start,
                                                                        segment.first)

    def _close_track(self, track: _Track) -> None:
        self._close_segment(track)  # points outside any closed segment (none in valid GPX)
        if track.points == 0:
            self.empty.append(track.line)
        elif track.start is None:
            self.untimed.append(track.line)
        else:
            self.runs.append(ParsedRun(
                started_at=track.start, duration_s=round(track.duration_s),
                distance_m=track.distance_m if track.points > 1 else None, source="gpx",
                file_name=self.name, sport=track.sport))

    def finish(self) -> list[ParsedRun]:
        if self.runs:
            return self.runs
        if self.untimed:
            raise file_error(self.file, tr("its track points have no time, so when the run "
                                           "was is not known"), line=self.untimed[0])
        if self.empty:
            raise file_error(self.file, tr("its track has no points"), line=self.empty[0])
        raise file_error(self.file, tr("has no track: routes and waypoints are not runs"))
