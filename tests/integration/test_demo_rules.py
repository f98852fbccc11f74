"""The demo rule pack: valid, published with the demo data, and live on the demo's day."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.rules.definition import RuleKind
from app.services.demo.data import ensure_demo_data, generate_demo
from app.services.demo.rules import DEMO_NOTE, demo_rules, demo_rules_path
from app.services.nba.features import FeatureLoader
from app.services.nba.service import NbaService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService, parse_rules_document, read_rules_file
from tests.integration.test_rules_cli import GOOD

AS_OF = date(2026, 3, 1)
AT = datetime.combine(AS_OF, time(12), UTC)  # the demo's "today", at noon
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = ("birthday_greeting", "investment_offer_large_inflow", "card_fee_waiver")


def test_the_pack_validates_and_holds_the_three_examples_and_about_ten_more() -> None:
    rules = {rule.id: rule for rule in read_rules_file(demo_rules_path())}
    assert set(EXAMPLES) <= set(rules) and 10 <= len(rules) - len(EXAMPLES) <= 13
    birthday, fee = rules["birthday_greeting"], rules["card_fee_waiver"]
    assert birthday.kind is RuleKind.AUTOMATIC and birthday.requires_consent == "email"
    assert birthday.repeat == "year"
    assert fee.kind is RuleKind.AUTOMATIC and fee.repeat == "once"
    assert (fee.entitlement, fee.entitlement_days) == ("card_fee_waiver", 183)
    assert rules["investment_offer_large_inflow"].kind is RuleKind.PROMPT
    assert any(rule.valid_from and rule.valid_to for rule in rules.values())


def test_campaign_dates_follow_the_demo_day() -> None:
    rules = {rule.id: rule for rule in demo_rules(AS_OF)}
    running, upcoming = rules["seasonal_deposit_campaign"], rules["travel_insurance_campaign"]
    assert running.valid_from < AS_OF < running.valid_to
    assert AS_OF < upcoming.valid_from < upcoming.valid_to
    later = {rule.id: rule for rule in demo_rules(AS_OF + timedelta(days=10))}
    assert later["seasonal_deposit_campaign"].valid_from == running.valid_from + timedelta(10)


def test_the_pack_is_found_inside_a_frozen_build(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert demo_rules_path() == tmp_path / "resources" / "rules" / "demo_rules.json"
    # What build_installer.spec bundles (tools/frozen_bundle.py; tests/unit/test_build_spec.py).
    loader = importlib.util.spec_from_file_location("bundle", REPO / "tools/frozen_bundle.py")
    assert loader is not None and loader.loader is not None
    bundle = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(bundle)
    shipped = {(Path(source).name, folder) for source, folder in bundle.bundled_files(REPO)}
    for pack in ("demo_rules.json", "demo_rules_ru.json"):
        assert (pack, "resources/rules") in shipped


@pytest.fixture(scope="module", params=["pl", "ru"])
def demo_language(request: pytest.FixtureRequest) -> str:
    """The desk's language when the demo is seeded: the same rules fire, in its words."""
    return request.param


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_language: str):
    from app.services.storage import migrate
    from app.services.storage.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('demo-rules') / 'demo.sqlite3'}")
    migrate.upgrade(db.engine)
    generate_demo(db, customers=300, seed=7, as_of=AS_OF, language=demo_language)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def results(demo_db) -> dict[str, dict]:
    book = RuleBookService(demo_db, author="test")
    nba = NbaService(demo_db, RuleCache(book), FeatureLoader(demo_db))
    return {result.customer_id: result.to_json() for result in nba.for_all(AT)}


def test_published_as_version_one_with_the_demo_data(demo_db) -> None:
    versions = RuleBookService(demo_db, author="test").versions()
    assert [(v.version, v.note, v.rule_count) for v in versions] == [(1, DEMO_NOTE, 16)]


def offered(results: dict[str, dict]) -> Counter:
    return Counter(a["rule_id"] for result in results.values() for a in result["actions"])


def held(results: dict[str, dict]) -> Counter:
    return Counter((h["rule_id"], h["code"]) for r in results.values() for h in r["suppressed"])


def test_each_example_rule_fires_on_the_demo_day(results) -> None:
    counts = offered(results)
    assert all(counts[rule_id] >= 1 for rule_id in EXAMPLES), counts
    assert not any(result["errors"] for result in results.values())


FEE_WHY = {
    "pl": "reklamacje uznane na korzyść klienta: 3",
    "ru": "жалоб, решённых в пользу клиента: 3",
}


def test_the_story_customers_show_their_rules(results, demo_language: str) -> None:
    def ids(external_id: str) -> list[str]:
        return [action["rule_id"] for action in results[external_id]["actions"]]

    assert "birthday_greeting" in ids("C0000001")
    assert ids("C0000002")[0] == "investment_offer_large_inflow"
    fee = next(a for a in results["C0000003"]["actions"] if a["rule_id"] == "card_fee_waiver")
    assert fee["kind"] == "automatic"
    assert fee["explanation"] == FEE_WHY[demo_language]
    assert "consent_refresh" in ids("C0000004")
    no_email = {h["rule_id"]: h["reason"] for h in results["C0000005"]["suppressed"]}
    assert no_email["birthday_greeting"] == "no marketing consent for email"
    assert ids("C0000008")[0] == "retention_inflows_stopped"
    assert ids("C0000009")[0] == "overdue_complaint_apology"


def test_the_story_customers_raise_their_alerts(results) -> None:
    def alerts(external_id: str) -> list[tuple[str, str]]:
        return [(a["rule_id"], a["severity"]) for a in results[external_id]["alerts"]]

    assert alerts("C0000007") == [("fraud_suspicion_alert", "red")]  # fraud_flag: tak
    assert alerts("C0000009") == [("open_complaint_alert", "amber")]  # the overdue complaint
    assert alerts("C0000001") == []
    flagged = [cid for cid, result in results.items() if any(
        a["rule_id"] == "fraud_suspicion_alert" for a in result["alerts"])]  # fmt: skip
    assert flagged == ["C0000007"]  # set by the security team, never at random
    # Alerts are not actions: nothing about them is offered, logged or held back.
    assert not {"fraud_suspicion_alert", "open_complaint_alert"} & set(offered(results))
    assert not any(rule_id.endswith("_alert") for rule_id, _code in held(results))


def test_the_panel_shows_campaigns_and_consent_gaps(results) -> None:
    assert offered(results)["seasonal_deposit_campaign"] >= 1
    suppressed = held(results)
    assert suppressed[("travel_insurance_campaign", "outside_dates")] >= 1
    assert suppressed[("private_banking_invite", "no_consent")] >= 1
    assert len(offered(results)) >= 10  # most rules show for someone


def test_rules_of_the_users_own_are_never_replaced(sqlite_db) -> None:
    book = RuleBookService(sqlite_db, author="anna")
    book.replace_draft(parse_rules_document({"rules": GOOD}))
    assert ensure_demo_data(sqlite_db, customers=20, seed=3) is True
    assert book.latest_version() is None  # an unpublished draft of the user's own: left alone
    assert [rule.id for rule in book.draft()] == [rule["id"] for rule in GOOD]
    book.publish("mine")
    generate_demo(sqlite_db, customers=20, seed=3, as_of=AS_OF)
    assert [v.note for v in book.versions()] == ["mine"]


def test_a_tiny_demo_still_publishes_the_whole_pack(sqlite_db) -> None:
    # Three customers: no one is fraud-flagged, so the column is empty throughout; the demo
    # declares it yes/no, and the pack's fraud alert (typed at publish) is published too.
    generate_demo(sqlite_db, customers=3, seed=7, as_of=AS_OF)
    book = RuleBookService(sqlite_db, "t")
    assert book.catalogue()["fraud_flag"] == "bool"
    _version, rules = book.version_rules()
    assert "fraud_suspicion_alert" in {rule.id for rule in rules}
    assert len(rules) == len(demo_rules(AS_OF))
