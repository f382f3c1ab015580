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

The core imports no Qt; it marks the text it hands over to be shown as is with
``QT_TR_NOOP`` (``supple.core.wording``), which lupdate collects into the same context, and
the Qt side passes it through :func:`tr` when showing it.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from supple.core.wording import QT_TR_NOOP

__all__ = ["QT_TR_NOOP", "install_translators", "tr", "translations_dir"]

CATALOGUE = "supple"
"""Catalogues are ``supple_<locale>.qm`` in this package's ``translations`` folder."""


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` as the loaded catalogues render it (as is if none has it); ``%n`` in it is
    ``n``, in the plural form the catalogue gives for ``n``."""
    return QCoreApplication.translate("", source, disambiguation, n)


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
    english = QTranslator(app)
    if english.load(f"{CATALOGUE}_en", str(folder)):
        app.installTranslator(english)
        installed.append(english)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed
    native = QTranslator(app)
    # Tries supple_de_AT.qm, supple_de.qm, … in the order the locale's languages give.
    if not native.load(locale, CATALOGUE, "_", str(folder)):
        return installed  # no catalogue of ours: all English, Qt's own buttons too
    app.installTranslator(native)
    installed.append(native)
    qt_own = QTranslator(app)  # the standard buttons' "Cancel", in the same language
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
