"""``supple install-desktop`` and ``supple uninstall-desktop``: the launcher, the icons and the
AppStream metainfo, for this user, under ``$XDG_DATA_HOME`` (``~/.local/share``).

A wheel cannot put files in the desktop's folders, so the user asks for it once. The launcher
written starts the ``supple`` of the Python that ran this command, at its absolute path (with
``--data-dir`` when that Supple keeps its data elsewhere): the menu then opens the same Supple,
whatever PATH the desktop session has. Installing again rewrites the same files (after an
upgrade, or from another venv); uninstalling removes those files only, never a folder or
anything else found there. The desktop's caches are refreshed with ``update-desktop-database``
and ``gtk-update-icon-cache`` when they exist; when they do not, the desktop notices the new
files by itself (most watch these folders), so their absence is never an error.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from supple.cli.faults import EXIT_OK
from supple.cli.terminal import shown
from supple.core.atomic_file import write_atomically
from supple.core.paths import AppPaths
from supple.core.resources import desktop_dir
from supple.core.wording import tr
from supple.qt.platform.desktop_entry import (
    APP_ID,
    ICON_SIZES,
    data_dir_args,
    data_home,
    supple_command,
    with_command,
)

EXIT_NOT_WRITTEN = 1
TOOL_TIMEOUT_S = 30


def desktop_files(env: Mapping[str, str] = os.environ) -> dict[Path, Path]:
    """Each file install-desktop writes (under the data home), and its source in the package."""
    src, home = desktop_dir(), data_home(env)
    files = {
        home / "applications" / f"{APP_ID}.desktop": src / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml": src / f"{APP_ID}.metainfo.xml",
    }
    icons = Path("icons") / "hicolor"
    files[home / icons / "scalable/apps" / f"{APP_ID}.svg"] = (
        src / icons / "scalable/apps" / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        where = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[home / where] = src / where
    return files


def install_desktop(paths: AppPaths, out: TextIO, env: Mapping[str, str] = os.environ) -> int:
    command = [*supple_command(), *data_dir_args(paths.data, AppPaths.resolve(None, {}).data)]
    try:
        for target, source in desktop_files(env).items():
            data = source.read_bytes()
            if source.suffix == ".desktop":
                data = with_command(data.decode("utf-8"), command).encode("utf-8")
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data, 0o644)
    except OSError as exc:
        out.write(shown(tr("supple: the desktop files could not be installed: {why}").format(
            why=exc)) + "\n")
        return EXIT_NOT_WRITTEN
    home = data_home(env)
    out.write(shown(tr("Installed Supple's launcher, icons and metainfo under {folder}")
                    .format(folder=home)) + "\n")
    out.write(shown(tr("The launcher starts: {command}").format(command=" ".join(command)))
              + "\n")
    _refresh_caches(home, env)
    return EXIT_OK


def uninstall_desktop(out: TextIO, env: Mapping[str, str] = os.environ) -> int:
    removed = 0
    try:
        for target in desktop_files(env):
            if target.is_file() or target.is_symlink():
                target.unlink()
                removed += 1
    except OSError as exc:
        out.write(shown(tr("supple: the desktop files could not be removed: {why}").format(
            why=exc)) + "\n")
        return EXIT_NOT_WRITTEN
    home = data_home(env)
    if removed:
        out.write(shown(tr("Removed Supple's launcher, icons and metainfo from {folder}")
                        .format(folder=home)) + "\n")
        _refresh_caches(home, env)
    else:
        out.write(shown(tr("Nothing to remove: Supple's desktop files are not under {folder}")
                        .format(folder=home)) + "\n")
    return EXIT_OK


def _refresh_caches(home: Path, env: Mapping[str, str]) -> None:
    """Best effort: a missing, failing or hanging tool leaves the files in place all the same."""
    hicolor = home / "icons" / "hicolor"
    for tool, args in (("update-desktop-database", [str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-t", "-f", str(hicolor)])):
        found = shutil.which(tool, path=env.get("PATH", os.defpath))
        if found is None:
            continue
        try:
            subprocess.run([found, *args], capture_output=True, timeout=TOOL_TIMEOUT_S,
                           check=False, env=dict(env))
        except (OSError, subprocess.SubprocessError):
            continue


def cmd_desktop(command: str, paths: AppPaths, out: TextIO) -> int:
    if command == "install-desktop":
        return install_desktop(paths, out)
    return uninstall_desktop(out)
