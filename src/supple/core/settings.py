"""App-wide settings: one small JSON file in the config dir.

A settings file that cannot be read or is invalid never stops the app (nor does a FIFO or a
device in its place: only a regular file is read): it is moved aside with a timestamp,
defaults are used, and the reason is returned for the UI to show once. Saving is atomic
(write, fsync, rename), so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from supple.core.atomic_file import write_atomically
from supple.core.cadence import check_cadence
from supple.core.routines.cue_choices import CUE_CHOICES, ResolvedCues
from supple.core.safe_read import read_regular_file
from supple.core.wording import tr

MAX_SETTINGS_BYTES = 64 * 1024


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Settings:
    """The app's settings. A plain dataclass checked by hand: they are read before the first
    window is painted, and seven fields do not justify importing a validation library then."""

    volume: float = 0.8
    muted: bool = False
    lead_in: float | None = None  # None: the routine's own
    cues: ResolvedCues = field(default_factory=ResolvedCues)  # routines and steps may override
    theme: Theme = Theme.SYSTEM
    text_scale: float = 1.0
    cadence: int | None = None  # the runner's steps per minute; None: not set yet
    tray: bool = False  # start at login in the tray, and stay there when the window is closed

    def changed(self, **values: Any) -> Settings:
        return replace(self, **values)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["theme"] = self.theme.value
        return data


class SettingsError(ValueError):
    """A setting with a value the app cannot use; the message names the setting."""


def _number(data: dict[str, Any], key: str, low: float, high: float) -> float | None:
    value = data[key]
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or (isinstance(value, float) and not math.isfinite(value))):
        raise SettingsError(tr("{setting}: expected a number, got {value}").format(
            setting=key, value=repr(value))[:120])
    if not low <= value <= high:  # exact for any int, however large
        raise SettingsError(tr("{setting}: must be between {low} and {high}, got {value}").format(
            setting=key, low=f"{low:g}", high=f"{high:g}", value=repr(value))[:120])
    return float(value)


def _flag(data: dict[str, Any], key: str, where: str = "") -> bool:
    value = data[key]
    if not isinstance(value, bool):
        raise SettingsError(tr("{setting}: expected true or false, got {value}").format(
            setting=f"{where}{key}", value=repr(value)))
    return value


def settings_from_json(data: object) -> Settings:
    """Settings from a decoded JSON document. Unknown keys (from a newer version) are ignored;
    a known key with a bad value raises :class:`SettingsError`."""
    if not isinstance(data, dict):
        raise SettingsError(tr("expected an object of settings, got {type}").format(
            type=type(data).__name__))
    values: dict[str, Any] = {}
    if "volume" in data:
        values["volume"] = _number(data, "volume", 0.0, 1.0)
    if "muted" in data:
        values["muted"] = _flag(data, "muted")
    if "tray" in data:
        values["tray"] = _flag(data, "tray")
    if data.get("lead_in") is not None:
        values["lead_in"] = _number(data, "lead_in", 0.0, 60.0)
    if "text_scale" in data:
        values["text_scale"] = _number(data, "text_scale", 0.75, 2.0)
    if data.get("cadence") is not None:
        try:
            values["cadence"] = check_cadence(data["cadence"])
        except ValueError as exc:
            raise SettingsError(f"cadence: {exc}") from None
    if "theme" in data:
        try:
            values["theme"] = Theme(data["theme"])
        except ValueError:
            choices = ", ".join(t.value for t in Theme)
            raise SettingsError(tr("{setting}: expected one of {choices}, got {value}").format(
                setting="theme", choices=choices, value=repr(data["theme"]))) from None
    cues = data.get("cues")
    cues = {} if cues is None else cues  # null, like a missing key: every cue as default
    if not isinstance(cues, dict):
        raise SettingsError(tr("{setting}: expected an object, got {type}").format(
            setting="cues", type=type(cues).__name__))
    chosen = {key: _flag(cues, key, "cues.") for key in CUE_CHOICES if key in cues}
    if isinstance(data.get("voice"), bool):
        # Files from before the single voice switch kept it at the top level, and that one
        # decided.
        chosen["voice"] = data["voice"]
    values["cues"] = ResolvedCues(**chosen)
    return Settings(**values)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, and a message for the user if the file had to be reset."""
    try:
        data = json.loads(read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8"))
        return settings_from_json(data), None
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: absurd nesting
        reason = _first_line(exc)
    backup = _move_aside(path)
    if backup:
        return Settings(), tr("Settings could not be read ({reason}); defaults are in use. The "
                              "old file was kept as {backup}.").format(reason=reason,
                                                                       backup=backup)
    return Settings(), tr("Settings could not be read ({reason}); defaults are in use.").format(
        reason=reason)


def save_settings(path: Path, settings: Settings) -> str | None:
    """Write atomically; return a message instead of raising when the disk refuses."""
    text = json.dumps(settings.to_json(), indent=2)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        return tr("Settings could not be saved: {reason}").format(reason=exc.strerror or exc)
    return None


def _move_aside(path: Path) -> Path | None:
    """Rename to ``settings.json.bad-<time>`` (``-2``, ``-3``… if that exists): never
    overwrite an earlier backup."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1, 100):
        backup = path.with_name(f"{path.name}.bad-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, backup)  # fails if the name is taken, unlike a rename
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network file systems)
            if backup.exists():
                continue
            try:
                os.replace(path, backup)
            except OSError:
                return None
            return backup
        path.unlink(missing_ok=True)
        return backup
    return None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
