"""Whether an exercise picture (an SVG beside a routine, or a built-in one) is safe to draw.

Qt's SVG renderer has no bound of its own: a 3 KB file of nested ``<use>`` elements keeps it
busy for minutes (each level repeats the one below, so the work grows as fan-out to the power
of depth), a file declaring 100000000×100000000 px asks for an image that size, and an XML
entity can pull in another file. Pictures are therefore checked here, in plain Python, before
Qt ever sees them:

- only a regular file of at most :data:`MAX_PICTURE_BYTES` is read (never a FIFO);
- no DOCTYPE, entity, processing instruction or XInclude: a picture is one self-contained
  drawing, so nothing can be defined elsewhere or expanded;
- no reference outside the file (``href``, ``url()`` and ``@import`` point at ``#ids`` only);
- a declared size of at most :data:`MAX_SIDE_PX` a side;
- at most :data:`MAX_USES` ``<use>`` elements, reference chains at most :data:`MAX_USE_DEPTH`
  deep, no reference cycle, and at most :data:`MAX_DRAWN` elements drawn once every
  reference is followed (the real measure of the work), elements nested at most
  :data:`MAX_NESTING` deep.

The XML is read with the standard library's expat parser, whose DOCTYPE and entity handlers
refuse at the first declaration, before anything is expanded (what ``defusedxml`` does,
without a new dependency). What passes is handed to the renderer as the very bytes checked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn
from xml.parsers import expat

from supple.core.problems import Problem, Severity
from supple.core.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.routines.model import Routine

MAX_PICTURE_BYTES = 256 * 1024
MAX_SIDE_PX = 4096
MAX_USES = 256
MAX_USE_DEPTH = 6
MAX_DRAWN = 10_000
MAX_NESTING = 64

SVG_NS = "http://www.w3.org/2000/svg"
XINCLUDE_NS = "http://www.w3.org/2001/XInclude"
#: What a reference to these draws nothing of its own: a gradient lends its colours.
_LENDERS = {"linearGradient", "radialGradient", "stop", "solidColor"}
#: Lengths in CSS pixels per unit, as SVG defines them (em and ex at a 16 px font).
_UNITS = {"": 1.0, "px": 1.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "pt": 96 / 72,
          "pc": 16.0, "em": 16.0, "ex": 8.0}
_LENGTH = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*")
_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)


class PictureRejected(ValueError):
    """Why a picture is not drawn, in words for the user: what follows "it" ("is not an SVG
    picture"), as :func:`picture_problem` and the shared-file reader put it."""


class CheckedPicture(NamedTuple):
    """A picture that may be drawn: the exact bytes checked and the size it declares
    (0 for a side it leaves open), for the aspect it is drawn at."""

    data: bytes
    width: float
    height: float

    @property
    def aspect(self) -> float:
        """Width over height; 1 when the picture does not say."""
        if self.width > 0 and self.height > 0:
            return self.width / self.height
        return 1.0


class _Node:
    __slots__ = ("attrs", "children", "refs", "tag", "text")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node] = []
        self.refs: list[tuple[str, bool]] = []  # (id, whether following it draws again)
        self.text: list[str] = []


def _reject(reason: str) -> NoReturn:
    raise PictureRejected(reason)


def _local(name: str) -> tuple[str, str]:
    """(namespace, local name) of an expat name written as ``"namespace local"``."""
    ns, _, local = name.rpartition(" ")
    return ns, local


class _Reader:
    """Builds a small tree of the document, refusing what may not be in a picture."""

    def __init__(self) -> None:
        self.root: _Node | None = None
        self.stack: list[_Node] = []
        self.uses = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        ns, tag = _local(name)
        if ns == XINCLUDE_NS:
            _reject(tr("includes another file (XInclude)"))
        if len(self.stack) >= MAX_NESTING:
            _reject(tr("nests elements more than {limit} deep").format(limit=MAX_NESTING))
        node = _Node(tag, {_local(key)[1]: value for key, value in attrs.items()})
        if tag == "use":
            self.uses += 1
            if self.uses > MAX_USES:
                _reject(tr("has more than {limit} <use> elements").format(limit=MAX_USES))
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, _name: str) -> None:
        self.stack.pop()

    def chars(self, text: str) -> None:
        if self.stack and self.stack[-1].tag == "style":
            self.stack[-1].text.append(text)


def _refuse_doctype(*_args: object) -> NoReturn:
    _reject(tr("declares a DOCTYPE (entities and external definitions are not allowed)"))


def _refuse_entity(*_args: object) -> NoReturn:
    _reject(tr("declares an XML entity"))


def _refuse_pi(target: str, _data: str) -> NoReturn:
    _reject(tr("holds a processing instruction (<?{target} …?>)").format(target=target[:40]))


def _parse(data: bytes) -> _Reader:
    # Before any parsing, as a plain first line of defence; the handlers below also catch
    # these in any other encoding.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        _refuse_doctype()
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.NotationDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_entity
    parser.ProcessingInstructionHandler = _refuse_pi
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.chars
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, str(exc))
        _reject(tr("is not readable XML (line {line}: {reason})").format(
            line=exc.lineno, reason=message))
    return reader


def _check_text(value: str, node: _Node, what: str) -> None:
    """``url(…)`` must name an ``#id`` of this file; ``@import`` is never allowed."""
    if "@import" in value.lower():
        _reject(tr("imports a style sheet ({where})").format(where=what))
    for target in _URL.findall(value):
        if not target.startswith("#"):
            _reject(tr("refers to something outside the file ({where}: url({target}))").format(
                where=what, target=target[:60]))
        node.refs.append((target[1:], True))


def _collect_refs(root: _Node) -> dict[str, _Node]:
    ids: dict[str, _Node] = {}
    todo = [root]
    while todo:
        node = todo.pop()
        todo.extend(node.children)
        if "id" in node.attrs:
            ids.setdefault(node.attrs["id"], node)
        for key, value in node.attrs.items():
            if key == "href":
                target = value.strip()
                if not target:
                    continue
                if not target.startswith("#"):
                    _reject(tr("refers to something outside the file (href=\"{target}\")").format(
                        target=target[:60]))
                node.refs.append((target[1:], True))
            elif "url(" in value.lower() or (key == "style" and "@import" in value.lower()):
                _check_text(value, node, key)
        if node.text:
            _check_text("".join(node.text), node, "<style>")
    return ids


def _measure(root: _Node, ids: dict[str, _Node]) -> tuple[int, int]:
    """(elements drawn with every reference followed, deepest chain of references),
    refusing a cycle. Iterative, so a long chain cannot exhaust Python's stack."""
    done: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    stack: list[tuple[_Node, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        if expanded:
            on_path.discard(key)
            drawn, depth = 1, 0
            for child in node.children:
                d, h = done[id(child)]
                drawn, depth = drawn + d, max(depth, h)
            for target_id, _ in node.refs:
                target = ids.get(target_id)
                if target is None:
                    continue
                d, h = done[id(target)]
                if target.tag not in _LENDERS:
                    drawn, depth = drawn + d, max(depth, h + 1)
            done[key] = (min(drawn, MAX_DRAWN + 1), depth)
            continue
        if key in done:
            continue
        on_path.add(key)
        stack.append((node, True))
        successors = list(node.children)
        successors += [ids[t] for t, _ in node.refs if t in ids]
        for nxt in successors:
            if id(nxt) in on_path:
                _reject(tr("refers to itself (a reference cycle)"))
            if id(nxt) not in done:
                stack.append((nxt, False))
    return done[id(root)]


def _length(value: str | None, what: str) -> float | None:
    """A length in px; None when absent or relative (a percentage)."""
    if value is None:
        return None
    match = _LENGTH.fullmatch(value)
    unit = match.group(2).lower() if match else ""
    if match is None or (unit not in _UNITS and unit != "%"):
        _reject(_bad_length(what, value))
    if unit == "%":
        return None
    number = float(match.group(1)) * _UNITS[unit]
    if not math.isfinite(number) or number <= 0:
        _reject(_bad_length(what, value))
    return number


def _bad_length(what: str, value: str) -> str:
    """Why a ``width`` or ``height`` (``what``, the attribute's name) cannot be drawn at."""
    if what == "width":
        return tr("declares a width it cannot be drawn at ({attribute}=\"{value}\")").format(
            attribute=what, value=value[:40])
    return tr("declares a height it cannot be drawn at ({attribute}=\"{value}\")").format(
        attribute=what, value=value[:40])


def _view_box(value: str | None) -> tuple[float, float] | None:
    if value is None:
        return None
    try:
        numbers = [float(n) for n in re.split(r"[\s,]+", value.strip())]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers) or min(
            numbers[2:]) <= 0:
        _reject(tr("declares a viewBox it cannot be drawn with (\"{value}\")").format(
            value=value[:60]))
    return numbers[2], numbers[3]


def _declared_size(root: _Node) -> tuple[float, float]:
    width = _length(root.attrs.get("width"), "width")
    height = _length(root.attrs.get("height"), "height")
    box = _view_box(root.attrs.get("viewBox"))
    if box is not None:
        width = box[0] if width is None else width
        height = box[1] if height is None else height
    w, h = width or 0.0, height or 0.0
    if max(w, h) > MAX_SIDE_PX:
        _reject(tr("declares {width}×{height} px; pictures are limited to {limit} px a side")
                .format(width=f"{w:.0f}", height=f"{h:.0f}", limit=MAX_SIDE_PX))
    return w, h


def check_svg(data: bytes) -> CheckedPicture:
    """The picture if it may be drawn; raises :class:`PictureRejected` saying why not."""
    if len(data) > MAX_PICTURE_BYTES:
        _reject(tr("is {size} KB; pictures are limited to {limit} KB").format(
            size=-(-len(data) // 1024), limit=MAX_PICTURE_BYTES // 1024))
    reader = _parse(data)
    root = reader.root
    if root is None or root.tag != "svg":
        _reject(tr("is not an SVG picture (its root is <{tag}>)").format(tag=root.tag) if root
                else tr("is not an SVG picture"))
    ids = _collect_refs(root)
    drawn, depth = _measure(root, ids)
    if depth > MAX_USE_DEPTH:
        _reject(tr("nests references {depth} deep; at most {limit} are drawn").format(
            depth=depth, limit=MAX_USE_DEPTH))
    if drawn > MAX_DRAWN:
        _reject(tr("draws more than {limit} elements once its <use> references are followed")
                .format(limit=MAX_DRAWN))
    width, height = _declared_size(root)
    return CheckedPicture(data, width, height)


def check_picture(path: Path) -> CheckedPicture | Problem:
    """Read and check the picture at ``path``; a warning naming the file when it is not
    drawn (the step then shows its name instead)."""
    checked = _checked_or_why(path)
    return picture_problem(path, checked) if isinstance(checked, str) else checked


def _checked_or_why(path: Path) -> CheckedPicture | str:
    """The picture at ``path`` if it may be drawn, else why not (what follows "it")."""
    try:
        return check_svg(read_regular_file(path, MAX_PICTURE_BYTES))
    except PictureRejected as exc:
        return str(exc)
    except FileTooLargeError:
        return tr("is larger than {limit} KB, the limit for pictures").format(
            limit=MAX_PICTURE_BYTES // 1024)
    except NotRegularFileError:
        return tr("is not a regular file (a folder, a pipe or a device?)")
    except OSError as exc:
        return tr("cannot be read: {reason}").format(reason=exc.strerror or exc)


def picture_problem(path: Path, reason: str) -> Problem:
    """The warning shown in the library's problems for a picture that is not drawn;
    ``reason`` is what follows "it" (a :class:`PictureRejected`'s message)."""
    return Problem(str(path), tr("picture not shown: it {reason}").format(reason=reason),
                   severity=Severity.WARNING)


# --- the pictures a routine names ------------------------------------------------------------

def picture_names(routine: Routine) -> list[tuple[tuple[int | str, ...], str]]:
    """Each ``image:`` of ``routine`` with where it is in the file (``("steps", 2, "image")``),
    in the file's order."""
    found: list[tuple[tuple[int | str, ...], str]] = []

    def walk(where: tuple[int | str, ...], steps: Sequence[Any]) -> None:
        for i, step in enumerate(steps):
            image = getattr(step, "image", None)
            if image:
                found.append(((*where, i, "image"), image))
            inner = getattr(step, "steps", None)
            if inner is not None:  # a block: nested at most 40 deep, as the loader allows
                walk((*where, i, "steps"), inner)

    walk(("steps",), routine.steps)
    return found


def picture_warnings(routine: Routine, path: Path, images_dir: Path) -> list[Problem]:
    """A warning, at its line, for each picture ``routine`` (read from ``path``) names that
    cannot be shown: no file of that name beside the routine nor among the built-in pictures,
    or one beside the routine that :func:`check_picture` refuses. The routine still runs (the
    step shows its name instead), so these never stop it. Looked up as the player does: beside
    the routine first, then the built-in pictures (which ship checked)."""
    reasons: list[tuple[tuple[int | str, ...], str, str]] = []
    verdicts: dict[str, str | None] = {}
    for where, name in picture_names(routine):
        if name not in verdicts:
            verdicts[name] = _why_not_shown(name, path.parent, images_dir)
        reason = verdicts[name]
        if reason is not None:
            reasons.append((where, reason, str(path.parent / name)))
    if not reasons:
        return []
    from supple.core.routines import yaml_source

    positions = None
    try:  # only now, for the lines: a routine whose pictures are fine is not parsed twice
        text = yaml_source.decode(read_regular_file(path, yaml_source.MAX_BYTES), str(path))
        parsed = yaml_source.parse(text, str(path)) if isinstance(text, str) else []
        positions = parsed[1] if isinstance(parsed, tuple) else None
    except OSError:
        pass
    problems = []
    for where, reason, about in reasons:
        at = positions.locate(where) if positions is not None else None
        problems.append(Problem(str(path), reason, at[0] if at else None, at[1] if at else None,
                                yaml_source.format_path(where), severity=Severity.WARNING,
                                about=about))
    return problems


def _why_not_shown(name: str, routine_dir: Path, images_dir: Path) -> str | None:
    beside = routine_dir / name
    if beside.exists() or beside.is_symlink():
        checked = _checked_or_why(beside)
        if isinstance(checked, str):
            return tr("picture not shown: {picture} {reason}").format(
                picture=name, reason=checked)
        return None
    if (images_dir / name).is_file():
        return None
    return tr("picture not shown: no file named {picture} beside the routine (in {folder}) "
              "nor among Supple's own pictures; the step is shown without it").format(
                  picture=name, folder=routine_dir)
