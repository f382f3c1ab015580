"""The words the core hands to a person, in their language: :func:`tr`, counts, dates.

The core imports no Qt, yet everything it writes for a person (a loader's problem, a step's
summary, the pain rules' advice, a report's lines, what the command line prints) must reach
Qt's translation tools. So:

- :func:`tr` is called as the Qt side's is, ``tr("Step {index}: {field} is missing")
  .format(index=…, field=…)``, and ``pyside6-lupdate`` collects it into the same (empty)
  context as the window's strings (``tools/update_translations.py``). At run time it asks the
  translator installed with :func:`install_translator` (the window installs Qt's; the command
  line a catalogue for the system's language, if one is shipped), or gives the English.
- Named fields, never positions: a translation may put them in another order.
- Counts: ``tr("%n step(s)", None, count)`` (no ``"s" if n != 1``: a language has its own
  plural forms), the count the third *positional* argument (or
  lupdate files it as a plain message). The English forms come from the ``(s)`` (or ``(es)``)
  or from :data:`ENGLISH_PLURALS`, exactly as the English catalogue's, which
  ``tools/update_translations.py`` fills with :func:`english_forms`.
- Text built at import time (a table of labels) cannot be translated then: mark it with
  :func:`QT_TR_NOOP` and pass it through ``tr`` where it is shown.
- Dates: :func:`date_text` with one of the patterns below (Qt's pattern letters); English
  month and day names unless a date formatter is installed (the window's is ``QLocale``'s).

Text that is never shown to a person (a key, SQL, a log line) carries an ``# untranslated:``
comment saying why, so the walk in ``tests/core/test_translatable_text.py`` can tell.

Sits below every other core module and imports nothing of the project.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

Translator = Callable[[str, str | None, int], str]
"""``(source, disambiguation, n) -> text``, ``%n`` already replaced by ``n``."""
DateFormatter = Callable[[date | datetime | time, str], str]
"""``(value, pattern) -> text``; the pattern in Qt's letters (``"ddd d MMM"``)."""

#: Counts whose English does not follow from "(s)" alone (a verb that agrees, say). The key is
#: the source a ``tr(…, None, n)`` call gives, where lupdate collects it.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {  # untranslated: the English of tr() sources
    "%n change(s) to your history could not be saved and are kept in memory only.": (
        "%n change to your history could not be saved and is kept in memory only.",
        "%n changes to your history could not be saved and are kept in memory only."),
    "%n of {total} sessions (with {steps}) could be read and were saved into a fresh history.": (
        "%n of {total} sessions (with {steps}) could be read and was saved into a fresh history.",
        "%n of {total} sessions (with {steps}) could be read and were saved into a fresh history."),
    "%n session(s) (with {steps}) could be read and were saved into a fresh history.": (
        "%n session (with {steps}) could be read and was saved into a fresh history.",
        "%n sessions (with {steps}) could be read and were saved into a fresh history."),
    "%n given": ("%n given", "%n given"),
    "has %n entries; a shared routine has at most {limit} (the routine and its pictures)": (
        "has %n entry; a shared routine has at most {limit} (the routine and its pictures)",
        "has %n entries; a shared routine has at most {limit} (the routine and its pictures)"),
    "%n rating(s) from before pain and tightness were rated apart are shown as what they were: "
    "one mixed \"tightness or pain\" number, never counted as pain.": (
        "%n rating from before pain and tightness were rated apart is shown as what it was: "
        "one mixed \"tightness or pain\" number, never counted as pain.",
        "%n ratings from before pain and tightness were rated apart are shown as what they "
        "were: one mixed \"tightness or pain\" number, never counted as pain."),
    "supple: %n routines are called {name}; give the id of the one you mean:\n{listed}": (
        "supple: %n routine is called {name}; give the id of the one you mean:\n{listed}",
        "supple: %n routines are called {name}; give the id of the one you mean:\n{listed}"),
    "%n rating(s) from before pain and tightness were rated apart are shown as what they were: "
    "one mixed \"tightness or pain\" number (crosses), never counted as pain.": (
        "%n rating from before pain and tightness were rated apart is shown as what it was: "
        "one mixed \"tightness or pain\" number (a cross), never counted as pain.",
        "%n ratings from before pain and tightness were rated apart are shown as what they "
        "were: one mixed \"tightness or pain\" number (crosses), never counted as pain."),
    "%n line(s) differ ({changed} changed in both, {only_here} in one version only).": (
        "%n line differs ({changed} changed in both, {only_here} in one version only).",
        "%n lines differ ({changed} changed in both, {only_here} in one version only)."),
}

_PLURAL_MARK = re.compile(r"\((e?s)\)")


def english_forms(source: str) -> tuple[str, str] | None:
    """A count's English, one and many: ``%n step(s)`` → (``%n step``, ``%n steps``); None if
    ``source`` says neither in :data:`ENGLISH_PLURALS` nor with an ``(s)``."""
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    if not _PLURAL_MARK.search(source):
        return None
    return _PLURAL_MARK.sub("", source), _PLURAL_MARK.sub(r"\1", source)


def english(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in English: for a count (``n`` ≥ 0), its form for ``n`` with ``%n``
    replaced; otherwise ``source`` itself."""
    del disambiguation  # English reads the same either way
    if n < 0:
        return source
    forms = english_forms(source)
    text = source if forms is None else forms[0 if n == 1 else 1]
    return text.replace("%n", str(n))


_translator: Translator = english
_language = "en"


def install_translator(translator: Translator | None, language: str = "en") -> Translator:
    """Make ``translator`` the one :func:`tr` asks (None: English again), for text in
    ``language`` (``de_AT``); returns the one it replaces, so a test can put it back."""
    global _translator, _language
    previous = _translator
    _translator = english if translator is None else translator
    _language = "en" if translator is None else language
    return previous


def language() -> str:
    """The language :func:`tr` writes in (``en`` unless a catalogue for another is installed):
    part of what text kept on disk, such as the library's index, was written in."""
    return _language


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the reader's language (English if no catalogue has it); ``%n`` in it is
    ``n``, in the form the language gives for ``n``."""
    return _translator(source, disambiguation, n) or english(source, disambiguation, n)


def QT_TR_NOOP(source: str) -> str:
    """Mark ``source`` for translation and return it unchanged: ``lupdate`` collects it, and
    whoever shows it passes it through ``tr`` then."""
    return source


# --- dates -----------------------------------------------------------------------------------

# Patterns in Qt's letters, as QLocale.toString reads them (untranslated: for machines).
WEEKDAY = "dddd"                        # Monday
DAY_MONTH = "d MMM"                     # 3 Dec
WEEKDAY_DAY_MONTH = "ddd d MMM"         # untranslated: Mon 3 Dec
LONG_DATE = "dddd d MMMM"               # untranslated: Monday 3 December
FULL_DATE = "d MMMM yyyy"               # untranslated: 3 December 2026
WEEKDAY_DATE = "ddd d MMM yyyy"         # untranslated: Mon 3 Dec 2026
WEEKDAY_DATE_CLOCK = "ddd d MMM yyyy, HH:mm"  # untranslated: Mon 3 Dec 2026, 07:30
DAY_MONTH_YEAR = "d MMM yyyy"           # untranslated: 3 Dec 2026
MONTH = "MMM"                           # Dec
SHORT_WEEKDAY = "ddd"                   # Mon
CLOCK = "HH:mm"                         # 07:30
DAY_MONTH_CLOCK = "d MMM HH:mm"         # untranslated: 3 Dec 07:30
WEEKDAY_DAY_MONTH_CLOCK = "ddd d MMM, HH:mm"  # untranslated: Mon 3 Dec, 07:30

# untranslated: the English names, when no catalogue is installed (QLocale has the others)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = (  # untranslated: as above
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FIELD = re.compile(r"dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|H|mm|ss")


def english_date(value: date | datetime | time, pattern: str) -> str:
    """``value`` written by ``pattern`` (Qt's letters, the subset above) in English."""

    def field(match: re.Match[str]) -> str:
        letters = match.group(0)
        if letters[0] in "Hms":  # untranslated: pattern letters
            assert isinstance(value, time | datetime), f"{pattern!r} needs a time"
            number = {"H": value.hour, "m": value.minute, "s": value.second}[letters[0]]
            return f"{number:02d}" if len(letters) == 2 else str(number)
        assert isinstance(value, date), f"{pattern!r} needs a date"
        if letters.startswith("d"):
            day = _DAYS[value.weekday()]
            return {"dddd": day, "ddd": day[:3], "dd": f"{value.day:02d}"}.get(
                letters, str(value.day))
        if letters.startswith("M"):
            month = _MONTHS[value.month - 1]
            return {"MMMM": month, "MMM": month[:3], "MM": f"{value.month:02d}"}.get(
                letters, str(value.month))
        return str(value.year) if letters == "yyyy" else f"{value.year % 100:02d}"

    return _FIELD.sub(field, pattern)


_date_formatter: DateFormatter = english_date


def install_date_formatter(formatter: DateFormatter | None) -> DateFormatter:
    """Make ``formatter`` the one :func:`date_text` uses (None: English); returns the one it
    replaces."""
    global _date_formatter
    previous = _date_formatter
    _date_formatter = english_date if formatter is None else formatter
    return previous


def date_text(value: date | datetime | time, pattern: str) -> str:
    """``value`` as the reader's language writes it by ``pattern`` (one of the constants
    above): ``date_text(day, WEEKDAY_DAY_MONTH)`` → ``Mon 3 Dec``."""
    return _date_formatter(value, pattern)
