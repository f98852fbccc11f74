"""Sync of server-owned data and shared policies: rule sets, tombstones, contact details."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select

from app.cli import main
from app.models import ChangeLogEntry, Customer, CustomerPhone, FeedState, OfferOutcomeEvent
from app.services.customers.service import CustomerService
from app.services.nba.features import FeatureLoader
from app.services.nba.offers import OutcomeInput
from app.services.nba.service import NbaService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookError, RuleBookService
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.rule_fixtures import SAVINGS
from tests.sync_helpers import BOTH_ROUTES, add_server_user, open_desktop, unique_login

AT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    seed_wrapup_codes(db)
    customer = make_customer(db, external_id="C1", segment="mass", city="Kraków")
    yield db, customer
    db.dispose()


@pytest.fixture
def desks(pg_url, desk_url, server, tmp_path, _sqlite_template):
    logins = {"author": unique_login("author"), "a": unique_login("a"), "b": unique_login("b")}
    add_server_user(pg_url, logins["author"], role="rule_author")
    add_server_user(pg_url, logins["a"])
    add_server_user(pg_url, logins["b"])
    opened = {
        name: open_desktop(desk_url, login, tmp_path / f"{name}.sqlite3", _sqlite_template)
        for name, login in logins.items()
    }
    for desk in opened.values():
        desk.sync.run_once()
    yield opened
    for desk in opened.values():
        desk.close()


def rulebook(desk) -> RuleBookService:
    return RuleBookService(desk.db, desk.login, server=desk.sync.server_database)


def nba(desk) -> NbaService:
    return NbaService(desk.db, RuleCache(rulebook(desk)), FeatureLoader(desk.db))


@BOTH_ROUTES
def test_rule_sets_published_on_the_server_reach_every_desk(desks):
    book = rulebook(desks["author"])
    book.replace_draft([SAVINGS])
    assert book.publish("first") == 1
    desks["a"].sync.run_once()
    result = nba(desks["a"]).for_customer(_customer_id(desks["a"]), AT)
    assert [action.rule_id for action in result.prompts] == ["offer_savings"]
    assert result.rule_version == 1


def test_an_agent_cannot_publish_and_nothing_is_written(desks, server):
    book = rulebook(desks["a"])
    book.replace_draft([SAVINGS])
    with pytest.raises(RuleBookError, match="rule_author"):
        book.publish("not mine")
    assert book.latest_version() is None
    with server[0].reading() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.entity == "rule_set_version")) == 0  # fmt: skip


def test_a_decline_on_one_desk_holds_the_offer_back_on_the_other(desks):
    book = rulebook(desks["author"])
    book.replace_draft([SAVINGS])
    book.publish("first")
    a, b = desks["a"], desks["b"]
    for desk in (a, b):
        desk.sync.run_once()
    customer = _customer_id(a)
    shown = nba(a).for_customer(customer, AT)
    ids = a.offers.log_shown(customer, shown, AT)
    a.offers.record_outcome(
        OutcomeInput(ids["offer_savings"], "declined", reason="too_expensive"), AT
    )
    a.sync.run_once()
    b.sync.run_once()
    with b.db.reading() as session:
        assert session.scalar(select(OfferOutcomeEvent.outcome)) == "declined"
    later = nba(b).for_customer(customer, AT + timedelta(days=1))
    assert later.prompts == ()
    assert [held.rule_id for held in later.suppressed] == ["offer_savings"]


@BOTH_ROUTES
def test_contact_details_are_last_writer_wins_per_field_in_server_order(desks, server):
    a, b = desks["a"], desks["b"]
    customer = _customer_id(a)
    CustomerService(a.db).update_contact_details(customer, city="Gdańsk")
    CustomerService(b.db).update_contact_details(customer, phones=["+48 600 700 800"])
    b.sync.run_once()  # the phone reaches the server first ...
    a.sync.run_once()  # ... then the city; neither overwrites the other's field
    CustomerService(b.db).update_contact_details(customer, city="Poznań")
    b.sync.run_once()  # later in server order: this city wins
    a.sync.run_once()
    for db in (server[0], a.db, b.db):
        with db.reading() as session:
            assert session.get(Customer, customer).city == "Poznań"
            phones = session.scalars(select(CustomerPhone.e164)).all()
            assert phones == ["+48600700800"]


def test_a_pending_local_edit_survives_a_pull(desks):
    a, b = desks["a"], desks["b"]
    customer = _customer_id(a)
    CustomerService(b.db).update_contact_details(customer, city="Poznań")
    b.sync.run_once()
    CustomerService(a.db).update_contact_details(customer, city="Gdańsk")
    # Pull only (as a pull racing the consultant's save would): a's edit is not lost.
    a.sync._pull_all(a.sync.server_database())
    with a.db.reading() as session:
        assert session.get(Customer, customer).city == "Gdańsk"
    a.sync.run_once()
    b.sync.run_once()
    with b.db.reading() as session:
        assert session.get(Customer, customer).city == "Gdańsk"


def test_a_deleted_customer_travels_as_a_tombstone(desks, server):
    a = desks["a"]
    server_db, customer = server
    with server_db.unit_of_work() as uow:
        uow.session.execute(delete(Customer).where(Customer.id == customer))
        uow.commit()
    a.sync.run_once()
    with a.db.reading() as session:
        assert session.get(Customer, customer) is None
        assert session.scalar(select(func.count()).select_from(CustomerPhone)) == 0


@BOTH_ROUTES
def test_a_desk_offline_longer_than_the_feed_is_kept_resyncs_fully(desks, server):
    a = desks["a"]
    server_db, _ = server
    make_customer(server_db, external_id="C2")
    with server_db.unit_of_work() as uow:  # as if written 40 days ago
        uow.session.execute(
            ChangeLogEntry.__table__.update().values(changed_at=AT - timedelta(days=40))
        )
        uow.commit()
    assert main(["db", "prune-feed", "--url", server_db.url, "--days", "30"]) == 0
    with server_db.reading() as session:
        assert session.get(FeedState, "pruned") is not None
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0
    report = a.sync.run_once()
    assert report.full_resync
    with a.db.reading() as session:
        assert set(session.scalars(select(Customer.external_id))) == {"C1", "C2"}


def _customer_id(desk):
    with desk.db.reading() as session:
        return session.scalar(select(Customer.id).where(Customer.external_id == "C1"))
