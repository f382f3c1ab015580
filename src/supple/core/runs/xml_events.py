"""GPX and TCX files read as a stream of elements with their line numbers, and read safely.

Why the standard library's expat, driven directly, rather than a library: GPX and TCX readers
need a handful of elements each, and a streaming reader keeps only those (a 50 MB TCX would be
some hundreds of MB as a tree); expat reports the line of every element, so a bad value is
named by its line; and the defences against hostile XML are three settings of expat that
``defusedxml`` makes too (see the package docstring for why it is not used):

- no entity declarations at all: a file that declares one (the "billion laughs" bomb, an
  external entity pointing at ``/etc/passwd``) is refused before anything is expanded;
- no external DTD or parameter entity is ever read (``XML_PARAM_ENTITY_PARSING_NEVER``, and
  any external entity reference is refused);
- the size is bounded before parsing, by the caller's :func:`read_regular_file`.

Expat 2.4 and later also cap entity amplification themselves, but Python may be linked to an
older system expat, and a refusal that names the cause reads better than a breached limit.

A bare ``<!DOCTYPE gpx>`` is harmless and accepted. Elements in the root's namespace reach the
handler by their local name (``trkpt``), so GPX 1.0 and 1.1 read alike; others (extensions)
arrive as ``{namespace}name`` and match nothing by accident.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import NoReturn, Protocol
from xml.parsers import expat

from supple.core.runs.run import ParsedRun, file_error
from supple.core.wording import tr


class Handler(Protocol):
    """What a format's reader gets: elements as they open and close, with their parent's
    local name and their line."""

    def start(self, name: str, parent: str, attrs: dict[str, str], line: int) -> None: ...

    def end(self, name: str, parent: str, text: str, line: int) -> None: ...

    def finish(self) -> list[ParsedRun]: ...


def parse_xml(data: bytes, file: str, handlers: Mapping[str, Callable[[], Handler]],
              what: str) -> list[ParsedRun]:
    """The runs the handler for the document's root element makes of ``data``.

    ``handlers`` maps a root element's local name to the format reading it; ``what`` names
    the formats for the error when the root is none of them. Raises :class:`RunFileError`
    (with the line) for XML that is not well formed, declares entities, or is of no
    format handled."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[str] = []
    text: list[str] = []
    namespace: list[str] = []  # the root's, once it is seen
    handler: list[Handler] = []

    def refuse(*_args: object) -> NoReturn:
        raise file_error(file, tr("declares or refers to XML entities, which a GPX or TCX file "
                                  "never needs; it is not read (such a file can be built to "
                                  "exhaust memory or to read other files)"),
                         line=parser.CurrentLineNumber)

    def local(name: str) -> str:
        ns, _, tag = name.rpartition(" ")
        if not handler:  # the root
            namespace.append(ns)
            make = handlers.get(tag)
            if make is None:
                raise file_error(file, tr("is not {formats}: its first element is <{element}>")
                                 .format(formats=what, element=tag),
                                 line=parser.CurrentLineNumber)
            handler.append(make())
        return tag if ns == namespace[0] else "{" + ns + "}" + tag

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        handler[0].start(tag, stack[-1] if stack else "", attrs, parser.CurrentLineNumber)
        stack.append(tag)
        text.clear()

    def end(name: str) -> None:
        tag = stack.pop()
        handler[0].end(tag, stack[-1] if stack else "", "".join(text).strip(),
                       parser.CurrentLineNumber)
        text.clear()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SkippedEntityHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise file_error(file, tr("is not well-formed XML: {reason}").format(
                             reason=expat.ErrorString(exc.code)),
                         line=exc.lineno, column=exc.offset + 1) from None
    return handler[0].finish()  # expat has refused a document with no element


def xml_time(text: str, file: str, line: int, what: str) -> datetime:
    """An ``xsd:dateTime`` (``2026-11-30T07:00:00Z``, with or without fractions or an offset)
    in UTC. One with no offset is taken as UTC: GPX says its times are, and TCX files are
    written by the same watches."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise file_error(file, tr("{what} is not a date and time: {value}").format(
            what=what, value=repr(text)), line=line) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def xml_number(text: str, file: str, line: int, what: str) -> float:
    """A finite, non-negative number (a duration or a distance)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise file_error(file, tr("{what} is not a number of 0 or more: {value}").format(
            what=what, value=repr(text)), line=line)
    return value
