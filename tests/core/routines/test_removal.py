"""A deleted routine goes to the backup folder, and comes back from it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from supple.core.routines.removal import RemovalError, move_to_backup, restore_backup

NOW = datetime(2026, 12, 2, 10, 30, 5)


def test_deleting_moves_the_file_and_undoing_brings_it_back(tmp_path: Path) -> None:
    routine = tmp_path / "routines" / "calf.yaml"
    routine.parent.mkdir()
    routine.write_bytes(b"# mine\nsupple: 1\n")
    backup = move_to_backup(routine, tmp_path / "deleted", NOW)
    assert not routine.exists()
    assert backup == tmp_path / "deleted" / "calf 2026-12-02 10.30.05.yaml"
    assert backup.read_bytes() == b"# mine\nsupple: 1\n"
    restore_backup(backup, routine)
    assert routine.read_bytes() == b"# mine\nsupple: 1\n" and not backup.exists()


def test_two_deletions_in_one_second_keep_both(tmp_path: Path) -> None:
    routine = tmp_path / "calf.yaml"
    routine.write_text("one")
    first = move_to_backup(routine, tmp_path / "deleted", NOW)
    routine.write_text("two")
    second = move_to_backup(routine, tmp_path / "deleted", NOW)
    assert first != second and (first.read_text(), second.read_text()) == ("one", "two")


def test_bringing_back_never_overwrites_a_new_file(tmp_path: Path) -> None:
    routine = tmp_path / "calf.yaml"
    routine.write_text("old")
    backup = move_to_backup(routine, tmp_path / "deleted", NOW)
    routine.write_text("new")
    with pytest.raises(RemovalError, match="written since"):
        restore_backup(backup, routine)
    assert routine.read_text() == "new" and backup.read_text() == "old"


def test_a_file_that_is_gone_says_so(tmp_path: Path) -> None:
    with pytest.raises(RemovalError, match="was not deleted"):
        move_to_backup(tmp_path / "missing.yaml", tmp_path / "deleted", NOW)
