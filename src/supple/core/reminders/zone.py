"""The machine's time zone, as an IANA zone where it can be found (so daylight saving is
known), read afresh at each call: a runner who flies sees the reminders move with the clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from supple.core.history.records import LOCALTIME, TIMEZONE_FILE, zone_key


def local_zone(env: dict[str, str] | None = None, localtime: Path = LOCALTIME,
               timezone_file: Path = TIMEZONE_FILE) -> tzinfo:
    """The zone the history's :func:`zone_key` names (``TZ``, ``/etc/localtime``,
    ``/etc/timezone``), else the current UTC offset (right until the clocks next change),
    never UTC for a machine that is not on it."""
    key = zone_key(env, localtime, timezone_file)
    if key is not None:
        return ZoneInfo(key)
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
