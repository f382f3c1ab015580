"""The pain-monitoring model: from the runner's ratings, whether the next session goes on as
planned, is eased, may progress, or should wait for a professional's look.

The model is Silbernagel's (Silbernagel et al. 2007, Am J Sports Med 35(6):897–906, after
Thomeé's pain-monitoring model of 1997), as physiotherapists use it with tendon loading:

* Pain up to 5/10 during and after a session is acceptable, if it has settled by the next
  morning and morning pain and stiffness are not rising week on week.
* Pain above 5, pain not settled by the next morning, or morning pain or stiffness rising week
  on week: the next session is eased (one step down in load or reps).
* A pain-free session whose pain stayed settled by morning: the programme's next step up
  (added load, fewer but heavier reps) may go ahead; otherwise the load stays where it is.
* Sharp pain, or pain above 7/10: stop, and see a physiotherapist or doctor.

What the publications leave open is Supple's choice, and each is a named constant below:
"settled" is a next-morning pain back within the safe 0–2 or no higher than the morning before
the session; "rising week on week" compares the median morning rating of the last 7 days with
the 7 before, each with at least 3 mornings rated, and a rise of a whole point (a median, so
one bad morning is not a trend); ratings older than 7 days decide nothing. Tightness is what
the runner feels as stiffness. A mixed rating (one number for "tightness or pain", from before
the two were rated apart) is never read as pain: it decides nothing.

The advice is a plain sentence about what to do next, never a diagnosis. Pure: the ratings and
today's date in, an ``Advice`` out. The rules and their source are in docs/evidence.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from statistics import median

from supple.core.wording import WEEKDAY, date_text, tr

ACCEPTABLE = 5  # pain up to this during, after and the next morning is acceptable
STOP_ABOVE = 7  # pain above this: stop and see a professional
SAFE = 2  # a next-morning pain within 0..SAFE has settled, whatever the morning before
FRESH_DAYS = 7  # ratings older than this decide nothing
WEEK = 7
MIN_MORNINGS = 3  # mornings rated in each week before two weeks are compared
RISE = 1.0  # a rise of the weekly median by this much is "rising week on week"


class When(Enum):
    """When a rating was given. ``BEFORE`` is only ever a mixed rating (the library asked it)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"
    MORNING = "morning"


@dataclass(frozen=True, slots=True)
class Rating:
    """One rating on the runner's local ``day``; ``mixed`` is set instead of ``pain`` and
    ``tightness`` for a rating from before they were rated apart."""

    day: date
    when: When
    pain: int | None = None
    tightness: int | None = None
    sharp: bool = False
    mixed: int | None = None


class AdviceKind(Enum):
    GO_ON = "go_on"  # the same load as planned, no pain-gated step up
    EASE = "ease"  # one step down in load or reps for the next session
    PROGRESS = "progress"  # the programme's next step up may go ahead
    SEE_PROFESSIONAL = "see_professional"  # stop, and have it looked at


class Reason(Enum):
    """Which rule decided: for the screens (and tests) to tell the cases apart."""

    NO_RATINGS = "no_ratings"
    ONLY_MIXED = "only_mixed"
    STALE = "stale"
    SHARP = "sharp"
    ABOVE_STOP = "above_stop"
    SESSION_ABOVE = "session_above"
    NOT_SETTLED = "not_settled"
    MORNING_ABOVE = "morning_above"
    MORNING_RISING = "morning_rising"
    AWAITING_MORNING = "awaiting_morning"
    NO_MORNING = "no_morning"
    NO_BASELINE = "no_baseline"
    MORNINGS_ONLY = "mornings_only"
    PAIN_FREE = "pain_free"
    SETTLED = "settled"


@dataclass(frozen=True, slots=True)
class Advice:
    kind: AdviceKind
    reason: Reason
    text: str


def _session_names(day: date, today: date) -> tuple[str, str]:
    """("today's session", "today's pain"), the same for yesterday, or for a weekday (within a
    week): how the advice names the last session, and the pain after it."""
    ago = (today - day).days
    if ago == 0:
        return tr("today's session"), tr("today's pain")
    if ago == 1:
        return tr("yesterday's session"), tr("yesterday's pain")
    weekday = date_text(day, WEEKDAY)
    return (tr("{weekday}'s session").format(weekday=weekday),
            tr("{weekday}'s pain").format(weekday=weekday))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _weekly_rise(mornings: list[Rating], today: date, attr: str) -> tuple[float, float] | None:
    """(the week before's median, this week's) if this week's is higher by ``RISE``."""

    def values(first: date, last: date) -> list[int]:
        found = (getattr(m, attr) for m in mornings if first <= m.day <= last)
        return [v for v in found if v is not None]

    this_week = values(today - timedelta(days=WEEK - 1), today)
    week_before = values(today - timedelta(days=2 * WEEK - 1), today - timedelta(days=WEEK))
    if len(this_week) < MIN_MORNINGS or len(week_before) < MIN_MORNINGS:
        return None  # a missed week (or too few mornings) compares nothing
    before, now = float(median(week_before)), float(median(this_week))
    return (before, now) if now - before >= RISE else None


def _rising(mornings: list[Rating], today: date) -> Advice | None:
    for attr in ("pain", "tightness"):
        rise = _weekly_rise(mornings, today, attr)
        if rise is not None:
            before, now = f"{rise[0]:g}", f"{rise[1]:g}"
            text = tr(
                "Morning pain has risen week on week (typically {before}/10 the week before, "
                "{now}/10 this week): ease the next session, one step down in load or reps."
            ) if attr == "pain" else tr(
                "Morning stiffness has risen week on week (typically {before}/10 the week "
                "before, {now}/10 this week): ease the next session, one step down in load or "
                "reps.")
            return Advice(AdviceKind.EASE, Reason.MORNING_RISING,
                          text.format(before=before, now=now))
    return None


def advise(ratings: Iterable[Rating], today: date) -> Advice:
    """The advice for the next session, from every rating up to ``today`` (any order)."""
    usable = [r for r in ratings if r.day <= today]
    apart = [r for r in usable if r.mixed is None
             and (r.pain is not None or r.tightness is not None or r.sharp)]
    if not apart:
        if any(r.mixed is not None for r in usable):
            return Advice(AdviceKind.GO_ON, Reason.ONLY_MIXED, tr(
                "Your ratings so far give one number for tightness or pain together, so they "
                "cannot tell how your calves take the load: go on as planned, and rate pain "
                "and tightness apart from now on."))
        return Advice(AdviceKind.GO_ON, Reason.NO_RATINGS, tr(
            "No ratings yet: go on as planned, and rate pain and tightness after each session "
            "and the next morning."))
    fresh = [r for r in apart if r.day > today - timedelta(days=FRESH_DAYS)]
    if not fresh:
        ago = (today - max(r.day for r in apart)).days
        return Advice(AdviceKind.GO_ON, Reason.STALE, tr(
            "Your last rating is from %n day(s) ago: go on at the load you last used, not "
            "heavier, and rate pain and tightness after the next session and the next "
            "morning.", None, ago))
    mornings = sorted((r for r in apart if r.when is When.MORNING and r.pain is not None),
                      key=lambda r: r.day)
    sessions = [r for r in fresh if r.when in (When.DURING, When.AFTER)
                and (r.pain is not None or r.sharp)]
    last_day = max((r.day for r in sessions), default=None)
    fresh_mornings = [m for m in mornings if m.day > today - timedelta(days=FRESH_DAYS)]
    # What counts for the stop signs: the last session's day on, or the latest morning.
    recent = fresh_mornings[-1:] if last_day is None else [r for r in fresh if r.day >= last_day]
    name, its_pain = ("", "") if last_day is None else _session_names(last_day, today)

    # 1. Stop signs.
    if any(r.sharp for r in recent):
        return Advice(AdviceKind.SEE_PROFESSIONAL, Reason.SHARP, tr(
            "You noted a sharp pain with {session}: stop the programme for now and see a "
            "physiotherapist or doctor before going on.").format(
                session=name or tr("a session")))
    worst = max((r.pain for r in recent if r.pain is not None), default=0)
    if worst > STOP_ABOVE:
        return Advice(AdviceKind.SEE_PROFESSIONAL, Reason.ABOVE_STOP, tr(
            "Pain reached {pain}/10, above {limit}: stop the programme for now and see a "
            "physiotherapist or doctor before going on.").format(pain=worst, limit=STOP_ABOVE))

    # 2. The last session: its own pain, then whether it settled by the next morning.
    morning_after: Rating | None = None
    baseline: Rating | None = None
    session_pain = 0
    if last_day is not None:
        session_pain = max((r.pain for r in sessions if r.day == last_day and r.pain is not None),
                           default=0)
        if session_pain > ACCEPTABLE:
            return Advice(AdviceKind.EASE, Reason.SESSION_ABOVE, tr(
                "Pain reached {pain}/10 during or after {session}, above the {limit} that is "
                "acceptable: ease the next session, one step down in load or reps.").format(
                    pain=session_pain, session=name, limit=ACCEPTABLE))
        morning_after = next((m for m in mornings if m.day > last_day), None)
        baseline = next((m for m in reversed(mornings) if last_day - timedelta(days=WEEK)
                         < m.day <= last_day), None)
        if morning_after is not None and morning_after.pain is not None:
            pain, usual = morning_after.pain, None if baseline is None else baseline.pain
            if pain > ACCEPTABLE or (usual is not None and pain > max(SAFE, usual)):
                text = tr(
                    "The pain after {session} had not settled by morning ({pain}/10): ease "
                    "the next session, one step down in load or reps.") if usual is None else tr(
                    "The pain after {session} had not settled by morning ({pain}/10, up from "
                    "{before}/10 the morning before): ease the next session, one step down in "
                    "load or reps.")
                return Advice(AdviceKind.EASE, Reason.NOT_SETTLED,
                              text.format(session=name, pain=pain, before=usual))

    # 3. The latest morning on its own, and the mornings week on week.
    latest = fresh_mornings[-1] if fresh_mornings else None
    if latest is not None and latest.pain is not None and latest.pain > ACCEPTABLE:
        return Advice(AdviceKind.EASE, Reason.MORNING_ABOVE, tr(
            "Morning pain was {pain}/10, above the {limit} that is acceptable: ease the next "
            "session, one step down in load or reps.").format(
                pain=latest.pain, limit=ACCEPTABLE))
    rising = _rising(mornings, today)
    if rising is not None:
        return rising

    # 4. Nothing against it: go on, or progress after a pain-free session that stayed settled.
    if last_day is None:
        return Advice(AdviceKind.GO_ON, Reason.MORNINGS_ONLY, tr(
            "Your mornings are within what is acceptable: go on as planned, and rate pain "
            "during and after the next session."))
    if morning_after is None:
        if last_day == today:
            if session_pain == 0:
                text = tr("{session} was pain-free: if it is still pain-free tomorrow "
                          "morning, the programme's next step up may follow.").format(
                              session=_capital(name))
            else:
                text = tr("Pain stayed within {limit}/10 during and after {session}: go on "
                          "as planned, and rate tomorrow morning to see that it settles.").format(
                              limit=ACCEPTABLE, session=name)
            return Advice(AdviceKind.GO_ON, Reason.AWAITING_MORNING, text)
        return Advice(AdviceKind.GO_ON, Reason.NO_MORNING, tr(
            "No morning rating since {session}, so there is no telling whether the pain "
            "settled: go on as planned, not heavier, and rate tomorrow morning.").format(
                session=name))
    assert morning_after.pain is not None
    if baseline is None and morning_after.pain > SAFE:
        return Advice(AdviceKind.GO_ON, Reason.NO_BASELINE, tr(
            "Morning pain was {pain}/10, with no earlier morning to compare it with: go on as "
            "planned, not heavier; the next mornings will tell whether it is settling.").format(
                pain=morning_after.pain))
    if session_pain == 0:
        return Advice(AdviceKind.PROGRESS, Reason.PAIN_FREE, tr(
            "{session} was pain-free and stayed settled by morning: the programme's next step "
            "up (more load, or fewer and heavier reps) may go ahead.").format(
                session=_capital(name)))
    return Advice(AdviceKind.GO_ON, Reason.SETTLED, tr(
        "{whose_pain} settled by morning: go on as planned.").format(
            whose_pain=_capital(its_pain)))
