"""Find the words a person would read that do not go through ``tr``, anywhere in the code.

``tests/qt/untranslated.py`` knows the window's text setters and looks at what is passed to
them; this walk looks at every string instead, so it also finds the text the core builds (a
loader's problem, a report's line), what the command line prints, and a sentence kept in a
variable before it is shown. A string counts as words for a person when it holds two words
(``"is missing"``) or one capitalised word (``"Rest"``), once markup and ``{fields}`` are
taken out. It is left alone when it is:

- inside ``tr(…)``, ``QT_TR_NOOP(…)`` or ``translate(…)`` (the values given to ``.format``
  after a ``tr`` are still looked at);
- a docstring (or a string standing alone, documenting the line above), an ``assert``'s
  message, a log line (``log.warning(…)``, ``warnings.warn``), or
  the message of a ``TypeError`` / ``NotImplementedError`` (a programming error, for us);
- SQL (it starts with a keyword such as ``SELECT`` or ``WHERE``), a regular expression
  (``re.compile`` and the like), or in a ``__repr__``;
- marked: ``# untranslated: why`` on a line of the string, on the first line of the
  statement that holds it, or alone on the line above that statement (a key, a file name,
  the app's name, a format for machines).

Run as a script to list what it finds: ``python tests/untranslated_text.py [FOLDER…]``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "supple"

TRANSLATING = frozenset({"tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "translate"})
LOGGING = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})
REGEX = frozenset({"compile", "match", "fullmatch", "search", "sub", "subn", "split",
                   "findall", "finditer"})
DEVELOPER_ERRORS = frozenset({"TypeError", "NotImplementedError", "AssertionError"})
MARK = "# untranslated:"

_MARKUP = re.compile(r"&\w+;|<[^<>]*>|\{[^{}]*\}|%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]")
_TWO_WORDS = re.compile(r"[^\W\d_]{2,}[,;:]? +[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_SPACE = re.compile(r"\s")
_CAPITALISED = re.compile(r"(?<![\w./\\-])[A-Z][a-z]{1,}(?![\w./\\-])")
_SQL = re.compile(r"^[\s(]*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|ALTER|DROP|BEGIN|"
                  r"COMMIT|ROLLBACK|REPLACE|VACUUM|ATTACH|DETACH|ANALYZE|SAVEPOINT|RELEASE|"
                  r"WHERE|AND|OR|ORDER|GROUP|FROM|JOIN|LEFT|LIMIT|VALUES|ON|SET|UNION|"
                  r"CASE|WHEN|HAVING|INNER|OUTER|NOT|IN|AS)\b")


def reads_as_words(text: str) -> bool:
    """Whether ``text`` holds words a person reads: two words, or one capitalised."""
    bare = _MARKUP.sub("", text)
    text = _MARKUP.sub(" ", text)
    if _SQL.match(text):
        return False
    if _TWO_WORDS.search(text) or _CAPITALISED.search(text):
        return True
    # Two words apart from each other by signs ("sessions / week", "calves (0 = fine)").
    return len(_WORD.findall(bare)) >= 2 and _SPACE.search(bare.strip()) is not None


def callee_name(node: ast.expr) -> tuple[str | None, str | None]:
    """(receiver, called name) of a call's function: ``log.warning`` → ("log", "warning");
    also used by the window's walk (``tests/qt/untranslated.py``)."""
    if isinstance(node, ast.Name):
        return None, node.id
    if isinstance(node, ast.Attribute):
        value = node.value
        receiver = value.id if isinstance(value, ast.Name) else (
            value.attr if isinstance(value, ast.Attribute) else None)
        return receiver, node.attr
    return None, None


def _left_alone(call: ast.Call) -> bool:
    receiver, name = callee_name(call.func)
    if name in TRANSLATING:
        return True
    if name in LOGGING and receiver is not None and "log" in receiver.lower():
        return True
    if name == "warn" and receiver == "warnings":
        return True
    return name in REGEX and receiver == "re"


class _Walk(ast.NodeVisitor):
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.found: list[tuple[int, str]] = []
        self.statement_line = 0

    def _marked(self, node: ast.AST) -> bool:
        first = getattr(node, "lineno", 0)
        last = getattr(node, "end_lineno", first) or first
        numbers = {*range(first, last + 1), self.statement_line}
        above = self.statement_line - 1  # a comment line of its own just above the statement
        if 0 < above <= len(self.lines) and self.lines[above - 1].lstrip().startswith("#"):
            numbers.add(above)
        return any(MARK in self.lines[n - 1] for n in numbers if 0 < n <= len(self.lines))

    def visit(self, node: ast.AST) -> None:
        if isinstance(node, ast.stmt) and not isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.If | ast.For
                | ast.While | ast.With | ast.Try | ast.Match):
            self.statement_line = node.lineno
        super().visit(node)

    def _body(self, node: ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
              ) -> None:
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]  # the docstring
        for statement in body:
            self.visit(statement)
        if not isinstance(node, ast.Module):
            for decorator in node.decorator_list:
                self.visit(decorator)

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._body(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node.name != "__repr__":
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    self.visit(default)
            self._body(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Expr(self, node: ast.Expr) -> None:
        if not (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            self.generic_visit(node)  # a string standing alone documents the line above it

    def visit_Assert(self, node: ast.Assert) -> None:
        self.visit(node.test)

    def visit_Raise(self, node: ast.Raise) -> None:
        error = node.exc
        if isinstance(error, ast.Call) and callee_name(error.func)[1] in DEVELOPER_ERRORS:
            return
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if not _left_alone(node):
            self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and reads_as_words(node.value) and not self._marked(node):
            self.found.append((node.lineno, node.value))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        text = "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
        if reads_as_words(text) and not self._marked(node):
            self.found.append((node.lineno, text))
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                self.visit(part.value)  # not its format spec: "%H:%M" is for machines


def untranslated(path: Path) -> Iterator[str]:
    """``FILE:LINE: 'text'`` for each string in ``path`` a person reads that skips ``tr``."""
    source = path.read_text(encoding="utf-8")
    walk = _Walk(source.splitlines())
    walk.visit(ast.parse(source, str(path)))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    for line, text in walk.found:
        yield f"{where}:{line}: {text[:70]!r}"


def untranslated_in(*folders: Path) -> list[str]:
    found: list[str] = []
    for folder in folders or (SOURCES,):
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*.py"))
        for path in paths:
            found.extend(untranslated(path))
    return found


if __name__ == "__main__":
    found = untranslated_in(*(Path(arg).resolve() for arg in sys.argv[1:]))
    print("\n".join(found))
    print(f"{len(found)} found", file=sys.stderr)
