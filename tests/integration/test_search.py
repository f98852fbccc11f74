"""SearchService against a real SQLite file: phones, names, e-mails, external ids, ordering."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.customers.search import SearchService, prefix_range
from tests.factories import make_customer


@pytest.fixture
def people(sqlite_db):
    ids = {
        "lukasz": make_customer(
            sqlite_db,
            external_id="C-1001",
            first_name="Łukasz",
            last_name="Kowalski",
            phones=("+48 601 234 567", "22 123 45 67"),
            emails=("Lukasz.K@Example.pl",),
            birth_date=date(1985, 4, 2),
        ),
        "zofia": make_customer(
            sqlite_db,
            external_id="C-1002",
            first_name="Zofia",
            last_name="Żółkiewska",
            phones=("601 239 000",),
            emails=("zofia@poczta.pl",),
        ),
        "jan": make_customer(
            sqlite_db,
            external_id="C-1003",
            first_name="Jan",
            last_name="Kowal",
            phones=("+48 602 000 111",),
        ),
        "anna": make_customer(
            sqlite_db,
            external_id="C-1004",
            first_name="Anna",
            last_name="Lukaszewicz",
            phones=(),
            emails=("anna@example.pl",),
        ),
        # Shares Łukasz's mobile: a family line.
        "ewa": make_customer(
            sqlite_db,
            external_id="C-1005",
            first_name="Ewa",
            last_name="Kowalska",
            phones=("601234567",),
        ),
    }
    return SearchService(sqlite_db), ids


def names(hits):
    return [hit.full_name for hit in hits]


def test_name_ignores_case_and_polish_diacritics(people):
    search, ids = people
    hits = search.search("lukasz")
    assert {hit.id for hit in hits} == {ids["lukasz"], ids["anna"]}
    assert all(hit.matched_on == "name" for hit in hits)
    assert names(search.search("ZOLK")) == ["Zofia Żółkiewska"]
    assert names(search.search("żółkiewska")) == ["Zofia Żółkiewska"]


def test_name_tokens_in_any_order_each_a_prefix(people):
    search, ids = people
    assert [hit.id for hit in search.search("kowal luk")] == [ids["lukasz"]]
    assert [hit.id for hit in search.search("luk kowal")] == [ids["lukasz"]]
    assert [hit.id for hit in search.search("  Kowalski   Łukasz ")] == [ids["lukasz"]]
    assert search.search("kowal zofia") == []


def test_exact_name_comes_before_longer_names_then_by_last_then_first_name(people):
    search, ids = people
    hits = search.search("kowal")
    # "Kowal" is an exact last-name match; the rest are prefix matches in name order.
    assert [hit.id for hit in hits] == [ids["jan"], ids["ewa"], ids["lukasz"]]


def test_phone_in_any_format_finds_the_number(people):
    search, ids = people
    for query in ("+48 601-234-567", "601234567", "0048601234567", "(601) 234 567"):
        hits = search.search(query)
        assert {hit.id for hit in hits} == {ids["lukasz"], ids["ewa"]}, query
        assert {hit.matched_on for hit in hits} == {"phone"}


def test_partial_phone_is_a_prefix_match(people):
    search, ids = people
    assert {hit.id for hit in search.search("601 23")} == {ids["lukasz"], ids["zofia"], ids["ewa"]}
    assert {hit.id for hit in search.search("+48 6012")} == {
        ids["lukasz"],
        ids["zofia"],
        ids["ewa"],
    }
    assert [hit.id for hit in search.search("602")] == [ids["jan"]]
    assert search.search("603") == []


def test_phone_hit_shows_the_matched_number(people):
    search, ids = people
    [hit] = search.search("22 123")
    assert hit.id == ids["lukasz"]
    assert hit.phone == "+48221234567"  # the landline that matched, not the first phone
    assert hit.email == "lukasz.k@example.pl"


def test_phone_hits_are_ordered_by_last_then_first_name(people):
    search, _ = people
    assert names(search.search("601 23")) == [
        "Ewa Kowalska",
        "Łukasz Kowalski",
        "Zofia Żółkiewska",
    ]


def test_external_id_match_ranks_before_name_matches(sqlite_db):
    make_customer(sqlite_db, external_id="C1", first_name="Adam", last_name="Kowal")
    make_customer(sqlite_db, external_id="KOWAL", first_name="Zenon", last_name="Zych")
    hits = SearchService(sqlite_db).search("kowal")
    assert [(hit.full_name, hit.matched_on) for hit in hits] == [
        ("Zenon Zych", "external_id"),
        ("Adam Kowal", "name"),
    ]


def test_email_prefix_case_insensitive(people):
    search, ids = people
    hits = search.search("LUKASZ.K@")
    assert [hit.id for hit in hits] == [ids["lukasz"]]
    assert hits[0].matched_on == "email"
    assert [hit.id for hit in search.search("anna@example.pl")] == [ids["anna"]]
    assert search.search("nobody@") == []


def test_the_start_of_an_address_without_at_finds_its_customer(people):
    search, ids = people
    hits = search.search("Lukasz.k")
    assert [hit.id for hit in hits] == [ids["lukasz"]]
    assert hits[0].matched_on == "email"
    assert hits[0].email == "lukasz.k@example.pl"
    assert search.search("lukasz.x") == []
    # Still a name search and a phone search where the text says so.
    assert {hit.id for hit in search.search("lukasz")} == {ids["lukasz"], ids["anna"]}
    assert [hit.id for hit in search.search("602.000")] == [ids["jan"]]


def test_external_id_exact_any_case(people):
    search, ids = people
    [hit] = search.search("c-1003")
    assert hit.id == ids["jan"]
    assert hit.matched_on == "external_id"
    assert hit.phone == "+48602000111"
    assert search.search("C-100") == []  # external ids are exact, not prefixes


def test_empty_and_one_character_queries_return_nothing(people):
    search, _ = people
    assert search.search("") == []
    assert search.search("   ") == []
    assert search.search("k") == []
    assert search.search("6") == []


def test_limit_cuts_results(people):
    search, _ = people
    assert len(search.search("kow", limit=2)) == 2
    assert search.search("kow", limit=0) == []


def test_hit_carries_the_display_fields(people):
    search, _ = people
    [hit] = search.search("C-1001")
    assert hit.full_name == "Łukasz Kowalski"
    assert hit.birth_date == date(1985, 4, 2)
    assert hit.city == "Kraków"
    assert hit.phone == "+48601234567"


def test_find_by_phone_returns_everyone_sharing_the_number(people):
    search, ids = people
    hits = search.find_by_phone("+48601234567")
    assert {hit.id for hit in hits} == {ids["lukasz"], ids["ewa"]}
    assert names(hits) == ["Ewa Kowalska", "Łukasz Kowalski"]
    assert {hit.id for hit in search.find_by_phone("601-234-567")} == {ids["lukasz"], ids["ewa"]}


def test_find_by_phone_is_exact_only(people):
    search, _ = people
    assert search.find_by_phone("60123456") == []  # one digit short
    assert search.find_by_phone("not a number") == []
    assert search.find_by_phone("+44 601 234 567") == []  # same digits, another country


def test_prefix_range_bounds():
    assert prefix_range("kow") == ("kow", "kox")
    assert prefix_range("609") == ("609", "60:")


def test_search_on_an_empty_database(sqlite_db):
    assert SearchService(sqlite_db).search("kowalski") == []
