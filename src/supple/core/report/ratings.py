"""The calf ratings of a period as daily series, and the change in pain it shows.

Pain rated during a session, after it and on the next morning are kept apart, each as the
day's mean. A rating from before pain and tightness were rated apart is one "tightness or
pain" number: it is its own series (``mixed``) and never counted as pain, neither in the
7-day average nor in the change. The 7-day average of a day is the mean of every pain rating
(during, after, morning) of that day and the six before it, within the period.

The change compares the mean of every pain rating in the first two weeks with that of the
last two; with fewer than four weeks the two would overlap, so there is none, and the report
says why (as it does when either end has no pain rating).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from statistics import fmean

from supple.core.history.records import RatingEntry, RatingMoment
from supple.core.report.model import (
    MCID_POINTS,
    MCID_SOURCE,
    WINDOW_DAYS,
    PainChange,
    Query,
    RatingDay,
    Ratings,
)
from supple.core.wording import tr

_PAIN = (RatingMoment.DURING, RatingMoment.AFTER, RatingMoment.MORNING)


def _mean(values: list[int]) -> float | None:
    return fmean(values) if values else None


def ratings_of(entries: Iterable[RatingEntry], query: Query) -> Ratings:
    pain: dict[date, dict[RatingMoment, list[int]]] = defaultdict(lambda: defaultdict(list))
    mixed: dict[date, list[int]] = defaultdict(list)
    tightness: dict[date, list[int]] = defaultdict(list)
    days: set[date] = set()
    for e in entries:
        if not query.first <= e.day <= query.last:
            continue
        if e.mixed is not None:
            mixed[e.day].append(e.mixed)
            days.add(e.day)
            continue
        if e.pain is not None and e.moment in _PAIN:
            pain[e.day][e.moment].append(e.pain)
            days.add(e.day)
        if e.tightness is not None:
            tightness[e.day].append(e.tightness)
            days.add(e.day)
    every_pain = {d: [v for values in moments.values() for v in values]
                  for d, moments in pain.items()}
    series = []
    for day in sorted(days):
        window = [v for i in range(7) for v in every_pain.get(day - timedelta(days=i), ())]
        moments = pain.get(day, {})
        series.append(RatingDay(
            day=day,
            during=_mean(moments.get(RatingMoment.DURING, [])),
            after=_mean(moments.get(RatingMoment.AFTER, [])),
            morning=_mean(moments.get(RatingMoment.MORNING, [])),
            mixed=_mean(mixed.get(day, [])),
            tightness=_mean(tightness.get(day, [])),
            average_7=_mean(window)))
    change, note = pain_change(every_pain, query)
    return Ratings(days=tuple(series), pain_ratings=sum(map(len, every_pain.values())),
                   mixed_ratings=sum(map(len, mixed.values())), change=change,
                   change_note=note)


def pain_change(pain: dict[date, list[int]], query: Query) -> tuple[PainChange | None, str]:
    """The change, and the sentence that states it with its threshold and source."""
    if query.days < 2 * WINDOW_DAYS:
        return None, tr("The period is shorter than four weeks, so the change in pain between "
                        "its first two and last two weeks is not given (the minimal clinically "
                        "important difference is {mcid} points).").format(mcid=f"{MCID_POINTS:g}")
    first_end = query.first + timedelta(days=WINDOW_DAYS - 1)
    last_start = query.last - timedelta(days=WINDOW_DAYS - 1)
    first = [v for d, values in pain.items() if d <= first_end for v in values]
    last = [v for d, values in pain.items() if d >= last_start for v in values]
    if not first or not last:
        if not first and not last:
            text = tr("No pain was rated in the first or the last two weeks of the period, so "
                      "the change in pain cannot be given.")
        elif not first:
            text = tr("No pain was rated in the first two weeks of the period, so the change in "
                      "pain cannot be given.")
        else:
            text = tr("No pain was rated in the last two weeks of the period, so the change in "
                      "pain cannot be given.")
        return None, text
    change = PainChange(fmean(first), len(first), fmean(last), len(last))
    return change, tr(
        "Mean pain (0–10, every rating during, after and the next morning): {first_mean} in "
        "the first two weeks ({first_ratings}), {last_mean} in the last two ({last_ratings}); "
        "{verdict}. The threshold is {mcid} points on a 0–10 numeric pain rating scale "
        "({source}).").format(
            first_mean=f"{change.first_mean:.1f}", last_mean=f"{change.last_mean:.1f}",
            first_ratings=tr("%n rating(s)", None, change.first_count),
            last_ratings=tr("%n rating(s)", None, change.last_count),
            verdict=change.verdict(), mcid=f"{MCID_POINTS:g}", source=tr(MCID_SOURCE))
