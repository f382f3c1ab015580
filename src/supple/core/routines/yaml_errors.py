"""YAML syntax errors said in a runner's words, pointing at the line where the mistake is.

PyYAML reports where it noticed a problem, which is often the line *after* the mistake (a
missing ``:`` is found when the next key starts), in a parser's terms ("could not find expected
':'"). Each known shape of error is translated here, with the mark that points at the mistake
itself; anything else keeps PyYAML's words, which are at least exact.
"""

from __future__ import annotations

import re

import yaml

from supple.core.wording import tr

# untranslated: PyYAML's words, compared with its messages
_SIMPLE_KEY = "while scanning a simple key"
_QUOTED = "while scanning a quoted scalar"  # untranslated: as above


def plain_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """What is wrong in ``text``, plainly, and where (PyYAML's mark, 0-based line and column).

    The words differ between PyYAML's C parser (libyaml) and its Python one; both are known."""
    problem = str(exc.problem or "")
    context = str(exc.context or "")
    here = exc.problem_mark or exc.context_mark
    started = exc.context_mark or exc.problem_mark
    # PyYAML's words are compared with its messages below (each marked untranslated).
    single = "expected a single document"  # untranslated: PyYAML's words
    another = "but found another document"  # untranslated: PyYAML's words
    if single in context or another in problem:
        return (tr("the file must hold one YAML document only; remove the extra '---' section"),
                exc.problem_mark or here)
    if problem == "could not find expected ':'" and (  # untranslated: PyYAML's words
            context == _SIMPLE_KEY):
        return (tr("this line has no ':' after its key; write it as 'key: value', "
                   "for example 'hold: 30s'"), started)
    if context == _QUOTED:
        return tr("a quotation mark opened here is never closed"), started
    if "cannot start any token" in problem:  # untranslated: PyYAML's words
        char = _char_at(text, here)
        if char == "\t":
            return tr("a tab is used for indenting; YAML indents with spaces only"), here
        if char:
            return (tr("a value cannot start with {character}; put the text in quotes, "
                       "for example \"{character_itself}…\"").format(
                           character=repr(char), character_itself=char), here)
        return (tr("a value cannot start with this character; put the text in quotes, "
                   "for example \"…\""), here)
    if problem.startswith("mapping values are not allowed"):  # untranslated: PyYAML's words
        return (tr("a ':' where it cannot be: the line is indented more than the one above "
                   "it, or a text holds ': ' and needs quotes"), here)
    if context == "while parsing a block collection" or (  # untranslated: PyYAML's words
            context == "while parsing a block mapping"  # untranslated: PyYAML's words
            and "<block end>" in problem):
        return (tr("this line is not indented like the lines above it: items of one list or "
                   "keys of one step start in the same column"), here)
    flow = re.search(r"expected ',' or '([}\]])'", problem)
    if flow:
        opener = "{" if flow.group(1) == "}" else "["
        return (tr("the {opener} opened here is never closed with {closer}, or an "
                   "item in it is missing a ','").format(
                       opener=repr(opener), closer=repr(flow.group(1))), started)
    if problem.startswith("found undefined alias"):  # untranslated: PyYAML's words
        return (tr("a value starting with '*' refers to an anchor that is not defined; a text "
                   "starting with '*' needs quotes"), here)
    return problem or context or tr("invalid YAML"), here


def _char_at(text: str, mark: yaml.Mark | None) -> str | None:
    if mark is None:
        return None
    lines = text.splitlines()
    if mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return None
    return lines[mark.line][mark.column]
