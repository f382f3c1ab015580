"""What the reminders remember between checks and across restarts: which were shown, which
were put off till later, and a pause. One small JSON file in the data folder, written
atomically; a file that cannot be read is set aside and the reminders start afresh (at worst
one reminder of the day shows again), which never stops the app."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from supple.core.atomic_file import write_atomically
from supple.core.reminders.pause import PAUSE_HOUR, ReminderPause
from supple.core.safe_read import read_regular_file
from supple.core.wording import tr

VERSION = 1
__all__ = ["PAUSE_HOUR", "ReminderPause", "ReminderState", "load_state", "save_state"]
KEEP = timedelta(days=3)  # a key is for one day; kept a little longer for zones and travel
MAX_STATE_BYTES = 256 * 1024


@dataclass(frozen=True)
class ReminderState:
    shown: Mapping[str, datetime] = field(default_factory=dict)  # key: when it was shown
    later: Mapping[str, datetime] = field(default_factory=dict)  # key: when to show it again
    paused_until: datetime | None = None

    def pending(self, key: str, now: datetime) -> bool:
        """Not shown yet, or put off until a moment now passed."""
        again = self.later.get(key)
        if again is not None:
            return now >= again
        return key not in self.shown

    def paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def shown_now(self, keys: Iterable[str], now: datetime) -> ReminderState:
        keys = list(keys)
        shown = dict(self.shown)
        shown.update((k, now) for k in keys)
        later = {k: v for k, v in self.later.items() if k not in keys}
        return replace(self, shown=shown, later=later)

    def put_off(self, key: str, until: datetime) -> ReminderState:
        return replace(self, later={**self.later, key: until})

    def pruned(self, now: datetime) -> ReminderState:
        """Without what is too old to matter (so the file stays small)."""
        shown = {k: v for k, v in self.shown.items() if now - v < KEEP}
        later = {k: v for k, v in self.later.items() if now - v < KEEP}
        paused = self.paused_until if self.paused(now) else None
        if (len(shown), len(later), paused) == (len(self.shown), len(self.later),
                                                  self.paused_until):
            return self
        return ReminderState(shown, later, paused)

    def to_json(self) -> dict[str, Any]:
        return {"supple-reminders": VERSION,
                "shown": {k: v.isoformat() for k, v in self.shown.items()},
                "later": {k: v.isoformat() for k, v in self.later.items()},
                "paused_until": None if self.paused_until is None
                else self.paused_until.isoformat()}


def _instant(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(tr("{where}: expected a time stamp, got {value}").format(
            where=where, value=repr(value))[:120])
    found = datetime.fromisoformat(value)
    if found.tzinfo is None:
        raise ValueError(tr("{where}: a time stamp needs its UTC offset, got {value}").format(
            where=where, value=repr(value))[:120])
    return found


def _instants(data: dict[str, Any], name: str) -> dict[str, datetime]:
    found = data.get(name, {})
    if not isinstance(found, dict):
        raise ValueError(tr("{where}: expected an object").format(where=name))
    return {str(k): _instant(v, f"{name}.{k}") for k, v in found.items()}


def state_from_json(data: object) -> ReminderState:
    if not isinstance(data, dict) or data.get("supple-reminders") != VERSION:
        raise ValueError(tr("not a reminder state of this version of Supple"))
    paused = data.get("paused_until")
    return ReminderState(_instants(data, "shown"), _instants(data, "later"),
                         None if paused is None else _instant(paused, "paused_until"))


def load_state(path: Path) -> tuple[ReminderState, str | None]:
    """The state, and a message if the file had to be set aside."""
    try:
        return state_from_json(json.loads(read_regular_file(path, MAX_STATE_BYTES))), None
    except FileNotFoundError:
        return ReminderState(), None
    except OSError as exc:  # not readable: nothing to set aside
        return ReminderState(), tr("What the reminders had shown could not be read ({reason}); "
                                   "they start afresh.").format(reason=exc.strerror or exc)
    except (ValueError, RecursionError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    aside = path.with_name(path.name + ".bad")
    try:
        path.replace(aside)
    except OSError:
        aside = path
    return ReminderState(), tr("What the reminders had shown could not be read ({reason}); "
                               "they start afresh. The old file is {file}.").format(
        reason=reason, file=aside)


def save_state(path: Path, state: ReminderState) -> str | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(state.to_json(), indent=1).encode())
    except OSError as exc:
        return tr("What the reminders showed could not be saved: {reason}").format(
            reason=exc.strerror or exc)
    return None
