"""The history's programme card: for each programme followed, its weeks so far, planned
against done, with the week's runs and rest days."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QGridLayout, QProgressBar, QVBoxLayout, QWidget

from supple.core.wording import DAY_MONTH, date_text
from supple.qt.history.calf_data import ProgrammeWeeks, WeekRow
from supple.qt.i18n import tr
from supple.qt.widgets.plain_text import plain_label

MAX_ROWS = 12


def week_dates(row: WeekRow) -> str:
    if row.first.month == row.last.month:
        return f"{row.first.day}–{date_text(row.last, DAY_MONTH)}"
    return f"{date_text(row.first, DAY_MONTH)} – {date_text(row.last, DAY_MONTH)}"


class ProgrammeCard(QFrame):
    """Planned against done, week by week; says so when no programme was followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.addWidget(plain_label(tr("Programme weeks"), role="heading"))
        self._layout.addWidget(plain_label(tr("Routines done of those planned, each week"),
                                           role="muted", wrap=True))
        self._body = QWidget()
        self._layout.addWidget(self._body)
        self._layout.addStretch(1)
        self.bars: list[QProgressBar] = []

    def set_data(self, programmes: Sequence[ProgrammeWeeks]) -> None:
        self._layout.removeWidget(self._body)
        self._body.deleteLater()
        self._body = QWidget()
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        self.bars = []
        if not programmes:
            column.addWidget(plain_label(
                tr("No programme followed yet. Start one from Today to see, week by week, how "
                "much of it you kept."), role="muted", wrap=True))
        for p in programmes:
            state = "" if p.state == "active" else f" ({p.state})"
            column.addWidget(plain_label(f"{p.title}{state}", wrap=True))
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(4)
            for row, week in enumerate(p.weeks[-MAX_ROWS:]):
                current = " · now" if week.week == p.current else ""
                # Two short lines beside the bar rather than one long row: at large text in
                # a small window the card stays narrow.
                cell = QWidget()
                lines = QVBoxLayout(cell)
                lines.setContentsMargins(0, 0, 0, 0)
                lines.setSpacing(0)
                lines.addWidget(plain_label(tr("Week {week}{current} · {week_dates}").format(
                    week=week.week, current=current, week_dates=week_dates(week))))
                lines.addWidget(plain_label(
                    tr("%n run(s)", None, week.runs) + " · "
                    + tr("%n rest day(s)", None, week.rest_days),
                    role="muted"))
                grid.addWidget(cell, row, 0)
                bar = QProgressBar()
                bar.setRange(0, max(week.planned, 1))
                bar.setValue(min(week.done, max(week.planned, 1)))
                bar.setMinimumWidth(40)
                bar.setTextVisible(False)  # the theme's bars are thin: the count is beside
                bar.setAccessibleName(tr("Week {week}: {done} of {planned} done").format(
                    week=week.week, done=week.done, planned=week.planned))
                self.bars.append(bar)
                grid.addWidget(bar, row, 1)
                grid.addWidget(plain_label(tr("{done} of {planned}").format(
                    done=week.done, planned=week.planned)), row, 2)
            grid.setColumnStretch(1, 1)
            column.addLayout(grid)
        self._layout.insertWidget(2, self._body)
