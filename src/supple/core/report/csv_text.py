"""The report as one CSV table for the clinician's spreadsheet.

One "long" table, a row per figure: ``section, date, subject, measure, value, text``, so that
a spreadsheet's filter or pivot table gets any series out of it (the ratings by day, the
weeks' adherence, a side's calf tests) without the file holding several tables of different
shapes. Dates are ISO (``2026-12-07``), numbers have a dot and no unit (the measure names it).
A text a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``) is
written with a leading apostrophe, as OWASP advises for CSV files.

Languages: the header, the ``section`` and ``measure`` columns and the report's own subjects
(``first two weeks``, ``programme week 3``) are identifiers a filter, a pivot table or a
script addresses, so they are the same English in every language, as the ISO dates are; the
``text`` column holds sentences a person reads (the dose, how often, the advice, the verdict
on the change in pain) and is in the reader's language.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from supple.core.report.model import MCID_POINTS, MCID_SOURCE, Report
from supple.core.wording import tr

HEADER = ("section", "date", "subject", "measure", "value", "text")
Row = tuple[str, str, str, str, str, str]


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, int) else f"{round(value, 2):g}"


def _row(section: str, day: date | None, subject: str, measure: str,
         value: float | int | None = None, text: str = "") -> Row:
    return (section, "" if day is None else day.isoformat(), _safe(subject), measure,
            _num(value), _safe(" ".join(text.split())))


def rows(report: Report) -> list[Row]:
    q = report.query
    # untranslated: this function's sections, measures and subjects are identifiers (above)
    out = [_row("period", q.first, "", "first day"), _row("period", q.last, "", "last day"),
           _row("period", None, "", "days", q.days)]
    if report.runner:
        out.append(_row("period", None, report.runner, "runner"))
    for complaint in report.complaints:
        out.append(_row("programme", complaint.start, complaint.programme, "enrolment",
                        text=", ".join(x for x in (complaint.side, complaint.location,
                                                   complaint.state) if x)))
    for text in report.statements:
        out.append(_row("statement", None, "", "note", text=text))
    for p in report.prescriptions:
        # untranslated: an identifier
        out.append(_row("prescription", None, p.routine, "how often", text=p.how_often))
        for ex in p.exercises:
            dose = tr("{dose}; load: {load}").format(dose=ex.dose, load=ex.load) if ex.load \
                else ex.dose
            out.append(_row("prescription", None, f"{p.routine}: {ex.name}", "dose", text=dose))
    kept = report.adherence
    for w in kept.weeks:
        # untranslated: an identifier
        subject = "" if w.programme_week is None else f"programme week {w.programme_week}"
        out += [_row("week", w.monday, subject, "planned", w.planned),
                _row("week", w.monday, subject, "done", w.done if w.planned else None),
                _row("week", w.monday, subject, "stopped", w.stopped if w.planned else None),
                _row("week", w.monday, subject, "missed", w.missed),
                _row("week", w.monday, subject, "sessions", w.sessions),
                _row("week", w.monday, subject, "completed", w.completed)]
    for e in kept.exercises:
        subject = f"{e.routine}: {e.exercise}"
        out += [_row("exercise", None, subject, "planned", e.planned),
                _row("exercise", None, subject, "done", e.done),
                _row("exercise", None, subject, "skipped", e.skipped)]
    # untranslated: identifiers
    out += [_row("adherence", None, "", "planned", kept.planned),
            _row("adherence", None, "", "planned done", kept.done if kept.planned else None),
            _row("adherence", None, "", "sessions", kept.sessions),
            _row("adherence", None, "", "completed", kept.completed),
            _row("adherence", None, "", "stopped early or interrupted", len(kept.stopped)),
            _row("adherence", None, "", "steps skipped", kept.steps_skipped),
            _row("adherence", kept.active_window[1], "", "active days in the last 30",
                 kept.active_days_30)]
    for s in kept.stopped:
        out.append(_row("stopped", s.day, s.routine, s.outcome, s.steps_done, tr(
            "{done} of {steps}, {skipped} skipped").format(
                done=s.steps_done, steps=tr("%n step(s)", None, s.steps_total),
                skipped=s.steps_skipped)))
    for n in kept.notes:
        out.append(_row("note", n.day, n.routine, "note", text=n.text))
    for d in report.ratings.days:
        # untranslated: identifiers
        measures = (("pain during", d.during), ("pain after", d.after),
                    ("pain next morning", d.morning), ("pain 7-day average", d.average_7),
                    ("mixed tightness or pain", d.mixed), ("tightness", d.tightness))
        for measure, value in measures:
            if value is not None:
                out.append(_row("rating", d.day, "", measure, value))
    change = report.ratings.change
    if change is not None:
        # untranslated: identifiers
        out += [_row("pain change", None, "first two weeks", "mean pain", change.first_mean),
                _row("pain change", None, "last two weeks", "mean pain", change.last_mean),
                _row("pain change", None, "", "change", change.change, change.verdict()),
                _row("pain change", None, "", "MCID", MCID_POINTS, tr(MCID_SOURCE))]
    else:
        # untranslated: identifiers
        out.append(_row("pain change", None, "", "change", text=report.ratings.change_note))
    for r in report.activity.runs:
        out.append(_row("run", r.day, "", "minutes", r.minutes))
        if r.distance_km is not None:
            out.append(_row("run", r.day, "", "km", r.distance_km))
        if r.calf_feel is not None:
            out.append(_row("run", r.day, "", "calf feel", r.calf_feel))  # untranslated: ids
    # untranslated: identifiers
    out += [_row("rest day", d, "", "rest day") for d in report.activity.rest_days]
    for a in report.advice:
        out.append(_row("advice", a.day, "", a.kind, text=a.text))
    for kind, days in report.advice_days:
        out.append(_row("advice days", None, "", kind, days))  # untranslated: an identifier
    for change_ in report.load_changes:
        # untranslated: identifiers
        out.append(_row("load change", change_.day, change_.routine,
                        f"load {change_.direction}", change_.week,
                        f"{change_.before} → {change_.after}"))
    for t in report.calf_tests:
        for row in t.rows:
            for side in ("left", "right"):
                value = getattr(row, side)
                if value is not None:
                    # untranslated: identifiers
                    out.append(_row("calf test", row.day, t.kind, f"{side} ({t.unit})", value))
    return out


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows(report))
    return buffer.getvalue()
