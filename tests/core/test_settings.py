"""Settings: defaults, round trip, and bad files that never stop the app."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from supple.core.routines.cue_choices import ResolvedCues
from supple.core.settings import Settings, Theme, load_settings, save_settings


def test_missing_file_gives_defaults_without_a_message(tmp_path: Path) -> None:
    settings, message = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert message is None


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    chosen = Settings(volume=0.4, muted=True, lead_in=8, theme=Theme.DARK,
                      text_scale=1.5, tray=True)
    assert save_settings(path, chosen) is None
    loaded, message = load_settings(path)
    assert (loaded, message) == (chosen, None)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".settings-")]


@pytest.mark.parametrize("content", [
    b"{not json",
    b"\xff\xfe garbage",
    b"[1, 2, 3]",
    json.dumps({"volume": 7}).encode(),
    json.dumps({"theme": "purple"}).encode(),
    b"",
])
def test_invalid_file_is_backed_up_and_reset(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, message = load_settings(path)
    assert settings == Settings()
    assert message is not None and "defaults are in use" in message
    backups = list(tmp_path.glob("settings.json.bad-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == content
    assert str(backups[0]) in message
    assert not path.exists()


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 0.5, "future_option": True}))
    settings, message = load_settings(path)
    assert settings.volume == 0.5 and message is None


def test_a_folder_in_place_of_the_file_does_not_stop_start_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    settings, message = load_settings(path)
    assert settings == Settings() and message is not None


def test_full_disk_on_save_returns_a_message_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    assert save_settings(path, Settings(volume=0.3)) is None

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    message = save_settings(path, Settings(volume=0.9))
    assert message is not None and "No space left" in message
    assert load_settings(path)[0].volume == 0.3
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_absurdly_nested_json_does_not_stop_start_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 30_000 + "]" * 30_000)
    settings, message = load_settings(path)
    assert settings == Settings() and message is not None


def test_two_bad_files_in_the_same_second_keep_both_backups(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for content in ("{bad one", "{bad two"):
        path.write_text(content)
        load_settings(path)
    kept = sorted(p.read_text() for p in tmp_path.glob("settings.json.bad-*"))
    assert kept == ["{bad one", "{bad two"]


def test_the_message_names_the_bad_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 7}))
    _, message = load_settings(path)
    assert message is not None and "volume" in message


@pytest.mark.parametrize(("old", "speaks"), [
    ({"voice": False}, False),
    ({"voice": True, "cues": {"voice": False}}, True),  # the old dialog's bug: top level won
    ({"cues": {"voice": False}}, False),
])
def test_older_files_keep_their_voice_choice(tmp_path: Path, old: dict[str, object],
                                             speaks: bool) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(old))
    settings, message = load_settings(path)
    assert message is None and settings.cues.voice is speaks


@pytest.mark.parametrize(("data", "named"), [
    ({"volume": True}, "volume"),
    ({"volume": "0.5"}, "volume"),
    ({"volume": float("nan")}, "volume"),
    ({"volume": -0.1}, "volume"),
    ({"lead_in": 61}, "lead_in"),
    ({"text_scale": 3}, "text_scale"),
    ({"muted": "yes"}, "muted"),
    ({"tray": 1}, "tray"),
    ({"theme": 1}, "theme"),
    ({"cues": []}, "cues"),
    ({"cues": {"halfway": 0}}, "cues.halfway"),
])
def test_each_bad_value_is_refused_by_name(tmp_path: Path, data: dict[str, object],
                                           named: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data))
    settings, message = load_settings(path)
    assert settings == Settings()
    assert message is not None and f"({named}:" in message


def test_every_setting_is_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 1, "muted": True, "lead_in": None, "theme": "light",
                                "text_scale": 0.75,
                                "cues": {"halfway": False, "say_reps": True}}))
    settings, message = load_settings(path)
    assert message is None
    assert settings == Settings(volume=1.0, muted=True, lead_in=None, theme=Theme.LIGHT,
                                text_scale=0.75,
                                cues=ResolvedCues(halfway=False, say_reps=True))
    assert isinstance(settings.volume, float)


def test_a_huge_number_is_refused_by_name_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"volume": 1' + "0" * 400 + "}")
    settings, message = load_settings(path)
    assert settings == Settings() and message is not None and "(volume:" in message


def test_null_cues_mean_the_default_cues(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 0.5, "cues": None}))
    settings, message = load_settings(path)
    assert message is None and settings == Settings(volume=0.5)


def test_the_cadence_is_kept_and_unset_by_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings().cadence is None
    assert save_settings(path, Settings(cadence=172)) is None
    assert json.loads(path.read_text())["cadence"] == 172
    assert load_settings(path) == (Settings(cadence=172), None)
    path.write_text(json.dumps({"cadence": None}))
    assert load_settings(path) == (Settings(), None)


@pytest.mark.parametrize(("value", "fragment"), [
    (90, "between 120 and 230 steps per minute, got 90"),
    (400, "got 400"),
    (170.5, "whole number of steps per minute"),
    ("170", "whole number of steps per minute"),
    (True, "whole number of steps per minute"),
])
def test_a_bad_cadence_is_named_and_reset(tmp_path: Path, value: object, fragment: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 0.3, "cadence": value}))
    settings, message = load_settings(path)
    assert settings == Settings()
    assert message is not None and "cadence: " in message and fragment in message
