"""The exercise pictures: every SVG must render in Qt (SVG Tiny 1.2) and share one style.

A picture Qt cannot draw shows up as an empty box in the player, which nobody notices until a
runner is mid-routine; these tests catch that, plus clipped drawings and stale generated files.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]
IMAGES = ROOT / "assets" / "images"
GENERATOR = ROOT / "tools" / "make_pictures.py"
SVG_NS = "{http://www.w3.org/2000/svg}"
VIEWBOX = "0 0 240 240"

# Pictures the built-in routines refer to by name.
EXPECTED = {
    "ankle-rolls",
    "leg-swing-front-back",
    "leg-swing-side",
    "calf-raise",
    "single-leg-calf-raise",
    "walking-lunge",
    "high-knees",
    "butt-kicks",
    "a-skip",
    "wall-calf-stretch",
    "bent-knee-calf-stretch",
    "hamstring-stretch",
    "quad-stretch",
    "hip-flexor-stretch",
    "glute-stretch",
    "foam-roll-calves",
    "foam-roll-hamstrings",
    "foam-roll-quads",
    "foam-roll-glutes",
    "heel-drop-straight-knee",
    "heel-drop-bent-knee",
    "floor-heel-drop-straight-knee",
    "floor-heel-drop-bent-knee",
    "step-calf-raise",
    "seated-calf-raise",
    "cadence-run",
    "easy-jog",
    "rest",
    "supple",
}

# Things Qt's SVG Tiny renderer ignores or draws wrongly.
UNSUPPORTED_TAGS = {"style", "filter", "mask", "foreignObject", "marker", "clipPath", "pattern"}

SVGS = sorted(IMAGES.glob("*.svg"))


def _local(tag: str) -> str:
    return tag.removeprefix(SVG_NS)


def test_every_expected_picture_exists() -> None:
    present = {p.stem for p in SVGS}
    assert present >= EXPECTED, f"missing: {sorted(EXPECTED - present)}"


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_svg_is_plain_tiny_svg_with_common_viewbox(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert _local(root.tag) == "svg"
    assert root.get("viewBox") == VIEWBOX
    for element in root.iter():
        assert _local(element.tag) not in UNSUPPORTED_TAGS, f"<{_local(element.tag)}> in {path}"
        assert "class" not in element.attrib
        assert "style" not in element.attrib
    assert not root.findall(f".//{SVG_NS}text"), "pictures carry no text"


def _extent(element: ET.Element) -> list[tuple[float, float, float]]:
    """(x, y, reach) for every point an element paints, reach = how far paint extends."""
    half = float(element.get("stroke-width", "0")) / 2
    tag = _local(element.tag)
    if tag == "line":
        return [
            (float(element.get(f"x{i}", "0")), float(element.get(f"y{i}", "0")), half)
            for i in (1, 2)
        ]
    if tag == "circle":
        r = float(element.get("r", "0"))
        return [(float(element.get("cx", "0")), float(element.get("cy", "0")), r + half)]
    if tag in {"polyline", "polygon"}:
        numbers = [float(n) for n in re.split(r"[\s,]+", element.get("points", "").strip())]
        return [(x, y, half) for x, y in zip(numbers[::2], numbers[1::2], strict=True)]
    if tag == "rect":
        x, y = float(element.get("x", "0")), float(element.get("y", "0"))
        w, h = float(element.get("width", "0")), float(element.get("height", "0"))
        return [(x, y, half), (x + w, y + h, half)]
    return []


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_nothing_is_clipped(path: Path) -> None:
    points = [p for element in ET.parse(path).getroot().iter() for p in _extent(element)]
    assert points, "the picture draws nothing"
    for x, y, reach in points:
        assert reach <= x <= 240 - reach and reach <= y <= 240 - reach, (x, y, reach)


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_qt_renders_it(qapp: QApplication, path: Path) -> None:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 240, 240)
    image = QImage(QSize(96, 96), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    painted = sum(
        1 for y in range(0, 96, 2) for x in range(0, 96, 2) if image.pixelColor(x, y).alpha() > 0
    )
    # The backdrop alone covers most of the square; a broken file paints nothing.
    assert painted > 0.5 * 48 * 48


def _load_generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pictures", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_committed_pictures_match_the_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hand edits to a generated SVG would be lost on the next run; edit the generator."""
    generator = _load_generator(monkeypatch)
    written = generator.write_all(tmp_path)
    assert {p.stem for p in written} == EXPECTED
    for new in written:
        assert new.read_text(encoding="utf-8") == (IMAGES / new.name).read_text(encoding="utf-8"), (
            f"{new.name} is stale: run python tools/make_pictures.py"
        )
