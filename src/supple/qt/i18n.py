"""Every string the window shows goes through :func:`tr`, so Qt's translation tools can
collect it (``tools/update_translations.py`` runs ``pyside6-lupdate`` over ``src/supple``)
and a catalogue can replace it.

Why a bare ``tr("…")`` in one context: ``pyside6-lupdate``'s Python parser collects a bare
``tr("…")`` call into the empty context wherever it stands, while ``self.tr`` is filed under
whatever class the parser believes it is in (it loses track after some multi-line calls) and
runs, at run time, under the *subclass's* name. One context keeps call sites short; two
English strings that must read differently elsewhere get a ``disambiguation``.

Counts: ``tr("%n step(s)", None, count)`` — the count must be the third *positional*
argument, or lupdate does not file the message as a plural. English itself needs its
catalogue for those (``1 step``, ``3 steps``), so :func:`install_translators` always loads
``supple_en.qm`` and puts the system locale's catalogue, if there is one, above it.

The core imports no Qt; it writes its text with its own ``tr`` (``supple.core.wording``),
which lupdate collects into the same context and which asks, at run time, the translator
:func:`install_translators` gives it (this module's :func:`tr`), and its dates with
``wording.date_text``, which this module hands to ``QLocale``. The command line, which starts
no Qt application, gets a catalogue for the system's language from
:func:`install_terminal_catalogue`.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from supple.core import wording
from supple.core.paths import TRANSLATIONS_ENV_VAR
from supple.core.wording import QT_TR_NOOP

__all__ = ["QT_TR_NOOP", "install_terminal_catalogue", "install_translators", "tr",
           "translations_dir"]


CATALOGUE = "supple"
"""Catalogues are ``supple_<locale>.qm`` in this package's ``translations`` folder."""


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` as the loaded catalogues render it (as is if none has it); ``%n`` in it is
    ``n``, in the plural form the catalogue gives for ``n`` (a count no catalogue has yet
    gets the core's English form, never "3 step(s)")."""
    text = QCoreApplication.translate("", source, disambiguation, n)
    if n >= 0 and text == source.replace("%n", str(n)):
        return wording.english(source, disambiguation, n)
    return text


def translations_dir() -> Path:
    """The shipped catalogues' folder (inside the wheel, or the checkout)."""
    with as_file(files("supple.qt") / "translations") as path:
        return Path(path)


def install_translators(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> list[QTranslator]:
    """Load the English catalogue, then ``locale``'s (the system's by default) over it, and
    install them on ``app``, which owns them; Qt's own catalogue for the standard buttons only
    with ours, so a window is never half in each language. Returns the installed translators.
    A missing or unreadable catalogue is skipped: the window then shows English, never
    nothing."""
    folder = translations_dir() if folder is None else folder
    locale = QLocale.system() if locale is None else locale
    installed: list[QTranslator] = []
    wording.install_translator(tr)
    wording.install_date_formatter(None)  # English dates, until a catalogue is loaded
    english = QTranslator(app)
    if english.load(f"{CATALOGUE}_en", str(folder)):
        app.installTranslator(english)
        installed.append(english)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed
    native = QTranslator(app)
    # Tries supple_de_AT.qm, supple_de.qm, … in the order the locale's languages give; first
    # in the folder SUPPLE_TRANSLATIONS_DIR names (a translation being tried), then ours.
    extra = os.environ.get(TRANSLATIONS_ENV_VAR)
    places = ([Path(extra)] if extra else []) + [folder]
    if not any(native.load(locale, CATALOGUE, "_", str(place)) for place in places):
        return installed  # no catalogue of ours: all English, Qt's own buttons too
    app.installTranslator(native)
    installed.append(native)
    wording.install_translator(tr, locale.name())
    wording.install_date_formatter(locale_dates(locale))  # the months of the text's language
    qt_own = QTranslator(app)  # the standard buttons' "Cancel", in the same language
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def locale_dates(locale: QLocale) -> wording.DateFormatter:
    """The core's ``date_text`` as ``locale`` writes a pattern: its names of months and days."""

    def written(value: date | datetime | time, pattern: str) -> str:
        if isinstance(value, datetime):
            moment = QDateTime(QDate(value.year, value.month, value.day),
                               QTime(value.hour, value.minute, value.second))
            return locale.toString(moment, pattern)
        if isinstance(value, date):
            return locale.toString(QDate(value.year, value.month, value.day), pattern)
        return locale.toString(QTime(value.hour, value.minute, value.second), pattern)

    return written


def install_terminal_catalogue(locale_name: str, folder: Path | None = None) -> bool:
    """For the command line, which starts no Qt application: give the core's ``tr`` the
    catalogue for ``locale_name`` (``de_AT.UTF-8``), English where it has no message, and
    ``date_text`` that locale's names. False (and English kept) if we ship no catalogue for
    it."""
    folder = translations_dir() if folder is None else folder
    locale = QLocale(locale_name.split(".")[0].split("@")[0])
    catalogue = QTranslator()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C) \
            or not catalogue.load(locale, CATALOGUE, "_", str(folder)):
        return False

    def translated(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = catalogue.translate("", source, disambiguation, n)
        if not text:
            return wording.english(source, disambiguation, n)
        return text.replace("%n", str(n)) if n >= 0 else text

    wording.install_translator(translated, locale.name())
    wording.install_date_formatter(locale_dates(locale))
    return True
