"""The server's rule-set check: propensity and champion/challenger publish; malformed never."""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
    run_as,
)

PUBLISH = (
    "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
    "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions), now(), "
    "current_user, 'probe', %s::json)"
)
CHAMPION = {"id": "champion", "name": "Card A", "condition": "age > 30", "script": "Offer A"}
CHALLENGER = {"id": "challenger", "name": "Card B", "condition": "age > 30", "script": "Offer B"}


def publish(cast: Cast, rules: list[dict]) -> int:  # noqa: F811
    return run_as(cast, cast.rule_author, PUBLISH, (json.dumps(rules),))


def test_a_champion_with_its_challenger_and_a_propensity_publishes(cast: Cast) -> None:  # noqa: F811
    champion = {**CHAMPION, "challenger": "challenger", "challenger_share": 20,
                "propensity": "p_alive"}  # fmt: skip
    assert publish(cast, [champion, CHALLENGER]) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"challenger": "nobody", "challenger_share": 20}, "field challenger: no rule nobody"),
        ({"challenger": "champion", "challenger_share": 20}, "field challenger: must be the id"),
        ({"challenger": "Bad Id!", "challenger_share": 20}, "field challenger: must be the id"),
        (
            {"challenger": "challenger", "challenger_share": 0},
            "field challenger_share: must be 1-99",
        ),
        ({"challenger": "challenger", "challenger_share": 100}, "challenger_share: must be 1-99"),
        (
            {"challenger": "challenger", "challenger_share": "20"},
            "challenger_share: must be a number",
        ),
        ({"challenger_share": 20}, "field challenger_share: only a rule that names a challenger"),
        ({"propensity": 0.5}, "field propensity: must be text"),
        ({"propensity": "p" * 121}, "field propensity: at most 120 characters"),
        ({"champion_of": "x"}, "field champion_of: unknown field"),
    ],
)
def test_malformed_experiments_are_refused_naming_the_field(
    cast: Cast,  # noqa: F811
    changes: dict,
    message: str,
) -> None:
    before = published(cast)
    with pytest.raises(psycopg.errors.CheckViolation, match=message):
        publish(cast, [{**CHAMPION, **changes}, CHALLENGER])
    assert published(cast) == before


def published(cast: Cast) -> int:  # noqa: F811
    with cast.connect(cast.rule_author) as conn:
        return conn.execute("SELECT count(*) FROM rule_set_versions").fetchone()[0]
