"""Screenshots of sharing and comparing, for looking at and for the docs.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_sharing.py \
        import docs/screenshots/import-preview.png [--dark]
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_sharing.py \
        compare docs/screenshots/compare.png [--dark]

``import``: the preview shown before a shared routine is added, of the built-in
``quick-calf-care.yaml`` exported as a zip with a picture of its own (in a temporary folder),
read back through the importer's checks. ``compare``: the compare view of that routine with
one line changed, one added and one removed on disk.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.shared_file import read_shared
from supple.core.routines.sharing import export_routine
from supple.core.settings import Theme
from supple.qt.editor.compare import CompareDialog
from supple.qt.i18n import install_translators
from supple.qt.library.import_preview import ImportPreview
from supple.qt.theme import DARK, LIGHT, apply_theme
from supple.qt.widgets.pictures import settle_pictures

ROUTINE = "quick-calf-care.yaml"


def _import_preview(folder: Path) -> QWidget:
    text = (builtin_routines_dir() / ROUTINE).read_text("utf-8")
    first_image = next(line for line in text.splitlines() if "image:" in line)
    builtin_picture = first_image.split("image:", 1)[1].strip()
    own = folder / "routines"
    own.mkdir()
    (own / "my-calf-raise.svg").write_bytes((images_dir() / builtin_picture).read_bytes())
    (own / ROUTINE).write_text(text.replace(first_image, first_image.replace(
        builtin_picture, "my-calf-raise.svg"), 1), "utf-8")
    shared = folder / "quick-calf-care.zip"
    export_routine(own / ROUTINE, shared)
    pictures = folder / "pictures"
    pictures.mkdir()
    checked = read_shared(shared)
    for name, data in checked.pictures.items():
        (pictures / name).write_bytes(data)
    return ImportPreview(checked, images_dir(), pictures)


def _compare(dark: bool) -> QWidget:
    mine = (builtin_routines_dir() / ROUTINE).read_text("utf-8")
    lines = mine.split("\n")
    holds = [i for i, line in enumerate(lines) if "hold: 30s" in line]
    theirs_lines = list(lines)
    theirs_lines[holds[1]] = theirs_lines[holds[1]].replace("30s", "45s")
    theirs_lines.insert(holds[0], "    # held longer since the physio's advice")
    del theirs_lines[len(theirs_lines) - 3]
    return CompareDialog(mine, "\n".join(theirs_lines), DARK if dark else LIGHT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["import", "compare"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    apply_theme(app, Theme.DARK if args.dark else Theme.LIGHT, 1.0)
    with tempfile.TemporaryDirectory() as tmp:
        widget = _import_preview(Path(tmp)) if args.what == "import" else _compare(args.dark)
        if args.size:
            width, height = (int(n) for n in args.size.split("x"))
            widget.resize(width, height)
        widget.show()
        for _ in range(5):
            app.processEvents()
        settle_pictures()
        for _ in range(3):
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(args.out))
        print(args.out)
        widget.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
