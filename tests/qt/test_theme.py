"""The themes' colours: every pairing used for text meets WCAG AA in both themes."""

from __future__ import annotations

import pytest

from supple.qt.theme import DARK, LIGHT, Colors, contrast


def test_contrast_formula_on_known_pairs() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_meet_wcag_aa(colors: Colors) -> None:
    # Normal-size text: 4.5:1.
    assert contrast(colors.text, colors.card) >= 4.5
    assert contrast(colors.text, colors.window) >= 4.5
    assert contrast(colors.muted, colors.card) >= 4.5
    assert contrast(colors.muted, colors.window) >= 4.5
    assert contrast(colors.on_accent, colors.accent) >= 4.5  # Start button, selected row
    # The player's tinted countdown and labels are large text: 3:1.
    for tint in (colors.accent, colors.rest, colors.ready):
        assert contrast(tint, colors.window) >= 3.0
    # The focus ring is a control boundary: 3:1 against what it surrounds.
    assert contrast(colors.focus, colors.card) >= 3.0
