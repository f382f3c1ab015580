"""SVG files that Qt's renderer would choke on, made afresh by the tests that need them."""

from __future__ import annotations

from pathlib import Path

SVG_OPEN = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="240" height="240" viewBox="0 0 240 240">')


def nested_use(levels: int = 16, fan: int = 5) -> bytes:
    """About 3 KB: each level draws the one below ``fan`` times, so drawing it means
    ``fan ** (levels - 1)`` shapes (30 billion here); QSvgRenderer works on it for minutes."""
    parts = [SVG_OPEN, '<defs><path id="l0" d="M0 0 L1 1" stroke="black"/>']
    for i in range(1, levels):
        uses = "".join(f'<use xlink:href="#l{i - 1}" x="{k}"/>' for k in range(fan))
        parts.append(f'<g id="l{i}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#l{levels - 1}"/></svg>')
    return "\n".join(parts).encode()


def huge_canvas() -> bytes:
    """Declares 100000000×100000000 px: anything that sizes an image by it asks for 40 PB."""
    return (b'<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="100000000">'
            b'<rect width="100000000" height="100000000" fill="red"/></svg>')


def external_entity(target: Path = Path("/etc/passwd")) -> bytes:
    """Pulls another file into the picture through an XML entity."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY leak SYSTEM "file://{target}">]>\n'
            f'{SVG_OPEN}<text x="10" y="20">&leak;</text></svg>').encode()


HOSTILE = {"nested-use.svg": nested_use, "huge-canvas.svg": huge_canvas,
           "external-entity.svg": external_entity}


def write_hostile(folder: Path) -> dict[str, Path]:
    """The three hostile pictures written into ``folder``, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, make in HOSTILE.items():
        path = folder / name
        path.write_bytes(make())
        written[name] = path
    return written


def blur_chain(blurs: int = 100, margin: int = 1) -> bytes:
    """About 4 KB that the checker accepts (one filter, a handful of elements, no ``<use>``),
    yet each of its Gaussian blurs is worked over a buffer ``2 * margin + 1`` times the
    picture's size a side. Qt's SVG renderer took 4.0 s over the default at 280 px and 0.7 s
    at 120 px; with ``margin=2``, 1.9 s at 120 px (measured on two cores). Only a time bound
    stops it."""
    stages = "".join('<feGaussianBlur stdDeviation="50"/>' for _ in range(blurs))
    side = 2 * margin + 1
    return (f'{SVG_OPEN}<defs><filter id="f" x="-{margin}" y="-{margin}" width="{side}" '
            f'height="{side}">{stages}</filter></defs><g filter="url(#f)">'
            '<rect width="240" height="240"/></g></svg>').encode()
