"""The routine library: routines grouped by category, a search box with what is about the
whole library beside it (New routine, Import…), a detail pane with the routine's own actions
(Start, Customize or Edit, Export…).

Problems met while loading routine files are listed in one collapsible place, never as dialogs.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from supple.core.library.catalog import Catalog, RoutineCard
from supple.core.problems import Problem
from supple.core.routines.categories import category_label
from supple.core.routines.durations import format_duration
from supple.qt.i18n import tr
from supple.qt.library.rows import (
    ROUTINE_ROLE,
    SEARCH_ROLE,
    HeadingDelegate,
    RoutineFilter,
    blank_cell,
    category_order,
    routine_row,
    sources_text,
)
from supple.qt.widgets.exercise_row import exercise_item
from supple.qt.widgets.pain_scale import PainScale
from supple.qt.widgets.pictures import picture_problems
from supple.qt.widgets.plain_text import plain_label
from supple.qt.widgets.reflow import SplitReflow

# untranslated: key sequences, in Qt's portable form
LIBRARY_KEYS = {"new": "Ctrl+N", "import": "Ctrl+I"}


class LibraryView(QWidget):
    startRequested = Signal(object)  # RoutineCard
    editRequested = Signal(object)  # RoutineCard: edit (or customise a built-in copy)
    #: RoutineCard of the user's: move it to the backup folder (for a customized copy of a
    #: built-in routine: "restore the built-in", which is the same move).
    deleteRequested = Signal(object)
    newRequested = Signal()
    exportRequested = Signal(object)  # RoutineCard: write it to share
    importRequested = Signal()
    fileEditRequested = Signal(object)  # Path of a routine file with problems
    problemsShown = Signal()

    def __init__(self, catalog: Catalog, last_done: Mapping[str, datetime], images_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images_dir = images_dir
        self._selected: RoutineCard | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search routines and exercises"))
        self.search.setAccessibleName(tr("Search routines"))
        self.search.setClearButtonEnabled(True)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Routine"), tr("Time"), tr("Exercises"), tr("Last done")])
        self.proxy = RoutineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setRecursiveFilteringEnabled(False)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegate(HeadingDelegate(self.tree))
        self.tree.setAccessibleName(tr("Routines"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(tr("Show problems in routine files"))
        self.problems_text = QListWidget()
        self.problems_text.setAccessibleName(
            tr("Problems in routine files; Enter or double-click opens the file"))
        self.problems_text.setToolTip(tr("Enter or double-click: open the file in the editor"))
        self.problems_text.setMaximumHeight(160)
        self.problems_text.setWordWrap(True)
        self.problems_text.itemActivated.connect(self._open_problem)
        self.problems_text.hide()
        self.problems_button.clicked.connect(self._toggle_problems)

        # What is about the library as a whole sits on top of the list, not in one routine's
        # details: a new routine, a shared one imported.
        self.new_action = self._library_action(
            tr("New routine"), tr("Write a new routine"), LIBRARY_KEYS["new"], self.newRequested)
        self.import_action = self._library_action(
            tr("Import…"), tr("Import a shared routine (.yaml or .zip)"), LIBRARY_KEYS["import"],
            self.importRequested)
        self.new_button = self._action_button(self.new_action)
        self.import_button = self._action_button(self.import_action)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        self.no_match = plain_label(role="muted", wrap=True)
        self.no_match.hide()
        left_layout.addWidget(self.no_match)
        left_layout.addWidget(self.problems_button)
        left_layout.addWidget(self.problems_text)

        # Detail pane.
        self.title = plain_label("", role="title", wrap=True)
        self.meta = plain_label("", role="muted", wrap=True)
        self.description = plain_label("", wrap=True)
        self.source = plain_label("", role="chip", wrap=True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(tr("Start the selected routine"))
        self.start_button.setToolTip(tr("Start (Enter)"))
        self.start_button.clicked.connect(self._start)
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps of the selected routine"))
        self.steps.setIconSize(QSize(64, 64))
        self.steps.setSpacing(2)
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        detail = QWidget()
        detail.setProperty("role", "card")
        d = QVBoxLayout(detail)
        d.setContentsMargins(24, 20, 24, 20)
        d.setSpacing(10)
        d.addWidget(self.title)
        d.addWidget(self.meta)
        d.addWidget(self.description)
        d.addWidget(self.source)
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.setAccessibleName(tr("Edit the selected routine"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        self.delete_button.hide()
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setAccessibleName(tr("Export the selected routine to share it"))
        self.export_button.setToolTip(tr("Write this routine to a file to share it"))
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self._selected))
        # The routine's own actions: Start first and prominent, then what changes or shares it.
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        d.addLayout(row)
        d.addWidget(plain_label(tr("Calves right now (optional, 0 = fine, 10 = worst)"),
                                role="muted", wrap=True))
        self.pain_scale = PainScale(tr("Calf tightness or pain before starting"))
        d.addWidget(self.pain_scale)
        d.addWidget(plain_label(tr("Steps"), role="heading"))
        d.addWidget(self.steps, 1)

        left.setMinimumWidth(300)
        detail_scroll = QScrollArea()
        detail_scroll.setWidget(detail)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail = detail
        self.detail_scroll = detail_scroll
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(splitter)
        self.left = left
        self._outer = layout
        # Side by side when there is room; otherwise the list above the details, so that a
        # small window or large text never makes either pane scroll sideways.
        self.reflow = SplitReflow(
            splitter, room=self, wide_width=self.side_by_side_width,
            least_widths=lambda: [self._list_width(), self.detail.minimumSizeHint().width()
                                  + self.style().pixelMetric(
                                      QStyle.PixelMetric.PM_ScrollBarExtent)],
            wide_shares=[5, 4], stacked_shares=[1, 1])

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._start)  # Enter starts the routine found
        self.search.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(lambda _index: self._start())
        picture_problems().changed.connect(self._show_problems)
        self.set_library(catalog, last_done)

    def _library_action(self, text: str, about: str, keys: str,
                        signal: SignalInstance) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tr("{what} ({keys})").format(what=about, keys=shown))
        action.setStatusTip(about)
        action.triggered.connect(signal)
        self.addAction(action)
        return action

    @staticmethod
    def _action_button(action: QAction) -> QPushButton:
        """A push button that does what ``action`` does (its keys are the view's)."""
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.statusTip())
        button.clicked.connect(action.trigger)
        return button

    # --- layout -----------------------------------------------------------------------------

    def _list_width(self) -> int:
        """The list's narrowest: room for names, and its top row (search, New, Import)."""
        return max(300, self.left.minimumSizeHint().width())

    def side_by_side_width(self) -> int:
        """The width the list and the details need next to each other at the current text
        size: the details' narrowest layout, the list's number columns and room for names."""
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.tree.header()
        numbers = sum(header.sectionSizeHint(col) for col in (1, 2, 3))
        margins = self._outer.contentsMargins()
        names = max(numbers + 14 * em, self._list_width())
        return (self.detail.minimumSizeHint().width() + names
                + margins.left() + margins.right() + self.splitter.handleWidth() + 2 * em)

    # --- content ----------------------------------------------------------------------------

    def set_library(self, catalog: Catalog, last_done: Mapping[str, datetime]) -> None:
        """Show ``catalog``; the routine selected stays selected if it is still there."""
        kept = self._selected.id if self._selected is not None else None
        self.library = catalog
        self.model.removeRows(0, self.model.rowCount())
        groups: dict[str, list[RoutineCard]] = {}
        for card in catalog.cards:
            groups.setdefault(card.category, []).append(card)
        for category in sorted(groups, key=category_order):
            head = QStandardItem(category_label(category))
            head.setSelectable(False)
            # Not enabled, so the arrow keys step over headings onto routines; _HeadingDelegate
            # draws them as normal (bold) text all the same.
            head.setEnabled(False)
            head.setToolTip("")
            cells = [head] + [blank_cell() for _ in range(3)]
            for card in groups[category]:
                head.appendRow(routine_row(card, last_done.get(card.id)))
            self.model.appendRow(cells)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self._show_problems()
        chosen = self._routine_index(kept) if kept is not None else None
        chosen = chosen or self._first_routine_index()
        if chosen is not None:
            self.tree.setCurrentIndex(chosen)
        else:
            self.show_routine(None)

    def _routine_index(self, routine_id: str) -> QModelIndex | None:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                index = self.proxy.index(child, 0, group)
                card = index.data(ROUTINE_ROLE)
                if isinstance(card, RoutineCard) and card.id == routine_id:
                    return index
        return None

    def select_routine(self, routine_id: str) -> None:
        """Select the routine ``routine_id`` (the search is cleared if it hides it)."""
        index = self._routine_index(routine_id)
        if index is None and self.search.text():
            self.search.clear()
            index = self._routine_index(routine_id)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _first_routine_index(self) -> QModelIndex | None:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            if self.proxy.rowCount(group):
                return self.proxy.index(0, 0, group)
        return None

    def problems(self) -> list[Problem]:
        """The routine files' problems, then the pictures' that could not be drawn (but not
        again those the routines' own warnings already name)."""
        named = {p.about for p in self.library.problems}
        return [*self.library.problems,
                *(p for p in picture_problems().problems() if p.file not in named)]

    def _show_problems(self) -> None:
        problems = self.problems()
        self.problems_button.setVisible(bool(problems))
        self.problems_text.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem))
            item.setData(ROUTINE_ROLE, problem.file)
            self.problems_text.addItem(item)
        n = len(problems)
        self.problems_button.setText(self._problems_title(n, self.problems_text.isHidden())
                                     if n else "")

    @staticmethod
    def _problems_title(count: int, hidden: bool) -> str:
        if hidden:
            return tr("⚠ %n problem(s) in routine files — show", None, count)
        return tr("⚠ %n problem(s) in routine files — hide", None, count)

    def _toggle_problems(self) -> None:
        visible = not self.problems_text.isVisible()
        self.problems_text.setVisible(visible)
        n = len(self.problems())
        self.problems_button.setText(self._problems_title(n, not visible))
        if visible:
            self.problemsShown.emit()

    # --- interaction ------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        nothing = self.proxy.rowCount() == 0
        self.no_match.setText(tr("No routine or exercise matches “{strip}”.").format(
            strip=text.strip()) if nothing
                              else "")
        self.no_match.setVisible(nothing)
        current = self.tree.currentIndex()
        if not current.isValid() or current.data(ROUTINE_ROLE) is None:
            first = self._first_routine_index()
            if first is not None:
                self.tree.setCurrentIndex(first)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(ROUTINE_ROLE)
        self.show_routine(card if isinstance(card, RoutineCard) else None)

    def selected(self) -> RoutineCard | None:
        return self._selected

    def show_routine(self, card: RoutineCard | None) -> None:
        self._selected = card
        self.start_button.setEnabled(card is not None)
        self.edit_button.setEnabled(card is not None)
        self.export_button.setEnabled(card is not None)
        if card is not None:
            self.edit_button.setText(tr("Customize") if card.builtin else tr("Edit"))
            self.edit_button.setToolTip(
                tr("Edit your own copy (the built-in routine stays as it is)") if card.builtin
                else tr("Edit {name}").format(name=card.path.name))
        self._fit_delete(card)
        self.steps.clear()
        if card is None:
            for label in (self.title, self.meta, self.description, self.source):
                label.setText("")
            return
        self.title.setText(card.name)
        origin = tr("built-in") if card.builtin else tr("your routine · {file}").format(
            file=card.path.name)
        exercises = tr("%n exercise(s)", None, card.exercise_count)
        self.meta.setText(tr("{category} · {duration} · {exercises} · {origin}").format(
            category=category_label(card.category), duration=format_duration(card.total_seconds),
            exercises=exercises, origin=origin))
        self.description.setText(card.description)
        self.description.setVisible(bool(card.description))
        self.source.setText(sources_text(card.source))
        self.source.setVisible(bool(card.source))
        for line in card.exercises:
            self.steps.addItem(exercise_item(line, self.images_dir, card.path.parent, 56))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves to the list."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the selected routine from the list or the Start button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.tree.hasFocus() or self.start_button.hasFocus()
        ):
            self._start()
            return
        super().keyPressEvent(event)

    def _open_problem(self, item: QListWidgetItem) -> None:
        path = Path(str(item.data(ROUTINE_ROLE)))
        if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
            self.fileEditRequested.emit(path)

    def _fit_delete(self, card: RoutineCard | None) -> None:
        """Delete for a routine of the user's; for a copy of a built-in one, Restore."""
        self.delete_button.setVisible(card is not None and not card.builtin)
        if card is None or card.builtin:
            return
        from supple.core.resources import builtin_routines_dir

        copy = (builtin_routines_dir() / card.path.name).is_file()
        self.delete_button.setText(tr("Restore the built-in") if copy else tr("Delete"))
        self.delete_button.setToolTip(
            tr("Put your copy aside (Undo brings it back) and use the built-in routine again")
            if copy else tr("Move {name} to the deleted routines (Undo brings it back)").format(
                name=card.path.name))
        self.delete_button.setAccessibleName(self.delete_button.text())

    def _delete(self) -> None:
        if self._selected is not None and not self._selected.builtin:
            self.deleteRequested.emit(self._selected)

    def _edit(self) -> None:
        if self._selected is not None:
            self.editRequested.emit(self._selected)

    def _start(self) -> None:
        if self._selected is not None:
            self.startRequested.emit(self._selected)

    def pain_before(self) -> int | None:
        """The rating given before starting, if any; cleared once read."""
        value = self.pain_scale.value()
        self.pain_scale.set_value(None)
        return value

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
