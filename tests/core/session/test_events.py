"""The union of event kinds is the whole set, so a ``match`` checked against it is exhaustive."""

from __future__ import annotations

from typing import get_args

from supple.core.session import events
from supple.core.session.events import Event, SessionEvent


def test_every_kind_of_event_is_in_the_union() -> None:
    kinds = {obj for obj in vars(events).values()
             if isinstance(obj, type) and issubclass(obj, Event) and obj is not Event}
    assert len(kinds) == 14
    assert set(get_args(SessionEvent)) == kinds
