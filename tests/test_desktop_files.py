"""The launcher, the metainfo and the icons: valid for the desktop's own tools, and agreeing
with each other, the routines and the project's version.

``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli`` (appstream) are Debian
packages ./dev installs for the tests, so in CI these run; elsewhere they are skipped, saying
which package to install.
"""

from __future__ import annotations

import configparser
import io
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from supple import __version__
from supple.cli.desktop import install_desktop
from supple.core.paths import AppPaths
from supple.qt.platform.desktop_entry import APP_ID, ICON_SIZES, PROJECT_URL

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
ENTRY = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; ./dev installs it)")
    return found


def _validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60,
                          check=False)


def _entry(text: str) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_the_launcher_passes_desktop_file_validate() -> None:
    result = _validate(_tool("desktop-file-validate", "desktop-file-utils"), str(ENTRY))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_the_installed_launcher_passes_desktop_file_validate(tmp_path: Path) -> None:
    """The copy install-desktop writes, with an interpreter's path in every Exec line (here
    one with a space, which must be quoted) and a --data-dir."""
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path), "PATH": ""}
    paths = AppPaths.resolve(tmp_path / "my data")
    assert install_desktop(paths, io.StringIO(), env) == 0
    installed = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    result = _validate(tool, str(installed))
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"' in installed.read_text()  # "my data" was quoted


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = _validate(_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_id_names_the_launcher_icon_and_metainfo() -> None:
    entry = _entry(ENTRY.read_text())["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == ENTRY.name
    assert (DESKTOP / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()


def test_the_launcher_actions_start_built_in_routines() -> None:
    entry = _entry(ENTRY.read_text())
    actions = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    assert actions == ["pre-run-warm-up", "post-run-stretch"]
    for action in actions:
        assert entry[f"Desktop Action {action}"]["Exec"] == f"supple run {action}"
        assert (ROOT / "routines" / f"{action}.yaml").is_file()


def test_the_metainfo_release_is_the_project_version() -> None:
    meta = ET.parse(METAINFO).getroot()
    releases = meta.findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_the_metainfo_screenshots_are_in_docs_and_urls_agree() -> None:
    meta = ET.parse(METAINFO).getroot()
    images = [i.text or "" for i in meta.findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        prefix = f"{PROJECT_URL}/raw/main/"
        assert url.startswith(prefix), url
        assert (ROOT / url.removeprefix(prefix)).is_file(), url
    for url in meta.findall("url"):
        assert (url.text or "").startswith(PROJECT_URL)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_a_png_of_that_size(size: int) -> None:
    png = DESKTOP / "icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (size, size)
