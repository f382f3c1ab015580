"""``supple install-desktop`` / ``uninstall-desktop``, and the command a launcher runs."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from supple.cli.desktop import desktop_files, install_desktop, uninstall_desktop
from supple.cli.main import main
from supple.core.paths import AppPaths
from supple.qt.platform.desktop_entry import (
    APP_ID,
    data_home,
    exec_line,
    quote_exec_arg,
    supple_command,
    with_command,
)


def _env(tmp_path: Path, path: str = "") -> dict[str, str]:
    return {"XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path / "home"),
            "PATH": path}


def _fake_tool(folder: Path, name: str, code: int = 0) -> Path:
    """A stand-in for a desktop tool that notes its arguments in ``<name>.log``."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    log = folder / f"{name}.log"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexit {code}\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return log


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_install_writes_launcher_icons_and_metainfo_for_this_supple(tmp_path: Path) -> None:
    env = _env(tmp_path)
    out = io.StringIO()
    paths = AppPaths.resolve(tmp_path / "data")
    assert install_desktop(paths, out, env) == 0
    share = tmp_path / "share"
    written = _tree(share)
    assert f"applications/{APP_ID}.desktop" in written
    assert f"metainfo/{APP_ID}.metainfo.xml" in written
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in written
    assert f"icons/hicolor/16x16/apps/{APP_ID}.png" in written
    assert len(written) == len(desktop_files(env)) == 11
    entry = written[f"applications/{APP_ID}.desktop"].decode()
    command = exec_line([*supple_command(), "--data-dir", str(tmp_path / "data")])
    assert f"\nExec={command}\n" in entry
    assert f"\nExec={command} run pre-run-warm-up\n" in entry
    assert f"\nExec={command} run post-run-stretch\n" in entry
    assert f"\nTryExec={supple_command()[0]}\n" in entry
    assert "\nExec=supple" not in entry
    assert str(share) in out.getvalue()


def test_the_default_data_folder_adds_no_data_dir(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPPLE_DATA_DIR")
    env = _env(tmp_path)
    assert install_desktop(AppPaths.resolve(None, {}), io.StringIO(), env) == 0
    entry = (tmp_path / "share/applications" / f"{APP_ID}.desktop").read_text()
    assert "--data-dir" not in entry


def test_install_twice_writes_the_same_files(tmp_path: Path) -> None:
    env = _env(tmp_path)
    paths = AppPaths.resolve(tmp_path / "data")
    install_desktop(paths, io.StringIO(), env)
    first = _tree(tmp_path / "share")
    assert install_desktop(paths, io.StringIO(), env) == 0
    assert _tree(tmp_path / "share") == first


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    env = _env(tmp_path)
    share = tmp_path / "share"
    theirs = [share / "applications" / "org.other.App.desktop",
              share / "icons/hicolor/48x48/apps/org.other.App.png",
              share / "metainfo" / "org.other.App.metainfo.xml"]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("someone else's")
    install_desktop(AppPaths.resolve(tmp_path / "data"), io.StringIO(), env)
    out = io.StringIO()
    assert uninstall_desktop(out, env) == 0
    assert sorted(_tree(share)) == sorted(p.relative_to(share).as_posix() for p in theirs)
    assert "Removed" in out.getvalue()
    again = io.StringIO()
    assert uninstall_desktop(again, env) == 0
    assert "Nothing to remove" in again.getvalue()


def test_the_desktop_caches_are_refreshed_when_their_tools_exist(tmp_path: Path) -> None:
    tools = tmp_path / "bin"
    desktop_db = _fake_tool(tools, "update-desktop-database")
    icon_cache = _fake_tool(tools, "gtk-update-icon-cache", code=1)  # failing is no error
    env = _env(tmp_path, str(tools))
    assert install_desktop(AppPaths.resolve(tmp_path / "data"), io.StringIO(), env) == 0
    share = tmp_path / "share"
    assert desktop_db.read_text().split() == [str(share / "applications")]
    assert icon_cache.read_text().split() == ["-q", "-t", "-f", str(share / "icons/hicolor")]
    assert uninstall_desktop(io.StringIO(), env) == 0
    assert len(desktop_db.read_text().splitlines()) == 2


def test_an_unwritable_data_home_is_said_plainly(tmp_path: Path) -> None:
    env = _env(tmp_path)
    (tmp_path / "share").write_text("a file where the folder should be")
    out = io.StringIO()
    assert install_desktop(AppPaths.resolve(tmp_path / "data"), out, env) == 1
    assert out.getvalue().startswith("supple: the desktop files could not be installed:")


def test_the_commands_are_dispatched(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    assert (tmp_path / "share/applications" / f"{APP_ID}.desktop").is_file()
    assert main(["uninstall-desktop"]) == 0
    assert not (tmp_path / "share/applications" / f"{APP_ID}.desktop").exists()
    assert "Removed" in capsys.readouterr().out


def test_a_relative_xdg_data_home_is_ignored(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": "rel/share", "HOME": str(tmp_path)}) == (
        tmp_path / ".local/share")


def test_the_command_is_the_supple_beside_the_interpreter(tmp_path: Path) -> None:
    venv = tmp_path / "venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").touch()
    script = venv / "supple"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert supple_command("/elsewhere/supple", str(venv / "python")) == [str(script)]


def test_without_a_script_the_command_is_python_dash_m(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    python = tmp_path / "python3"
    assert supple_command("-c", str(python)) == [str(python), "-m", "supple"]


def test_the_command_found_starts_supple(tmp_path: Path) -> None:
    command = supple_command()
    done = subprocess.run([*command, "--version"], capture_output=True, text=True,
                          timeout=60, check=False, env={**os.environ, "PYTHONPATH": os.pathsep
                                                        .join(sys.path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("supple ")


@pytest.mark.parametrize(("arg", "quoted"), [
    ("/usr/bin/supple", "/usr/bin/supple"),
    ("/home/a b/supple", '"/home/a b/supple"'),
    ('/x/"q"', '"/x/\\"q\\""'),
    ("/x/$HOME`", '"/x/\\$HOME\\`"'),
    ("/x/100%", "/x/100%%"),
    ("", '""'),
])
def test_exec_arguments_are_quoted_as_the_spec_says(arg: str, quoted: str) -> None:
    assert quote_exec_arg(arg) == quoted


def test_only_exec_lines_that_start_supple_are_rewritten() -> None:
    entry = "[Desktop Entry]\nName=supple\nExec=supple\nTryExec=supple\nExec=other supple\n"
    assert with_command(entry, ["/v/supple"]) == (
        "[Desktop Entry]\nName=supple\nExec=/v/supple\nTryExec=/v/supple\nExec=other supple\n")


def test_a_hanging_tool_is_given_up_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    hang = tools / "update-desktop-database"
    hang.write_text("#!/bin/sh\nexec sleep 30\n")
    hang.chmod(0o755)
    monkeypatch.setattr("supple.cli.desktop.TOOL_TIMEOUT_S", 0.2)
    assert install_desktop(AppPaths.resolve(tmp_path / "data"), io.StringIO(),
                           _env(tmp_path, str(tools))) == 0
    assert (tmp_path / "share/applications" / f"{APP_ID}.desktop").is_file()


def test_files_that_cannot_be_removed_are_said_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _env(tmp_path)
    install_desktop(AppPaths.resolve(tmp_path / "data"), io.StringIO(), env)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    out = io.StringIO()
    assert uninstall_desktop(out, env) == 1
    assert out.getvalue().startswith("supple: the desktop files could not be removed:")


def test_the_command_is_the_supple_this_process_was_started_as(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "supple"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert supple_command(str(script), str(tmp_path / "nowhere" / "python")) == [str(script)]
