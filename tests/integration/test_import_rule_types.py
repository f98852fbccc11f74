"""An import that would retype a column under a published rule imports nothing (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.rules.attributes import AttributeKind
from app.rules.definition import RuleDefinition
from app.services.errors import ImportFailed
from app.services.importer import import_directory
from app.services.rulebook.service import RuleBookService
from tests.integration.import_helpers import sqlite_dump, table_counts, write

HEAD = "id,first_name,last_name,birth_date,phone,email,city,segment,tenure,contract\n"
GOOD = HEAD + "T1,Anna,Nowak,,,,Kraków,mass,2,Month-to-month\nT2,Jan,Kos,,,,Łódź,mass,30,Two year\n"
SHORT_TENURE = RuleDefinition(
    id="short_tenure",
    name="Short tenure",
    condition='segment == "mass"\nand attributes["tenure"] < 12',
    action="retention_call",
    script="Call",
)


@pytest.fixture
def published(sqlite_db, tmp_path: Path) -> RuleBookService:
    write(tmp_path / "first", "customers.csv", GOOD)
    import_directory(sqlite_db, tmp_path / "first")
    book = RuleBookService(sqlite_db, "author")
    book.replace_draft([SHORT_TENURE])
    book.publish("retention")
    return book


def test_a_column_turning_text_under_a_published_rule_imports_nothing(
    sqlite_db, tmp_path: Path, published
) -> None:
    before = sqlite_dump(sqlite_db)
    bad = GOOD + "T3,Ewa,Lis,,,,Gdańsk,mass,n/a,One year\n"
    write(tmp_path / "second", "customers.csv", bad)
    with pytest.raises(ImportFailed) as caught:
        import_directory(sqlite_db, tmp_path / "second")
    error = caught.value
    # The cell that would retype the column, not the header.
    assert (error.file, error.line, error.column) == ("customers.csv", 4, "tenure")
    assert "'n/a' would make the column text (it is int)" in error.message
    assert "published rule 'short_tenure' (version 1)" in error.message
    assert 'attributes["tenure"] is text' in error.message and "(line 2, column 5)" in error.message
    assert "nothing was imported" in error.message
    assert sqlite_dump(sqlite_db) == before
    assert published.catalogue()["tenure"] is AttributeKind.INT


def test_a_change_no_published_rule_reads_still_imports(
    sqlite_db, tmp_path: Path, published
) -> None:
    write(tmp_path / "second", "customers.csv", HEAD.replace("contract", "score") + (
        "T3,Ewa,Lis,,,,Gdańsk,mass,5,n/a\n"
    ))  # fmt: skip
    import_directory(sqlite_db, tmp_path / "second")
    # Widening int to decimal keeps a number a number: the rule still compiles.
    write(tmp_path / "third", "customers.csv", HEAD + "T4,Ola,Wit,,,,Gdańsk,mass,2.5,x\n")
    import_directory(sqlite_db, tmp_path / "third")
    assert published.catalogue()["tenure"] is AttributeKind.DECIMAL


def test_a_disabled_rule_or_an_unpublished_draft_does_not_hold_the_import(
    sqlite_db, tmp_path: Path
) -> None:
    write(tmp_path / "first", "customers.csv", GOOD)
    import_directory(sqlite_db, tmp_path / "first")
    book = RuleBookService(sqlite_db, "author")
    book.replace_draft([SHORT_TENURE.with_changes(enabled=False)])
    book.publish("off")
    book.replace_draft([SHORT_TENURE])  # the draft is checked when it is published
    write(tmp_path / "second", "customers.csv", HEAD + "T3,Ewa,Lis,,,,Gdańsk,mass,n/a,x\n")
    import_directory(sqlite_db, tmp_path / "second")
    assert book.catalogue()["tenure"] is AttributeKind.TEXT


def test_the_same_refusal_on_postgres_writes_nothing(pg_db, tmp_path: Path) -> None:
    write(tmp_path / "first", "customers.csv", GOOD)
    import_directory(pg_db, tmp_path / "first")
    book = RuleBookService(pg_db, "author")
    book.replace_draft([SHORT_TENURE])
    book.publish("retention")
    before = table_counts(pg_db)
    write(tmp_path / "second", "customers.csv", HEAD + "T3,Ewa,Lis,,,,Gdańsk,mass,n/a,x\n")
    with pytest.raises(ImportFailed) as caught:
        import_directory(pg_db, tmp_path / "second")
    assert caught.value.column == "tenure" and "'short_tenure'" in caught.value.message
    assert table_counts(pg_db) == before
    assert book.catalogue()["tenure"] is AttributeKind.INT
