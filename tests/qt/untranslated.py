"""Find the string literals the window would show without passing them through ``tr``.

Walks ``src/supple/qt`` with ``ast``: a literal (plain or f-string, inside a conditional, a
concatenation, a ``%`` or ``.format``) that holds a letter and is passed to one of the calls
below is reported as ``FILE:LINE: call(…'text'…)``. A ``tr(…)`` call, or ``tr(…)`` formatted
(``tr("{n} done").format(n=…)``), is translated; its own arguments are not looked into,
except the values given to ``.format``. Run as a script to list them.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script, too
from untranslated_text import callee_name

ROOT = Path(__file__).resolve().parents[2]
QT_SOURCES = ROOT / "src" / "supple" / "qt"

ALL = None  # every positional argument is shown text
# The call, and which of its positional arguments is shown text (the others are data, object
# names, shortcuts, roles: ``combo.addItem(tr("A4"), "a4")``, ``_action(tr("Open"), "open")``).
SHOWN_BY_METHOD: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys((
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
        "setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage",
        "show_notice", "addMenu", "setTitle", "setInformativeText", "setDetailedText",
        "setLabelText", "setButtonText", "addButton", "setSuffix", "setPrefix",
        "setSpecialValueText", "addItems", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "setWindowIconText",
        # the project's own: the text they show comes first
        "_action", "notify", "_show_problem", "_done", "_set_title", "show_cue",
        "_show_banner", "_line", "_dots", "setName", "_filter_combo",
        "_notify", "confirm", "show_message", "_set_status", "setTitleText",
    ), (0,)),
    "addAction": (0, 1),
    "add_button": (0, 1),  # the editor's message bar: (text, accessible name)
    "drawText": (1, 2),  # (point, text) or (rect, flags, text)  # (text, …) or (icon, text, …)
    "addItem": (0,),  # (text, data); an icon first is not used here
    "insertItem": (1,), "setItemText": (1,), "setTabText": (1,), "setTabToolTip": (1,),
    "addTab": (1, 2), "insertTab": (2, 3), "addRow": (0,),
    "fallback": (0, 1),
}
SHOWN_BY_CONSTRUCTOR: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys((
        "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton",
        "QMenu", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem", "QStandardItem",
        "plain_label", "plain_tooltip", "NoticeAction", "PainScale", "Stat", "control_button",
        "QBarSet", "QLineSeries", "QScatterSeries",
    ), (0,)),
    "_bar": (1,), "ChartView": (1,), "show_toggle": (1,), "_time_edit": (1,),
    "QAction": (0, 1), "QMessageBox": ALL, "StatCard": ALL, "QTreeWidgetItem": ALL,
    "set_text": (1,),
}
# Static dialogs: QMessageBox.warning(parent, title, text), QFileDialog.getOpenFileName(parent,
# caption, dir, filter), QInputDialog.getText(parent, title, label).
SHOWN_BY_STATIC: dict[str, dict[str, tuple[int, ...] | None]] = {
    "QMessageBox": dict.fromkeys(("warning", "information", "critical", "question", "about"),
                                 (1, 2)),
    "QFileDialog": dict.fromkeys(("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                                  "getExistingDirectory"), (1, 3)),
    "QInputDialog": dict.fromkeys(("getText", "getInt", "getItem", "getDouble",
                                   "getMultiLineText"), (1, 2)),
}
# Keyword arguments that are shown (``role="muted"`` and the like are not).
SHOWN_KEYWORDS = frozenset({"text", "title", "label", "caption", "filter", "tip", "message",
                            "informativeText", "placeholder", "heading"})
TRANSLATING = frozenset({"tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "translate"})
LETTER = re.compile(r"[^\W\d_]")
MARKUP = re.compile(r"&\w+;|<[^<>]*>")  # "&nbsp;", "<b>": not words
CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]+$")
# Calls whose string arguments are not words a person reads (file dialog's "dir" argument is a
# path; it is never a literal in this code, so nothing is exempt there).


def _callee(call: ast.Call) -> tuple[str | None, str | None]:
    """(receiver name, called name): ``QMessageBox.warning`` → ("QMessageBox", "warning")."""
    return callee_name(call.func)


def _is_translated(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _callee(node)[1] in TRANSLATING


def _has_words(text: str) -> bool:
    return LETTER.search(MARKUP.sub("", text)) is not None


def _literals(node: ast.expr, constants: bool = True) -> Iterator[ast.expr]:
    """The untranslated literals with a letter in them that ``node`` would show (and the
    module constants it shows as they are, if ``constants``)."""
    if isinstance(node, ast.Name) and constants and CONSTANT.match(node.id):
        yield node  # a module's text constant, shown as is (mark it QT_TR_NOOP, show tr(NAME))
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
        if _has_words(text):
            yield node
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from _literals(part.value)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, ast.BinOp):  # "a" + b, "%d steps" % n
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in {"format", "join", "strip", "upper", "capitalize", "title"}:
        receiver = node.func.value
        if not _is_translated(receiver):
            yield from _literals(receiver)
        for arg in [*node.args, *(kw.value for kw in node.keywords)]:
            yield from _literals(arg, constants=False)  # a number put into a sentence


_NOT_SHOWN: tuple[int, ...] = ()


def shown_positions(call: ast.Call) -> tuple[int, ...] | None:
    """Which positional arguments of ``call`` are shown text (None: all; empty: none)."""
    receiver, name = _callee(call)
    if name is None:
        return _NOT_SHOWN
    if isinstance(call.func, ast.Attribute) and name in SHOWN_BY_METHOD:
        return SHOWN_BY_METHOD[name]
    if receiver is None and name in SHOWN_BY_CONSTRUCTOR:
        return SHOWN_BY_CONSTRUCTOR[name]
    if receiver is not None:
        return SHOWN_BY_STATIC.get(receiver, {}).get(name, _NOT_SHOWN)
    return _NOT_SHOWN


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that the window shows as text."""
    positions = shown_positions(call)
    if positions == _NOT_SHOWN:
        return []
    args = [arg for index, arg in enumerate(call.args) if positions is None or index in positions]
    return args + [kw.value for kw in call.keywords if kw.arg in SHOWN_KEYWORDS]


def untranslated(path: Path) -> Iterator[str]:
    """``FILE:LINE: text`` for each literal in ``path`` shown without ``tr``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)[1]
        for arg in shown_arguments(node):
            for literal in _literals(arg):
                yield f"{where}:{literal.lineno}: {name}({ast.unparse(literal)[:60]})"


def untranslated_in(folder: Path = QT_SOURCES) -> list[str]:
    found: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        found.extend(untranslated(path))
    return found


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else QT_SOURCES
    print("\n".join(untranslated_in(folder)))
