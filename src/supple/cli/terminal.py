"""Text from files and the history, made safe to print to a terminal.

Every name, note, instruction and message that came from a routine file, an imported history
or the user goes through :func:`shown` before the command line prints it: an escape sequence in
a shared routine must not be able to recolour, retitle or rewrite the terminal of whoever lists
it, and a direction override must not make a name read as something else. What is removed is
shown as a visible escape (``\\x1b``, ``\\u202e``), so nothing is silently hidden either.

Also how the terminal writes a day and a time for a person (:func:`day_text`,
:func:`clock_text`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from supple.core import wording

# C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and
# isolates: everything a terminal may act on or that changes how the line around it reads.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEPING_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, *, lines: bool = False) -> str:
    """``text`` with every character a terminal could act on written as a visible escape;
    with ``lines``, newlines and tabs are kept (for multi-line texts such as instructions)."""
    pattern = _UNSAFE_KEEPING_LINES if lines else _UNSAFE
    return pattern.sub(_escape, text)


# How the terminal writes a day and a time of day for a person, in the reader's language
# (``supple.core.wording.date_text``; Qt's pattern letters). ISO dates, for machines and in
# tables, are written as they are.

def day_text(day: date) -> str:
    """``Mon 3 Dec 2026``, in the reader's language."""
    return wording.date_text(day, wording.WEEKDAY_DATE)


def clock_text(moment: time | datetime) -> str:
    """``07:30``, as the reader's language writes a time."""
    return wording.date_text(moment, wording.CLOCK)
