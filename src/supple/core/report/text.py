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
from supple.core.wording import QT_TR_NOOP, tr

TITLE = QT_TR_NOOP("Calf care progress report")
#: The enrolment's answers (stored values) as the report says them, for lupdate.
_SIDES = {"left": QT_TR_NOOP("left side"), "right": QT_TR_NOOP("right side"),
          "both": QT_TR_NOOP("both sides")}
_LOCATIONS = {"mid-portion": QT_TR_NOOP("mid-portion Achilles pain"),
              "insertion": QT_TR_NOOP("insertion Achilles pain")}
_STATES = (QT_TR_NOOP("active"), QT_TR_NOOP("paused"), QT_TR_NOOP("finished"))
_LOAD = {"up": QT_TR_NOOP("load up"), "down": QT_TR_NOOP("load down"),
         "changed": QT_TR_NOOP("load changed")}


def period_text(report: Report) -> str:
    q = report.query
    return tr("{first} to {last} ({days})").format(
        first=day_text(q.first), last=day_text(q.last), days=tr("%n day(s)", None, q.days))


def complaint_lines(report: Report) -> list[str]:
    lines = []
    for c in report.complaints:
        side = c.side and tr(_SIDES.get(c.side, c.side))
        location = c.location and (tr(_LOCATIONS[c.location]) if c.location in _LOCATIONS
                                   else tr("{location} Achilles pain").format(
                                       location=c.location))
        where = tr(", ").join(x for x in (side, location) if x)
        about = tr("{programme}, from {day} ({state})").format(
            programme=c.programme, day=day_text(c.start), state=tr(c.state))
        lines.append(tr("{programme}: {complaint}").format(programme=about, complaint=where)
                     if where else about)
    return lines


def share(done: int, planned: int | None) -> str:
    if not planned:
        return f"{done}"
    return tr("{done} of {planned} ({percent} %)").format(
        done=done, planned=planned, percent=round(100 * done / planned))


def adherence_lines(report: Report) -> list[str]:
    kept = report.adherence
    first, last = kept.active_window
    lines = []
    if kept.planned:
        lines.append(tr("Planned sessions done: {share}.").format(
            share=share(kept.done, kept.planned)))
    lines.append(tr("Sessions: {sessions}, of which {completed} completed and {stopped} stopped "
                    "early or interrupted; {skipped} skipped.").format(
        sessions=kept.sessions, completed=kept.completed, stopped=len(kept.stopped),
        skipped=tr("%n step(s)", None, kept.steps_skipped)))
    lines.append(tr("Active days in the last 30 ({first} to {last}): {days} of 30.").format(
        first=day_text(first), last=day_text(last), days=kept.active_days_30))
    return lines


def activity_lines(report: Report) -> list[str]:
    act = report.activity
    minutes = f"{sum(r.minutes for r in act.runs):.0f}"
    km = sum(r.distance_km or 0 for r in act.runs)
    runs = tr("%n run(s)", None, len(act.runs))
    days = tr("%n day(s)", None, len({r.day for r in act.runs}))
    rest = tr("%n rest day(s)", None, len(act.rest_days))
    if km:
        return [tr("{runs} on {days} ({minutes} min, {km} km); {rest} (no session, no run).")
                .format(runs=runs, days=days, minutes=minutes, km=f"{km:.1f}", rest=rest)]
    return [tr("{runs} on {days} ({minutes} min); {rest} (no session, no run).").format(
        runs=runs, days=days, minutes=minutes, rest=rest)]


def calf_test_lines(tests: CalfTests) -> list[str]:
    lines = []
    for side, template in (("left", QT_TR_NOOP("Left: {first} → {last} {unit}")),
                           ("right", QT_TR_NOOP("Right: {first} → {last} {unit}"))):
        span = tests.first_last(side)
        if span is not None:
            lines.append(tr(template).format(first=f"{span[0]:g}", last=f"{span[1]:g}",
                                             unit=tr(tests.unit)))
    return lines


def advice_summary(report: Report) -> str | None:
    """``On the 84 days rated, the rules said: go on on 60, ease on 24.``"""
    if not report.advice_days:
        return None
    total = sum(n for _, n in report.advice_days)
    said = tr(", ").join(tr("{advice} on {days}").format(advice=tr(kind), days=n)
                         for kind, n in report.advice_days)
    return tr("On the {days} rated, the rules said: {advice}.").format(
        days=tr("%n day(s)", None, total), advice=said)


def prescription_head(item: Prescribed) -> str:
    """``Alfredson eccentric heel drops (Alfredson heel drops, 12 weeks, week 12 of 12)``."""
    about = tr(", ").join(x for x in (item.programme, item.weeks) if x)
    return tr("{routine} ({about})").format(routine=item.routine, about=about) if about \
        else item.routine


def prescription_lines(item: Prescribed) -> Iterator[str]:
    head = prescription_head(item)
    yield head
    yield "  " + tr("How often: {how_often}").format(how_often=item.how_often)
    if item.missing:
        yield "  " + tr("(the routine's file is no longer in the library: its exercises are "
                        "unknown)")
    for ex in item.exercises:
        yield "  - " + (tr("{exercise}: {dose}; load: {load}").format(
            exercise=ex.name, dose=ex.dose, load=ex.load) if ex.load else tr(
            "{exercise}: {dose}").format(exercise=ex.name, dose=ex.dose))


def render_text(report: Report) -> str:
    title = tr(TITLE)
    out: list[str] = [title, "=" * len(title),
                      tr("Period: {period}").format(period=period_text(report))]
    if report.runner:
        out.append(tr("Runner: {name}").format(name=report.runner))
    out += [tr("Programme: {programme}").format(programme=line)
            for line in complaint_lines(report)]
    if report.statements:
        out.append("")
        out += report.statements

    out += _section(tr("Prescription"))
    for item in report.prescriptions:
        out += list(prescription_lines(item))
    if not report.prescriptions:
        out.append(tr("Nothing was prescribed or done in this period."))

    out += _section(tr("Adherence"))
    out += adherence_lines(report)
    weeks = report.adherence.weeks
    if any(w.sessions or w.planned for w in weeks):
        out.append("")
        out += _table([tr("Week of"), tr("Prog. week"), tr("Planned"),
                       tr("Done", "a column: how many were done"), tr("Stopped"), tr("Missed"),
                       tr("Sessions")],
                      [[day_text(w.monday), _n(w.programme_week), _n(w.planned),
                        str(w.done) if w.planned else "–", str(w.stopped) if w.planned
                        else "–", _n(w.missed), str(w.sessions)] for w in weeks])
    if report.adherence.exercises:
        out.append("")
        out += _table([tr("Routine"), tr("Exercise"), tr("Done", "a column: how many were done"),
                       tr("Skipped")],
                      [[e.routine, e.exercise, share(e.done, e.planned), str(e.skipped)]
                       for e in report.adherence.exercises])
    if report.adherence.stopped:
        out.append("")
        out.append(tr("Stopped early or interrupted:"))
        out += ["  " + tr("{day}  {routine}: {outcome} after {done} of {steps}, {skipped} "
                          "skipped").format(
                    day=day_text(s.day), routine=s.routine, outcome=tr(s.outcome),
                    done=s.steps_done, steps=tr("%n step(s)", None, s.steps_total),
                    skipped=s.steps_skipped)
                for s in report.adherence.stopped]
    if report.adherence.notes:
        out.append("")
        out.append(tr("Notes:"))
        out += [f"  {day_text(n.day)}  {n.routine}: {' '.join(n.text.split())}"
                for n in report.adherence.notes]

    out += _section(tr("Calf ratings (0–10)"))
    ratings = report.ratings
    if ratings.days:
        out += _table([tr("Day"), tr("During"), tr("After"), tr("Morning"), tr("7-day avg"),
                       tr("Mixed"), tr("Tightness")],
                      [[day_text(d.day), figure(d.during), figure(d.after), figure(d.morning),
                        figure(d.average_7), figure(d.mixed), figure(d.tightness)]
                       for d in ratings.days])
        if ratings.mixed_ratings:
            out.append(tr("%n rating(s) from before pain and tightness were rated apart are "
                          "shown as what they were: one mixed \"tightness or pain\" number, "
                          "never counted as pain.", None, ratings.mixed_ratings))
    else:
        out.append(tr("No calf ratings in this period."))
    out.append(ratings.change_note)

    out += _section(tr("Runs and rest days"))
    out += activity_lines(report)
    for run in report.activity.runs:
        minutes = f"{run.minutes:.0f}"
        if run.distance_km and run.calf_feel is not None:
            line = tr("{minutes} min, {km} km, calves {feel}/10")
        elif run.distance_km:
            line = tr("{minutes} min, {km} km")
        elif run.calf_feel is not None:
            line = tr("{minutes} min, calves {feel}/10")
        else:
            line = tr("{minutes} min")
        out.append(f"  {day_text(run.day)}  " + line.format(
            minutes=minutes, km=f"{run.distance_km or 0:.1f}", feel=run.calf_feel))

    out += _section(tr("Advice from the pain-monitoring rules, and load changes"))
    if not report.advice and not report.load_changes:
        out.append(tr("No advice was given (no ratings) and the load did not change."))
    summary = advice_summary(report)
    if summary:
        out.append(summary)
    for a in report.advice:
        out.append(f"  {day_text(a.day)}  " + tr("{advice}: {text}").format(
            advice=tr(a.kind), text=a.text))
    for c in report.load_changes:
        out.append(f"  {day_text(c.day)}  " + tr(
            "{routine}, week {week}: {load}, {before} → {after}").format(
                routine=c.routine, week=c.week, load=tr(_LOAD.get(c.direction, c.direction)),
                before=c.before, after=c.after))

    out += _section(tr("Calf tests, left against right"))
    for tests in report.calf_tests:
        out.append(tr("{test} ({unit}):").format(test=tr(tests.kind), unit=tr(tests.unit)))
        if not tests.rows:
            out.append("  " + tr("none in this period"))
            continue
        out += ["  " + line for line in _table(
            [tr("Day"), tr("Left"), tr("Right")],
            [[day_text(r.day), _g(r.left), _g(r.right)] for r in tests.rows])]
        out += ["  " + line for line in calf_test_lines(tests)]
    out.append("")
    out.append(tr("Made by Supple on {day}.").format(day=day_text(report.query.today)))
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
