"""The wrap-up code catalogue service on real SQLite and PostgreSQL: validated, audited, never
deleted."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import AuditLogEntry, WrapUpCode
from app.services.admin.codes import WrapUpCatalogue
from app.services.contacts.service import ContactService
from app.services.errors import NotFound, ValidationError
from app.services.storage.db import Database
from tests.factories import seed_wrapup_codes

ADMIN = "ola.admin"
LABELS = {"pl": "Przelew wysłany", "ru": "Перевод отправлен", "en": "Transfer sent"}


@pytest.fixture(params=["sqlite", "postgres"])
def db(request) -> Database:
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def audit_rows(db: Database, code: str) -> list[tuple[str, dict]]:
    with db.reading() as session:
        rows = session.execute(
            select(AuditLogEntry.action, AuditLogEntry.details)
            .where(AuditLogEntry.target == code)
            .order_by(AuditLogEntry.id)
        ).all()
    return [(action, details) for action, details in rows]


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditLogEntry))


def test_a_code_is_added_last_with_its_labels_and_offered_in_the_wrapup_form(db) -> None:
    seed_wrapup_codes(db)
    catalogue = WrapUpCatalogue(db, ADMIN)
    added = catalogue.add("TRANSFER_SENT", LABELS)
    assert added.labels == (("en", "Transfer sent"), ("pl", "Przelew wysłany"),
                            ("ru", "Перевод отправлен"))  # fmt: skip
    assert added.active and added.sort_order == 91  # the seed's last (inactive LEGACY) is 90
    assert [c.code for c in catalogue.list()][-1] == "TRANSFER_SENT"
    offered = {row.code: row for row in ContactService(db, ADMIN).wrapup_codes()}
    assert offered["TRANSFER_SENT"].shown("ru") == "Перевод отправлен"
    assert offered["TRANSFER_SENT"].shown("pl") == "Przelew wysłany"
    [(action, details)] = audit_rows(db, "TRANSFER_SENT")
    assert action == "wrapup_codes.insert"
    assert details["new"]["labels"]["ru"] == "Перевод отправлен"


def test_relabel_deactivate_and_reactivate_are_each_audited(db) -> None:
    catalogue = WrapUpCatalogue(db, ADMIN)
    catalogue.add("CB", {"pl": "Oddzwonić", "ru": "Перезвонить"})
    catalogue.set_label("CB", "ru", "Обратный звонок")
    catalogue.set_label("CB", "pl", "Oddzwonienie")
    catalogue.set_label("CB", "en", "Call back")
    catalogue.set_label("CB", "en", "")  # English is optional: emptied, it is removed
    catalogue.deactivate("CB")
    assert "CB" not in {row.code for row in ContactService(db, ADMIN).wrapup_codes()}
    catalogue.reactivate("CB")
    [entry] = [c for c in catalogue.list() if c.code == "CB"]
    assert entry.labels == (("pl", "Oddzwonienie"), ("ru", "Обратный звонок"))
    with db.reading() as session:
        assert session.scalar(select(WrapUpCode.label).where(WrapUpCode.code == "CB")) == (
            "Oddzwonienie"  # Polish is the business label other desks fall back to
        )
    actions = [action for action, _ in audit_rows(db, "CB")]
    assert actions == ["wrapup_codes.insert"] + ["wrapup_codes.update"] * 6
    last = audit_rows(db, "CB")[-1][1]
    assert (last["old"]["active"], last["new"]["active"]) == (False, True)


BAD_ADDS = {
    "code with a space": ("BAD CODE", LABELS, "code"),
    "code too long": ("X" * 41, LABELS, "code"),
    "empty code": ("", LABELS, "code"),
    "no Russian": ("OK", {"pl": "Dobrze", "ru": "  "}, "label_ru"),
    "no Polish": ("OK", {"ru": "Хорошо"}, "label_pl"),
    "line break": ("OK", {**LABELS, "en": "one\ntwo"}, "label_en"),
    "label too long": ("OK", {**LABELS, "pl": "p" * 201}, "label_pl"),
    "taken": ("INFO", LABELS, "code"),
    "taken in other case": ("info", LABELS, "code"),
}


@pytest.mark.parametrize(("code", "labels", "field"), BAD_ADDS.values(), ids=BAD_ADDS.keys())
def test_bad_input_names_the_field_and_writes_nothing(db, code, labels, field) -> None:
    seed_wrapup_codes(db)
    before, audited = WrapUpCatalogue(db, ADMIN).list(), audit_count(db)
    with pytest.raises(ValidationError) as error:
        WrapUpCatalogue(db, ADMIN).add(code, labels)
    assert error.value.field == field
    assert str(error.value).startswith(f"{field}: ")
    assert WrapUpCatalogue(db, ADMIN).list() == before
    assert audit_count(db) == audited


def test_relabelling_refuses_an_empty_desk_language_and_unknown_codes(db) -> None:
    seed_wrapup_codes(db)
    catalogue = WrapUpCatalogue(db, ADMIN)
    with pytest.raises(ValidationError, match=r"^label_pl: give the label in Polish"):
        catalogue.set_label("INFO", "pl", " ")
    with pytest.raises(ValidationError, match=r"^language: 'de'"):
        catalogue.set_label("INFO", "de", "Info")
    with pytest.raises(NotFound, match="NOPE"):
        catalogue.set_label("NOPE", "ru", "Нет")
    with pytest.raises(ValidationError, match="already active"):
        catalogue.reactivate("INFO")
    # A code imported before per-language labels shows its label as the Polish one.
    assert next(c for c in catalogue.list() if c.code == "INFO").label("pl") == "Information given"
