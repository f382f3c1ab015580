"""Text from files and the history, made safe to print to a terminal.

Every name, note, instruction and message that came from a routine file, an imported history
or the user goes through :func:`shown` before the command line prints it: an escape sequence in
a shared routine must not be able to recolour, retitle or rewrite the terminal of whoever lists
it, and a direction override must not make a name read as something else. What is removed is
shown as a visible escape (``\\x1b``, ``\\u202e``), so nothing is silently hidden either.
"""

from __future__ import annotations

import re

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
