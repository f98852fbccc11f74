"""Empty means null (issue 13): an attribute the catalogue knows is null for a customer with
no value, through the importer, the feature loader and evaluation, on real SQLite files."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.rules.definition import RuleDefinition
from app.services.customers.card import CustomerCardService
from app.services.importer import import_directory
from app.services.importer.ids import stable_id
from app.services.nba.features import FeatureLoader
from app.services.nba.service import NbaService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService
from tests.integration.import_helpers import write

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HEAD = "id,first_name,last_name,birth_date,phone,email,city,segment"
TELCO = (
    f"{HEAD},tenure,total_charges,contract\n"
    "T1,Anna,Nowak,1980-01-01,,,Kraków,mass,2,,Month-to-month\n"
    "T2,Jan,Kowal,1981-02-02,,,Łódź,mass,10,123.40,Two year\n"
)
OTHER = f"{HEAD},tenure\nT3,Ewa,Lis,1982-03-03,,,Gdańsk,mass,7\n"  # no total_charges column

CONDITIONS = {
    "is_null": 'attributes["total_charges"] == null',
    "not_null": 'attributes["total_charges"] != null',
    "defaulted": '(attributes["total_charges"] ?? -1) == -1',
    "greater": 'attributes["total_charges"] > 12',
}


def rule(rule_id: str) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id,
        name=rule_id,
        condition=CONDITIONS[rule_id],
        action=rule_id,
        script="Say so",
    )


def customer(external_id: str) -> uuid.UUID:
    return uuid.UUID(hex=stable_id("customer", external_id))


@pytest.fixture
def imported(sqlite_db, tmp_path: Path):
    write(tmp_path / "telco", "customers.csv", TELCO)
    import_directory(sqlite_db, tmp_path / "telco")
    write(tmp_path / "other", "customers.csv", OTHER)
    import_directory(sqlite_db, tmp_path / "other")
    return sqlite_db


def nba_for(db) -> NbaService:
    book = RuleBookService(db, author="author")
    book.replace_draft([rule(rule_id) for rule_id in CONDITIONS])
    book.publish("test")
    return NbaService(db, RuleCache(book), FeatureLoader(db), top=10)


def fired(db, external_id: str) -> set[str]:
    result = nba_for(db).for_customer(customer(external_id), AS_OF)
    assert result.errors == ()  # a comparison with null is no rule failure
    return {action.rule_id for action in result.actions}


def test_the_loader_gives_every_catalogue_attribute_null_without_a_value(imported) -> None:
    with imported.reading() as session:
        facts = FeatureLoader(imported).facts(
            session, [customer("T1"), customer("T2"), customer("T3")], AS_OF
        )
    assert facts[customer("T1")].attributes["total_charges"] is None  # an empty cell
    assert facts[customer("T3")].attributes["total_charges"] is None  # a file without it
    assert str(facts[customer("T2")].attributes["total_charges"]) == "123.40"
    assert facts[customer("T3")].attributes["contract"] is None
    assert facts[customer("T3")].attributes["tenure"] == 7


@pytest.mark.parametrize("external_id", ["T1", "T3"])
def test_null_tests_fire_as_written_for_a_customer_without_a_value(
    imported, external_id: str
) -> None:
    assert fired(imported, external_id) == {"is_null", "defaulted"}


def test_null_tests_do_not_fire_for_a_customer_with_a_value(imported) -> None:
    assert fired(imported, "T2") == {"not_null", "greater"}


def test_a_batch_run_agrees_with_the_desk(imported) -> None:
    nba = nba_for(imported)
    ids = [customer("T1"), customer("T2"), customer("T3")]
    results = nba.for_batch(ids, AS_OF)
    assert [sorted(a.rule_id for a in r.actions) for r in results] == [
        ["defaulted", "is_null"],
        ["greater", "not_null"],
        ["defaulted", "is_null"],
    ]
    assert all(result.errors == () for result in results)


def test_a_reimport_that_empties_a_value_makes_it_null(imported, tmp_path: Path) -> None:
    assert fired(imported, "T2") == {"not_null", "greater"}
    emptied = TELCO.replace("123.40", "")
    write(tmp_path / "again", "customers.csv", emptied)
    report = import_directory(imported, tmp_path / "again")
    assert report.files["customers.csv"].updated == 1
    assert fired(imported, "T2") == {"is_null", "defaulted"}


def test_the_desks_rule_test_names_the_null_attribute_it_compared(imported) -> None:
    nba = nba_for(imported)
    tested = nba.try_rule(rule("greater"), customer("T1"), AS_OF)
    assert (tested.fires, tested.error) == (False, "")
    assert 'attributes["total_charges"]' in tested.missing
    assert nba.try_rule(rule("is_null"), customer("T1"), AS_OF).fires


def test_the_card_lists_an_attribute_without_a_value_as_empty(imported) -> None:
    cards = CustomerCardService(imported)
    for external_id in ("T1", "T3"):
        shown = {a.name: a.value for a in cards.load(customer(external_id), as_of=AS_OF).attributes}
        assert set(shown) == {"contract", "tenure", "total_charges"}
        assert shown["total_charges"] is None
