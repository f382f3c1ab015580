"""The terminal's language: the core's text in the system's language when we ship its
catalogue, English otherwise.

The window loads Qt's translators; the command line starts no Qt application, and English (the
usual case) needs no Qt at all, so Qt is imported only when a catalogue for the language named
by ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (in that order, as ``gettext`` reads them) is
found among the shipped ones.

``SUPPLE_TRANSLATIONS_DIR``, when set, names the folder the terminal's catalogues are read from
instead of the shipped one (``supple_<language>.qm`` there): for trying a translation before it
ships, and for a test that runs ``supple`` in a child process with a catalogue of its own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib.resources import as_file, files
from pathlib import Path

from supple.core.paths import TRANSLATIONS_ENV_VAR


def wanted_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale the environment asks for (``de_AT.UTF-8``), or None for English, C or POSIX."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            language = value.split(".")[0].split("@")[0]
            if language in ("C", "POSIX") or language.split("_")[0] == "en":
                return None
            return value
    return None


def shipped_catalogue(locale: str, folder: Path) -> bool:
    """Whether ``folder`` holds a catalogue for ``locale``'s language (``supple_de*.qm``)."""
    language = locale.split(".")[0].split("@")[0].split("_")[0]
    return any(folder.glob(f"supple_{language}*.qm"))


def use_system_language(environ: Mapping[str, str] | None = None,
                        folder: Path | None = None) -> bool:
    """Give the core's ``tr`` and ``date_text`` the system's language if we ship it; whether
    it did. Never fails: a catalogue that cannot be read leaves the terminal in English.

    The catalogues are looked for in ``folder``, else in the one ``SUPPLE_TRANSLATIONS_DIR``
    (in ``environ``) names, else among the shipped ones."""
    environ = os.environ if environ is None else environ
    locale = wanted_locale(environ)
    if locale is None:
        return False
    if folder is None and environ.get(TRANSLATIONS_ENV_VAR):
        folder = Path(environ[TRANSLATIONS_ENV_VAR])
    with as_file(files("supple.qt") / "translations") as shipped:
        folder = Path(shipped) if folder is None else folder
        if not shipped_catalogue(locale, folder):
            return False
        try:
            from supple.qt.i18n import install_terminal_catalogue
        except ImportError:  # an install without Qt: the core alone, in English
            return False
        return install_terminal_catalogue(locale, folder)
