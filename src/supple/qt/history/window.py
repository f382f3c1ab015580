"""The history window: is the runner keeping it up, and are the calves getting better?

Read once on open (one aggregate query for every statistic, one page of sessions for the
table), then only on a filter change or after a rating is edited. With 100,000 sessions
this stays within the 200 ms budget because nothing here walks every session: the statistics
come from ``day_totals`` (one row per day and category) and the table pages on demand.

Text that comes from the database (routine names, categories, notes) is always shown as
plain text: labels are ``PlainText``, tooltips and chart labels are escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supple.core.history.model import HistoryError, SessionRecord
from supple.core.history.stats import HistoryStats, compute_stats, stats_for
from supple.core.history.store import HistoryStore
from supple.core.paths import AppPaths
from supple.core.wording import WEEKDAY_DATE_CLOCK, date_text
from supple.qt.history.activity_grid import ActivityGrid
from supple.qt.history.calf_chart import CALF_WEEKS, CalfChart
from supple.qt.history.calf_data import (
    calf_lines,
    calf_test_lines,
    chart_start,
    programme_weeks,
)
from supple.qt.history.calf_test_chart import CalfTestCard
from supple.qt.history.cards import SummaryCards
from supple.qt.history.minutes_chart import MinutesChart, category_colors
from supple.qt.history.pain_chart import PainChart, pain_change
from supple.qt.history.programme_card import ProgrammeCard
from supple.qt.history.rating_dialog import RatingDialog
from supple.qt.history.report_action import open_report, report_button
from supple.qt.history.table_model import FIRST_PAGE, Column, SessionTableModel
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.theme import DARK, LIGHT, Colors
from supple.qt.widgets.plain_text import plain_label
from supple.qt.widgets.reflow import BoxReflow

if TYPE_CHECKING:
    from supple.core.programmes.loader import LoadedProgramme
    from supple.qt.report.preview import ReportDialog

EMPTY_TEXT = QT_TR_NOOP("No sessions yet — your first routine will show up here.")


def palette_colors() -> Colors:
    """The theme in use, read back from the application palette that ``apply_theme`` set."""
    window = QApplication.palette().color(QApplication.palette().ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


class SessionTable(QTableView):
    """Asks to open a session on double-click or Enter (whatever the style's activation)."""

    open_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class HistoryWindow(QWidget):
    """A top-level window over the history store; owns no data beyond what it shows."""

    def __init__(
        self,
        store: HistoryStore,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        page_size: int = FIRST_PAGE,
        programmes: Sequence[LoadedProgramme] = (),
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.programmes = programmes  # for the weeks of the programmes followed
        self._page_size = page_size
        self.paths = paths  # where the report finds the user's programmes and routines
        self.report_dialog: ReportDialog | None = None
        self.store = store
        self.today = today or date.today()
        self.colors = palette_colors()
        self.stats: HistoryStats | None = None
        self.editor: RatingDialog | None = None
        self._all_stats: HistoryStats | None = None
        self._category_palette: dict[str, QColor] = {}
        self.setWindowTitle(tr("History · Supple"))
        self.resize(1240, 860)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # never taller or wider than the screen it opens on
            self.resize(min(1240, int(screen.width() * 0.92)),
                        min(860, int(screen.height() * 0.9)))
        for keys in (QKeySequence.StandardKey.Close, QKeySequence("Esc")):  # untranslated: key
            close = QShortcut(keys, self)
            close.activated.connect(self.close)
        self._build()
        self._load()

    # ----- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        title = plain_label(tr("History"), role="title")
        self.routine_filter = self._filter_combo(tr("Show sessions of routine"))
        self.category_filter = self._filter_combo(tr("Show sessions of category"))
        self.filters = QWidget()
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((tr("&Routine"), self.routine_filter),
                            (tr("&Category"), self.category_filter)):
            label = QLabel(text)
            label.setProperty("role", "muted")
            label.setBuddy(combo)
            filters.addSpacing(8)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)  # under the title, the filters keep to the left
        # The filters go under the title when both do not fit at their full widths.
        self.report_button = report_button(self, self.open_report)
        self.header = BoxReflow([title, self.filters, self.report_button], [1, 0, 0],
                                preferred=True)

        self.cards = SummaryCards()

        self.grid = ActivityGrid(self.colors)
        self.grid_summary = plain_label(role="muted", wrap=True)
        self.pain_summary = plain_label(wrap=True)
        grid_text = QWidget()
        text_layout = QVBoxLayout(grid_text)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(plain_label(tr("Last 16 weeks"), role="heading"))
        text_layout.addWidget(self.grid_summary)
        text_layout.addWidget(self.pain_summary)
        text_layout.addStretch(1)
        # Narrower than this, the summary reads better under the grid than beside it.
        grid_text.setMinimumWidth(self.grid_summary.fontMetrics().averageCharWidth() * 22)
        self.grid_card = BoxReflow([self.grid, grid_text], [3, 2], spacing=16)
        self.grid_card.setProperty("role", "card")
        self.grid_card.box.setContentsMargins(16, 12, 16, 12)

        self.overview = BoxReflow([self.cards, self.grid_card], [5, 6])

        self.pain_chart = PainChart(self.colors)
        self.minutes_chart = MinutesChart(self.colors)
        self.charts = BoxReflow([self.pain_chart.view, self.minutes_chart.view], [3, 2])
        # The calf chart and the programme weeks are made once there is something for them
        # to show (ratings apart, runs, a programme): a history of mixed ratings only, which
        # the pain chart shows, pays nothing for them.
        self.calves: BoxReflow | None = None
        self.calf_chart: CalfChart | None = None
        self.programme_card: ProgrammeCard | None = None
        self.calf_test_card: CalfTestCard | None = None  # made once there is a calf test
        self._has_calf_tests = False

        self.table = SessionTable()
        self.table.setAccessibleName(tr("Sessions, newest first"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.open_requested.connect(self.open_editor)
        table_card = QFrame()
        table_card.setProperty("role", "card")
        table_layout = QVBoxLayout(table_card)
        table_layout.setContentsMargins(16, 12, 16, 8)
        table_head = BoxReflow([plain_label(tr("Sessions"), role="heading"),
                                plain_label(tr("Double-click or Enter to rate a session"),
                                            role="muted")],
                               [1, 0], preferred=True)
        table_layout.addWidget(table_head)
        table_layout.addWidget(self.table, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.overview)
        body.addWidget(self.charts, 6)
        body.addWidget(table_card, 5)
        self._body, self._table_card = body, table_card

        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        self.empty_label = plain_label(tr(EMPTY_TEXT), role="heading", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = plain_label(
            tr("Every routine you start is recorded here: your streaks, your minutes per week, "
            "and how your calves feel before and after."), role="muted", wrap=True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(2)

        table_card.setMinimumHeight(260)
        # On a small screen the content keeps readable sizes and scrolls instead of squashing.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroller)
        self.pages.addWidget(self.empty_state)
        self.content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.scroller = scroller

    @staticmethod
    def _filter_combo(name: str) -> QComboBox:
        """As wide as its longest entry when there is room; on a narrow window it may
        shrink to a few letters and elide the rest."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        return combo

    # ----- reading -------------------------------------------------------------------------

    def _load(self) -> None:
        """The one read on open: the aggregates (for every statistic) and a page of rows."""
        try:
            totals = self.store.day_totals()
            self._all_stats = compute_stats(totals, self.today)
            categories = sorted({row.category for row in totals})
            self.model = SessionTableModel(self._loader(None, None), self._page_size)
        except HistoryError as error:
            self._show_problem(str(error))
            return
        self._category_palette = dict(
            zip(categories, category_colors(self.colors, len(categories)), strict=True)
        )
        self.table.setModel(self.model)
        self._size_columns()
        self._fill_filters(categories)
        self._load_calf_tests()
        self._show(self._all_stats)
        self._load_calves()

    def _load_calves(self) -> None:
        """The ratings apart, the runs and the programme weeks: a bounded read of their own
        (the last weeks, the programmes' days), whatever the filters."""
        start = chart_start(self.today, CALF_WEEKS)
        try:
            lines = calf_lines(self.store.rating_entries(since=start - timedelta(days=1)),
                               self.store.runs(since=start))
            days = {d.day for d in self._all_stats.days} if self._all_stats else set()
            weeks = programme_weeks(self.store, self.programmes, days, self.today)
        except HistoryError as error:
            self._show_problem(str(error))
            return
        if not (lines.beyond_mixed or weeks):
            if self.calves is not None:
                self.calves.hide()
            return
        if self.calves is None or self.calf_chart is None or self.programme_card is None:
            self.calf_chart = CalfChart(self.colors)
            self.programme_card = ProgrammeCard()
            self.calves = BoxReflow([self.calf_chart.widget, self.programme_card], [1, 1])
            below = self._table_card if self.calf_test_card is None \
                else self.calf_test_card.widget  # the ratings first, then the tests
            self._body.insertWidget(self._body.indexOf(below), self.calves, 6)
        self.calf_chart.set_data(lines, self.today)
        self.programme_card.set_data(weeks)
        self.calves.show()

    def _load_calf_tests(self) -> None:
        """Each leg's calf tests over the weeks (a test every week or two: a short read)."""
        try:
            tests = self.store.calf_tests()
        except HistoryError as error:
            self._show_problem(str(error))
            return
        self._has_calf_tests = bool(tests)
        if not tests:
            if self.calf_test_card is not None:
                self.calf_test_card.widget.hide()
            return
        if self.calf_test_card is None:
            self.calf_test_card = CalfTestCard(self.colors)
            self._body.insertWidget(self._body.indexOf(self._table_card),
                                    self.calf_test_card.widget, 5)
        self.calf_test_card.set_data(calf_test_lines(tests), self.today)
        self.calf_test_card.widget.show()

    def calf_tests_changed(self) -> None:
        """A calf test was saved while this window is open: show it (on the empty page
        too, which gives way to the charts)."""
        self._load_calf_tests()
        if self.stats is not None:
            self._show(self.stats)

    def _loader(
        self, routine_id: str | None, category: str | None
    ) -> Callable[[int], list[SessionRecord]]:
        store = self.store

        def load(limit: int) -> list[SessionRecord]:
            return store.sessions(routine_id=routine_id, category=category, limit=limit)

        return load

    def _fill_filters(self, categories: list[str]) -> None:
        for combo in (self.routine_filter, self.category_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("All"), None)
        for category in categories:
            self.category_filter.addItem(category, category)
        try:
            self._add_routines(self.store.routines())
        except HistoryError as error:  # the list stays at "All"; say why once
            self._show_problem(str(error))
        for combo in (self.routine_filter, self.category_filter):
            combo.blockSignals(False)
        self.routine_filter.currentIndexChanged.connect(self.refresh)
        self.category_filter.currentIndexChanged.connect(self.refresh)

    def _add_routines(self, routines: list[tuple[str, str]]) -> None:
        """One entry per routine, named as in its latest session; a name two routines share
        is told apart by the routine's id."""
        entries = sorted(((name, rid) for rid, name in routines),
                         key=lambda entry: (entry[0].casefold(), entry[1]))
        names = [name for name, _ in entries]
        for name, routine_id in entries:
            label = name if names.count(name) == 1 else f"{name} ({routine_id})"
            self.routine_filter.addItem(label, routine_id)

    def refresh(self) -> None:
        """Apply the filters to everything below them."""
        routine_id = self.routine_filter.currentData()
        category = self.category_filter.currentData()
        try:
            if routine_id is None and category is None and self._all_stats is not None:
                stats = self._all_stats
            else:
                stats = stats_for(self.store, self.today, routine_id, category)
            self.model.set_loader(self._loader(routine_id, category))
        except HistoryError as error:
            self._show_problem(str(error))
            return
        self._show(stats)

    def _reload_stats(self) -> None:
        """After an edit: the ratings changed, the sessions did not."""
        routine_id = self.routine_filter.currentData()
        category = self.category_filter.currentData()
        stats = stats_for(self.store, self.today, routine_id, category)
        if routine_id is None and category is None:
            self._all_stats = stats
        self._show(stats)
        self._load_calves()

    # ----- showing -------------------------------------------------------------------------

    def _show(self, stats: HistoryStats) -> None:
        self.stats = stats
        all_stats = self._all_stats
        no_sessions = all_stats is None or all_stats.total_sessions == 0
        if no_sessions and not self._has_calf_tests:
            self.pages.setCurrentWidget(self.empty_state)
            self.filters.hide()
            return
        self.pages.setCurrentIndex(0)
        self.filters.show()
        self.cards.show_stats(stats, self.today)
        self.grid.set_data(stats.days, self.today)
        shown = self.grid.shown_days()
        active = sum(1 for day in shown if day.sessions)
        rest = sum(1 for day in shown if day.is_rest)
        self.grid_summary.setText(tr("{days} and {rest} in the last 16 weeks.").format(
            days=tr("%n day(s) with sessions", None, active),
            rest=tr("%n rest day(s)", None, rest)))
        change = pain_change(stats.pain, self.today)
        self.pain_summary.setVisible(change is not None)
        if change is not None:
            first, last = change
            verdict = tr("better") if last < first - 0.5 else (
                tr("worse") if last > first + 0.5 else tr("about the same"))
            self.pain_summary.setText(tr(
                "Calves after a routine: {first:.1f} in your first week, {last:.1f} in the "
                "last 7 days — {verdict}.").format(first=first, last=last, verdict=verdict))
        self.minutes_chart.set_weeks(stats.weeks, self.today, self._category_palette)
        self.pain_chart.set_data(stats.pain, stats.weeks, self.today)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        widths = {
            Column.WHEN: date_text(datetime(2026, 9, 30, 23, 59), WEEKDAY_DATE_CLOCK),
            Column.ROUTINE: "Calf care after a run",  # untranslated: a name's width, a sample
            Column.OUTCOME: tr("stopped early"),
            Column.ACTIVE: "10:00",
            Column.STEPS: tr("{done} of {total} · {skipped} skipped").format(
                done=12, total=12, skipped=3),
            Column.PAIN: "10 → 10",
        }
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _show_problem(self, message: str) -> None:
        self.empty_label.setText(tr("The history could not be read."))
        self.empty_hint.setText(message)
        self.pages.setCurrentWidget(self.empty_state)
        self.filters.hide()

    def open_report(self) -> ReportDialog:
        """The progress report's period dialog, for the routine filtered on (if one is)."""
        self.report_dialog = open_report(self, self.store, self.paths, self.today,
                                         self.routine_filter.currentData())
        return self.report_dialog

    # ----- editing a rating ----------------------------------------------------------------

    def open_editor(self, row: int | QModelIndex) -> RatingDialog:
        """Open the rating dialog for a row (non-blocking; saving writes to the store)."""
        if isinstance(row, QModelIndex):
            row = row.row()
        record = self.model.record(row)
        if self.editor is not None:  # one editor at a time; the old one is done with
            self.editor.deleteLater()
        dialog = RatingDialog(record, self)
        dialog.accepted.connect(self._save_rating)
        self.editor = dialog
        dialog.open()
        return dialog

    def _save_rating(self) -> None:
        dialog = self.editor
        if dialog is None:
            return
        record = dialog.record
        pain_after = dialog.pain_after()
        note = dialog.note_text()
        try:
            self.store.rate_session(
                record.uuid,
                pain_after=pain_after if pain_after != record.pain_after else None,
                note=note if note != record.note else None,
            )
            updated = self.store.session(record.uuid)
            self.model.replace(updated)
            self._reload_stats()
        except HistoryError as error:
            self._show_problem(str(error))

