"""Collect every translatable string into the English catalogue and compile it.

    python tools/update_translations.py [--check]

Runs ``pyside6-lupdate`` over ``src/supple`` (the Qt side's ``tr("…")`` and the core's
``QT_TR_NOOP("…")``) into ``src/supple/qt/translations/supple_en.ts``, fills in every new
English message (its translation is its source; a count's two forms come from its ``(s)``:
``%n step(s)`` → ``%n step`` / ``%n steps``, or from ``ENGLISH_PLURALS`` in
``supple.core.wording``, the forms the core's ``tr`` gives without a catalogue), and compiles
``supple_en.qm`` with ``pyside6-lrelease``. A plural it cannot derive stays unfinished and
is named: give its two forms in ``wording.ENGLISH_PLURALS`` (forms written into the ``.ts`` by hand
are kept too).

Locations are not recorded (``-locations none``): the catalogue then changes only when a
string does, so branches that move code around do not conflict in it.

A note for the translator: a ``#: TRANSLATORS: …`` comment on the line above the ``tr`` call
(other ``#:`` comments document attributes; lupdate would file them as notes, and they are
dropped).

``--check``: change nothing; exit 1 if the catalogue is out of date or has unfinished messages.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "supple"
FOLDER = SOURCES / "qt" / "translations"
CATALOGUE = FOLDER / "supple_en.ts"
COMPILED = FOLDER / "supple_en.qm"

_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_UNFINISHED = re.compile(r"<translation type=\"unfinished\">.*?</translation>", re.DOTALL)
sys.path.insert(0, str(SOURCES.parent))
from supple.core import wording  # noqa: E402  (the one place the English forms are written)

ENGLISH_PLURALS = wording.ENGLISH_PLURALS


def tool(name: str) -> Path | None:
    """``pyside6-<name>`` beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return beside
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def english_forms(source: str) -> tuple[str, str] | None:
    """``%n step(s)`` → (``%n step``, ``%n steps``), as the core's ``tr`` writes them without
    a catalogue (``wording.english_forms``); None if there is no ``(s)``. ``source`` and the
    forms are as the catalogue writes them (``&apos;`` for ``'``)."""
    forms = wording.english_forms(html.unescape(source))
    if forms is None:
        return None
    one, many = forms
    return _escape(one), _escape(many)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def fill_english(text: str) -> tuple[str, list[str]]:
    """``text`` (a .ts file) with every unfinished message given its English; and the sources
    of the plurals that could not be derived."""
    left: list[str] = []

    def finish(match: re.Match[str]) -> str:
        message = match.group(0)
        if not _UNFINISHED.search(message):
            return message
        source_match = _SOURCE.search(message)
        source = source_match.group(1) if source_match else ""
        if match.group(1):
            forms = english_forms(source)
            if forms is None:
                left.append(source)
                return message
            indent = "\n            "
            body = "".join(f"{indent}<numerusform>{form}</numerusform>" for form in forms)
            translation = f"<translation>{body}\n        </translation>"
        else:
            translation = f"<translation>{source}</translation>"
        return _UNFINISHED.sub(lambda _: translation, message, count=1)

    return _MESSAGE.sub(finish, text), left


_NOTE = re.compile(r"\n *<extracomment>(?!TRANSLATORS:)[^<]*</extracomment>")


def drop_stray_notes(text: str) -> str:
    """``text`` (a .ts file) without the notes lupdate took from the ``#:`` comment nearest
    above a ``tr`` call: this code documents its attributes with ``#:``, which are not notes
    for a translator. A note meant for one starts ``#: TRANSLATORS:`` and is kept."""
    return _NOTE.sub("", text)


def build(folder: Path) -> list[str]:
    """Write ``supple_en.ts`` and ``supple_en.qm`` into ``folder``, starting from the
    committed catalogue (so hand-written forms survive). Returns the unfinished plurals."""
    lupdate, lrelease = tool("lupdate"), tool("lrelease")
    if lupdate is None or lrelease is None:
        raise SystemExit("pyside6-lupdate and pyside6-lrelease are needed (PySide6-Essentials)")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / CATALOGUE.name
    if CATALOGUE.exists() and target != CATALOGUE:
        shutil.copyfile(CATALOGUE, target)
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
         "-source-language", "en", "-target-language", "en", str(SOURCES), "-ts", str(target)],
        check=True, cwd=ROOT,
    )
    filled, left = fill_english(drop_stray_notes(target.read_text(encoding="utf-8")))
    target.write_text(filled, encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(target), "-qm", str(folder / COMPILED.name)],
                   check=True, cwd=ROOT)
    return left


def differences(folder: Path) -> list[str]:
    """What in ``folder``'s fresh build differs from the committed files."""
    return [path.name for path in (CATALOGUE, COMPILED)
            if not path.exists() or path.read_bytes() != (folder / path.name).read_bytes()]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as scratch:
            left = build(Path(scratch))
            stale = differences(Path(scratch))
        for name in stale:
            print(f"{name} is out of date: run tools/update_translations.py")
    else:
        # Built beside the catalogue and moved into place: Qt maps a loaded .qm into memory,
        # so rewriting it in place crashes a Supple that is running from this checkout.
        with tempfile.TemporaryDirectory(dir=FOLDER) as scratch:
            left, stale = build(Path(scratch)), []
            for path in (CATALOGUE, COMPILED):
                os.replace(Path(scratch) / path.name, path)
    for source in left:
        print(f"unfinished plural (write its two forms in {CATALOGUE.name}): {source}")
    return 1 if left or stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
