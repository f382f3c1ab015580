"""``supple programme start|status|pause|resume|finish``: following a programme from the shell.

The history keeps the enrolment (its start, pauses, side and where it hurts);
:class:`supple.core.coach.Coach` says what that means today. Several programmes may be
followed at once (the heel drops and the running companion): starting one while another is
under way says so and keeps both, and ``--instead`` switches (the others are finished, and
stay in the history). Every text from a file, the history or the user goes through
:func:`supple.cli.terminal.shown`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TextIO

from supple.cli import arguments
from supple.cli.faults import EXIT_AMBIGUOUS, EXIT_INVALID, EXIT_OK, Fault
from supple.cli.terminal import clock_text, day_text, shown
from supple.core.history.records import Enrolment, EnrolmentState, Location, local_time_zone
from supple.core.paths import AppPaths
from supple.core.wording import tr

if TYPE_CHECKING:
    from supple.core.coach import Coach, Plan
    from supple.core.history.store import HistoryStore
    from supple.core.library.catalog import Catalog
    from supple.core.programmes.adherence import Status
    from supple.core.programmes.loader import LoadedProgramme
    from supple.core.programmes.model import Answer, Programme

ACTIONS = ("start", "status", "pause", "resume", "finish")


def add_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    start = actions.add_parser("start", help=tr("start following a programme"))
    start.add_argument("programme", metavar="PROGRAMME", help=tr("a programme id or name"))
    start.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                       help=tr("the first day (YYYY-MM-DD, today, tomorrow; default: today)"))
    start.add_argument("--name", metavar="NAME", help=tr("a name of your own for it"))
    start.add_argument("--side", type=arguments.side, metavar="SIDE",
                       help=tr("the calf that hurts: left, right or both"))
    start.add_argument("--where", type=arguments.location, metavar="WHERE",
                       help=tr("for the Achilles programmes, where it hurts: mid-portion or "
                               "insertion (default: the programme's first answer)"))
    start.add_argument("--instead", action="store_true",
                       help=tr("switch: finish the programmes under way (kept in the history)"))
    status = actions.add_parser("status", help=tr("what is due today, the week, the advice"))
    status.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                        help=tr("as on another day (default: today)"))
    for verb, text in (("pause", tr("pause a programme: nothing is due until it is resumed")),
                       ("resume", tr("resume a programme: due again from today (or --date)")),
                       ("finish", tr("finish a programme: stop following it; it stays in the "
                                     "history"))):
        action = actions.add_parser(verb, help=text)
        action.add_argument("programme", metavar="PROGRAMME", nargs="?",
                            help=tr("which one, when several are under way"))
        action.add_argument("--date", type=arguments.day, default=None, metavar="DATE",
                            help=tr("from that day (default: today)"))


def cmd_enrolment(args: argparse.Namespace, paths: AppPaths, catalog: Catalog,
                  loaded: list[LoadedProgramme], out: TextIO) -> int:
    from supple.cli.history_access import open_history

    opened = open_history(paths)
    if isinstance(opened, Fault):
        print(opened.text(), file=sys.stderr)
        return opened.code
    store = opened
    try:
        day = args.date if args.date is not None else arguments.today()
        if args.programme_command == "start":
            result = _start(args, day, store, catalog, loaded, out)
        elif args.programme_command == "status":
            result = _status(day, store, catalog, loaded, out)
        else:
            result = _change(args.programme_command, args.programme, day, store, loaded, out)
    finally:
        store.close()
    if isinstance(result, Fault):
        print(result.text(), file=sys.stderr)
        return result.code
    return result


def _say(out: TextIO, text: str = "") -> None:
    out.write(shown(text) + "\n")


def _day(d: date) -> str:
    return day_text(d)


def _state(state: EnrolmentState) -> str:
    """``active``, ``paused``, ``finished``, as a person reads it."""
    return {EnrolmentState.ACTIVE: tr("active"), EnrolmentState.PAUSED: tr("paused"),
            EnrolmentState.FINISHED: tr("finished")}[state]


def _standing(status: Status) -> str:
    """How one of today's routines stands (``done``, ``due``…), as a person reads it."""
    from supple.core.programmes.adherence import Status

    return {Status.DONE: tr("done"), Status.STOPPED: tr("stopped"), Status.MISSED: tr("missed"),
            Status.DUE: tr("due"), Status.UPCOMING: tr("upcoming")}[status]


def lookup(key: str, loaded: list[LoadedProgramme]) -> LoadedProgramme | Fault:
    lowered = key.casefold()
    found = next((p for p in loaded if p.id == key), None) or next(
        (p for p in loaded if p.programme.name.casefold() == lowered), None)
    if found is None:
        known = ", ".join(p.id for p in loaded) or tr("none")
        return Fault(EXIT_INVALID, tr("supple: no programme called {name} (known: {ids}); "
                                      "see `supple programme list`").format(name=repr(key),
                                                                            ids=known))
    return found


def _label(enrolment: Enrolment, programmes: dict[str, LoadedProgramme]) -> str:
    found = programmes.get(enrolment.programme_id)
    name = found.programme.name if found is not None else enrolment.programme_id
    return f"{enrolment.name} ({name})" if enrolment.name else name


_PLACES = {loc.value for loc in Location if loc is not Location.NONE}


def _asks_where(answers: list[Answer]) -> bool:
    return any(a.id in _PLACES for a in answers)


def _where_question(programme: Programme) -> bool:
    return any(_asks_where(q.answers) for q in programme.questions)


def _start(args: argparse.Namespace, day: date, store: HistoryStore, catalog: Catalog,
           loaded: list[LoadedProgramme], out: TextIO) -> int | Fault:
    from supple.core.history.enrolment_store import AlreadyFollowing

    found = lookup(args.programme, loaded)
    if isinstance(found, Fault):
        return found
    programme = found.programme
    asks_where = _where_question(programme)
    if args.where is not None and not asks_where:
        return Fault(EXIT_INVALID, tr("supple: {programme} does not ask where it hurts; "
                                      "leave out --where").format(programme=repr(programme.name)))
    by_id = {p.id: p for p in loaded}
    under_way = [e for e in store.enrolments() if e.state is not EnrolmentState.FINISHED]
    again = next((e for e in under_way if e.programme_id == found.id), None)
    if again is not None:
        return Fault(EXIT_INVALID, tr(
            "supple: you are already following {programme} (since {day}, {state}). To start "
            "it afresh, finish it first: supple programme finish {id}").format(
                programme=programme.name, day=_day(again.start_day), state=_state(again.state),
                id=found.id))
    try:
        enrolment = store.enrol(found.id, day, time_zone=local_time_zone(), name=args.name,
                                side=args.side, location=args.where or Location.NONE,
                                once=True)
    except AlreadyFollowing as exc:  # another process started it since it was read
        again = store.enrolment(exc.uuid)
        return Fault(EXIT_INVALID, tr(
            "supple: you are already following {programme} (since {day}, started by another "
            "supple just now)").format(programme=programme.name, day=_day(again.start_day)))
    finished = []
    if args.instead:
        for other in under_way:
            store.finish_enrolment(other.uuid, max(arguments.today(), other.start_day))
            finished.append(other)
    last_day = day + timedelta(days=7 * programme.weeks - 1)
    _say(out, tr("Started {programme} on {day}; its last day is {last}.")
         .format(programme=_label(enrolment, by_id), day=_day(day), last=_day(last_day)))
    if args.side is not None:
        _say(out, tr("Side: {side}.").format(side=args.side.value))
    if asks_where:
        question = next(q for q in programme.questions if _asks_where(q.answers))
        if args.where is None:
            answer = question.default_answer
            _say(out, tr("{question} {answer} (the default; give --where to choose).").format(
                question=question.ask, answer=answer.label))
        else:
            answer = next((a for a in question.answers if a.id == args.where.value),
                          question.default_answer)
            _say(out, f"{question.ask} {answer.label}.")
    _first_due(enrolment, store, found, day, catalog, out)
    for other in finished:
        _say(out, tr("Finished {programme}, which you had followed since {day}; it stays in "
                     "the history.").format(programme=_label(other, by_id),
                                            day=_day(other.start_day)))
    others = [e for e in under_way if e not in finished]
    if others:
        names = "; ".join(tr("{programme} (since {day}, {state})").format(
            programme=_label(e, by_id), day=_day(e.start_day), state=_state(e.state))
            for e in others)
        _say(out, tr("You are also following {programmes}. Both are kept: their routines are "
                     "due side by side. To switch instead, finish the other with "
                     "`supple programme finish {id}`, or start with --instead.").format(
                         programmes=names, id=others[0].programme_id))
    return EXIT_OK


def _first_due(enrolment: Enrolment, store: HistoryStore, found: LoadedProgramme, day: date,
               catalog: Catalog, out: TextIO) -> None:
    from supple.core.coach import schedule_for

    schedule = schedule_for(enrolment, found, store.runs(), day)
    first = schedule.between(day, schedule.end)
    if first:
        o = first[0]
        _say(out, tr("First due: {routine}, {day} at {time}.").format(
            routine=_routine_name(o.routine_id, catalog), day=_day(o.day),
            time=clock_text(o.wall_time)))
    else:
        _say(out, tr("Nothing of it is due yet: its routines follow your runs "
                     "(add them with `supple runs add`)."))


def _coach(store: HistoryStore, loaded: list[LoadedProgramme]) -> Coach:
    from supple.core.coach import Coach

    return Coach(store, loaded)


def _status(day: date, store: HistoryStore, catalog: Catalog, loaded: list[LoadedProgramme],
            out: TextIO) -> int:
    coach = _coach(store, loaded)
    plans = coach.plans(day)
    for gone in coach.missing():
        print(shown(tr("supple: you started the programme {name} on {day}, but it is not "
                       "installed any more; finish it with `supple programme finish {id}`")
                    .format(name=repr(gone.programme_id), day=_day(gone.start_day),
                            id=gone.programme_id)), file=sys.stderr)
    if not plans:
        _say(out, tr("You are not following a programme. Start one with "
                     "`supple programme start PROGRAMME` (see `supple programme list`)."))
        return EXIT_OK
    for i, plan in enumerate(plans):
        if i:
            _say(out)
        _plan_status(coach, plan, day, catalog, out)
    advice = coach.advice(day)
    if advice is not None:
        _say(out)
        _say(out, tr("Advice: {advice}").format(advice=advice.text))
    return EXIT_OK


def _routine_name(routine_id: str, catalog: Catalog) -> str:
    card = catalog.by_id(routine_id)
    return card.name if card is not None else routine_id


def _plan_status(coach: Coach, plan: Plan, day: date, catalog: Catalog, out: TextIO) -> None:
    from supple.cli.programme import load_text, routine_of

    e = plan.enrolment
    programme = plan.programme.programme
    _say(out, _label(e, {plan.programme.id: plan.programme})
         + (", " + e.side.label if e.side is not None else "")
         + (", " + e.location.label if e.location is not Location.NONE
            else ""))
    if plan.paused:
        since = e.pauses[-1].first_day if e.pauses else e.updated_at.date()
        _say(out, "  " + tr("Paused since {day}: nothing is due until you resume it "
                            "(supple programme resume {id}).").format(
                                day=_day(since), id=plan.programme.id))
        return
    today = coach.day(plan, day)
    if day < e.start_day:
        _say(out, "  " + tr("Starts on {day}.").format(day=_day(e.start_day)))
    elif today.week is None and day > plan.schedule.end:
        _say(out, "  " + tr("Its %n week(s) ended on {day}: finish it with "
                            "`supple programme finish {id}`.", None, programme.weeks).format(
                                day=_day(plan.schedule.end), id=plan.programme.id))
    elif today.week is not None:
        started = _day(e.start_day)
        if today.phase:
            _say(out, "  " + tr("Week {week} of {weeks}: {phase} (started {day}).").format(
                week=today.week, weeks=programme.weeks, phase=today.phase, day=started))
        else:
            _say(out, "  " + tr("Week {week} of {weeks} (started {day}).").format(
                week=today.week, weeks=programme.weeks, day=started))
    if today.items:
        _say(out, "  " + tr("Today, {day}:").format(day=_day(day)))
        slot_width = max(len(item.occurrence.slot) for item in today.items)
        name_width = max(len(_routine_name(i.occurrence.routine_id, catalog))
                         for i in today.items)
        for item in today.items:
            o = item.occurrence
            _say(out, f"    {clock_text(o.wall_time)}  {o.slot:<{slot_width}}  "
                 f"{_routine_name(o.routine_id, catalog):<{name_width}}  "
                 f"{_standing(item.status)}")
            routine = routine_of(o.routine_id, catalog)
            _say(out, "           " + tr("load: {load}").format(load=load_text(routine,
                                                                              o.change)))
    elif today.week is not None:
        _say(out, "  " + tr("Nothing is due today, {day}: a rest day.").format(day=_day(day)))
    upcoming = today.next_due
    if upcoming is not None:
        o = upcoming.occurrence
        _say(out, "  " + tr("Next due: {routine} at {time} (supple run --due).").format(
            routine=_routine_name(o.routine_id, catalog), time=clock_text(o.wall_time)))
    elif day <= plan.schedule.end:
        after = plan.schedule.next_after(
            datetime.combine(day, datetime.max.time(), tzinfo=plan.schedule.zone))
        if after is not None:
            _say(out, "  " + tr("Next due: {routine}, {day} at {time}.").format(
                routine=_routine_name(after.routine_id, catalog), day=_day(after.day),
                time=clock_text(after.wall_time)))
    kept = coach.adherence(plan, day)
    if today.week is not None and today.week in kept.by_week:
        week = kept.by_week[today.week]
        _say(out, "  " + tr("This week: {done} done of {planned} planned").format(
            done=week.done, planned=week.planned)
            + (tr(", {missed} missed").format(missed=week.missed) if week.missed else "")
            + ".")
    overall = kept.overall
    so_far = overall.done + overall.missed + overall.stopped
    if so_far:
        _say(out, "  " + tr("So far: {done} of {total} done ({percent} %)").format(
            done=overall.done, total=so_far, percent=round(100 * overall.done / so_far))
            + (tr(", {missed} missed").format(missed=overall.missed) if overall.missed else "")
            + (tr(", {stopped} stopped early").format(stopped=overall.stopped)
               if overall.stopped else "") + ".")


def _candidates(verb: str, enrolments: list[Enrolment]) -> list[Enrolment]:
    wanted = {"pause": (EnrolmentState.ACTIVE,), "resume": (EnrolmentState.PAUSED,),
              "finish": (EnrolmentState.ACTIVE, EnrolmentState.PAUSED)}[verb]
    return [e for e in enrolments if e.state in wanted]


def _matches(key: str, e: Enrolment, programmes: dict[str, LoadedProgramme]) -> bool:
    lowered = key.casefold()
    found = programmes.get(e.programme_id)
    return (e.programme_id == key or (e.name is not None and e.name.casefold() == lowered)
            or (found is not None and found.programme.name.casefold() == lowered))


def _pick(verb: str, key: str | None, store: HistoryStore,
          programmes: dict[str, LoadedProgramme]) -> Enrolment | Fault:
    under_way = [e for e in store.enrolments() if e.state is not EnrolmentState.FINISHED]
    fitting = _candidates(verb, under_way)
    if key is not None:
        named = [e for e in under_way if _matches(key, e, programmes)]
        if not named:
            known = ", ".join(e.programme_id for e in under_way) or tr("none")
            return Fault(EXIT_INVALID, tr("supple: you are not following a programme called "
                                          "{name} (under way: {ids})").format(name=repr(key),
                                                                              ids=known))
        fitting = [e for e in named if e in fitting]
        if not fitting:
            e = named[0]
            cannot = {"pause": tr("supple: {programme} is {state}; it cannot be paused"),
                      "resume": tr("supple: {programme} is {state}; it cannot be resumed"),
                      "finish": tr("supple: {programme} is {state}; it cannot be finished")}
            if verb == "pause" and e.state is EnrolmentState.PAUSED:
                said = tr("supple: {programme} is paused already")
            elif verb == "resume" and e.state is EnrolmentState.ACTIVE:
                said = tr("supple: {programme} is not paused: it is under way")
            else:
                said = cannot[verb]
            return Fault(EXIT_INVALID, said.format(programme=_label(e, programmes),
                                                   state=_state(e.state)))
    if not fitting:
        return Fault(EXIT_INVALID, {"pause": tr("supple: no programme is under way to pause"),
                                    "resume": tr("supple: no programme is paused to resume"),
                                    "finish": tr("supple: no programme is under way to finish"),
                                    }[verb])
    if len(fitting) > 1:
        listed = "\n".join("  " + tr("{id}  ({programme}, since {day})").format(
            id=e.programme_id, programme=_label(e, programmes), day=_day(e.start_day))
            for e in fitting)
        which = {"pause": tr("supple: you are following %n programme(s); say which to pause:",
                             None, len(fitting)),
                 "resume": tr("supple: you are following %n programme(s); say which to "
                              "resume:", None, len(fitting)),
                 "finish": tr("supple: you are following %n programme(s); say which to "
                              "finish:", None, len(fitting))}[verb]
        return Fault(EXIT_AMBIGUOUS, f"{which}\n{listed}")
    return fitting[0]


def _change(verb: str, key: str | None, day: date, store: HistoryStore,
            loaded: list[LoadedProgramme], out: TextIO) -> int | Fault:
    programmes = {p.id: p for p in loaded}
    picked = _pick(verb, key, store, programmes)
    if isinstance(picked, Fault):
        return picked
    change = {"pause": store.pause_enrolment, "resume": store.resume_enrolment,
              "finish": store.finish_enrolment}[verb]
    try:
        changed = change(picked.uuid, day)
    except ValueError as exc:  # another process changed it since it was read
        return Fault(EXIT_INVALID, f"supple: {exc}")
    label = _label(changed, programmes)
    if verb == "pause":
        _say(out, tr("Paused {programme} from {day}: nothing of it is due until you resume "
                     "it (supple programme resume {id}).").format(
                         programme=label, day=_day(day), id=changed.programme_id))
    elif verb == "resume":
        _say(out, tr("Resumed {programme}: due again from {day}.").format(programme=label,
                                                                        day=_day(day)))
    else:
        _say(out, tr("Finished {programme} on {day}. It stays in the history; start a "
                     "programme again with `supple programme start PROGRAMME`.").format(
                         programme=label, day=_day(day)))
    return EXIT_OK
