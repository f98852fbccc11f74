"""The card says the model's segment rules in the desk's language, and knows every rule the
model writes (a rule changed in rfm.py without the desk would fall back to English)."""

from __future__ import annotations

import pytest

from app.services.analytics.fitting.rfm import SEGMENTS
from app.views.customer.value_risk_text import segment_rule_text
from tests.gui.conftest import desk_in


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl_PL", "R ≤ 2 i (F ≥ 3 lub M ≥ 4)"), ("ru_RU", "R ≤ 2 и (F ≥ 3 или M ≥ 4)")],
)
def test_every_segment_rule_reads_in_the_desks_language(qapp, monkeypatch, language, expected):
    with desk_in(qapp, monkeypatch, language):
        said = {segment.code: segment_rule_text(segment.rule_text) for segment in SEGMENTS}
        assert said["at_risk"] == expected
        for segment in SEGMENTS:  # each one translated: none left as the model wrote it
            assert said[segment.code] != segment.rule_text, segment.code
        assert segment_rule_text("a rule from a newer model") == "a rule from a newer model"
