"""The pain-monitoring rules on hand-made rating histories: each rule, each edge case (no
morning rating, a missed week, only mixed old ratings, a rising morning trend, a single
spike), and the wording: plain advice, never a diagnosis, agreeing with the routines."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from supple.core.programmes.pain_monitoring import (
    Advice,
    AdviceKind,
    Rating,
    Reason,
    When,
    advise,
)
from supple.core.resources import builtin_routines_dir
from supple.core.routines.loader import load_path

TODAY = date(2026, 11, 11)  # a Wednesday


def day(ago: int) -> date:
    return TODAY - timedelta(days=ago)


def after(ago: int, pain: int | None, tightness: int | None = None,
          sharp: bool = False) -> Rating:
    return Rating(day(ago), When.AFTER, pain, tightness, sharp)


def during(ago: int, pain: int, sharp: bool = False) -> Rating:
    return Rating(day(ago), When.DURING, pain, None, sharp)


def morning(ago: int, pain: int | None, tightness: int | None = None) -> Rating:
    return Rating(day(ago), When.MORNING, pain, tightness)


def mixed(ago: int, value: int, when: When = When.AFTER) -> Rating:
    return Rating(day(ago), when, mixed=value)


def check(ratings: list[Rating], kind: AdviceKind, reason: Reason) -> Advice:
    advice = advise(ratings, TODAY)
    assert (advice.kind, advice.reason) == (kind, reason), advice.text
    return advice


# ----- the model's rules -----------------------------------------------------------------------


def test_acceptable_pain_that_settled_by_morning_goes_on_as_planned() -> None:
    advice = check([morning(1, 1), during(1, 4), after(1, 3, 5), morning(0, 1)],
                   AdviceKind.GO_ON, Reason.SETTLED)
    assert advice.text == "Yesterday's pain settled by morning: go on as planned."


def test_five_is_still_acceptable_six_eases() -> None:
    check([morning(1, 1), during(1, 5), morning(0, 1)], AdviceKind.GO_ON, Reason.SETTLED)
    advice = check([morning(1, 1), during(1, 6), morning(0, 1)], AdviceKind.EASE,
                   Reason.SESSION_ABOVE)
    assert "6/10" in advice.text and "one step down in load or reps" in advice.text


def test_pain_not_settled_by_the_next_morning_eases() -> None:
    advice = check([morning(1, 1), after(1, 4), morning(0, 4)], AdviceKind.EASE,
                   Reason.NOT_SETTLED)
    assert "4/10, up from 1/10 the morning before" in advice.text


def test_a_morning_back_to_the_usual_level_has_settled() -> None:
    """Settled is back to the morning before the session (here 3), not necessarily 0."""
    check([morning(1, 3), after(1, 4), morning(0, 3)], AdviceKind.GO_ON, Reason.SETTLED)
    check([morning(1, 0), after(1, 4), morning(0, 2)], AdviceKind.GO_ON, Reason.SETTLED)  # safe


def test_a_next_morning_above_five_eases_even_from_a_high_usual_level() -> None:
    check([morning(1, 6), after(1, 4), morning(0, 6)], AdviceKind.EASE, Reason.NOT_SETTLED)


def test_a_pain_free_session_that_stayed_settled_may_progress() -> None:
    advice = check([morning(1, 1), during(1, 0), after(1, 0, 3), morning(0, 1)],
                   AdviceKind.PROGRESS, Reason.PAIN_FREE)
    assert advice.text.startswith("Yesterday's session was pain-free")


@pytest.mark.parametrize("pain", [8, 9, 10])
def test_pain_above_seven_is_stop_and_see_a_professional(pain: int) -> None:
    advice = check([during(0, pain)], AdviceKind.SEE_PROFESSIONAL, Reason.ABOVE_STOP)
    assert "see a physiotherapist or doctor" in advice.text
    check([after(0, 7)], AdviceKind.EASE, Reason.SESSION_ABOVE)  # 7 itself eases


def test_sharp_pain_is_stop_and_see_a_professional_whatever_the_number() -> None:
    advice = check([during(0, 2, sharp=True)], AdviceKind.SEE_PROFESSIONAL, Reason.SHARP)
    assert advice.text.startswith("You noted a sharp pain with today's session")


def test_morning_pain_above_seven_is_stop_too() -> None:
    check([after(1, 3), morning(0, 8)], AdviceKind.SEE_PROFESSIONAL, Reason.ABOVE_STOP)


# ----- edge cases ------------------------------------------------------------------------------


def test_no_ratings_at_all() -> None:
    check([], AdviceKind.GO_ON, Reason.NO_RATINGS)


def test_no_morning_rating_yet_on_the_day_of_the_session() -> None:
    advice = check([after(0, 3)], AdviceKind.GO_ON, Reason.AWAITING_MORNING)
    assert "rate tomorrow morning" in advice.text
    free = check([after(0, 0)], AdviceKind.GO_ON, Reason.AWAITING_MORNING)  # not progress yet
    assert "pain-free" in free.text


def test_no_morning_rating_after_an_earlier_session_holds_the_load() -> None:
    advice = check([morning(3, 1), after(3, 0), after(2, 0)], AdviceKind.GO_ON,
                   Reason.NO_MORNING)
    assert "Monday's session" in advice.text and "not heavier" in advice.text


def test_a_morning_with_nothing_to_compare_it_with() -> None:
    check([after(1, 2), morning(0, 4)], AdviceKind.GO_ON, Reason.NO_BASELINE)
    check([after(1, 2), morning(0, 2)], AdviceKind.GO_ON, Reason.SETTLED)  # within the safe 0–2


def test_a_missed_week_decides_nothing_from_the_old_ratings() -> None:
    """Pain that eased a session 9 days ago is not an 'ease' today, and not a 'progress'."""
    advice = check([morning(10, 1), after(9, 6), morning(8, 5)], AdviceKind.GO_ON,
                   Reason.STALE)
    assert "8 days ago" in advice.text and "not heavier" in advice.text


def test_a_missed_week_in_between_compares_no_weeks() -> None:
    """Ratings this week and two weeks ago, none in the week between: no trend."""
    old = [morning(ago, 0) for ago in (14, 15, 16, 17)]
    this_week = [morning(ago, 3) for ago in (0, 2, 4)] + [morning(1, 3), after(1, 2)]
    check(old + this_week, AdviceKind.GO_ON, Reason.SETTLED)


def test_only_mixed_old_ratings() -> None:
    """Ratings from before pain and tightness were apart decide nothing, even a high one."""
    advice = check([mixed(2, 9), mixed(1, 4, When.BEFORE), mixed(1, 6)], AdviceKind.GO_ON,
                   Reason.ONLY_MIXED)
    assert "tightness or pain together" in advice.text


def test_mixed_ratings_beside_separated_ones_are_left_out() -> None:
    check([mixed(1, 9), morning(1, 1), after(1, 3), morning(0, 1)], AdviceKind.GO_ON,
          Reason.SETTLED)


def test_a_rising_morning_trend_over_two_weeks_eases() -> None:
    """Each morning has settled back to the one before, yet the mornings climb."""
    week_before = [morning(ago, 1, 2) for ago in (13, 11, 9, 7)]
    this_week = [morning(5, 2), morning(3, 3), morning(1, 3), after(1, 3), morning(0, 3)]
    advice = check(week_before + this_week, AdviceKind.EASE, Reason.MORNING_RISING)
    assert "Morning pain has risen week on week (typically 1/10 the week before, 3/10 this " \
        "week)" in advice.text


def test_rising_morning_stiffness_eases_too() -> None:
    week_before = [morning(ago, 1, 2) for ago in (13, 11, 9)]
    this_week = [morning(ago, 1, 5) for ago in (5, 3, 0)]
    advice = check(week_before + this_week + [after(1, 2)], AdviceKind.EASE,
                   Reason.MORNING_RISING)
    assert "stiffness" in advice.text


def test_a_single_spike_is_not_a_trend_and_passes() -> None:
    """One bad session and one bad morning four days ago: since then settled, so go on."""
    week_before = [morning(ago, 1) for ago in (13, 11, 9)]
    spike = [after(5, 6), morning(4, 5)]
    since = [morning(2, 1), after(1, 2), morning(1, 1), morning(0, 1)]
    check(week_before + spike + since, AdviceKind.GO_ON, Reason.SETTLED)


def test_a_single_spike_yesterday_eases_the_next_session() -> None:
    calm = [morning(ago, 1) for ago in (6, 4, 2, 1)] + [after(ago, 2) for ago in (6, 4, 2)]
    check([*calm, after(1, 6), morning(0, 1)], AdviceKind.EASE, Reason.SESSION_ABOVE)


def test_a_spike_to_eight_long_ago_is_no_longer_a_stop() -> None:
    check([after(5, 8), morning(4, 2), morning(2, 1), after(1, 2), morning(0, 1)],
          AdviceKind.GO_ON, Reason.SETTLED)


def test_mornings_only() -> None:
    check([morning(1, 2), morning(0, 2)], AdviceKind.GO_ON, Reason.MORNINGS_ONLY)
    check([morning(0, 6)], AdviceKind.EASE, Reason.MORNING_ABOVE)


def test_ratings_after_today_and_in_any_order_are_handled() -> None:
    ratings = [morning(0, 1), after(1, 3), morning(-1, 9), morning(1, 1)]
    check(ratings, AdviceKind.GO_ON, Reason.SETTLED)  # tomorrow's is not read today


def test_the_last_of_several_sessions_decides() -> None:
    check([morning(2, 1), after(2, 6), morning(1, 1), after(1, 2), morning(0, 1)],
          AdviceKind.GO_ON, Reason.SETTLED)
    # two sessions on one day: the worse one counts
    check([morning(1, 1), after(1, 2), after(1, 6), morning(0, 1)], AdviceKind.EASE,
          Reason.SESSION_ABOVE)


# ----- the wording -----------------------------------------------------------------------------

CASES = [
    [], [mixed(1, 5)], [after(9, 3)], [during(0, 2, sharp=True)], [during(0, 9)],
    [after(1, 6)], [morning(1, 1), after(1, 3), morning(0, 4)], [morning(0, 6)],
    [after(0, 3)], [after(0, 0)], [after(2, 2)], [after(1, 2), morning(0, 4)],
    [morning(0, 1)], [morning(1, 1), after(1, 0), morning(0, 0)],
    [morning(1, 1), after(1, 3), morning(0, 1)],
    [morning(ago, 1) for ago in (13, 11, 9)] + [morning(ago, 4) for ago in (5, 3, 1)],
]
DIAGNOSES = re.compile(r"tendin|inflamm|injur|tear|ruptur|strain|you have|diagnos|syndrome",
                       re.IGNORECASE)


def test_every_rule_is_reached_by_the_cases_and_speaks_plainly() -> None:
    advice = [advise(case, TODAY) for case in CASES]
    assert {a.reason for a in advice} == set(Reason)
    for a in advice:
        assert not DIAGNOSES.search(a.text), a.text
        assert a.text[0].isupper() and a.text.endswith("."), a.text
        assert "  " not in a.text and len(a.text) < 220, a.text


def routine_text(name: str) -> str:
    routine = load_path(builtin_routines_dir() / name)
    parts = [routine.description or ""]
    for step in routine.steps:
        parts += [getattr(step, "instructions", None) or "", *getattr(step, "tips", [])]
    return " ".join(" ".join(parts).split())


@pytest.mark.parametrize(("routine", "wording", "ratings", "kind"), [
    # The drops go on through pain and stop only when it is disabling, or at a sharp pain:
    # the rules do not stop at acceptable pain, and stop at a sharp one or above 7.
    ("alfredson-heel-drops.yaml", "stops only if the pain becomes disabling",
     [morning(1, 2), during(1, 5), morning(0, 2)], AdviceKind.GO_ON),
    ("alfredson-heel-drops.yaml", "sudden sharp pain", [during(0, 3, sharp=True)],
     AdviceKind.SEE_PROFESSIONAL),
    ("insertional-heel-drops.yaml", "stop if it becomes disabling", [during(0, 9)],
     AdviceKind.SEE_PROFESSIONAL),
    # Weight is added when the drops are pain-free: the rules' "progress".
    ("alfredson-heel-drops.yaml", "When the drops are pain-free, add weight",
     [morning(1, 1), during(1, 0), after(1, 0), morning(0, 1)], AdviceKind.PROGRESS),
    # Heavy slow resistance: worse after training means a lighter load: the rules' "ease".
    ("heavy-slow-calf-raises-seated.yaml", "pain that is worse after training means a lighter "
     "load", [morning(1, 1), after(1, 3), morning(0, 4)], AdviceKind.EASE),
    ("heavy-slow-calf-raises-standing.yaml", "pain that is worse after training means a "
     "lighter load", [morning(1, 1), after(1, 3), morning(0, 4)], AdviceKind.EASE),
])
def test_the_advice_agrees_with_the_routines_own_wording(
    routine: str, wording: str, ratings: list[Rating], kind: AdviceKind
) -> None:
    """If the built-in content changes what a routine says about pain, this fails, and the
    rules (or the routine) must be brought back into agreement."""
    assert wording.lower() in routine_text(routine).lower()
    assert advise(ratings, TODAY).kind is kind
