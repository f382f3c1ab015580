"""Built-in routines, pictures and sounds ship inside the wheel and are found there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    pytest.importorskip("hatchling", reason="the wheel is built with hatchling")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    [built] = out.glob("supple-*.whl")
    return built


def test_wheel_contains_routines_pictures_and_sounds(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for routine in (ROOT / "routines").glob("*.yaml"):
        assert f"supple/routines/{routine.name}" in names
    for programme in (ROOT / "programmes").glob("*.yaml"):
        assert f"supple/programmes/{programme.name}" in names
    for sound in (ROOT / "assets" / "sounds").glob("*.wav"):
        assert f"supple/assets/sounds/{sound.name}" in names
    for picture in (ROOT / "assets" / "images").glob("*.svg"):
        assert f"supple/assets/images/{picture.name}" in names


def test_wheel_contains_the_compiled_english_catalogue(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "supple/qt/translations/supple_en.qm" in names  # English plurals need it


def test_wheel_contains_the_launcher_icons_and_metainfo(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    desktop = [p for p in (ROOT / "desktop").rglob("*") if p.is_file()]
    assert len(desktop) == 11  # launcher, metainfo, the SVG and eight PNG sizes
    for path in desktop:
        assert f"supple/desktop/{path.relative_to(ROOT / 'desktop').as_posix()}" in names


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "from supple.core.resources import builtin_routines_dir, sounds_dir;"
        "print(builtin_routines_dir()); print(sounds_dir());"
        "from supple.core.resources import desktop_dir; print(desktop_dir());"
        "from supple.cli.main import main; raise SystemExit(main(['list']))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == str(target / "supple" / "routines")
    assert lines[1] == str(target / "supple" / "assets" / "sounds")
    assert lines[2] == str(target / "supple" / "desktop")
    assert "pre-run-warm-up" in result.stdout
