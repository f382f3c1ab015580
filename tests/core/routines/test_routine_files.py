"""Routine files: atomic saves, backups, conflicts, drafts, new names, copies, the template."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from supple.core.library.catalog import scan_catalog
from supple.core.resources import builtin_routines_dir
from supple.core.routines.drafts import DraftStore
from supple.core.routines.files import (
    TEMPLATE,
    Conflict,
    FileSnapshot,
    RoutineFileError,
    Saved,
    SaveFailed,
    disk_snapshot,
    new_routine_path,
    read_routine_file,
    save_routine_text,
    slug,
    starter_text,
)
from supple.core.routines.loader import load_text
from supple.core.routines.text_edits import StepKind, step_insertion

ORIGINAL = "# my notes\nsupple: 1\nname: Mine\nsteps:\n  - {name: Calf stretch, hold: 30s}\n"


@pytest.fixture
def routine(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(ORIGINAL, "utf-8")
    return path


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- reading and snapshots --------------------------------------------------------------------


def test_read_keeps_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    raw = "\ufeffsupple: 1\r\nname: Crlf\r\n"
    path.write_bytes(raw.encode("utf-8"))
    text, snap = read_routine_file(path)
    assert text == raw
    assert snap.size == len(raw.encode("utf-8"))
    assert snap == disk_snapshot(path)


def test_read_refuses_non_utf8_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("name: Ã©tirement\n".encode("latin-1") + b"\xe9\n")
    with pytest.raises(RoutineFileError, match="not UTF-8"):
        read_routine_file(path)


def test_read_missing_file_is_a_routine_file_error(tmp_path: Path) -> None:
    with pytest.raises(RoutineFileError, match="cannot read"):
        read_routine_file(tmp_path / "gone.yaml")
    assert disk_snapshot(tmp_path / "gone.yaml") is None


# --- saving -----------------------------------------------------------------------------------


def test_save_writes_and_keeps_one_backup(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    first = save_routine_text(routine, ORIGINAL + "# one\n", snap)
    assert isinstance(first, Saved)
    assert routine.read_text("utf-8") == ORIGINAL + "# one\n"
    backup = routine.with_name("mine.yaml~")
    assert first.backup == backup
    assert backup.read_text("utf-8") == ORIGINAL
    second = save_routine_text(routine, ORIGINAL + "# two\n", first.snapshot)
    assert isinstance(second, Saved)
    assert backup.read_text("utf-8") == ORIGINAL + "# one\n"  # one backup: the previous one
    assert _folder_listing(routine.parent) == ["mine.yaml", "mine.yaml~"]  # no temp files left


def test_saved_snapshot_matches_the_disk(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    result = save_routine_text(routine, "supple: 1\n", snap)
    assert isinstance(result, Saved)
    assert result.snapshot == disk_snapshot(routine)


def test_backup_is_not_read_as_a_routine(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    assert isinstance(save_routine_text(routine, ORIGINAL.replace("Mine", "Mine 2"), snap), Saved)
    catalog = scan_catalog(None, [routine.parent])
    assert [c.name for c in catalog.cards] == ["Mine 2"]
    assert catalog.problems == []


def test_save_keeps_the_file_mode(routine: Path) -> None:
    os.chmod(routine, 0o640)
    _, snap = read_routine_file(routine)
    assert isinstance(save_routine_text(routine, "supple: 1\n", snap), Saved)
    assert routine.stat().st_mode & 0o777 == 0o640


def test_save_through_a_symlink_keeps_the_link(tmp_path: Path, routine: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(routine)
    _, snap = read_routine_file(link)
    assert isinstance(save_routine_text(link, "supple: 1\n", snap), Saved)
    assert link.is_symlink()
    assert routine.read_text("utf-8") == "supple: 1\n"


def test_new_file_with_no_expected_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "routines" / "new.yaml"  # the folder is made on the first save
    result = save_routine_text(path, "supple: 1\n", None)
    assert isinstance(result, Saved)
    assert result.backup is None
    assert path.read_text("utf-8") == "supple: 1\n"


def test_conflict_when_changed_by_hand_after_opening(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    routine.write_text(ORIGINAL + "# added in vim\n", "utf-8")
    result = save_routine_text(routine, ORIGINAL + "# mine\n", snap)
    assert isinstance(result, Conflict)
    assert result.disk_text == ORIGINAL + "# added in vim\n"
    assert routine.read_text("utf-8") == ORIGINAL + "# added in vim\n"  # theirs untouched
    assert not routine.with_name("mine.yaml~").exists()


def test_conflict_even_with_same_size_and_mtime(routine: Path) -> None:
    """A hand edit that keeps the size, within the mtime granularity: only the hash sees it."""
    _, snap = read_routine_file(routine)
    same_size = ORIGINAL.replace("Mine", "Yurs")
    assert len(same_size) == len(ORIGINAL)
    routine.write_text(same_size, "utf-8")
    os.utime(routine, ns=(snap.mtime_ns, snap.mtime_ns))
    now = disk_snapshot(routine)
    assert now is not None
    assert (now.size, now.mtime_ns) == (snap.size, snap.mtime_ns)
    result = save_routine_text(routine, ORIGINAL + "# mine\n", snap)
    assert isinstance(result, Conflict)
    assert routine.read_text("utf-8") == same_size


def test_touched_but_unchanged_file_is_no_conflict(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    os.utime(routine, ns=(snap.mtime_ns + 5_000_000_000, snap.mtime_ns + 5_000_000_000))
    assert isinstance(save_routine_text(routine, "supple: 1\n", snap), Saved)


def test_conflict_when_a_new_file_appeared(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    path.write_text("theirs\n", "utf-8")
    result = save_routine_text(path, "mine\n", None)
    assert isinstance(result, Conflict)
    assert result.disk_text == "theirs\n"
    assert path.read_text("utf-8") == "theirs\n"


def test_conflict_when_deleted_then_keep_mine_recreates(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    routine.unlink()
    result = save_routine_text(routine, "mine\n", snap)
    assert isinstance(result, Conflict)
    assert result.disk_text is None and result.snapshot is None
    assert not routine.exists()
    again = save_routine_text(routine, "mine\n", result.snapshot)
    assert isinstance(again, Saved)
    assert routine.read_text("utf-8") == "mine\n"


def test_saving_against_the_conflict_snapshot_overwrites_only_that_version(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    routine.write_text("theirs 1\n", "utf-8")
    conflict = save_routine_text(routine, "mine\n", snap)
    assert isinstance(conflict, Conflict)
    routine.write_text("theirs 2\n", "utf-8")  # changed again after the user looked
    assert isinstance(save_routine_text(routine, "mine\n", conflict.snapshot), Conflict)
    assert routine.read_text("utf-8") == "theirs 2\n"
    latest = disk_snapshot(routine)
    assert isinstance(save_routine_text(routine, "mine\n", latest), Saved)
    assert routine.read_text("utf-8") == "mine\n"


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_disk_full_leaves_the_original_and_reports(
    routine: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    _, snap = read_routine_file(routine)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    result = save_routine_text(routine, ORIGINAL + "# lots more\n", snap)
    monkeypatch.undo()
    assert isinstance(result, SaveFailed)
    assert "disk is full" in result.message
    assert result.errno == errno.ENOSPC
    assert routine.read_text("utf-8") == ORIGINAL
    leftovers = [n for n in _folder_listing(routine.parent) if n.endswith(".tmp")]
    assert leftovers == []


def test_disk_full_only_for_the_new_file_keeps_the_original(
    routine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup is written, then replacing the file itself fails: the original stays."""
    _, snap = read_routine_file(routine)
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst) == routine:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    result = save_routine_text(routine, "new\n", snap)
    assert isinstance(result, SaveFailed)
    assert routine.read_text("utf-8") == ORIGINAL
    assert not [n for n in _folder_listing(routine.parent) if n.endswith(".tmp")]


def test_read_only_folder_is_reported_not_raised(
    routine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, snap = read_routine_file(routine)

    def readonly(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", readonly)
    result = save_routine_text(routine, "new\n", snap)
    assert isinstance(result, SaveFailed)
    assert "read-only" in result.message
    assert routine.read_text("utf-8") == ORIGINAL


def test_unencodable_text_is_reported(routine: Path) -> None:
    _, snap = read_routine_file(routine)
    result = save_routine_text(routine, "name: \ud800\n", snap)
    assert isinstance(result, SaveFailed)
    assert routine.read_text("utf-8") == ORIGINAL


# --- drafts -----------------------------------------------------------------------------------


def test_drafts_round_trip_and_survive_a_new_store(tmp_path: Path, routine: Path) -> None:
    cache = tmp_path / "cache" / "drafts"
    store = DraftStore(cache)
    assert store.load(routine) is None
    text = "supple: 1\n# half-typed ✓ 😀\nname: Mi"
    assert store.save(routine, text)
    reopened = DraftStore(cache)  # as after a crash and a restart
    assert reopened.load(routine) == text
    draft = reopened.load_draft(routine)
    assert draft is not None and draft.path == routine.resolve()
    assert [d.text for d in reopened.pending()] == [text]
    reopened.discard(routine)
    assert DraftStore(cache).load(routine) is None


def test_drafts_are_per_routine(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    store.save(a, "A")
    store.save(b, "B")
    assert (store.load(a), store.load(b)) == ("A", "B")
    store.discard(a)
    assert (store.load(a), store.load(b)) == (None, "B")


def test_a_torn_draft_is_ignored(tmp_path: Path, routine: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save(routine, "text")
    next((tmp_path / "drafts").glob("*.json")).write_text('{"path": "x", "te', "utf-8")
    assert store.load(routine) is None
    assert store.pending() == []


def test_draft_save_never_raises(tmp_path: Path, routine: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    assert DraftStore(blocker / "drafts").save(routine, "text") is False


# --- new names and copies ---------------------------------------------------------------------


def test_slug() -> None:
    assert slug("My Calf Routine!") == "my-calf-routine"
    assert slug("Étirements après course") == "etirements-apres-course"
    assert slug("???") == "routine"
    assert len(slug("x" * 200)) <= 60


def test_new_routine_path_is_unique(tmp_path: Path) -> None:
    first = new_routine_path(tmp_path, "My calf routine")
    assert first == tmp_path / "my-calf-routine.yaml"
    assert not first.exists()
    first.write_text("", "utf-8")
    second = new_routine_path(tmp_path, "My calf routine")
    assert second.name == "my-calf-routine-2.yaml"
    second.write_text("", "utf-8")
    (tmp_path / "my-calf-routine-3.yml").write_text("", "utf-8")  # same id, other suffix
    assert new_routine_path(tmp_path, "My calf routine").name == "my-calf-routine-4.yaml"


def test_new_routine_path_avoids_reserved_ids(tmp_path: Path) -> None:
    path = new_routine_path(tmp_path, "Quick calf care", reserved=["quick-calf-care"])
    assert path.name == "quick-calf-care-2.yaml"


def test_new_routine_path_in_a_missing_folder(tmp_path: Path) -> None:
    assert new_routine_path(tmp_path / "nope", "A").name == "a.yaml"


def test_a_customized_copy_keeps_everything_but_the_copying_note() -> None:
    from supple.core.routines.files import customized_copy

    source = (builtin_routines_dir() / "quick-calf-care.yaml").read_text("utf-8")
    copy = customized_copy(source)
    assert "copy this file" not in copy and "Your own copy of a built-in routine" in copy
    assert copy.splitlines()[0] == source.splitlines()[0]  # the description line stays
    routine, problems = load_text(copy, "copy.yaml")
    original, _ = load_text(source, "source.yaml")
    assert routine is not None and original is not None, problems
    assert routine.fingerprint() == original.fingerprint()  # the same routine


def test_template_validates_and_has_comments() -> None:
    routine, problems = load_text(TEMPLATE, "template.yaml")
    assert problems == []
    assert routine is not None and len(routine.steps) == 2
    assert TEMPLATE.count("\n#") + TEMPLATE.startswith("#") >= 2


@pytest.mark.parametrize("name", ["Hill day", 'Odd: "name" # 1', "yes", "  "])
def test_starter_text_takes_any_name(name: str) -> None:
    routine, problems = load_text(starter_text(name), "new.yaml")
    assert problems == []
    assert routine is not None and routine.name == (name.strip() or "My routine")


BUILTINS = sorted(builtin_routines_dir().glob("*.yaml"))


@pytest.mark.parametrize("kind", list(StepKind))
@pytest.mark.parametrize("path", BUILTINS, ids=[p.stem for p in BUILTINS])
def test_insertion_adds_one_valid_step_and_changes_nothing_else(path: Path, kind: StepKind) -> None:
    text = path.read_text("utf-8")
    before, _ = load_text(text, path.name)
    edit = step_insertion(text, kind)
    assert edit is not None and edit.start == edit.end
    new = edit.apply(text)
    assert new[: edit.start] == text[: edit.start] and new[edit.start + len(edit.text) :] == text[
        edit.start :
    ]
    after, problems = load_text(new, path.name)
    assert problems == []
    assert before is not None and after is not None
    assert len(after.steps) == len(before.steps) + 1
    assert after.steps[:-1] == before.steps


def test_insertion_follows_unindented_items_and_stops_at_the_next_key() -> None:
    text = "supple: 1\nname: x\nsteps:\n- name: a\n  hold: 3s\n# about defaults\ndefaults: {}\n"
    edit = step_insertion(text, StepKind.SIDES)
    assert edit is not None
    new = edit.apply(text)
    assert new.endswith("  sides: both\n# about defaults\ndefaults: {}\n")
    routine, problems = load_text(new, "x")
    assert problems == [] and routine is not None and len(routine.steps) == 2
    assert new[edit.select[0] : edit.select[1]] == "New stretch"


def test_insertion_keeps_crlf_and_a_missing_final_newline() -> None:
    text = "supple: 1\r\nname: x\r\nsteps:\r\n  - {name: a, hold: 3s}"
    edit = step_insertion(text, StepKind.REST)
    assert edit is not None
    new = edit.apply(text)
    assert "\n" not in new.replace("\r\n", "")
    assert load_text(new, "x")[1] == []


def test_insertion_without_steps_adds_the_key() -> None:
    text = "supple: 1\nname: x"
    edit = step_insertion(text, StepKind.CIRCUIT)
    assert edit is not None
    routine, problems = load_text(edit.apply(text), "x")
    assert problems == [] and routine is not None and len(routine.steps) == 1


def test_insertion_into_an_empty_inline_list() -> None:
    text = "supple: 1\nname: x\nsteps: []  # none yet\n"
    edit = step_insertion(text, StepKind.HOLD)
    assert edit is not None
    new = edit.apply(text)
    assert "# none yet" in new
    assert load_text(new, "x")[1] == []


def test_insertion_refuses_an_inline_list_with_items() -> None:
    assert step_insertion("supple: 1\nsteps: [{name: a, hold: 1s}]\n", StepKind.HOLD) is None


def test_snapshot_same_content_compares_hashes() -> None:
    a = FileSnapshot("abc", 1, 3)
    assert a.same_content(FileSnapshot("abc", 2, 3))
    assert not a.same_content(FileSnapshot("abd", 1, 3))
    assert not a.same_content(None)
