"""App-wide settings: one small JSON file in the config dir.

A settings file that cannot be read or is invalid never stops the app: it is moved aside with a
timestamp, defaults are used, and the reason is returned for the UI to show once. Saving is
atomic (write, fsync, rename), so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from supple.core.atomic_file import write_atomically
from supple.core.model import ResolvedCues

MAX_SETTINGS_BYTES = 64 * 1024


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    volume: float = Field(0.8, ge=0.0, le=1.0)
    muted: bool = False
    lead_in: float | None = Field(None, ge=0.0, le=60.0, description="None: the routine's own")
    cues: ResolvedCues = ResolvedCues()  # app-wide; routines and steps may override

    @model_validator(mode="before")
    @classmethod
    def _older_voice_switch(cls, data: Any) -> Any:
        """Files from before the single voice switch kept it at the top level, and that one
        decided; carry it into the cue choices."""
        if isinstance(data, dict) and isinstance(data.get("voice"), bool):
            cues = data.get("cues")
            cues = dict(cues) if isinstance(cues, dict) else {}
            cues["voice"] = data["voice"]
            data = {**data, "cues": cues}
        return data
    theme: Theme = Theme.SYSTEM
    text_scale: float = Field(1.0, ge=0.75, le=2.0)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, and a message for the user if the file had to be reset."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise ValueError("the file is too large")
        data = json.loads(path.read_bytes().decode("utf-8"))
        return Settings.model_validate(data), None
    except FileNotFoundError:
        return Settings(), None
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "the file"
        reason = f"{field}: {first['msg']}"
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: absurd nesting
        reason = _first_line(exc)
    backup = _move_aside(path)
    where = f" The old file was kept as {backup}." if backup else ""
    return Settings(), f"Settings could not be read ({reason}); defaults are in use.{where}"


def save_settings(path: Path, settings: Settings) -> str | None:
    """Write atomically; return a message instead of raising when the disk refuses."""
    text = settings.model_dump_json(indent=2)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        return f"Settings could not be saved: {exc.strerror or exc}"
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
