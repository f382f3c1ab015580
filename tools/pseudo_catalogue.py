"""Build a pseudo-translation, to see on screen what is not translated.

    python tools/pseudo_catalogue.py OUT_DIR [LANGUAGE]

Writes ``OUT_DIR/supple_<LANGUAGE>.qm`` (``eo``, Esperanto, by default: a language Qt knows
and no desktop here runs in) in which every message of the English catalogue reads
``⟦Śtärt⟧``: accented, a third longer, in brackets, its ``{fields}``, ``%n`` and markup kept.
Run Supple with it and anything on screen without brackets skipped the catalogue, and any
label that clips will clip in a longer language too:

    SUPPLE_TRANSLATIONS_DIR=OUT_DIR LANG=eo.UTF-8 supple
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import update_translations  # the English catalogue and the Qt tools

_ACCENTS = str.maketrans("aceinoulsyzACEINOULSYZ", "äçéîñöüłšÿžÄÇÉÎÑÖÜŁŠŸŽ")
# What must stay as written: fields, the count, markup and entities, key names after "&",
# commands in backquotes and option names (docs/translating.md).
_KEPT = re.compile(r"\{[^{}]*\}|%n|%\w|<[^<>]*>|&\w+;|&(?=\w)|`[^`]*`|--[\w-]+")


def pseudo(text: str) -> str:
    """``text`` accented and a third longer, in ⟦brackets⟧, its fields and markup as they
    were."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEPT.finditer(text):
        parts.append(text[last:match.start()].translate(_ACCENTS))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTS))
    body = "".join(parts)
    padding = "~" * max(1, len(text) // 3)
    return f"⟦{body}{padding}⟧"


def build(out: Path, language: str = "eo") -> Path:
    """Write the pseudo catalogue for ``language`` into ``out``; its ``.qm`` path."""
    tree = ET.parse(update_translations.CATALOGUE)
    root = tree.getroot()
    root.set("language", language)
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo(form.text or "")
        else:
            translation.text = pseudo(translation.text or "")
    out.mkdir(parents=True, exist_ok=True)
    ts = out / f"supple_{language}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = update_translations.tool("lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease is needed (PySide6-Essentials)")
    qm = out / f"supple_{language}.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    print(build(Path(sys.argv[1]), *sys.argv[2:3]))
