"""NbaResult.json_line writes exactly what json.dumps(to_json(), ensure_ascii=False) writes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.rules.decide import HeldAction, NbaResult, OfferedAction, RaisedAlert
from app.rules.evaluate import RuleFailure
from app.rules.explain import PlainFormatter, reason_text, render_template

AT = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
AWKWARD = 'Zażółć "gęślą" \\ jaźń\nЖ\t\x01 \u2028 😀'


def offered(rule_id: str, score: Decimal, text: str = "x") -> OfferedAction:
    return OfferedAction(rule_id, f"Rule {text}", 3, "prompt", f"A:{text}", "", score, text, text)


@pytest.mark.parametrize(
    "result",
    [
        NbaResult("C1", AT, 0, (), (), ()),
        NbaResult(
            AWKWARD,
            AT,
            12,
            (offered("r1", Decimal("12.5"), AWKWARD), offered("r2", Decimal("1E+2"))),
            (
                HeldAction("r3", "Three", "below_top", 3, "ranked below the top 3"),
                HeldAction("r4", AWKWARD, "no_consent", "sms", AWKWARD),
            ),
            (RuleFailure("r5", AWKWARD),),
            (RaisedAlert("a1", "Alert", "red", AWKWARD, "why"),),
        ),
        NbaResult(
            "C2", AT, 1, (offered("r1", Decimal("0.1")), offered("r2", Decimal("-3"))), (), ()
        ),
        NbaResult(
            "C3", AT, 1, (offered("big", Decimal("1e400")), offered("nan", Decimal("NaN"))), (), ()
        ),
    ],
)
def test_json_line_is_json_dumps_of_to_json(result: NbaResult) -> None:
    assert result.json_line() == json.dumps(result.to_json(), ensure_ascii=False)


def test_reasons_kept_per_detail_type_read_as_before() -> None:
    fmt = PlainFormatter()
    assert reason_text("presentation_cap", 1, fmt) == "shown 1 times already in the policy window"
    assert (
        reason_text("presentation_cap", True, fmt)
        == "shown True times already in the policy window"
    )
    assert (
        reason_text("cooldown_shown", date(2026, 1, 2), fmt)
        == "shown recently; again from 2026-01-02"
    )
    # equal Decimals that read differently are not cached under one key
    assert reason_text("below_top", Decimal("3.0"), fmt) == "ranked below the top 3.0"
    assert reason_text("below_top", Decimal("3"), fmt) == "ranked below the top 3"
    assert reason_text("odd", 5, fmt) == "odd (5)"


def test_templates_parsed_once_fill_each_call_anew() -> None:
    fmt = PlainFormatter()
    template = "Hi {first_name}, {unknown} {{literal}}"
    assert render_template(template, {"first_name": "Anna"}, fmt) == "Hi Anna, {unknown} {literal}"
    assert render_template(template, {"first_name": "Ola"}, fmt) == "Hi Ola, {unknown} {literal}"
