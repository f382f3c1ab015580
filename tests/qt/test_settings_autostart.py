"""The settings dialog's "start at login, in the tray": an XDG autostart entry, written and
removed when the dialog is accepted, and never claimed when the folder refuses it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supple.core.settings import Settings
from supple.qt.platform import desktop_entry
from supple.qt.platform.desktop_entry import (
    APP_ID,
    autostart_enabled,
    autostart_path,
    exec_line,
    set_launch_args,
    supple_command,
)
from supple.qt.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def _no_launch_args() -> None:
    set_launch_args([])


def _dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    return dialog


def test_it_is_off_by_default_and_writes_nothing(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    assert not dialog.tray.isChecked()
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings().tray is False
    assert not autostart_enabled()


def test_turning_it_on_writes_the_autostart_entry(qtbot: QtBot) -> None:
    set_launch_args(["--data-dir", "/data dir"])
    dialog = _dialog(qtbot, Settings())
    dialog.tray.setChecked(True)
    dialog.accept()
    assert dialog.result_settings().tray is True
    path = autostart_path()
    assert path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"
    text = path.read_text()
    assert f"\nExec={exec_line([*supple_command(), '--data-dir', '/data dir', '--tray'])}\n" \
        in text
    assert f"\nIcon={APP_ID}\n" in text


def test_turning_it_off_removes_the_entry(qtbot: QtBot) -> None:
    desktop_entry.set_autostart(True)
    dialog = _dialog(qtbot, Settings(tray=True))
    assert dialog.tray.isChecked()
    dialog.tray.setChecked(False)
    dialog.accept()
    assert not autostart_enabled()
    assert dialog.result_settings().tray is False


def test_a_folder_that_refuses_keeps_the_dialog_open_saying_why(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    dialog = _dialog(qtbot, Settings())
    dialog.show()
    dialog.tray.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tray_problem.isVisibleTo(dialog)
    assert dialog.tray_problem.text().startswith("The login entry could not be written:")


def test_the_autostart_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    import shutil
    import subprocess

    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    desktop_entry.set_autostart(True)
    done = subprocess.run([tool, str(autostart_path())], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
