"""How a tempo's phases read: the routine file's keys (``up``, ``down``, …) as words.

Apart from the model so that the terminal's ``show`` and the editor can name a phase without
importing pydantic.
"""

from __future__ import annotations

from supple.core.wording import tr


def phase_label(phase: str) -> str:
    """A tempo phase as a person reads it (``up``); the file's own word is its key."""
    return {"up": tr("up", "a tempo phase"), "down": tr("down", "a tempo phase"),
            "hold": tr("hold", "a tempo phase"), "pause": tr("pause", "a tempo phase"),
            "forward": tr("forward", "a tempo phase"), "back": tr("back", "a tempo phase"),
            }.get(phase, phase)
