"""Small GPX and TCX files written by the tests, as watches write them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

START = datetime(2026, 11, 30, 7, 0, 0, tzinfo=UTC)

def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def track_points(start: datetime = START, seconds: int = 600, step: int = 10,
                 lat: float = 52.0, metres_per_step: float = 30.0) -> list[tuple[float, float,
                                                                                  datetime]]:
    """Points due north, ``metres_per_step`` apart (a degree of latitude is 111.2 km)."""
    return [(lat + i * metres_per_step / 111_195.0, 4.0, start + timedelta(seconds=i * step))
            for i in range(seconds // step + 1)]


def gpx(*tracks: Sequence[Sequence[tuple[float, float, datetime | None]]],
        sport: str | None = "running", version: str = "1.1") -> str:
    """A GPX file; each track is a list of segments, each a list of (lat, lon, time)."""
    body = []
    for segments in tracks:
        body.append("  <trk>\n    <name>Morning run</name>\n")
        if sport:
            body.append(f"    <type>{sport}</type>\n")
        for points in segments:
            body.append("    <trkseg>\n")
            for la, lo, when in points:
                time = f"<time>{_iso(when)}</time>" if when is not None else ""
                body.append(f'      <trkpt lat="{la:.7f}" lon="{lo:.7f}"><ele>3.0</ele>'
                            f"{time}</trkpt>\n")
            body.append("    </trkseg>\n")
        body.append("  </trk>\n")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<gpx version="{version}" creator="tests" '
            f'xmlns="http://www.topografix.com/GPX/{version.replace(".", "/")}">\n'
            f'  <metadata><time>{_iso(START)}</time></metadata>\n'
            + "".join(body) + "</gpx>\n")


@dataclass(frozen=True)
class Lap:
    start: datetime
    seconds: float
    metres: float | None


def tcx(*activities: Sequence[Lap], sport: str = "Running") -> str:
    body = []
    for laps in activities:
        body.append(f'    <Activity Sport="{sport}">\n      <Id>{_iso(laps[0].start)}</Id>\n')
        for lap in laps:
            distance = (f"<DistanceMeters>{lap.metres}</DistanceMeters>"
                        if lap.metres is not None else "")
            body.append(
                f'      <Lap StartTime="{_iso(lap.start)}">\n'
                f"        <TotalTimeSeconds>{lap.seconds}</TotalTimeSeconds>{distance}\n"
                f"        <Calories>100</Calories><Intensity>Active</Intensity>"
                f"<TriggerMethod>Manual</TriggerMethod>\n"
                f"        <Track><Trackpoint><Time>{_iso(lap.start)}</Time>"
                f"<DistanceMeters>0.0</DistanceMeters></Trackpoint></Track>\n"
                f"      </Lap>\n")
        body.append("    </Activity>\n")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TrainingCenterDatabase '
            'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">\n'
            "  <Activities>\n" + "".join(body) + "  </Activities>\n</TrainingCenterDatabase>\n")
