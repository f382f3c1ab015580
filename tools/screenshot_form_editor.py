"""Screenshots of the routine editor's form, one per kind of step, for looking at and the docs.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_form_editor.py \
        docs/screenshots [--size 800x600] [--text-scale 1.25] [--dark]

Opens a routine with a step of every kind (in a temporary folder) and writes
``form-<kind>[-<size>].png`` for the routine page and each kind: a hold on each side, reps
with a tempo, a rest, a metronome drill and a block of rounds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from supple.core.resources import images_dir
from supple.core.routines.drafts import DraftStore
from supple.core.settings import Theme
from supple.qt.editor.window import RoutineEditor
from supple.qt.i18n import install_translators
from supple.qt.theme import apply_theme
from supple.qt.widgets.pictures import settle_pictures

ROUTINE = """\
# Calf care after a run, written once in the form.
supple: 1
name: Calf care after a run
category: post-run stretch
source: ACSM flexibility guideline (hold 10–30 s, 2–4 times, ~60 s per muscle)
defaults: {lead_in: 5s, rest: 10s}
steps:
  - name: Wall calf stretch, straight knee
    hold: 30s
    sets: 2
    sides: both
    image: wall-calf-stretch.svg
    instructions: >-
      Hands on the wall, back leg straight, heel down. Lean in until the calf pulls gently.
    tips:
      - Point the back foot straight ahead.
      - A mild pull, never pain.
  - name: Eccentric heel drops
    reps: 15
    tempo: {up: 1s, down: 3s}
    sets: 3
    rest: 2m
    image: heel-drop-straight-knee.svg
    cues: {say_reps: true}
  - rest: 1m
    name: Walk it off
    image: easy-jog.svg
  - rounds: 2
    name: Drills
    rest: 20s
    steps:
      - {name: High knees, hold: 30s, image: high-knees.svg}
      - {name: Butt kicks, hold: 30s, image: butt-kicks.svg}
  - name: Cadence drill
    metronome: 176
    hold: 30s
    image: cadence-run.svg
"""

#: What each shot selects: None is the routine page.
SHOTS: dict[str, tuple[int, ...] | None] = {
    "routine": None, "hold": (0,), "reps": (1,), "rest": (2,), "block": (3,),
    "metronome": (4,),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the PNGs into")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1240x760")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    suffix = "" if args.size == "1240x760" else f"-{args.size}"

    app = QApplication(sys.argv[:1])
    install_translators(app)  # as the app does: English plurals need it
    apply_theme(app, Theme.DARK if args.dark else Theme.LIGHT, args.text_scale)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "calf-care-after-a-run.yaml"
        path.write_text(ROUTINE, "utf-8")
        editor = RoutineEditor(path, DraftStore(folder / "drafts"), images_dir())
        editor.offer_try()  # as the app does: its window plays a step tried
        editor.resize(width, height)
        editor.show()
        for name, step in SHOTS.items():
            editor.form.select(step)
            for _ in range(5):
                app.processEvents()
            for _ in range(3):  # the thumbnails are drawn off the GUI thread, after a paint
                settle_pictures()
                app.processEvents()
            shot = args.out / f"form-{name}{suffix}{'-dark' if args.dark else ''}.png"
            editor.grab().save(str(shot))
            print(shot)
        editor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
