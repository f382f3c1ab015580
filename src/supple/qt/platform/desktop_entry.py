"""Supple as the desktop sees it: its application id, the command that starts it, and the
optional "start at login, in the tray" entry (XDG autostart).

Pure Python, no Qt: the command line (``supple install-desktop``) and the settings dialog both
use it. One application id everywhere (desktop file, icon, metainfo, Qt's desktop file name),
so the desktop matches the running window to its launcher and icon.

The command written into an ``Exec`` line is the ``supple`` of the interpreter running now (a
venv's, a user install's), found at an absolute path: a launcher must not depend on a PATH the
desktop session may not have. Quoting follows the Desktop Entry Specification's rules for
``Exec`` (arguments with reserved characters in double quotes, ``"`$\\`` escaped, ``%`` as
``%%``).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

APP_ID = "io.github.supple.Supple"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Where the project would live; every URL in the metainfo uses it (a placeholder until the
#: project has a public home).
PROJECT_URL = "https://github.com/supple-app/supple"
TRAY_ARG = "--tray"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
#: What this run adds after ``supple`` in an autostart entry (``--data-dir DIR`` for a Supple
#: that keeps its data elsewhere), set once at start-up (app.py).
_launch_args: list[str] = []


def set_launch_args(args: Sequence[str]) -> None:
    _launch_args[:] = args


def _xdg_dir(env: Mapping[str, str], name: str, default: str) -> Path:
    """``$XDG_…_HOME`` when it is an absolute path (the spec ignores a relative one)."""
    value = env.get(name, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / default


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    return _xdg_dir(env, "XDG_DATA_HOME", ".local/share")


def config_home(env: Mapping[str, str] = os.environ) -> Path:
    return _xdg_dir(env, "XDG_CONFIG_HOME", ".config")


def supple_command(argv0: str | None = None, executable: str = sys.executable) -> list[str]:
    """How to start this Supple from anywhere: the ``supple`` script beside this interpreter
    (a venv's ``bin``), else the one this process was started as, else the one on PATH; and
    when none is found, ``python -m supple`` with this interpreter."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    beside = Path(executable).parent / "supple"
    candidates = [beside]
    if Path(argv0).name == "supple":
        candidates.append(Path(argv0))
    on_path = shutil.which("supple")
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate.absolute())]
    return [str(Path(executable).absolute()), "-m", "supple"]


def quote_exec_arg(arg: str) -> str:
    """One argument of an ``Exec`` line (Desktop Entry Specification, "The Exec key")."""
    arg = arg.replace("%", "%%")
    if not arg or any(ch in _RESERVED for ch in arg):
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        return f'"{escaped}"'
    return arg


def exec_line(args: Sequence[str]) -> str:
    return " ".join(quote_exec_arg(a) for a in args)


def data_dir_args(data: Path, default: Path) -> list[str]:
    """``--data-dir DIR`` when this Supple keeps its data somewhere other than the default
    (a launcher must open the same history as the app it was made from)."""
    return [] if data == default else ["--data-dir", str(data)]


def with_command(entry: str, command: Sequence[str]) -> str:
    """A desktop entry whose ``Exec`` lines (the main one and each action's) start
    ``command`` instead of a bare ``supple``, and whose ``TryExec`` names it."""
    lines = []
    for line in entry.splitlines():
        key, sep, value = line.partition("=")
        if sep and key == "Exec" and value.split(" ", 1)[0] == "supple":  # untranslated: a key
            rest = value[len("supple"):]
            line = f"Exec={exec_line(command)}{rest}"  # untranslated: a .desktop line
        elif sep and key == "TryExec":
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


# --- start at login, in the tray --------------------------------------------------------------

def autostart_path(env: Mapping[str, str] = os.environ) -> Path:
    return config_home(env) / "autostart" / f"{APP_ID}.desktop"


def autostart_entry(command: Sequence[str]) -> str:
    return (  # untranslated: a .desktop file (its keys, and the app's own name and comment)
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Supple\n"
        "Comment=Start Supple in the tray at login\n"
        f"Exec={exec_line([*command, TRAY_ARG])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=true\n"
    )


def set_autostart(on: bool, env: Mapping[str, str] = os.environ) -> None:
    """Write (``on``) or remove the autostart entry, which starts this Supple (its data folder
    too: :func:`set_launch_args`) in the tray. Raises OSError when the folder refuses;
    removing one that is not there is not an error."""
    path = autostart_path(env)
    if not on:
        path.unlink(missing_ok=True)
        return
    from supple.core.atomic_file import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    text = autostart_entry([*supple_command(), *_launch_args])
    write_atomically(path, text.encode("utf-8"))


def autostart_enabled(env: Mapping[str, str] = os.environ) -> bool:
    return autostart_path(env).is_file()
