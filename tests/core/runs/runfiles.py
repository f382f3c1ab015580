"""Small GPX, TCX and FIT files written by the tests, as watches write them.

The FIT writer is the tests' own (``fitdecode`` only reads, and the libraries that write FIT
are either under Garmin's licence or a beta fork): a 14-byte header with its CRC, definition
and data messages little-endian, and the file's CRC at the end, as in the FIT protocol
document. Its files were also read back, once, by Garmin's own decoder (``garmin-fit-sdk``
21.218, outside this repository) without an error: the writer is not checked only against the
reader under test.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

START = datetime(2026, 11, 30, 7, 0, 0, tzinfo=UTC)

# ---------------------------------------------------------------------------------- GPX, TCX


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


# ---------------------------------------------------------------------------------------- FIT

_CRC_TABLE = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
              0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)

# Base types: (code, struct format).
ENUM, UINT16, UINT32, SINT32 = (0x00, "B"), (0x84, "H"), (0x86, "I"), (0x85, "i")
# Global message numbers and the fields used, from the FIT profile:
# field number, base type, scale.
FILE_ID = 0
FILE_ID_FIELDS = {"type": (0, ENUM, 1), "manufacturer": (1, UINT16, 1),
                  "time_created": (4, UINT32, 1)}
SESSION = 18
SESSION_FIELDS = {"timestamp": (253, UINT32, 1), "start_time": (2, UINT32, 1),
                  "sport": (5, ENUM, 1), "total_elapsed_time": (7, UINT32, 1000),
                  "total_timer_time": (8, UINT32, 1000), "total_distance": (9, UINT32, 100)}
RECORD = 20
RECORD_FIELDS = {"timestamp": (253, UINT32, 1), "distance": (5, UINT32, 100),
                 "position_lat": (0, SINT32, 1), "position_long": (1, SINT32, 1)}
FILE_TYPES = {"activity": 4, "course": 6, "settings": 2}
SPORTS = {"running": 1, "cycling": 2}


def fit_crc(data: bytes, crc: int = 0) -> int:
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(when: datetime) -> int:
    return int((when - FIT_EPOCH).total_seconds())


class FitWriter:
    """Messages in, a FIT file out. Each kind of message gets its own local number, defined
    again whenever its set of fields changes."""

    def __init__(self) -> None:
        self.body = bytearray()
        self.defined: dict[int, tuple[int, tuple[str, ...]]] = {}  # local -> global, fields

    def message(self, global_number: int, fields: dict[str, tuple[int, tuple[int, str], int]],
                **values: float | int) -> FitWriter:
        names = tuple(values)
        local = {FILE_ID: 0, SESSION: 1, RECORD: 2}[global_number]
        if self.defined.get(local) != (global_number, names):
            self.body += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_number, len(names))
            for name in names:
                number, (base, fmt), _ = fields[name]
                self.body += struct.pack("<BBB", number, struct.calcsize(fmt), base)
            self.defined[local] = (global_number, names)
        self.body.append(local)
        for name in names:
            _, (_, fmt), scale = fields[name]
            self.body += struct.pack("<" + fmt, round(values[name] * scale))
        return self

    def file_id(self, kind: str = "activity") -> FitWriter:
        return self.message(FILE_ID, FILE_ID_FIELDS, type=FILE_TYPES[kind], manufacturer=255,
                            time_created=fit_time(START))

    def session(self, start: datetime, timer_s: float, distance_m: float | None,
                elapsed_s: float | None = None, sport: str = "running") -> FitWriter:
        values: dict[str, float | int] = {
            "timestamp": fit_time(start + timedelta(seconds=elapsed_s or timer_s)),
            "start_time": fit_time(start), "sport": SPORTS[sport],
            "total_elapsed_time": elapsed_s or timer_s, "total_timer_time": timer_s}
        if distance_m is not None:
            values["total_distance"] = distance_m
        return self.message(SESSION, SESSION_FIELDS, **values)

    def record(self, when: datetime, distance_m: float) -> FitWriter:
        return self.message(RECORD, RECORD_FIELDS, timestamp=fit_time(when),
                            distance=distance_m, position_lat=620_000_000,
                            position_long=47_000_000)

    def records(self, start: datetime, seconds: int, step: int = 10,
                metres_per_s: float = 3.0) -> FitWriter:
        for s in range(0, seconds + 1, step):
            self.record(start + timedelta(seconds=s), s * metres_per_s)
        return self

    def bytes(self) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", fit_crc(data))


def fit_run(start: datetime = START, timer_s: float = 2712.0,
            distance_m: float | None = 10_012.0, elapsed_s: float | None = None) -> bytes:
    """A watch's FIT file of one run: file_id, a record every 10 s, the session."""
    return (FitWriter().file_id().records(start, int(elapsed_s or timer_s))
            .session(start, timer_s, distance_m, elapsed_s).bytes())
