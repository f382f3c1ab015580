"""The machine's time zone, as an IANA zone where it can be found (so daylight saving is
known), read afresh at each call: a runner who flies sees the reminders move with the clock."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALTIME = Path("/etc/localtime")


def _zone(key: str) -> ZoneInfo | None:
    key = key.strip().removeprefix(":")
    if not key or key.startswith("/"):
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_zone(env: dict[str, str] | None = None, localtime: Path = LOCALTIME) -> tzinfo:
    """``$TZ`` if it names a zone, else the zone ``/etc/localtime`` links to, else the
    current UTC offset (right until the clocks next change)."""
    environ = os.environ if env is None else env
    found = _zone(environ.get("TZ", ""))
    if found is not None:
        return found
    try:
        target = os.readlink(localtime)
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        found = _zone(target.split("zoneinfo/", 1)[1])
        if found is not None:
            return found
    offset = datetime.now().astimezone().tzinfo
    assert offset is not None
    return offset


def local_now() -> datetime:
    """Now, aware, in the machine's zone."""
    return datetime.now(local_zone())


def at_on(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` on ``day`` where ``zone`` is: the schedule's wall-clock rule for a real zone
    (a time skipped in spring is the same time after the change), plain for a fixed offset."""
    if isinstance(zone, ZoneInfo):
        from supple.core.programmes.schedule import wall_clock  # pydantic: after the paint

        return wall_clock(day, at, zone)
    return datetime.combine(day, at, tzinfo=zone)


def end_of(day: date, zone: tzinfo) -> datetime:
    return at_on(day + timedelta(days=1), time(), zone)
