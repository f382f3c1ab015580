"""Property: any text the model accepts, written through the form, reads back as itself."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supple.core.routines.document import RoutineDocument
from supple.core.routines.model import Exercise

FAST = settings(max_examples=int(os.environ.get("SUPPLE_PROP_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

TEXT = """\
supple: 1
name: Writer
steps:
  - name: Block step
    hold: 30s
    instructions: >-
      Folded text.
  - {name: Flow step, hold: 20s}
"""
# What one-line texts may hold (no controls, separators or direction marks: see model.py).
_ONE_LINE = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Co", "Cn"))
NAMES = st.text(_ONE_LINE, min_size=1, max_size=80).filter(lambda s: bool(s.strip()))
TEXTS = st.text(st.one_of(_ONE_LINE, st.just("\n")), min_size=1, max_size=300)


@FAST
@given(name=NAMES)
def test_any_name_reads_back(name: str) -> None:
    doc = RoutineDocument(TEXT, "w.yaml")
    assert doc.set_field("name", name).after.routine.name == name
    for path in [(0,), (1,)]:
        step = doc.set_step_field(path, "name", name).after.step(path)
        assert isinstance(step, Exercise) and step.name == name
    tags = doc.set_field("tags", [name, "x"]).after.routine.tags
    assert tags == [name, "x"]


@FAST
@given(text=TEXTS)
def test_any_text_reads_back(text: str) -> None:
    doc = RoutineDocument(TEXT, "w.yaml")
    for path in [(0,), (1,)]:
        step = doc.set_step_field(path, "instructions", text).after.step(path)
        assert isinstance(step, Exercise) and step.instructions == text
        tips = doc.set_step_field(path, "tips", [text]).after.step(path)
        assert isinstance(tips, Exercise) and tips.tips == [text]
    assert doc.set_field("description", text).after.routine.description == text
