"""The server's rule-set check knows alerts (migration 0010), logged in as a rule author."""

from __future__ import annotations

import json

import psycopg
import pytest
import sqlalchemy as sa

from app.rules.definition import RuleDefinitionError, parse_rule
from app.services.storage import migrate
from app.services.storage.db import Database
from tests.integration.test_security_rules import GOOD, PUBLISH
from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
    unchanged,
)

pytestmark = pytest.mark.postgres

ALERT = {
    "id": "fraud",
    "name": "Fraud flag",
    "kind": "alert",
    "severity": "red",
    "title": "Fraud suspicion",
    "condition": 'attributes["fraud_flag"]',
    "why": "flagged by the security team",
}
BAD_ALERTS = {
    "bad severity": ({**ALERT, "severity": "purple"}, "field severity: must be red or amber"),
    "severity not text": ({**ALERT, "severity": 1}, "field severity: must be text"),
    "no title": ({**ALERT, "title": " "}, "field title: an alert needs a title"),
    "title too long": ({**ALERT, "title": "t" * 121}, "field title: at most 120 characters"),
}


def test_a_rule_author_publishes_alerts_of_both_severities(cast: Cast) -> None:  # noqa: F811
    amber = {**ALERT, "id": "complaints", "severity": "amber", "condition": "open_complaints > 0"}
    default = {**ALERT, "id": "default"}
    del default["severity"]  # amber by default, on the desk and on the server
    rules = [GOOD, ALERT, amber, default]
    with cast.connect(cast.rule_author) as conn:
        conn.execute(PUBLISH, (json.dumps(rules),))
        stored = conn.execute(
            "SELECT rules::text FROM rule_set_versions ORDER BY version DESC LIMIT 1"
        ).fetchone()[0]
    assert [parse_rule(r).severity for r in json.loads(stored)[1:]] == ["red", "amber", "amber"]


@pytest.mark.parametrize(("rule", "says"), BAD_ALERTS.values(), ids=BAD_ALERTS.keys())
def test_a_malformed_alert_is_refused_naming_rule_and_field(cast: Cast, rule, says) -> None:  # noqa: F811
    refused = pytest.raises(psycopg.errors.CheckViolation, match=f"rule fraud, {says}")
    with unchanged(cast), refused, cast.connect(cast.rule_author) as conn:
        conn.execute(PUBLISH, (json.dumps([GOOD, rule]),))
    with pytest.raises(RuleDefinitionError):  # the desk refuses it too
        parse_rule(rule)


def test_the_replaced_check_keeps_its_security_settings(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        row = conn.execute(
            "SELECT pg_get_userbyid(proowner), prosecdef, proconfig, "
            "has_function_privilege('public', oid, 'EXECUTE'), prosrc "
            "FROM pg_proc WHERE proname = 'acrm_check_rule_set' "
            "AND pronamespace = 'public'::regnamespace"
        ).fetchone()
    owner, definer, config, public_execute, source = row
    assert (owner, definer, public_execute) == ("acrm_owner", False, False)
    assert config == ["search_path=public, pg_catalog, pg_temp"]
    assert "'alert'" in source  # the 0010 body, not 0004's


def _publish(db: Database, rules: list[dict]) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
                "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions), now(), "
                "current_user, 'probe', CAST(:rules AS json))"
            ),
            {"rules": json.dumps(rules)},
        )


def test_downgrade_puts_the_old_check_back_and_upgrade_the_new(pg_empty_url: str) -> None:
    db = Database(pg_empty_url)
    try:
        migrate.upgrade(db.engine)
        _publish(db, [GOOD, ALERT])
        migrate.downgrade(db.engine, "0009")
        with pytest.raises(sa.exc.IntegrityError, match="rule fraud, field title: unknown field"):
            _publish(db, [GOOD, ALERT])
        bare = {"id": "bare", "name": "Bare", "kind": "alert", "condition": "age > 1"}
        with pytest.raises(sa.exc.IntegrityError, match="field kind: must be prompt or automatic"):
            _publish(db, [GOOD, bare])
        _publish(db, [GOOD])  # the old check still runs, and still accepts prompts
        with db.engine.connect() as conn:
            owner, config = conn.execute(
                sa.text(
                    "SELECT pg_get_userbyid(proowner), proconfig FROM pg_proc "
                    "WHERE proname = 'acrm_check_rule_set'"
                )
            ).one()
        assert owner == "acrm_owner" and config[0].endswith(", pg_catalog, pg_temp")
        migrate.upgrade(db.engine)
        _publish(db, [GOOD, ALERT])
        with pytest.raises(sa.exc.IntegrityError, match="field severity: must be red or amber"):
            _publish(db, [GOOD, {**ALERT, "severity": "purple"}])
    finally:
        db.dispose()


def test_sqlite_upgrades_and_downgrades_through_0010(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    try:
        migrate.upgrade(db.engine)
        migrate.downgrade(db.engine, "0009")
        assert migrate.current_revision(db.engine) == "0009"
        migrate.upgrade(db.engine)
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.dispose()
