"""Adversarial: the server refuses rule-set versions that do not parse as a rule set."""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest

from app.rules.definition import KNOWN_FIELDS, parse_rule
from app.services.demo.rules import demo_rules
from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
    unchanged,
)

PUBLISH = (
    "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
    "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions), now(), "
    "current_user, 'probe', %s::json)"
)
GOOD = {"id": "r1", "name": "Rule", "condition": "age > 30", "script": "Hello"}
BAD = {
    "null": None,
    "garbage": "garbage",
    "an object": {"rules": []},
    "a number in the list": [1],
    "no name": [{"id": "r1", "condition": "x"}],
    "blank condition": [{**GOOD, "condition": "  "}],
    "bad id": [{**GOOD, "id": "Bad Id!"}],
    "unknown field": [{**GOOD, "exec": "rm -rf /"}],
    "name not text": [{**GOOD, "name": {"a": 1}}],
    "priority not a number": [{**GOOD, "priority": "high"}],
    "enabled not a boolean": [{**GOOD, "enabled": "yes"}],
    "unknown kind": [{**GOOD, "kind": "shell"}],
    "twice the same id": [GOOD, GOOD],
    "name too long": [{**GOOD, "name": "n" * 121}],
}


@pytest.mark.parametrize("rules", BAD.values(), ids=BAD.keys())
@pytest.mark.parametrize("group", ["rule_author", "admin"])
def test_a_version_that_is_not_a_rule_set_is_refused(cast: Cast, group: str, rules) -> None:  # noqa: F811
    refused = pytest.raises(psycopg.errors.CheckViolation, match="rule set")
    with unchanged(cast), refused, cast.connect(cast.member(group)) as conn:
        conn.execute(PUBLISH, (json.dumps(rules),))
    # The desk's own parser refuses them too (the server is no stricter than the desk).
    with pytest.raises((ValueError, TypeError, AttributeError)):
        if not isinstance(rules, list):
            raise TypeError("not a list")
        ids = [parse_rule(rule, i).id for i, rule in enumerate(rules)]
        if len(set(ids)) != len(ids):
            raise ValueError("twice the same id")


def test_every_rule_the_desk_writes_is_accepted(cast: Cast) -> None:  # noqa: F811
    rules = [rule.to_dict() for rule in demo_rules(date(2026, 12, 1))]
    # A prompt that asks for a follow-up call (issue 14): no demo rule does.
    rules.append(
        parse_rule({**GOOD, "id": "call_back", "action": "A", "follow_up_days": 7}).to_dict()
    )
    # A prompt weighed by a propensity, with a challenger taking 20 % (issue 16).
    rules.append(
        parse_rule(
            {**GOOD, "id": "weighed", "action": "A", "propensity": "p_alive"}
            | {"challenger": "call_back", "challenger_share": 20}
        ).to_dict()
    )
    assert set().union(*(set(r) for r in rules)) == set(KNOWN_FIELDS)  # every field appears
    with cast.connect(cast.rule_author) as conn:
        conn.execute(PUBLISH, (json.dumps(rules),))
        conn.execute(PUBLISH, (json.dumps([]),))  # an empty rule set is a rule set
