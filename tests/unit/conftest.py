"""Unit-test fixtures: the rule suites run on both evaluation paths."""

from __future__ import annotations

import pytest

from app.rules import lower


@pytest.fixture(params=["lowered", "rule-engine"])
def rule_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Compile rules lowered to closures, or evaluated by rule-engine itself (both must pass).

    The environment variable carries the choice into child processes (tests/deadline.py).
    """
    enabled = request.param == "lowered"
    monkeypatch.setattr(lower, "ENABLED", enabled)
    monkeypatch.setenv(lower.ENV_SWITCH, "1" if enabled else "0")
    return request.param
