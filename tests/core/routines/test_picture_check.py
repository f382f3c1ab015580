"""The picture check: what Qt's SVG renderer would choke on is refused before Qt sees it,
and every built-in picture (and an ordinary drawing with a few <use>s) passes."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from hostile_pictures import SVG_OPEN, external_entity, huge_canvas, nested_use
from supple.core.problems import Problem, Severity
from supple.core.resources import images_dir
from supple.core.routines.picture_check import (
    MAX_PICTURE_BYTES,
    MAX_USES,
    CheckedPicture,
    PictureRejected,
    check_picture,
    check_svg,
)


def svg(body: str, head: str = SVG_OPEN) -> bytes:
    return f"{head}{body}</svg>".encode()


@pytest.mark.parametrize("path", sorted(images_dir().glob("*.svg")), ids=lambda p: p.name)
def test_every_built_in_picture_passes(path: Path) -> None:
    checked = check_picture(path)
    assert isinstance(checked, CheckedPicture)
    assert (checked.width, checked.height) == (240, 240)
    assert checked.data == path.read_bytes()


def test_a_drawing_with_a_few_uses_passes_with_its_aspect() -> None:
    body = ('<defs><circle id="dot" r="3"/></defs>'
            + "".join(f'<use href="#dot" x="{i}"/>' for i in range(20)))
    checked = check_svg(svg(body, '<svg xmlns="http://www.w3.org/2000/svg" '
                                  'width="4in" height="2in">'))
    assert checked.aspect == 2.0 and checked.width == 384


@pytest.mark.parametrize(("data", "why"), [
    (nested_use(), "references 16 deep"),
    (nested_use(levels=5, fan=12), "draws more than"),
    (huge_canvas(), "declares 100000000×100000000 px; pictures are limited to 4096 px"),
    (external_entity(), "DOCTYPE"),
    (external_entity().decode().encode("utf-16"), "DOCTYPE"),  # not seen by a byte search
    (svg('<use xlink:href="#me" id="me"/>'), "refers to itself"),
    (svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'), "refers to itself"),
    (svg('<image href="file:///etc/passwd" width="9" height="9"/>'), "outside the file"),
    (svg('<use xlink:href="other.svg#shape"/>'), "outside the file"),
    (svg('<rect width="9" height="9" fill="url(http://example.com/x.svg#p)"/>'),
     "outside the file"),
    (svg('<rect width="9" height="9" style="fill: url( \'shapes.svg#p\' )"/>'),
     "outside the file"),
    (svg('<style>@import url(https://example.com/a.css);</style>'), "imports a style sheet"),
    (b'<?xml-stylesheet href="https://example.com/a.css"?>' + svg(""), "processing instr"),
    (svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="a.svg"/>'),
     "XInclude"),
    (svg("<g>" * 100 + "</g>" * 100), "nests elements more than 64 deep"),
    (svg('<circle id="c" r="1"/>' + '<use href="#c"/>' * (MAX_USES + 1)), "<use> elements"),
    (svg("", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5000mm">'),
     "limited to 4096 px"),
    (svg("", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9000 10">'),
     "limited to 4096 px"),
    (svg("", '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="10">'),
     "cannot be drawn at"),
    (svg("", '<svg xmlns="http://www.w3.org/2000/svg" width="1e999" height="10">'),
     "cannot be drawn at"),
    (svg("", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 nan 4">'), "viewBox"),
    (svg("<rect>"), "not readable XML (line 1: mismatched tag)"),
    (svg('<text>&nbsp;</text>'), "undefined entity"),
    (gzip.compress(svg("<rect/>")), "not readable XML"),  # Qt would inflate it: a zip bomb
    (b'<html xmlns="http://www.w3.org/1999/xhtml"/>', "not an SVG picture (its root is <html>)"),
    (b" " * (MAX_PICTURE_BYTES + 1), "is 257 KB; pictures are limited to 256 KB"),
])
def test_what_qt_would_choke_on_is_refused_saying_why(data: bytes, why: str) -> None:
    with pytest.raises(PictureRejected) as refused:
        check_svg(data)
    assert why in str(refused.value)


def test_a_refused_file_is_a_warning_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "calf.svg"
    path.write_bytes(nested_use())
    problem = check_picture(path)
    assert isinstance(problem, Problem)
    assert problem.severity is Severity.WARNING and problem.file == str(path)
    assert str(problem).startswith(f"{path}: warning: picture not shown: it nests references")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    """check_picture reads through safe_read, which never waits on a FIFO (tested there in a
    child process); here only that the answer is a warning."""
    path = tmp_path / "calf.svg"
    os.mkfifo(path)
    problem = check_picture(path)
    assert isinstance(problem, Problem) and "not a regular file" in problem.message


def test_too_large_a_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "calf.svg"
    path.write_bytes(svg("<!--" + "x" * MAX_PICTURE_BYTES + "-->"))
    problem = check_picture(path)
    assert isinstance(problem, Problem) and "larger than 256 KB" in problem.message
