"""Migration 0007 turns the outcome texts the wrap-up form used to store into outcome codes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import select, text

from app.models import Contact, OutboxEntry
from app.services.storage import migrate
from app.services.storage.db import Database
from tests import factories as f

START = datetime(2026, 3, 1, 9, tzinfo=UTC)
# Stored text -> what 0007 leaves in its place.
STORED = {
    "Follow-up needed": "follow_up_needed",  # the English form, as most desks stored it
    "Wymaga dalszych działań": "follow_up_needed",  # a Polish desk's form
    "Udzielono informacji": "information_given",
    " escalated ": "escalated",  # spaces and case do not make it another choice
    "No answer": "no_answer",
    "resolved": "resolved",  # already a code
    "Karta wydana ponownie": "Karta wydana ponownie",  # typed or imported: kept as written
    "Resolved by the branch": "Resolved by the branch",
}


def seed_code_at_0006(db: Database) -> None:
    """The INFO code, written with the columns revision 0006 has (the model has more now)."""
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO wrapup_codes (code, label, active, sort_order) "
                "VALUES ('INFO', 'Information given', :on, 10)"
            ),
            {"on": True},
        )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_at_0006(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database whose schema is at revision 0006 (before outcomes were codes)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'at_0006.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_empty_url")
    db = Database(url)
    migrate.upgrade(db.engine)
    migrate.downgrade(db.engine, "0006")
    assert migrate.current_revision(db.engine) == "0006"
    try:
        yield db
    finally:
        db.dispose()


def customer_at_0006(db: Database) -> uuid.UUID:
    """A customer written with the columns revision 0006 had (the model has later ones)."""
    table = sa.Table("customers", sa.MetaData(), autoload_with=db.engine)
    customer_id = uuid.uuid4()
    now = datetime.now(UTC).replace(tzinfo=None)  # how UTCDateTime stores it on both
    with db.engine.begin() as connection:
        connection.execute(
            table.insert().values(
                id=customer_id.hex if db.is_sqlite else customer_id,
                external_id="C1",
                first_name="Łukasz",
                last_name="Wójcik",
                first_key="lukasz",
                last_key="wojcik",
                city="Kraków",
                segment="mass",
                created_at=now,
                updated_at=now,
            )
        )
    return customer_id


def test_stored_outcome_texts_become_codes_and_other_texts_stay(db_at_0006: Database) -> None:
    db = db_at_0006
    seed_code_at_0006(db)
    cid = customer_at_0006(db)
    ids = {
        text: f.add_contact(db, cid, START + timedelta(hours=i), outcome=text, codes=("INFO",))
        for i, text in enumerate(STORED)
    }
    waiting, sent = uuid.uuid4(), uuid.uuid4()
    with db.unit_of_work() as uow:
        for entity_id, pushed_at in ((waiting, None), (sent, START)):
            payload = {"id": str(entity_id), "outcome": "Follow-up needed", "codes": ["INFO"]}
            uow.session.add(
                OutboxEntry(
                    entity="contact",
                    entity_id=entity_id,
                    operation="insert",
                    payload=payload,
                    pushed_at=pushed_at,
                )
            )
        uow.commit()

    migrate.upgrade(db.engine)

    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.reading() as session:
        outcomes = dict(session.execute(select(Contact.id, Contact.outcome)).all())
        payloads = dict(session.execute(select(OutboxEntry.entity_id, OutboxEntry.payload)).all())
    assert {text: outcomes[ids[text]] for text in STORED} == STORED
    # A contact still waiting to be pushed sends the code; what was sent is history.
    assert payloads[waiting]["outcome"] == "follow_up_needed"
    assert payloads[sent]["outcome"] == "Follow-up needed"


def test_downgrade_gives_the_english_texts_back(db_at_0006: Database) -> None:
    db = db_at_0006
    seed_code_at_0006(db)
    cid = customer_at_0006(db)
    migrate.upgrade(db.engine)
    coded = f.add_contact(db, cid, START, outcome="no_answer", codes=("INFO",))
    typed = f.add_contact(db, cid, START, outcome="Karta wydana ponownie", codes=("INFO",))
    migrate.downgrade(db.engine, "0006")
    with db.reading() as session:
        outcomes = dict(session.execute(select(Contact.id, Contact.outcome)).all())
    assert outcomes == {coded: "No answer", typed: "Karta wydana ponownie"}


@pytest.mark.postgres
def test_on_the_server_the_feed_tells_desks_which_contacts_changed(pg_empty_url: str) -> None:
    """Desks pull the feed and upsert what it names: they receive the codes the server got."""
    db = Database(pg_empty_url)
    try:
        migrate.upgrade(db.engine)
        migrate.downgrade(db.engine, "0006")
        seed_code_at_0006(db)
        cid = customer_at_0006(db)
        labelled = f.add_contact(db, cid, START, outcome="Escalated", codes=("INFO",))
        # A text kept as written is not rewritten, so the feed does not name it.
        f.add_contact(db, cid, START, outcome="Karta wydana ponownie", codes=("INFO",))
        with db.engine.connect() as connection:
            before = connection.scalar(text("SELECT coalesce(max(seq), 0) FROM change_log"))
        migrate.upgrade(db.engine)
        with db.engine.connect() as connection:
            changed = connection.execute(
                text("SELECT entity, entity_key, op FROM change_log WHERE seq > :before"),
                {"before": before},
            ).all()
        assert changed == [("contact", str(labelled), "update")]
    finally:
        db.dispose()
