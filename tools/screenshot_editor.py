"""A screenshot of the routine editor, for looking at and for the docs.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_editor.py \
        docs/screenshots/editor.png [--dark]

Opens a copy of the built-in ``quick-calf-care.yaml`` (in a temporary folder) with one
deliberate mistake, a hold written as ``half a minute``, so the problems list, the underline and
the preview of the last good version all show.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from supple.core.resources import builtin_routines_dir, images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.settings import Theme
from supple.qt.editor.window import RoutineEditor
from supple.qt.i18n import install_translators
from supple.qt.theme import apply_theme
from supple.qt.widgets.pictures import settle_pictures

MISTAKE = ("  - name: Bent-knee calf stretch\n    hold: 30s\n",
           "  - name: Bent-knee calf stretch\n    hold: half a minute\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1240x760")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    apply_theme(app, Theme.DARK if args.dark else Theme.LIGHT, args.text_scale)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = (builtin_routines_dir() / "quick-calf-care.yaml").read_text("utf-8")
        assert MISTAKE[0] in text, "the built-in routine changed; update MISTAKE"
        path = folder / "quick-calf-care.yaml"
        path.write_text(text, "utf-8")
        editor = RoutineEditor(path, DraftStore(folder / "drafts"), images_dir())
        editor.resize(width, height)
        editor.show()
        editor.show_text()  # this shot is of the YAML tab (screenshot_form_editor: the form)
        app.processEvents()
        editor.validate()  # the good version, for the preview
        start = text.index(MISTAKE[0])
        editor.text.replace_range(start, start + len(MISTAKE[0]), MISTAKE[1])
        editor.validate()
        problems = editor.current_problems
        if problems and problems[0].line is not None:
            editor.text.go_to(problems[0].line, problems[0].column or 1)
        for _ in range(5):
            app.processEvents()
        settle_pictures()  # the step icons are drawn off the GUI thread, just after a paint
        args.out.parent.mkdir(parents=True, exist_ok=True)
        editor.grab().save(str(args.out))
        print(args.out)
        editor.revert()  # back to the file, so closing does not ask
        editor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
