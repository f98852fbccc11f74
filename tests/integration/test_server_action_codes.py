"""The server keeps the bank's own action codes as written (its rule-set check does not judge
codes: the desk's parser does), logged in as a rule author."""

from __future__ import annotations

import json

import pytest

from app.rules.definition import parse_rule
from tests.integration.test_security_rules import GOOD, PUBLISH
from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
)

pytestmark = pytest.mark.postgres


def test_a_rule_author_publishes_the_banks_codes_as_written(cast: Cast) -> None:  # noqa: F811
    rules = [
        {**GOOD, "action": "OFFER_INVESTMENT"},
        {**GOOD, "id": "r2", "action": "offer_investment"},
        {
            **GOOD,
            "id": "r3",
            "kind": "automatic",
            "script": "",
            "action": "Card.Fee:Waiver",
            "entitlement": "CARD:FEE-WAIVER",
            "entitlement_days": 30,
        },
    ]
    with cast.connect(cast.rule_author) as conn:
        conn.execute(PUBLISH, (json.dumps(rules),))
        stored = conn.execute(
            "SELECT rules::text FROM rule_set_versions ORDER BY version DESC LIMIT 1"
        ).fetchone()[0]
    parsed = [parse_rule(rule, i) for i, rule in enumerate(json.loads(stored))]
    assert [rule.action for rule in parsed] == [
        "OFFER_INVESTMENT",
        "offer_investment",
        "Card.Fee:Waiver",
    ]
    assert parsed[2].entitlement == "CARD:FEE-WAIVER"
