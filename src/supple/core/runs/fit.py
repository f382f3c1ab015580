"""FIT (Garmin's binary format, written by most watches), decoded by ``fitdecode``.

Each ``session`` message is one run (a multisport file has several; chained FIT files are
read through): its ``start_time``, its ``total_timer_time`` (else ``total_elapsed_time``) and
its ``total_distance``. A file with no session, as some apps write, gives one run from its
``record`` messages: the first to the last timestamp, and the greatest distance.

The decoder checks every checksum (the header's and the file's) and raises on anything it
cannot decode, so a damaged file gives an error and never some of its messages. Files that
are not activities (courses, workouts, settings: the ``file_id`` says) are refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import fitdecode

from supple.core.runs.run import ParsedRun, file_error
from supple.core.wording import tr

FIT_SIGNATURE = b".FIT"


def looks_like_fit(data: bytes) -> bool:
    """A FIT file's header: its size (12 or 14) first, then ``.FIT`` at bytes 8 to 11."""
    return len(data) >= 12 and data[0] in (12, 14) and data[8:12] == FIT_SIGNATURE


def _value(message: Any, name: str) -> Any:
    return message.get_value(name, fallback=None)


def _time(value: Any) -> datetime | None:
    # fitdecode gives aware datetimes in UTC; a raw number is a time it could not convert
    # (below FIT's minimum, i.e. a relative time, not a date).
    return value.astimezone(UTC) if isinstance(value, datetime) else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and value >= 0 else None


def _sport(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) else None


@dataclass
class _Content:
    """What is kept of a FIT file while it streams by (a record is some tens of bytes, so a
    long run has tens of thousands: they are summed up, not kept)."""

    kinds: set[str] = field(default_factory=set)
    sessions: list[Any] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None
    distance_m: float | None = None

    def add(self, message: Any) -> None:
        if message.name == "record":
            when = _time(_value(message, "timestamp"))
            if when is not None:
                self.first = when if self.first is None else min(self.first, when)
                self.last = when if self.last is None else max(self.last, when)
            distance = _number(_value(message, "distance"))
            if distance is not None:
                self.distance_m = max(distance, self.distance_m or 0.0)
        elif message.name == "session":
            self.sessions.append(message)
        elif message.name == "file_id":
            kind = _value(message, "type")
            if kind is not None:
                self.kinds.add(kind if isinstance(kind, str) else tr(
                    "type {number}", "a FIT file's type").format(number=kind))


def _frames(data: bytes, file: str) -> Iterator[Any]:
    """The decoder's data messages, each CRC checked; any fault of the file is an error for
    it (what came before the fault has not been used: the caller only sums up)."""
    try:
        with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE,
                                 error_handling=fitdecode.ErrorHandling.RAISE) as reader:
            for frame in reader:
                if frame.frame_type == fitdecode.FIT_FRAME_DATA:
                    yield frame
    except fitdecode.FitCRCError as exc:
        if "header" in str(exc):  # untranslated: fitdecode's message, looked into
            message = tr("is damaged: its header's checksum does not match the content")
        else:
            message = tr("is damaged: its checksum does not match the content")
        raise file_error(file, message) from None
    except fitdecode.FitEOFError as exc:
        raise file_error(file, tr("is cut short: it ends at byte {offset}, inside a part of "
                                  "%n byte(s)", None, exc.expected).format(
                                      offset=exc.offset + exc.got)) from None
    except fitdecode.FitHeaderError as exc:
        # The first header was checked before (looks_like_fit); this one is where a chained
        # file would start.
        raise file_error(file, tr("is damaged: what follows its FIT data is not FIT "
                                  "({reason})").format(reason=exc)) from None
    except fitdecode.FitParseError as exc:
        raise file_error(file, tr("is damaged at byte {offset}: {reason}").format(
            offset=exc.offset, reason=exc)) from None
    except Exception as exc:
        # The decoder meeting bytes it was not written for (a date field four times too
        # long gives a TypeError inside it): still this file's fault, not a bug of ours.
        raise file_error(file, tr("could not be decoded ({error}: {reason})").format(
            error=type(exc).__name__, reason=exc)) from None


def read_fit(data: bytes, file: str, name: str) -> list[ParsedRun]:
    content = _Content()
    for message in _frames(data, file):
        content.add(message)
    if content.kinds and "activity" not in content.kinds:
        raise file_error(file, tr("is a FIT {kinds} file, not an activity").format(
            kinds=", ".join(sorted(content.kinds))))
    if content.sessions:
        return [_session_run(m, file, name, n) for n, m in enumerate(content.sessions, 1)]
    if content.first is None or content.last is None:
        raise file_error(file, tr("has no session and no timed record: when the run was is "
                                  "not known"))
    return [ParsedRun(started_at=content.first,
                      duration_s=round((content.last - content.first).total_seconds()),
                      distance_m=content.distance_m, source="fit", file_name=name)]


def _session_run(message: Any, file: str, name: str, n: int) -> ParsedRun:
    start = _time(_value(message, "start_time"))
    if start is None:
        raise file_error(file, tr("session {number} has no start time").format(number=n))
    duration = _number(_value(message, "total_timer_time"))
    if duration is None:
        duration = _number(_value(message, "total_elapsed_time"))
    if duration is None:
        raise file_error(file, tr("session {number} has no duration").format(number=n))
    return ParsedRun(started_at=start, duration_s=round(duration),
                     distance_m=_number(_value(message, "total_distance")), source="fit",
                     file_name=name, sport=_sport(_value(message, "sport")))
