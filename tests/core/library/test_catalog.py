"""The routine catalog and its index: what the library lists, and when files are read again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import supple.core.library.catalog as catalog_module
import supple.core.routines.loader as loader
from supple.core.library.catalog import Catalog, card_of, load_card, scan_catalog
from supple.core.resources import builtin_routines_dir
from supple.core.routines.loader import load_library

GOOD = textwrap.dedent("""\
    supple: 1
    name: Mine
    category: strength
    tags: [calves]
    steps:
      - {name: Heel drops, reps: 15, sets: 3, rest: 30s, tempo: {up: 1s, down: 3s},
         image: calf-raise.svg}
      - {name: Wall stretch, hold: 30s, sides: both}
    """)
BROKEN = "supple: 1\nname: Broken\nsteps:\n  - {name: x, hodl: 3}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    mine = tmp_path / "routines"
    mine.mkdir()
    (mine / "mine.yaml").write_text(GOOD)
    (mine / "broken.yaml").write_text(BROKEN)
    return mine


def scan(folder: Path, index: Path | None) -> Catalog:
    return scan_catalog(builtin_routines_dir(), [folder], index)


def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was read although the index has it")

    monkeypatch.setattr(loader, "load_file", refuse)


def test_cards_say_what_the_full_loader_says(folder: Path) -> None:
    catalog = scan(folder, None)
    library = load_library(builtin_routines_dir(), [folder])
    assert [c.id for c in catalog.cards] == [r.id for r in library.routines]
    assert catalog.cards == [card_of(r) for r in library.routines]
    assert catalog.problems == library.problems
    mine = catalog.find("mine")
    assert mine is not None and not mine.builtin
    assert (mine.name, mine.category, mine.exercise_count) == ("Mine", "strength", 2)
    assert [(line.name, line.detail, line.image) for line in mine.exercises] == [
        ("Heel drops", "15 reps · 3 sets", "calf-raise.svg"),
        ("Wall stretch", "30s · each side", None),
    ]
    assert "calves" in mine.search_text and "Wall stretch" in mine.search_text
    assert catalog.find("MINE") == mine  # by name, ignoring case


def test_unchanged_files_are_listed_from_the_index_without_reading_them(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = tmp_path / "cache" / "index.json"
    first = scan(folder, index)
    assert index.is_file()
    no_reading(monkeypatch)
    again = scan(folder, index)
    assert again == first
    [problem] = again.problems  # the problems come back as they were
    assert problem.line == 4 and "did you mean 'hold'" in problem.message


def test_a_changed_new_or_removed_file_is_seen(folder: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.json"
    scan(folder, index)
    mine = folder / "mine.yaml"
    before = mine.stat()
    # Same size, same modification time, other content: the inode and change time differ.
    mine.unlink()
    mine.write_text(GOOD.replace("name: Mine", "name: Nine"))
    os.utime(mine, ns=(before.st_atime_ns, before.st_mtime_ns))
    (folder / "broken.yaml").write_text(GOOD.replace("name: Mine", "name: Fixed"))
    (folder / "new.yml").write_text(GOOD.replace("name: Mine", "name: Newer"))
    catalog = scan(folder, index)
    names = {c.name for c in catalog.cards}
    assert {"Nine", "Fixed", "Newer"} <= names and "Mine" not in names
    assert catalog.problems == []
    (folder / "new.yml").unlink()
    assert scan(folder, index).find("new") is None
    stored = json.loads(index.read_text())["files"]
    assert not [key for key in stored if key.endswith("new.yml")]


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b'{"format": 0}',
                                     b'{"format": "1/0.1.0", "files": {"x": 5}}'])
def test_a_broken_index_is_rebuilt(folder: Path, tmp_path: Path, content: bytes) -> None:
    index = tmp_path / "index.json"
    index.write_bytes(content)
    catalog = scan(folder, index)
    assert catalog == scan(folder, None)
    assert json.loads(index.read_text())["files"]


def test_an_index_from_another_version_is_not_trusted(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = tmp_path / "index.json"
    scan(folder, index)
    monkeypatch.setattr("supple.core.library.catalog.__version__", "9.9.9")
    read: list[Path] = []
    real = loader.load_file
    monkeypatch.setattr(loader, "load_file", lambda p: read.append(p) or real(p))
    scan(folder, index)
    assert folder / "mine.yaml" in read


def test_every_module_that_decides_a_card_is_in_the_index_key(folder: Path) -> None:
    """The index is trusted only while the code that read it is unchanged: every module of
    Supple's that reading and validating a routine file imports must be part of its key, found
    wherever it lives (a stamp of "-" would trust a stale index after a move)."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from supple.core.library.catalog import DECIDING_MODULES, _validate, index_format
        _validate(Path({str(folder / "mine.yaml")!r}), False)
        _validate(Path({str(folder / "broken.yaml")!r}), False)
        used = {{m for m in sys.modules if m.startswith("supple.")
                and getattr(sys.modules[m], "__file__", "").endswith(".py")
                and not sys.modules[m].__file__.endswith("__init__.py")}}
        missing = sorted(used - set(DECIDING_MODULES) - {{"supple.core.atomic_file"}})
        print(",".join(missing))
        print(index_format())
        """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    missing, key = out.stdout.splitlines()
    assert missing == ""
    stamps = key.split("/")[2:]
    assert len(stamps) == len(catalog_module.DECIDING_MODULES)
    assert "-" not in stamps and all(s.count(".") == 1 for s in stamps)


def test_a_change_to_a_deciding_module_distrusts_the_index(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "fake_loader.py"
    fake.write_text("x = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(catalog_module, "DECIDING_MODULES",
                        (*catalog_module.DECIDING_MODULES, "fake_loader"))
    before = catalog_module.index_format()
    fake.write_text("x = 22\n")
    assert catalog_module.index_format() != before


def test_a_deciding_module_that_cannot_be_found_is_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "DECIDING_MODULES", ("supple.core.no_such_module",))
    with pytest.raises(LookupError, match="no_such_module"):
        catalog_module.index_format()


def test_an_index_that_cannot_be_written_changes_nothing(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    catalog = scan(folder, blocker / "index.json")
    assert catalog == scan(folder, None)


def test_a_user_copy_replaces_the_builtin_from_the_index_too(folder: Path,
                                                             tmp_path: Path) -> None:
    text = (builtin_routines_dir() / "quick-calf-care.yaml").read_text()
    (folder / "quick-calf-care.yaml").write_text(text.replace("name: Quick calf care",
                                                              "name: My calf care", 1))
    index = tmp_path / "index.json"
    for _ in range(2):
        card = scan(folder, index).find("quick-calf-care")
        assert card is not None and not card.builtin and card.name == "My calf care"


def test_load_card_reads_the_file_as_it_is_now(folder: Path) -> None:
    card = scan(folder, None).find("mine")
    assert card is not None
    loaded, problems = load_card(card)
    assert loaded is not None and problems == [] and loaded.routine.name == "Mine"
    (folder / "mine.yaml").write_text(BROKEN)
    loaded, problems = load_card(card)
    assert loaded is None and "hodl" in problems[0].message
    (folder / "mine.yaml").unlink()
    loaded, problems = load_card(card)
    assert loaded is None and "cannot read" in problems[0].message


def test_listing_from_a_warm_index_imports_neither_yaml_nor_the_model(folder: Path,
                                                                       tmp_path: Path) -> None:
    index = tmp_path / "index.json"
    scan(folder, index)
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from supple.core.library.catalog import scan_catalog
        from supple.core.resources import builtin_routines_dir
        catalog = scan_catalog(builtin_routines_dir(), [Path({str(folder)!r})],
                               Path({str(index)!r}))
        assert len(catalog.cards) == 7 and len(catalog.problems) == 1, catalog
        heavy = sorted(m for m in ("yaml", "pydantic", "supple.core.routines.model")
                       if m in sys.modules)
        print(",".join(heavy))
        """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_a_file_name_that_is_not_utf8_is_listed_and_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/caf\xe9.yaml"  # a Latin-1 name, from an old archive
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write(GOOD)
    index = tmp_path / "index.json"
    first = scan_catalog(None, [folder], index)
    [card] = first.cards
    assert card.id == "caf\udce9" and card.path.exists()
    assert scan_catalog(None, [folder], index) == first  # read back from the index
    assert json.loads(index.read_text())["files"]
    loaded, problems = load_card(card)
    assert loaded is not None and problems == []
