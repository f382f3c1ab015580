"""The report as plain text, to paste into an email: short lines, headed sections, tables in
fixed columns. The PDF prints the same sentences (``summary_lines`` and the helpers below), so
the two say the same thing in the same words."""

from __future__ import annotations

from collections.abc import Iterator

from supple.core.report.model import (
    CalfTests,
    Prescribed,
    Report,
    day_text,
    figure,
)
from supple.core.wording import QT_TR_NOOP, counted

TITLE = QT_TR_NOOP("Calf care progress report")


def period_text(report: Report) -> str:
    q = report.query
    return f"{day_text(q.first)} to {day_text(q.last)} ({counted(q.days, 'day')})"


def complaint_lines(report: Report) -> list[str]:
    lines = []
    for c in report.complaints:
        where = ", ".join(x for x in (c.side and f"{c.side} side",
                                      c.location and f"{c.location} Achilles pain") if x)
        lines.append(f"{c.programme}, from {day_text(c.start)} ({c.state})"
                     + (f": {where}" if where else ""))
    return lines


def share(done: int, planned: int | None) -> str:
    if not planned:
        return f"{done}"
    return f"{done} of {planned} ({round(100 * done / planned)} %)"


def adherence_lines(report: Report) -> list[str]:
    kept = report.adherence
    first, last = kept.active_window
    lines = []
    if kept.planned:
        lines.append(f"Planned sessions done: {share(kept.done, kept.planned)}.")
    lines.append(f"Sessions: {kept.sessions}, of which {kept.completed} completed and "
                 f"{len(kept.stopped)} stopped early or interrupted; "
                 f"{counted(kept.steps_skipped, 'step')} skipped.")
    lines.append(f"Active days in the last 30 ({day_text(first)} to {day_text(last)}): "
                 f"{kept.active_days_30} of 30.")
    return lines


def activity_lines(report: Report) -> list[str]:
    act = report.activity
    minutes = sum(r.minutes for r in act.runs)
    km = sum(r.distance_km or 0 for r in act.runs)
    run_days = len({r.day for r in act.runs})
    line = (f"{counted(len(act.runs), 'run')} on {counted(run_days, 'day')} "
            f"({minutes:.0f} min")
    line += f", {km:.1f} km)" if km else ")"
    return [line + f"; {counted(len(act.rest_days), 'rest day')} (no session, no run)."]


def calf_test_lines(tests: CalfTests) -> list[str]:
    lines = []
    for side in ("left", "right"):
        span = tests.first_last(side)
        if span is not None:
            lines.append(f"{side.capitalize()}: {span[0]:g} → {span[1]:g} {tests.unit}")
    return lines


def advice_summary(report: Report) -> str | None:
    """``On the 84 days rated, the rules said: go on on 60, ease on 24.``"""
    if not report.advice_days:
        return None
    total = sum(n for _, n in report.advice_days)
    said = ", ".join(f"{kind} on {n}" for kind, n in report.advice_days)
    return f"On the {counted(total, 'day')} rated, the rules said: {said}."


def prescription_head(item: Prescribed) -> str:
    """``Alfredson eccentric heel drops (Alfredson heel drops, 12 weeks, week 12 of 12)``."""
    about = ", ".join(x for x in (item.programme, item.weeks) if x)
    return f"{item.routine} ({about})" if about else item.routine


def prescription_lines(item: Prescribed) -> Iterator[str]:
    head = prescription_head(item)
    yield head
    yield f"  How often: {item.how_often}"
    if item.missing:
        yield "  (the routine's file is no longer in the library: its exercises are unknown)"
    for ex in item.exercises:
        yield f"  - {ex.name}: {ex.dose}" + (f"; load: {ex.load}" if ex.load else "")


def render_text(report: Report) -> str:
    out: list[str] = [TITLE, "=" * len(TITLE), f"Period: {period_text(report)}"]
    if report.runner:
        out.append(f"Runner: {report.runner}")
    out += [f"Programme: {line}" for line in complaint_lines(report)]
    if report.statements:
        out.append("")
        out += report.statements

    out += _section("Prescription")
    for item in report.prescriptions:
        out += list(prescription_lines(item))
    if not report.prescriptions:
        out.append("Nothing was prescribed or done in this period.")

    out += _section("Adherence")
    out += adherence_lines(report)
    weeks = report.adherence.weeks
    if any(w.sessions or w.planned for w in weeks):
        out.append("")
        out += _table(["Week of", "Prog. week", "Planned", "Done", "Stopped", "Missed",
                       "Sessions"],
                      [[day_text(w.monday), _n(w.programme_week), _n(w.planned),
                        str(w.done) if w.planned else "–", str(w.stopped) if w.planned
                        else "–", _n(w.missed), str(w.sessions)] for w in weeks])
    if report.adherence.exercises:
        out.append("")
        out += _table(["Routine", "Exercise", "Done", "Skipped"],
                      [[e.routine, e.exercise, share(e.done, e.planned), str(e.skipped)]
                       for e in report.adherence.exercises])
    if report.adherence.stopped:
        out.append("")
        out.append("Stopped early or interrupted:")
        out += [f"  {day_text(s.day)}  {s.routine}: {s.outcome} after {s.steps_done} of "
                f"{s.steps_total} steps, {s.steps_skipped} skipped"
                for s in report.adherence.stopped]
    if report.adherence.notes:
        out.append("")
        out.append("Notes:")
        out += [f"  {day_text(n.day)}  {n.routine}: {' '.join(n.text.split())}"
                for n in report.adherence.notes]

    out += _section("Calf ratings (0–10)")
    ratings = report.ratings
    if ratings.days:
        out += _table(["Day", "During", "After", "Morning", "7-day avg", "Mixed", "Tightness"],
                      [[day_text(d.day), figure(d.during), figure(d.after), figure(d.morning),
                        figure(d.average_7), figure(d.mixed), figure(d.tightness)]
                       for d in ratings.days])
        if ratings.mixed_ratings:
            out.append(f"{counted(ratings.mixed_ratings, 'rating')} from before pain and "
                       "tightness were rated apart are shown as what they were: one mixed "
                       "\"tightness or pain\" number, never counted as pain.")
    else:
        out.append("No calf ratings in this period.")
    out.append(ratings.change_note)

    out += _section("Runs and rest days")
    out += activity_lines(report)
    for run in report.activity.runs:
        extra = f", {run.distance_km:.1f} km" if run.distance_km else ""
        feel = f", calves {run.calf_feel}/10" if run.calf_feel is not None else ""
        out.append(f"  {day_text(run.day)}  {run.minutes:.0f} min{extra}{feel}")

    out += _section("Advice from the pain-monitoring rules, and load changes")
    if not report.advice and not report.load_changes:
        out.append("No advice was given (no ratings) and the load did not change.")
    summary = advice_summary(report)
    if summary:
        out.append(summary)
    for a in report.advice:
        out.append(f"  {day_text(a.day)}  {a.kind}: {a.text}")
    for c in report.load_changes:
        out.append(f"  {day_text(c.day)}  {c.routine}, week {c.week}: load {c.direction}, "
                   f"{c.before} → {c.after}")

    out += _section("Calf tests, left against right")
    for tests in report.calf_tests:
        out.append(f"{tests.kind} ({tests.unit}):")
        if not tests.rows:
            out.append("  none in this period")
            continue
        out += ["  " + line for line in _table(
            ["Day", "Left", "Right"],
            [[day_text(r.day), _g(r.left), _g(r.right)] for r in tests.rows])]
        out += ["  " + line for line in calf_test_lines(tests)]
    out.append("")
    out.append(f"Made by Supple on {day_text(report.query.today)}.")
    return "\n".join(out) + "\n"


def _section(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _n(value: int | None) -> str:
    return "–" if value is None else str(value)


def _g(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in [header, *rows]]
