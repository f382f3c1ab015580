"""Make a folder really read-only for a test, whoever runs it.

``chmod`` stops an ordinary user but not root, and CI runs as root; so as root the folder and
its files are made immutable with ``chattr +i`` instead (the kernel refuses writes to them even
for root). Either way the test first checks that a write is really refused, and skips if no
way works here (a file system without immutable flags, no ``chattr``). A read-only *mount*, the
other real case, needs a mount namespace: see ``read_only_mount_command``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def _writable(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def _chattr(flag: str, paths: Sequence[Path]) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True)
    return done.returncode == 0


@contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Within the block nothing can be created, changed or removed in ``folder``; yields how
    ("chmod" or "chattr")."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *files]}
        for path in files:
            path.chmod(0o444)
        folder.chmod(0o555)
        how = "chmod"

        def undo() -> None:
            for path, mode in modes.items():
                path.chmod(mode)
    else:
        if not _chattr("+i", [*files, folder]):
            _chattr("-i", [*files, folder])
            pytest.skip("running as root and chattr +i does not work here")
        how = "chattr"

        def undo() -> None:
            _chattr("-i", [*files, folder])
    try:
        if _writable(folder):
            pytest.skip(f"{how} did not make {folder} read-only")
        yield how
    finally:
        undo()


def read_only_mount_command(folder: Path, command: Sequence[str]) -> list[str] | None:
    """``command`` run with ``folder`` bind-mounted read-only in a private mount namespace
    (EROFS, as on a read-only disk); None where that is not possible (not root, no unshare)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        return None
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, "sh", str(folder), *command]
