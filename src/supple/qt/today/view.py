"""The Today view: painted from a :class:`TodaySummary` alone, so it shows at once from the
index saved at the last start and is painted again when the summary is worked out afresh.

It holds no state of its own beyond the summary it shows; every button is a signal that the
window's ``TodayController`` acts on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supple.core.wording import LONG_DATE, date_text
from supple.qt.i18n import QT_TR_NOOP, tr
from supple.qt.today.morning import MorningRating
from supple.qt.today.summary import (
    ADVICE_HEADINGS,
    STATUS_WORDS,
    PlanLine,
    TodaySummary,
)
from supple.qt.widgets.plain_text import plain_label


def _card(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(6)
    return frame, layout


def week_text(plan: PlanLine) -> str:
    if plan.paused:
        return tr("Paused: nothing is due until you resume it.")
    if plan.week is None:
        return tr("Not under way today (it starts later, or it is over).")
    text = tr("Week {week} of {weeks}").format(week=plan.week, weeks=plan.weeks)
    return f"{text} · {plan.phase}" if plan.phase else text


class TodayView(QWidget):
    """What is due today, the advice, and the Start button of the next due routine."""

    startRequested = Signal()  # the next due routine
    enrolRequested = Signal()
    pauseRequested = Signal(str)  # enrolment uuid
    resumeRequested = Signal(str)
    switchRequested = Signal(str)
    finishRequested = Signal(str)
    morningRated = Signal(object, object)  # pain, tightness
    morningDismissed = Signal()
    calfTestRequested = Signal()

    def __init__(self, summary: TodaySummary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: TodaySummary | None = None
        self.title = plain_label(tr("Today"), role="title")
        self.enrol_button = QPushButton(tr("Start a programme…"))
        self.enrol_button.clicked.connect(self.enrolRequested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.enrol_button)
        self.morning = MorningRating()
        self.morning.rated.connect(self.morningRated)
        self.morning.dismissed.connect(self.morningDismissed)
        self.morning.hide()
        self.advice_heading = plain_label(role="heading", wrap=True)
        self.advice_text = plain_label(wrap=True)
        self.advice_card, advice_layout = _card()
        advice_layout.addWidget(self.advice_heading)
        advice_layout.addWidget(self.advice_text)
        self.advice_after_morning = plain_label(
            tr("Your rating this morning, above, will be taken into this advice."), role="muted",
            wrap=True)
        advice_layout.addWidget(self.advice_after_morning)
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.startRequested)
        self.next_text = plain_label(role="muted", wrap=True)
        self.empty_text = plain_label(role="muted", wrap=True)
        self.calf_card, calf_layout = _card()
        self.calf_text = plain_label(wrap=True)
        self.calf_button = QPushButton(tr("Calf test…"))
        self.calf_button.setToolTip(tr("Heel raises to fatigue and knee to wall, each leg apart"))
        self.calf_button.clicked.connect(self.calfTestRequested)
        calf_row = QHBoxLayout()
        calf_row.addWidget(self.calf_text, 1)
        calf_row.addWidget(self.calf_button)
        calf_layout.addLayout(calf_row)
        self.calf_card.hide()
        self._plans = QVBoxLayout()
        self._plans.setSpacing(12)
        self.plan_cards: list[QFrame] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(self.morning)
        column.addWidget(self.advice_card)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.next_text)
        column.addWidget(self.calf_card)
        column.addWidget(self.empty_text)
        column.addLayout(self._plans)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_summary(summary)

    def show_summary(self, summary: TodaySummary | None, *, ask_morning: bool = False) -> None:
        """Paint ``summary`` (None: nothing known yet); ``ask_morning`` shows the morning
        rating."""
        self.summary = summary
        self.morning.setVisible(ask_morning)
        self.advice_after_morning.setVisible(ask_morning)
        for card in self.plan_cards:
            self._plans.removeWidget(card)
            card.deleteLater()
        self.plan_cards = []
        if summary is None:
            self.title.setText(tr("Today"))
            self.calf_card.hide()
            self.advice_card.hide()
            self.start_button.hide()
            self.next_text.hide()
            self.empty_text.setText(tr("Reading your programmes…"))
            self.empty_text.show()
            return
        self.title.setText(tr("Today · {date}").format(date=date_text(summary.day, LONG_DATE)))
        self.calf_text.setText(summary.calf_test or "")
        self.calf_card.setVisible(summary.calf_test is not None)
        self._show_advice(summary)
        self._show_next(summary)
        problems = list(summary.problems)
        problems += [tr("The programme {programme!r} you follow is no longer among your "
                        "programmes: put its file back, or finish it.").format(programme=pid)
                     for pid in summary.missing]
        if not summary.plans:
            problems.append(tr("No programme under way. A programme plans your routines over "
                               "weeks and paces them by how your calves respond."))
        self.empty_text.setText("\n".join(problems))
        self.empty_text.setVisible(bool(problems))
        for plan in summary.plans:
            card = self._plan_card(plan)
            self.plan_cards.append(card)
            self._plans.addWidget(card)

    def _show_advice(self, summary: TodaySummary) -> None:
        kind = summary.advice_kind
        if kind is None or summary.advice_text is None:
            self.advice_card.hide()
            return
        self.advice_card.setProperty("role", "alert" if kind == "see_professional" else "card")
        self.advice_card.style().unpolish(self.advice_card)
        self.advice_card.style().polish(self.advice_card)
        self.advice_heading.setText(tr(ADVICE_HEADINGS.get(kind, QT_TR_NOOP("Advice"))))
        self.advice_text.setText(summary.advice_text)
        self.advice_card.show()

    def _show_next(self, summary: TodaySummary) -> None:
        due = summary.due_today
        stop = summary.advice_kind == "see_professional"
        if due is not None:
            # After a stop sign the button stays, but no longer invites: the runner decides.
            self.start_button.setText(tr("Start {title} · {slot} {time}").format(
                title=due.title, slot=due.slot, time=due.time))
            self.start_button.setProperty("role", "" if stop else "primary")
            self.start_button.style().unpolish(self.start_button)
            self.start_button.style().polish(self.start_button)
            self.start_button.show()
        else:
            self.start_button.hide()
        nxt = summary.next_due
        if due is None and nxt is not None:
            when = tr("tomorrow") if (nxt.day - summary.day).days == 1 else \
                date_text(nxt.day, LONG_DATE)
            self.next_text.setText(tr(
                "Nothing more due today. Next: {title}, {when} at {time}.").format(
                title=nxt.title, when=when, time=nxt.time))
            self.next_text.show()
        elif due is not None and stop:
            self.next_text.setText(tr("The advice above says to stop for now: start it only "
                                      "once a physiotherapist or doctor has said you may."))
            self.next_text.show()
        else:
            self.next_text.hide()

    def _plan_card(self, plan: PlanLine) -> QFrame:
        frame, layout = _card()
        frame.setObjectName(f"plan-{plan.enrolment_uuid}")
        layout.addWidget(plain_label(plan.title, role="heading", wrap=True))
        sub = plan.programme_name if plan.title != plan.programme_name else ""
        sub = " · ".join(p for p in (sub, plan.detail) if p)
        if sub:
            layout.addWidget(plain_label(sub, role="muted", wrap=True))
        layout.addWidget(plain_label(week_text(plan), wrap=True))
        if plan.load and not plan.paused:
            layout.addWidget(plain_label(tr("Today's load: {load}").format(
                load=plan.load), wrap=True))
        if plan.note and not plan.paused:
            layout.addWidget(plain_label(plan.note, role="muted", wrap=True))
        if plan.items:
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            for row, item in enumerate(plan.items):
                grid.addWidget(plain_label(item.time), row, 0)
                grid.addWidget(plain_label(item.slot.capitalize(), role="muted"), row, 1)
                grid.addWidget(plain_label(item.title), row, 2)
                status = plain_label(tr(STATUS_WORDS.get(item.status, item.status)),
                                     role=None if item.status == "due" else "muted")
                status.setObjectName(f"status-{row}")
                grid.addWidget(status, row, 3)
            grid.setColumnStretch(4, 1)  # the status right after the routine, not far off
            layout.addLayout(grid)
        elif not plan.paused and plan.week is not None:
            layout.addWidget(plain_label(tr("Nothing due today: a rest day in this programme."),
                                         role="muted", wrap=True))
        if plan.week_planned:
            layout.addWidget(plain_label(
                tr("This week: {week_done} of {week_planned} done").format(
                    week_done=plan.week_done, week_planned=plan.week_planned), role="muted"))
        if plan.missed and not plan.paused:
            layout.addWidget(plain_label(
                tr("Missed in the last 7 days: {join}.").format(
                    join=', '.join(plan.missed)), role="muted",
                wrap=True))
        buttons = QHBoxLayout()
        uuid = plan.enrolment_uuid
        if plan.paused:
            self._button(buttons, tr("Resume"), lambda: self.resumeRequested.emit(uuid))
        else:
            self._button(buttons, tr("Pause"), lambda: self.pauseRequested.emit(uuid))
        self._button(buttons, tr("Switch…"), lambda: self.switchRequested.emit(uuid))
        self._button(buttons, tr("Finish"), lambda: self.finishRequested.emit(uuid))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def plan_buttons(self, enrolment_uuid: str) -> dict[str, QPushButton]:
        """The buttons of one plan's card by their text (for tests and keyboard users)."""
        for card in self.plan_cards:
            if card.objectName() == f"plan-{enrolment_uuid}":
                return {b.text(): b for b in card.findChildren(QPushButton)}
        return {}
