"""YAML syntax errors said in a runner's words, pointing at the line where the mistake is.

PyYAML reports where it noticed a problem, which is often the line *after* the mistake (a
missing ``:`` is found when the next key starts), in a parser's terms ("could not find expected
':'"). Each known shape of error is translated here, with the mark that points at the mistake
itself; anything else keeps PyYAML's words, which are at least exact.
"""

from __future__ import annotations

import re

import yaml

_SIMPLE_KEY = "while scanning a simple key"
_QUOTED = "while scanning a quoted scalar"


def plain_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """What is wrong in ``text``, plainly, and where (PyYAML's mark, 0-based line and column).

    The words differ between PyYAML's C parser (libyaml) and its Python one; both are known."""
    problem = str(exc.problem or "")
    context = str(exc.context or "")
    here = exc.problem_mark or exc.context_mark
    started = exc.context_mark or exc.problem_mark
    if "expected a single document" in context or "but found another document" in problem:
        return ("a routine file holds one YAML document; remove the extra '---' section",
                exc.problem_mark or here)
    if problem == "could not find expected ':'" and context == _SIMPLE_KEY:
        return ("this line has no ':' after its key; write it as 'key: value', "
                "for example 'hold: 30s'", started)
    if context == _QUOTED:
        return "a quotation mark opened here is never closed", started
    if "cannot start any token" in problem:
        char = _char_at(text, here)
        if char == "\t":
            return "a tab is used for indenting; YAML indents with spaces only", here
        shown = repr(char) if char else "this character"
        return (f"a value cannot start with {shown}; put the text in quotes, "
                f"for example \"{char or ''}…\"", here)
    if problem.startswith("mapping values are not allowed"):
        return ("a ':' where it cannot be: the line is indented more than the one above "
                "it, or a text holds ': ' and needs quotes", here)
    if context == "while parsing a block collection" or (
            context == "while parsing a block mapping" and "<block end>" in problem):
        return ("this line is not indented like the lines above it: items of one list or "
                "keys of one step start in the same column", here)
    flow = re.search(r"expected ',' or '([}\]])'", problem)
    if flow:
        opener = "{" if flow.group(1) == "}" else "["
        return (f"the {opener!r} opened here is never closed with {flow.group(1)!r}, or an "
                "item in it is missing a ','", started)
    if problem.startswith("found undefined alias"):
        return ("a value starting with '*' refers to an anchor that is not defined; a text "
                "starting with '*' needs quotes", here)
    return problem or context or "invalid YAML", here


def _char_at(text: str, mark: yaml.Mark | None) -> str | None:
    if mark is None:
        return None
    lines = text.splitlines()
    if mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return None
    return lines[mark.line][mark.column]
