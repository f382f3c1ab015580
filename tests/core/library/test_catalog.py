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
from supple.core.problems import Severity
from supple.core.resources import builtin_routines_dir
from supple.core.session.timeline import plan

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
TINY_HEAD = "supple: 1\nname: Test\nsteps:\n"
TINY = TINY_HEAD + "  - {name: Calf stretch, hold: 30s}\n"


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
    """A card is what reading its file in full gives, down to what ``supple list`` prints of
    it (the planned total and exercise count, which do not depend on the cues)."""
    catalog = scan(folder, None)
    assert len(catalog.cards) == len(list(builtin_routines_dir().glob("*.yaml"))) + 1  # + mine
    assert catalog.cards == sorted(catalog.cards, key=lambda c: c.name.casefold())
    for card in catalog.cards:
        loaded, problems = load_card(card)
        assert loaded is not None and problems == []
        assert card_of(loaded) == card
        timeline = plan(loaded.routine)
        assert (card.total_seconds, card.exercise_count) == (timeline.total,
                                                             timeline.exercise_count)
    assert catalog.problems == loader.load_file(folder / "broken.yaml")[1]
    mine = catalog.find("mine")
    assert mine is not None and not mine.builtin
    assert (mine.name, mine.category, mine.exercise_count) == ("Mine", "strength", 2)
    assert [(line.name, line.detail, line.image) for line in mine.exercises] == [
        ("Heel drops", "15 reps · 3 sets", "calf-raise.svg"),
        ("Wall stretch", "30s · each side", None),
    ]
    assert "calves" in mine.search_text and "Wall stretch" in mine.search_text
    assert catalog.find("MINE") == mine  # by name, ignoring case


def test_a_card_counts_one_rep_as_one_rep(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(
        "supple: 1\nname: One\nsteps:\n  - {name: Deep squat, reps: 1, sets: 2}\n")
    card = scan(tmp_path, None).find("one")
    assert card is not None
    assert [line.detail for line in card.exercises] == ["1 rep · 2 sets"]


def test_a_relative_metronome_is_listed_as_a_share_of_the_runners_cadence(folder: Path) -> None:
    """The library knows no cadence, so it lists what the routine says, not a beat worked
    out from the default."""
    (folder / "drill.yaml").write_text("supple: 1\nname: Drill\nsteps:\n"
                                       "  - {name: Quick, hold: 30s, metronome: +5%}\n"
                                       "  - {name: Fixed, hold: 30s, metronome: 176}\n")
    drill = scan(folder, None).find("drill")
    assert drill is not None
    assert [line.detail for line in drill.exercises] == [
        "30s · +5% of your cadence", "30s · 176 bpm"]


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


def test_an_index_written_in_another_language_is_not_trusted(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its problems and exercise lines are words: after a change of language they are worded
    again, not shown in the old one."""
    from supple.core import wording

    index = tmp_path / "index.json"
    [english] = scan(folder, index).problems
    german = {"unknown key {key} (did you mean {close}?)":
              "unbekanntes Feld {key} (meinten Sie {close}?)"}
    previous = wording.install_translator(lambda source, _d, _n: german.get(source, ""), "de")
    try:
        [again] = scan(folder, index).problems
    finally:
        wording.install_translator(previous)
    assert "hodl" in english.message and english.message != again.message
    assert "unbekanntes Feld" in again.message and "meinten Sie" in again.message


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
    *stamps, language = key.split("/")[2:]
    assert language == "en"
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
        builtins = len(list(builtin_routines_dir().glob("*.yaml")))
        assert len(catalog.cards) == builtins + 1 and len(catalog.problems) == 1, catalog
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


# --- a folder of files: good beside bad, hostile entries, missing folders, user copies -------

def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_loads_good_files_beside_bad_ones(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", TINY.replace("Test", "Alpha"))
    _write(tmp_path, "b.yml", TINY.replace("Test", "Beta"))
    _write(tmp_path, "c.yaml", TINY_HEAD + "  - {name: a, hold: 0}\n")
    _write(tmp_path, "notes.txt", "not a routine")
    _write(tmp_path, ".hidden.yaml", "junk: [")
    catalog = scan_catalog(None, [tmp_path])
    assert [c.name for c in catalog.cards] == ["Alpha", "Beta"]
    assert [c.id for c in catalog.cards] == ["a", "b"]
    assert [Path(p.file).name for p in catalog.problems] == ["c.yaml"]
    assert catalog.find("beta") is not None and catalog.find("a") is not None


def test_a_folder_skips_hostile_entries_without_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "good1.yaml", TINY.replace("Test", "One"))
    _write(tmp_path, "good2.yaml", TINY.replace("Test", "Two"))
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")  # opening this for reading would block forever
    _write(tmp_path, "locked.yaml", TINY)
    _write(tmp_path, "huge.yaml", TINY + "#" * (300 * 1024))
    (tmp_path / "binary.yaml").write_bytes(b"\x7fELF\x00\x01\x02")

    real_open = os.open

    def deny(path: str | os.PathLike[str], *args: int, **kwargs: object) -> int:
        if Path(path).name == "locked.yaml":  # tests run as root, whom chmod does not stop
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    catalog = scan_catalog(None, [tmp_path])

    assert sorted(c.name for c in catalog.cards) == ["One", "Two"]
    by_file = {Path(p.file).name: p for p in catalog.problems}
    assert set(by_file) == {
        "folder.yaml",
        "loop.yaml",
        "dangling.yaml",
        "pipe.yaml",
        "locked.yaml",
        "huge.yaml",
        "binary.yaml",
    }
    assert "folder" in by_file["folder.yaml"].message
    assert by_file["folder.yaml"].severity is Severity.WARNING
    assert "cannot read" in by_file["loop.yaml"].message
    assert "cannot read" in by_file["dangling.yaml"].message
    assert "not a regular file" in by_file["pipe.yaml"].message
    assert "Permission denied" in by_file["locked.yaml"].message
    assert "256 KB" in by_file["huge.yaml"].message
    assert "NUL" in by_file["binary.yaml"].message


def test_missing_and_unlistable_folders(tmp_path: Path) -> None:
    not_a_folder = _write(tmp_path, "plain.txt", "x")
    catalog = scan_catalog(tmp_path / "absent", [not_a_folder, tmp_path / "also-absent"])
    assert catalog.cards == []
    assert [Path(p.file).name for p in catalog.problems] == ["plain.txt"]
    assert catalog.problems[0].severity is Severity.WARNING


def test_a_user_routine_replaces_the_builtin_with_the_same_id(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    _write(builtin, "calf.yaml", TINY.replace("Test", "Built in"))
    _write(user, "calf.yaml", TINY.replace("Test", "Mine"))
    catalog = scan_catalog(builtin, [user])
    assert [(c.name, c.builtin) for c in catalog.cards] == [("Mine", False)]


# --- routines the library cannot tell apart: one id, one name ---------------------------------

def warnings_of(catalog: Catalog) -> list[str]:
    assert all(p.severity is Severity.WARNING for p in catalog.problems)
    return [f"{Path(p.file).name}: {p.message}" for p in catalog.problems]


def test_two_files_with_one_id_list_the_first_by_name_and_warn_about_the_other(
        tmp_path: Path) -> None:
    """Regression: calf.yml hid calf.yaml, and nothing said so."""
    index = tmp_path / "index.json"
    user = tmp_path / "user"
    user.mkdir()
    _write(user, "calf.yaml", TINY.replace("Test", "From yaml"))
    _write(user, "calf.yml", TINY.replace("Test", "From yml"))
    _write(user, "calf.YAML", TINY.replace("Test", "From upper"))
    for _ in range(2):  # read, then from the index: the same one wins
        catalog = scan_catalog(None, [user], index)
        assert [(c.id, c.name) for c in catalog.cards] == [("calf", "From upper")]
        assert warnings_of(catalog) == [
            "calf.yaml: has the same id, 'calf', as calf.YAML, which is the one listed; this "
            "file is not. Rename one of them to list both",
            "calf.yml: has the same id, 'calf', as calf.YAML, which is the one listed; this "
            "file is not. Rename one of them to list both"]


def test_ids_that_differ_only_in_case_are_both_listed_with_a_warning(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    _write(builtin, "stretch.yaml", TINY.replace("Test", "Built in"))
    _write(user, "calf.yaml", TINY.replace("Test", "Lower"))
    _write(user, "Calf.YAML", TINY.replace("Test", "Upper"))
    _write(user, "Stretch.yaml", TINY.replace("Test", "Mine"))
    catalog = scan_catalog(builtin, [user])
    assert sorted(c.id for c in catalog.cards) == ["Calf", "Stretch", "calf", "stretch"]
    [mine, lower] = warnings_of(catalog)
    assert lower.startswith("calf.yaml: its id 'calf' differs from Calf.YAML's only in letter")
    assert mine.startswith("Stretch.yaml: its id 'Stretch' differs from the built-in routine "
                           "'stretch' only in letter case, so it does not replace it")
    assert "Name it stretch.yaml to replace the built-in one" in mine


def test_a_customised_copy_of_a_builtin_is_not_a_duplicate(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    _write(builtin, "calf.yaml", TINY.replace("Test", "Calf care"))
    _write(user, "calf.yaml", TINY.replace("Test", "Calf care"))  # the same name, too
    catalog = scan_catalog(builtin, [user])
    assert [(c.name, c.builtin) for c in catalog.cards] == [("Calf care", False)]
    assert catalog.problems == []


def test_routines_sharing_a_name_are_both_listed_with_a_warning(tmp_path: Path) -> None:
    """Regression: ``find`` picked one of them silently."""
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    _write(builtin, "quick.yaml", TINY.replace("Test", "Calf care"))
    _write(user, "a-copy.yaml", TINY.replace("Test", "calf CARE"))
    _write(user, "other.yaml", TINY.replace("Test", "Calf care"))
    catalog = scan_catalog(builtin, [user])
    assert [c.id for c in catalog.named("Calf Care")] == ["a-copy", "other", "quick"]
    assert catalog.find("calf care") == catalog.named("calf care")[0]  # stable: by id
    assert warnings_of(catalog) == [
        "a-copy.yaml: is named 'calf CARE' like the built-in routine 'quick': both are listed, "
        "and `supple show` or `supple run` by that name asks for the id (quick or a-copy)",
        "other.yaml: is named 'Calf care' like the built-in routine 'quick': both are listed, "
        "and `supple show` or `supple run` by that name asks for the id (quick or other)"]


# --- pictures the player cannot show ----------------------------------------------------------

PICTURES = textwrap.dedent("""\
    supple: 1
    name: Pictures
    steps:
      - name: Missing
        hold: 30s
        image: nowhere.svg
      - rounds: 2
        steps:
          - {name: Refused, hold: 30s, image: refused.svg}
          - {name: Built in, hold: 30s, image: calf-raise.svg}
          - {name: Mine, hold: 30s, image: mine.svg}
          - {name: Missing again, hold: 30s, image: nowhere.svg}
    """)
GOOD_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


def test_a_picture_that_cannot_be_shown_is_a_warning_at_its_line(tmp_path: Path) -> None:
    """Regression: a missing or refused picture said nothing, in the library or anywhere."""
    folder = tmp_path / "routines"
    folder.mkdir()
    _write(folder, "pictures.yaml", PICTURES)
    _write(folder, "refused.svg", '<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"/>')
    _write(folder, "mine.svg", GOOD_SVG)
    catalog = scan_catalog(None, [folder])
    assert catalog.find("pictures") is not None  # it still loads, and runs without them
    found = [(p.line, p.column, p.field, p.severity) for p in catalog.problems]
    assert found == [(6, 12, "steps[0].image", Severity.WARNING),
                     (9, 43, "steps[1].steps[0].image", Severity.WARNING),
                     (12, 49, "steps[1].steps[3].image", Severity.WARNING)]
    missing, refused, _again = catalog.problems
    assert missing.message == (
        f"picture not shown: no file named nowhere.svg beside the routine (in {folder}) nor "
        "among Supple's own pictures; the step is shown without it")
    assert refused.message == ("picture not shown: refused.svg declares a DOCTYPE (entities "
                               "and external definitions are not allowed)")
    assert refused.about == str(folder / "refused.svg")
    assert str(missing).startswith(f"{folder / 'pictures.yaml'}:6:12: warning: steps[0].image:")


def test_a_picture_added_later_clears_its_warning_through_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    _write(folder, "one.yaml", TINY_HEAD + "  - {name: Calf stretch, hold: 30s, image: a.svg}\n")
    index = tmp_path / "index.json"
    assert len(scan_catalog(None, [folder], index).problems) == 1
    _write(folder, "a.svg", GOOD_SVG)
    assert scan_catalog(None, [folder], index).problems == []
    _write(folder, "a.svg", "<svg")  # changed, and now refused
    [problem] = scan_catalog(None, [folder], index).problems
    assert "is not readable XML" in problem.message


def test_the_builtin_routines_name_only_pictures_that_exist() -> None:
    assert scan_catalog(builtin_routines_dir(), []).problems == []
