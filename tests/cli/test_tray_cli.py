"""``supple --tray`` (what the autostart entry runs) with Supple already open: nothing to do,
and nothing to wait for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from supple.cli.main import main
from supple.qt.platform.single_instance import InstanceLock, claim_instance


def test_tray_start_with_supple_already_open_exits_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    data = tmp_path / "data"
    held = claim_instance(data)  # the open Supple (here: this process, not listening)
    assert isinstance(held, InstanceLock)
    try:
        assert main(["--data-dir", str(data), "--tray"]) == 0
        assert capsys.readouterr() == ("", "")  # no hand-over tried: it would say "supple: …"
    finally:
        os.close(held.fd)
