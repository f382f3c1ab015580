"""``supple`` in a German terminal: a real child process with ``LANG=de_DE.UTF-8`` reads a
German catalogue (the test's own, through ``SUPPLE_TRANSLATIONS_DIR``) and prints its help,
its messages, its counts and its days in German; what the catalogue lacks stays English."""

from __future__ import annotations

import os
import subprocess
import sys
from html import escape
from pathlib import Path

import pytest

import supple
from supple.cli.language import use_system_language
from supple.core import wording
from supple.core.paths import TRANSLATIONS_ENV_VAR as TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

GERMAN = {
    "record runs, import them from a watch, list them":
        "Läufe erfassen, von einer Uhr einlesen, auflisten",
    "Added a run: {run}.": "Lauf erfasst: {run}.",
    "%n run(s).": ("%n Lauf.", "%n Läufe."),
}


def _catalogue(folder: Path, pairs: dict[str, str | tuple[str, str]]) -> Path:
    """``folder/supple_de.qm``, compiled with pyside6-lrelease from a tiny .ts; a tuple is a
    count's two forms."""
    lrelease = update_translations.tool("lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")

    def message(source: str, target: str | tuple[str, str]) -> str:
        if isinstance(target, str):
            return f"<message><source>{escape(source)}</source>" \
                f"<translation>{escape(target)}</translation></message>"
        forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in target)
        return f'<message numerus="yes"><source>{escape(source)}</source>' \
            f"<translation>{forms}</translation></message>"

    ts = folder / "supple_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de">'
                  "<context><name></name>"
                  + "".join(message(s, t) for s, t in pairs.items())
                  + "</context></TS>", encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return folder / "supple_de.qm"


def _german_supple(data: Path, catalogues: Path, *args: str) -> subprocess.CompletedProcess[str]:
    src = str(Path(supple.__file__).resolve().parents[1])
    kept = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL",
                         "LC_MESSAGES", "LANGUAGE")}
    environ = {**kept, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
               "SUPPLE_DATA_DIR": str(data), "LANG": "de_DE.UTF-8",
               TRANSLATIONS_DIR: str(catalogues)}
    return subprocess.run([sys.executable, "-m", "supple", *args], env=environ,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


def test_supple_speaks_german_in_a_german_terminal(tmp_path: Path) -> None:
    catalogues = tmp_path / "catalogues"
    catalogues.mkdir()
    _catalogue(catalogues, GERMAN)
    data = tmp_path / "data"

    helped = _german_supple(data, catalogues, "--help")
    assert helped.returncode == 0, helped.stderr
    assert "Läufe erfassen, von einer Uhr einlesen, auflisten" in helped.stdout
    assert "record runs, import them" not in helped.stdout
    assert "open the player and start a routine" in helped.stdout  # not in the catalogue

    added = _german_supple(data, catalogues, "runs", "add", "--minutes", "30",
                           "--date", "2026-12-07")
    assert (added.returncode, added.stderr) == (0, "")
    # The sentence from the catalogue, the day in German (QLocale's), "min" still English.
    assert added.stdout == "Lauf erfasst: Mo. 7 Dez. 2026, 30 min.\n"

    listed = _german_supple(data, catalogues, "runs", "list")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout.splitlines()[-1] == "1 Lauf."


def test_the_same_supple_stays_english_without_the_override(tmp_path: Path) -> None:
    """The shipped folder has no German: the child falls back to English, all of it."""
    environ = {k: v for k, v in os.environ.items() if k != TRANSLATIONS_DIR}
    src = str(Path(supple.__file__).resolve().parents[1])
    environ.update(LANG="de_DE.UTF-8", SUPPLE_DATA_DIR=str(tmp_path),
                   PYTHONPATH=os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]))
    for name in ("LC_ALL", "LC_MESSAGES"):
        environ.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "supple", "runs", "--help"], env=environ,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "record a run by hand" in done.stdout


def test_the_override_names_the_folder_in_process(tmp_path: Path) -> None:
    _catalogue(tmp_path, GERMAN)
    assert not use_system_language({"LANG": "de_DE.UTF-8",
                                    TRANSLATIONS_DIR: str(tmp_path / "nowhere")})
    assert wording.tr("%n run(s).", None, 3) == "3 runs."  # nothing was installed
    assert use_system_language({"LANG": "de_DE.UTF-8", TRANSLATIONS_DIR: str(tmp_path)})
    assert wording.tr("%n run(s).", None, 3) == "3 Läufe."
    # A folder given by the caller wins over the environment's.
    assert not use_system_language({"LANG": "de_DE.UTF-8", TRANSLATIONS_DIR: str(tmp_path)},
                                   tmp_path / "nowhere")
