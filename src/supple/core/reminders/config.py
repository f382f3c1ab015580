"""The runner's reminders and quiet hours: ``reminders.json`` in the config folder.

```json
{
  "enabled": true,
  "reminders": [{"routine": "calf-care", "at": ["07:30", "18:00"], "days": ["mon", "thu"]}],
  "quiet_hours": {"from": "22:00", "to": "07:00"},
  "morning_rating": "08:00"
}
```

Every key may be left out (``days``: every day; ``quiet_hours`` and ``morning_rating``: as
above; ``null``: none). Reading gathers every problem, each naming its place
(``reminders[1].at[0]``), and skips only what is wrong: a bad entry never loses the others,
and a file that cannot be read at all leaves the defaults (and says why).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

from supple.core.atomic_file import write_atomically
from supple.core.reminders.rules import QuietHours, ReminderConfig, UserReminder
from supple.core.safe_read import read_regular_file
from supple.core.wording import tr

FILE_NAME = "reminders.json"
MAX_BYTES = 64 * 1024
MAX_REMINDERS = 50
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as programmes write them


def _time(value: object, where: str, problems: list[str]) -> time | None:
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    problems.append(tr("{where}: expected a time of day such as \"07:30\", got {value}").format(
        where=where, value=repr(value))[:160])
    return None


def _reminder(data: object, where: str, problems: list[str]) -> UserReminder | None:
    if not isinstance(data, dict):
        problems.append(tr("{where}: expected an object with {keys} and {last}").format(
            where=where, keys="routine, at", last="days"))  # untranslated: the file's keys
        return None
    before = len(problems)
    routine = data.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        problems.append(tr("{where}: expected a routine id, got {value}").format(
            where=f"{where}.routine", value=repr(routine))[:160])
    at = data.get("at")
    at_list = [at] if isinstance(at, str) else at
    times: list[time] = []
    if not isinstance(at_list, list) or not at_list:
        problems.append(tr("{where}: expected a time or a list of times, got {value}").format(
            where=f"{where}.at", value=repr(at))[:160])
    else:
        for i, value in enumerate(at_list):
            found = _time(value, f"{where}.at[{i}]", problems)
            if found is not None:
                times.append(found)
    days = data.get("days", list(WEEKDAYS))
    if not isinstance(days, list) or not days or any(d not in WEEKDAYS for d in days):
        problems.append(tr("{where}: expected a list of {days}, got {value}").format(
            where=f"{where}.days", days=", ".join(WEEKDAYS), value=repr(days))[:160])
        days = []
    if len(problems) > before:
        return None
    assert isinstance(routine, str)
    return UserReminder(routine.strip(), tuple(sorted(set(times))),
                        frozenset(WEEKDAYS.index(d) for d in days))


def config_from_json(data: object) -> tuple[ReminderConfig, list[str]]:
    problems: list[str] = []
    config = ReminderConfig()
    if not isinstance(data, dict):
        return config, [tr("expected an object of reminder settings, got {kind}").format(
            kind=type(data).__name__)]
    if "enabled" in data:
        if isinstance(data["enabled"], bool):
            config = replace(config, enabled=data["enabled"])
        else:
            problems.append(tr("{where}: expected true or false, got {value}").format(
                where="enabled", value=repr(data["enabled"]))[:160])
    entries = data.get("reminders", [])
    if not isinstance(entries, list):
        problems.append(tr("{where}: expected a list").format(where="reminders"))
        entries = []
    if len(entries) > MAX_REMINDERS:
        problems.append(tr("{where}: at most {count}; the rest are left out").format(
            where="reminders", count=MAX_REMINDERS))
    found = [_reminder(e, f"reminders[{i}]", problems)
             for i, e in enumerate(entries[:MAX_REMINDERS])]
    config = replace(config, reminders=tuple(r for r in found if r is not None))
    if "quiet_hours" in data:
        quiet = data["quiet_hours"]
        if quiet is None:
            config = replace(config, quiet=None)
        elif isinstance(quiet, dict):
            start = _time(quiet.get("from"), "quiet_hours.from", problems)
            end = _time(quiet.get("to"), "quiet_hours.to", problems)
            if start is not None and end is not None:
                config = replace(config, quiet=QuietHours(start, end))
        else:
            problems.append(tr("{where}: expected {example} or null").format(
                where="quiet_hours", example='{"from": "22:00", "to": "07:00"}'))
    if "morning_rating" in data:
        value = data["morning_rating"]
        at = None if value is None else _time(value, "morning_rating", problems)
        if value is None or at is not None:
            config = replace(config, morning_rating=at)
    return config, problems


def load_config(path: Path) -> tuple[ReminderConfig, list[str]]:
    """The reminders, and the problems found (each for the user, with its place)."""
    try:
        data: Any = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return ReminderConfig(), []
    except (OSError, ValueError, RecursionError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ReminderConfig(), [tr("{file}: could not be read ({reason}); the default "
                                     "reminders are in use").format(file=path, reason=first)]
    config, problems = config_from_json(data)
    return config, [f"{path}: {p}" for p in problems]


def config_to_json(config: ReminderConfig) -> dict[str, Any]:
    return {
        "enabled": config.enabled,
        "reminders": [{"routine": r.routine_id, "at": [f"{t:%H:%M}" for t in r.times],
                       "days": [WEEKDAYS[d] for d in sorted(r.weekdays)]}
                      for r in config.reminders],
        "quiet_hours": None if config.quiet is None else
        {"from": f"{config.quiet.start:%H:%M}", "to": f"{config.quiet.end:%H:%M}"},
        "morning_rating": None if config.morning_rating is None
        else f"{config.morning_rating:%H:%M}",
    }


def save_config(path: Path, config: ReminderConfig) -> str | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(config_to_json(config), indent=2).encode())
    except OSError as exc:
        return tr("The reminders could not be saved: {reason}").format(
            reason=exc.strerror or exc)
    return None
