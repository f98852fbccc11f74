"""Adversarial: analytics (model versions and customer scores) are read by every login and
written only by administrators; every value a desk reads is bounded by the server's checks.

Every statement runs over a real login (SCRAM) of each group, as `psql` would.
"""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
    unchanged,
)

pytestmark = pytest.mark.postgres
DENIED, CHECK = "42501", "23514"
MODEL = (
    "INSERT INTO public.analytics_models (version, as_of, computed_at, computed_by, "
    "customers, parameters, diagnostics) VALUES (%s, now(), now(), current_user, 2, %s, %s)"
)
SCORE = ("INSERT INTO public.customer_scores (customer_id, model_version, frequency, "
         "recency_weeks, age_weeks, p_alive, expected_events_12m, clv_12m, value_tier, "
         "churn_probability, churn_risk, churn_method, rfm, segment_rfm, affinity) "
         "VALUES (%s, %s, 3, 10.0, 20.0, %s, 1.5, 12345, %s, 0.2, 'Low', 'p_alive', %s, "
         "'loyal_high_value', %s)")  # fmt: skip
PICKS = json.dumps([{"product": "savings", "confidence": 0.8, "lift": 2.0, "support": 0.1,
                     "because": ["credit_card"]}])  # fmt: skip
CLIENTS = ("agent", "team_lead", "rule_author")


def next_version(cast: Cast) -> int:  # noqa: F811
    with cast.superuser() as conn:
        return conn.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM analytics_models"
        ).fetchone()[0]


def seed(cast: Cast) -> int:  # noqa: F811
    """A version and a score for the cast's first customer, written by the administrator."""
    version = next_version(cast)
    run_as(cast, cast.admin, MODEL, (version, '{"as_of": "x"}', "{}"))
    with cast.superuser() as conn:
        conn.execute("DELETE FROM customer_scores WHERE customer_id = %s", (cast.customers[0],))
    run_as(cast, cast.admin, SCORE, (cast.customers[0], version, 0.9, "High", "545", PICKS))
    return version


@pytest.mark.parametrize("group", CLIENTS)
def test_clients_read_analytics_but_cannot_write_a_version_or_a_score(cast: Cast, group: str):  # noqa: F811
    version = seed(cast)
    person = cast.member(group)
    with cast.connect(person) as conn:
        read = conn.execute("SELECT value_tier, p_alive FROM public.customer_scores "
                            "WHERE customer_id = %s", (cast.customers[0],)).fetchone()  # fmt: skip
        assert read == ("High", 0.9)
    attacks = [
        (MODEL, (version + 1, "{}", "{}")),
        ("UPDATE public.analytics_models SET parameters = '{}'", ()),
        ("DELETE FROM public.analytics_models", ()),
        (SCORE, (cast.customers[1], version, 0.5, "High", "555", "[]")),
        ("UPDATE public.customer_scores SET value_tier = 'Low', p_alive = 0.01", ()),
        ("DELETE FROM public.customer_scores", ()),
        ("TRUNCATE public.customer_scores", ()),
    ]
    with unchanged(cast):
        for statement, params in attacks:
            assert refused_or_nothing(cast, person, statement, params) == DENIED, statement


def test_an_administrator_writes_versions_and_scores_and_they_enter_the_feed(cast: Cast):  # noqa: F811
    version = seed(cast)
    run_as(cast, cast.admin, "UPDATE public.customer_scores SET churn_risk = 'High' "
           "WHERE customer_id = %s", (cast.customers[0],))  # fmt: skip
    with cast.superuser() as conn:
        feed = set(conn.execute(
            "SELECT entity, entity_key FROM change_log WHERE entity IN "
            "('analytics_model', 'customer_score')").fetchall())  # fmt: skip
        assert ("analytics_model", str(version)) in feed
        assert ("customer_score", str(cast.customers[0])) in feed
    assert run_as(cast, cast.admin, "DELETE FROM public.customer_scores WHERE customer_id = %s",
                  (cast.customers[0],)) == 1  # fmt: skip


BAD_SCORES = [
    ("p_alive above 1", {"alive": 1.5}),
    ("p_alive below 0", {"alive": -0.1}),
    ("a tier that is no level", {"tier": "Huge"}),
    ("rfm of other digits", {"rfm": "606"}),
    ("rfm of letters", {"rfm": "abc"}),
    ("affinity that is not JSON", {"picks": "not json"}),
    ("affinity that is not a list", {"picks": '{"product": "x"}'}),
    ("affinity beyond its bound", {"picks": json.dumps(["x" * 30_000])}),
]


@pytest.mark.parametrize(("why", "bad"), BAD_SCORES, ids=[why for why, _ in BAD_SCORES])
def test_even_an_administrator_cannot_store_an_unbounded_score(cast: Cast, why: str, bad: dict):  # noqa: F811
    version = seed(cast)
    values = {"alive": 0.5, "tier": "Medium", "rfm": "123", "picks": "[]"} | bad
    with cast.connect(cast.admin) as conn, pytest.raises(psycopg.Error) as raised:
        conn.execute(SCORE, (cast.customers[1], version, values["alive"], values["tier"],
                             values["rfm"], values["picks"]))  # fmt: skip
    assert raised.value.sqlstate in (CHECK, "22P02"), why  # 22P02: JSON that does not parse


@pytest.mark.parametrize(
    ("parameters", "diagnostics"),
    [("[1, 2]", "{}"), ("not json", "{}"), ("{}", "[]"), ("{" + '"a": 1,' * 200_000 + "}", "{}")],
    ids=["parameters-a-list", "parameters-not-json", "diagnostics-a-list", "parameters-huge"],
)
def test_even_an_administrator_cannot_store_a_malformed_version(cast, parameters, diagnostics):  # noqa: F811
    with cast.connect(cast.admin) as conn, pytest.raises(psycopg.Error) as raised:
        conn.execute(MODEL, (next_version(cast), parameters, diagnostics))
    assert raised.value.sqlstate in (CHECK, "22P02")


def test_a_deactivated_administrators_open_session_cannot_write_analytics(cast: Cast):  # noqa: F811
    version = next_version(cast)
    with cast.connect(cast.admin) as conn:
        with cast.superuser() as su:
            su.execute("UPDATE users SET active = false WHERE login = %s", (cast.admin.login,))
        try:
            with pytest.raises(psycopg.Error) as raised:
                conn.execute(MODEL, (version, "{}", "{}"))
            assert raised.value.sqlstate == DENIED
        finally:
            with cast.superuser() as su:
                su.execute("UPDATE users SET active = true WHERE login = %s", (cast.admin.login,))
