"""The routine page of the form: its name and words, its category and tags, and the defaults
every step inherits (get-ready time, rest, switch, cues)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from supple.core.routines.categories import KNOWN_CATEGORIES
from supple.core.routines.document import RoutineDocument
from supple.qt.editor.form_base import BoundForm
from supple.qt.editor.form_fields import Committer, error_label, raw_text
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label


def _tags(text: str) -> list[str] | None:
    tags = [t.strip() for t in text.split(",") if t.strip()]
    return tags or None


class RoutinePage(BoundForm):
    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        self.form.addRow(plain_label(tr("Routine"), role="heading"))
        self.name = self.bind_line(tr("Name"), "name", optional=False)
        self.description = self.bind_lines(tr("Description"), "description", as_list=False,
                                           placeholder=tr("What it is for, in a sentence"))
        self._add_category()
        self.tags = self.bind_line(tr("Tags"), "tags", convert=_tags,
                                   placeholder=tr("calves, achilles (commas between)"))
        self.on_refresh(lambda _d: self.committer.show_text(
            self.tags, ", ".join(str(t) for t in self.raw("tags") or ())))
        self.source = self.bind_line(tr("Source"), "source",
                                     placeholder=tr("Where the advice comes from"))
        self.form.addRow(plain_label(tr("Defaults for every step"), role="heading"))
        self.lead_in = self.bind_duration(tr("Get ready"), ("defaults", "lead_in"), zero_ok=True,
                                          optional=True, placeholder="5s")
        self.rest = self.bind_duration(tr("Rest"), ("defaults", "rest"), zero_ok=True,
                                       optional=True, placeholder="15s")
        self.switch = self.bind_duration(tr("Switch sides"), ("defaults", "switch"), zero_ok=True,
                                         optional=True, placeholder="5s")
        self.cues = self.bind_cues(tr("Cues"), ("defaults", "cues"))

    def _add_category(self) -> None:
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setAccessibleName(tr("Category"))
        self.category.setToolTip(tr("Pick one of the library's categories, or type your own"))
        for name in KNOWN_CATEGORIES:
            self.category.addItem(name, name)
        error = error_label()
        line = self.category.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda text: self.write(
            self.category, {"category": text.strip() or None}, error))
        self.category.activated.connect(lambda _i: self.write(
            self.category, {"category": self.category.currentText()}, error, merge=False))
        self.committer.watch(self.category, line)

        def refresh(_doc: RoutineDocument) -> None:
            raw = raw_text(self.raw("category"))
            self.committer.show_choice(self.category, raw or None, raw)
            if not raw:
                self.category.setEditText("")

        self.on_refresh(refresh)
        self.form.addRow(tr("Category"), self.category)
        self.form.addRow(error)
