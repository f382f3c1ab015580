"""How a count reads in English: ``1 step``, ``2 steps``, ``0 steps``.

Counts are written out in the library, the editor, the player, the history and the terminal;
each once wrote its own ``"s" if n != 1``, and a few forgot (``1 reps``, ``imported 1
sessions``). One helper, so none can.

Text the core hands to the window to show as is is marked with :func:`QT_TR_NOOP`, which
Qt's ``lupdate`` collects (the core imports no Qt); the window translates it when showing it
(``supple.qt.i18n.tr``). ``plural`` and ``counted`` stay English: the command line prints
them; the window counts with ``tr("%n step(s)", None, n)`` instead.
"""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``word`` as it reads after ``count``: as given for one, else ``many`` (default: with an
    "s"). For a number shown apart from its unit, such as a big number over "days"."""
    if count == 1:
        return word
    return word + "s" if many is None else many


def counted(count: int, word: str, many: str | None = None) -> str:
    """``count`` and its word: ``1 day``, ``3 rest days``, ``0 sessions``."""
    return f"{count} {plural(count, word, many)}"


def QT_TR_NOOP(source: str) -> str:
    """Mark ``source`` for translation and return it unchanged: ``lupdate`` collects it, and
    the window passes it through ``tr`` when it shows it."""
    return source
