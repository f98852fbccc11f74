"""Adversarial: the console's three areas as each group, by SQL and through the services.

Wrap-up codes: only an administrator adds or changes them, nobody deletes one. Rule-set
versions: only rule authors (administrators included) publish, in their own name; nobody
changes or removes one. The audit log: only administrators read it (migration 0020).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.models import RuleSetVersion, WrapUpCode
from app.services.admin.codes import WrapUpCatalogue
from app.services.errors import AcrmError
from app.services.reports.audit_log import AuditFilter, AuditLogService
from app.services.rulebook.service import RuleBookError, RuleBookService
from app.services.storage import migrate
from app.services.storage.db import Database
from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    PASSWORD,
    Cast,
    Person,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
    unchanged,
)

NON_ADMINS = ("agent", "team_lead", "rule_author")
DENIED = "42501"
LABELS = {"pl": "Próba", "ru": "Проба"}
RULE = {"id": "r1", "name": "Rule", "condition": "age > 30", "action": "offer_savings",
        "script": "Hello"}  # fmt: skip
GOOD_RULES = json.dumps([RULE])
PUBLISH = (
    "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
    "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions), now(), "
    "%s, 'probe', %s::json)"
)


def as_person(cast: Cast, person: Person) -> Database:  # noqa: F811
    url = make_url(cast.server.url(cast.database)).set(username=person.login, password=PASSWORD)
    return Database(url.render_as_string(hide_password=False))


@pytest.fixture
def desk(tmp_path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


def code_count(db: Database) -> int:
    with db.reading() as session:
        return len(session.scalars(select(WrapUpCode.code)).all())


# --- wrap-up codes -----------------------------------------------------------------------


@pytest.mark.parametrize("group", NON_ADMINS)
def test_only_an_administrator_adds_or_changes_codes_by_sql(cast: Cast, group: str) -> None:  # noqa: F811
    person = cast.member(group)
    with cast.superuser() as conn:
        conn.execute("INSERT INTO wrapup_codes (code, label, labels, active, sort_order) "
                     "VALUES ('KEEP', 'Keep', '{}', true, 1) ON CONFLICT DO NOTHING")  # fmt: skip
    attacks = (
        "INSERT INTO wrapup_codes (code, label, labels, active, sort_order) "
        "VALUES ('EVIL', 'Evil', '{}', true, 0)",
        "UPDATE wrapup_codes SET label = 'Pwned' WHERE code = 'KEEP'",
        "UPDATE wrapup_codes SET active = false",
        "DELETE FROM wrapup_codes WHERE code = 'KEEP'",
    )
    with unchanged(cast):
        for statement in attacks:
            assert refused_or_nothing(cast, person, statement) == DENIED, statement


def test_an_administrator_changes_codes_but_deletes_none(cast: Cast) -> None:  # noqa: F811
    code = f"ADM_{cast.admin.login[-6:]}".upper()
    insert = ("INSERT INTO wrapup_codes (code, label, labels, active, sort_order) "
              "VALUES (%s, 'A', '{}', true, 0)")  # fmt: skip
    assert run_as(cast, cast.admin, insert, (code,)) == 1
    assert run_as(cast, cast.admin, "UPDATE wrapup_codes SET active = false WHERE code = %s",
                  (code,)) == 1  # fmt: skip
    with unchanged(cast):
        assert refused_or_nothing(cast, cast.admin, "DELETE FROM wrapup_codes WHERE code = %s",
                                  (code,)) == DENIED  # fmt: skip
    with cast.superuser() as conn:
        actors = conn.execute("SELECT actor, action FROM audit_log WHERE target = %s ORDER BY id",
                              (code,)).fetchall()  # fmt: skip
    assert actors == [(cast.admin.login, "wrapup_codes.insert"),
                      (cast.admin.login, "wrapup_codes.update")]  # fmt: skip


@pytest.mark.parametrize("group", GROUPS)
def test_the_catalogue_service_writes_on_the_server_as_the_server_allows(
    cast: Cast,  # noqa: F811
    desk: Database,
    group: str,
) -> None:
    person = cast.member(group)
    server = as_person(cast, person)
    catalogue = WrapUpCatalogue(desk, person.login, server=lambda: server)
    code = f"C_{group}_{person.login[-6:]}".upper()[:40]
    try:
        if group != "admin":
            with unchanged(cast), pytest.raises(AcrmError, match="needs the admin role"):
                catalogue.add(code, LABELS)
            assert code_count(desk) == 0  # nothing pretends on the desk either
            return
        catalogue.add(code, LABELS)
        catalogue.set_label(code, "ru", "Проба 2")
        catalogue.deactivate(code)
    finally:
        server.dispose()
    assert [c.code for c in catalogue.list()] == [code]  # the cache has it at once
    with cast.superuser() as conn:
        row = conn.execute("SELECT active, labels::jsonb ->> 'ru' FROM wrapup_codes "
                           "WHERE code = %s", (code,)).fetchone()  # fmt: skip
        audited = conn.execute("SELECT actor FROM audit_log WHERE target = %s", (code,)).fetchall()
    assert row == (False, "Проба 2")
    assert audited == [(person.login,)] * 3


# --- rule-set versions -------------------------------------------------------------------


@pytest.mark.parametrize("group", GROUPS)
def test_publishing_and_changing_versions_by_sql(cast: Cast, group: str) -> None:  # noqa: F811
    person = cast.member(group)
    with cast.superuser() as conn:
        conn.execute(PUBLISH, ("seed", GOOD_RULES))
    with unchanged(cast):
        for statement, params in (
            (PUBLISH, (cast.other_agent.login, GOOD_RULES)),  # in another's name
            ("UPDATE rule_set_versions SET note = 'rewritten'", ()),
            ("UPDATE rule_set_versions SET rules = '[]'::json", ()),
            ("DELETE FROM rule_set_versions", ()),
        ):
            assert refused_or_nothing(cast, person, statement, params) == DENIED, statement
    if group in ("agent", "team_lead"):
        with unchanged(cast):
            assert refused_or_nothing(cast, person, PUBLISH, (person.login, GOOD_RULES)) == DENIED
    else:
        assert run_as(cast, person, PUBLISH, (person.login, GOOD_RULES)) == 1


@pytest.mark.parametrize("group", GROUPS)
def test_rolling_back_through_the_service_as_each_group(
    cast: Cast,  # noqa: F811
    desk: Database,
    group: str,
) -> None:
    with cast.superuser() as conn:
        conn.execute(PUBLISH, ("seed", GOOD_RULES))
        first = conn.execute("SELECT max(version) FROM rule_set_versions").fetchone()[0]
    person = cast.member(group)
    server = as_person(cast, person)
    book = RuleBookService(desk, author=person.login, server=lambda: server)
    with desk.unit_of_work() as uow:  # the desk's cache holds the version, as sync brings it
        uow.session.merge(RuleSetVersion(version=first, published_at=datetime.now(UTC),
                                         published_by="seed", note="", rules=[RULE],
                                         copied_from=None))  # fmt: skip
        uow.commit()
    try:
        if group in ("agent", "team_lead"):
            with unchanged(cast), pytest.raises(RuleBookError, match="rule_author"):
                book.rollback(first)
            return
        number = book.rollback(first)
    finally:
        server.dispose()
    with cast.superuser() as conn:
        row = conn.execute("SELECT published_by, copied_from FROM rule_set_versions "
                           "WHERE version = %s", (number,)).fetchone()  # fmt: skip
    assert row == (person.login, first)


# --- the audit log -----------------------------------------------------------------------


@pytest.mark.parametrize("group", NON_ADMINS)
def test_nobody_but_an_administrator_reads_the_audit_log(cast: Cast, group: str) -> None:  # noqa: F811
    person = cast.member(group)
    for statement in ("SELECT count(*) FROM audit_log",
                      "SELECT * FROM audit_log WHERE actor = current_user"):  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege), cast.connect(person) as conn:
            conn.execute(statement)
    server = as_person(cast, person)
    try:
        with pytest.raises(AcrmError, match="reading the audit log needs the admin role"):
            AuditLogService(Database("sqlite://"), server=lambda: server).read(AuditFilter())
    finally:
        server.dispose()


def test_an_administrator_reads_every_row_of_the_audit_log(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    server = as_person(cast, cast.admin)
    try:
        page = AuditLogService(Database("sqlite://"), server=lambda: server).read(
            AuditFilter(limit=100_000)
        )
        created = AuditLogService(Database("sqlite://"), server=lambda: server).read(
            AuditFilter(action="role.create", target=cast.agent.login)
        )
    finally:
        server.dispose()
    assert total > 0 and len(page.rows) == total
    assert [row.target for row in created.rows] == [cast.agent.login]
