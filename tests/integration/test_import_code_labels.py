"""Wrap-up code labels per language in wrapup_codes.csv (label_pl, label_ru, label_en)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import WrapUpCode
from app.services.contacts.service import ContactService
from app.services.errors import ImportFailed
from app.services.importer import import_directory
from tests.integration.import_helpers import table_counts, write

CODES = (
    "code,label,label_ru,label_en\n"
    "INFO,Udzielono informacji,Предоставлена информация,Information given\n"
    "FRAUD,Podejrzenie oszustwa,,\n"
)


def stored(db) -> dict[str, tuple[str, dict]]:
    with db.reading() as session:
        rows = session.execute(select(WrapUpCode.code, WrapUpCode.label, WrapUpCode.labels))
        return {code: (label, labels) for code, label, labels in rows}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def test_labels_per_language_are_imported_and_shown(db, tmp_path: Path) -> None:
    write(tmp_path, "wrapup_codes.csv", CODES)
    import_directory(db, tmp_path)
    assert stored(db) == {
        "INFO": (
            "Udzielono informacji",
            {"en": "Information given", "ru": "Предоставлена информация"},
        ),
        "FRAUD": ("Podejrzenie oszustwa", {}),
    }
    rows = ContactService(db, agent_login="anna").wrapup_codes()
    assert [row.shown("ru") for row in rows] == [
        "Предоставлена информация",
        "Podejrzenie oszustwa",  # no Russian label: the business's own
    ]
    assert [row.shown("pl") for row in rows] == ["Udzielono informacji", "Podejrzenie oszustwa"]


def test_a_file_without_a_language_column_keeps_its_labels(db, tmp_path: Path) -> None:
    write(tmp_path / "a", "wrapup_codes.csv", CODES)
    import_directory(db, tmp_path / "a")
    # A file that only renames the Polish label and empties the English one.
    write(tmp_path / "b", "wrapup_codes.csv", "code,label,label_en\nINFO,Informacja,\n")
    counts = import_directory(db, tmp_path / "b").files["wrapup_codes.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 0)
    assert stored(db)["INFO"] == ("Informacja", {"ru": "Предоставлена информация"})
    again = import_directory(db, tmp_path / "b").files["wrapup_codes.csv"]
    assert (again.updated, again.unchanged) == (0, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'code,label,label_ru\nINFO,Informacja,Информация\nFRAUD,Oszustwo,"Мошен\nничество"\n',
            # A line break inside a quoted cell (the record ends on physical line 4).
            "wrapup_codes.csv, line 4, column 'label_ru': contains a line break",
        ),
        (
            "code,label,label_ru\nINFO,Informacja,Информация\nFRAUD,Oszustwo," + "я" * 201 + "\n",
            "wrapup_codes.csv, line 3, column 'label_ru': longer than 200 characters (201)",
        ),
        (
            "code,label,label_de\nINFO,Informacja,Auskunft\n",
            "wrapup_codes.csv, line 1, column 'label_de': unknown column",
        ),
    ],
)
def test_a_malformed_label_is_named_and_nothing_is_written(
    sqlite_db, tmp_path: Path, text: str, message: str
) -> None:
    write(tmp_path, "wrapup_codes.csv", text)
    with pytest.raises(ImportFailed) as caught:
        import_directory(sqlite_db, tmp_path)
    assert message in str(caught.value)
    assert table_counts(sqlite_db)["wrapup_codes"] == 0
