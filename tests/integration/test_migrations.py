"""The one Alembic history on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata, produce_migrations, render_python_code
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, Table, create_engine, inspect, text
from sqlalchemy.engine import Engine

from app.models import Base
from app.models.types import Money, UTCDateTime
from app.services.storage import migrate
from app.services.storage.db import Database
from tests.factories import add_product, make_customer

REAL_MIGRATIONS = migrate.migrations_dir()
SCENARIO_REVISION = "zz_scenario"


def schema_differences(engine: Engine) -> list:
    """What autogenerate would put in a new migration: must be nothing."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A never-migrated database on each dialect."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_empty_url")
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def test_upgrade_of_an_empty_database_matches_the_models(empty_db: Database) -> None:
    assert migrate.current_revision(empty_db.engine) is None
    assert migrate.upgrade(empty_db.engine) is True
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()
    assert schema_differences(empty_db.engine) == []


def test_upgrade_at_head_does_nothing(empty_db: Database) -> None:
    migrate.upgrade(empty_db.engine)
    assert migrate.upgrade(empty_db.engine) is False


def test_downgrade_to_base_and_upgrade_again(empty_db: Database) -> None:
    migrate.upgrade(empty_db.engine)
    migrate.downgrade(empty_db.engine, "base")
    assert migrate.current_revision(empty_db.engine) is None
    assert set(inspect(empty_db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_db.engine)
    assert schema_differences(empty_db.engine) == []
    # The schema really works after the round trip, foreign keys and all.
    make_customer(empty_db, external_id="C-RT", phones=("+48601234567",))


def test_new_sqlite_file_is_not_backed_up(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        migrate.upgrade(db.engine)
    finally:
        db.dispose()
    assert list(tmp_path.glob("*.bak")) == []


def test_backup_sqlite_copies_committed_rows_from_the_wal(sqlite_db: Database) -> None:
    make_customer(sqlite_db, external_id="C-WAL")
    # The row is still only in the -wal file while this engine's connections stay open.
    target = migrate.backup_sqlite(sqlite_db.engine, "0001")
    assert target is not None and target.name.startswith("test.sqlite3.0001.")
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT external_id FROM customers").fetchall() == [("C-WAL",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_backup_of_memory_database_is_skipped() -> None:
    engine = create_engine("sqlite://")
    assert migrate.backup_sqlite(engine, "0001") is None


# --- upgrading an existing database to a newer revision --------------------------------------

ADD_COLUMN_WITH_TABLE_COPY = """
def upgrade():
    # recreate="always": the table copy SQLite needs for most changes, even here.
    with op.batch_alter_table("customers", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(40), nullable=True))


def downgrade():
    with op.batch_alter_table("customers", recreate="always") as batch_op:
        batch_op.drop_column("nickname")
"""

FAIL_HALFWAY = """
def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("customers", sa.Column("nickname", sa.String(40), nullable=True))
    raise RuntimeError("migration bug")


def downgrade():
    pass
"""


ORPHAN_ROW = """
def upgrade():
    # Foreign keys are off while SQLite migrates: the check afterwards must catch this.
    op.execute(
        "INSERT INTO customer_phones (id, customer_id, e164, national, raw, position) "
        "VALUES ('00000000000000000000000000000001', 'ffffffffffffffffffffffffffffffff', "
        "'+48601234567', '601234567', '', 0)"
    )


def downgrade():
    pass
"""


def scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A copy of the real history with one more revision on top, used from now on."""
    folder = tmp_path / "migrations"
    shutil.copytree(REAL_MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    header = (
        f'"""Test scenario."""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f"revision = {SCENARIO_REVISION!r}\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n"
    )
    (folder / "versions" / f"{SCENARIO_REVISION}.py").write_text(header + body)
    monkeypatch.setenv("ACRM_MIGRATIONS_DIR", str(folder))


def test_upgrade_backs_up_the_file_and_keeps_child_rows(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = migrate.head_revision()
    customer_id = make_customer(sqlite_db, external_id="C-OLD", phones=("+48601234567",))
    scenario(tmp_path, monkeypatch, ADD_COLUMN_WITH_TABLE_COPY)

    assert migrate.upgrade(sqlite_db.engine) is True

    assert migrate.current_revision(sqlite_db.engine) == SCENARIO_REVISION
    [backup] = list(tmp_path.glob(f"test.sqlite3.{old_head}.*.bak"))
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert copy.execute("SELECT count(*) FROM customers").fetchone() == (1,)
    finally:
        copy.close()
    with sqlite_db.engine.connect() as conn:
        # Copying and dropping the parent table must not cascade-delete the phones.
        phones = conn.execute(text("SELECT customer_id FROM customer_phones")).scalars().all()
        assert len(phones) == 1 and uuid.UUID(str(phones[0])) == customer_id
        assert conn.execute(text("SELECT nickname FROM customers")).scalars().all() == [None]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_failed_migration_changes_nothing(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate.upgrade(empty_db.engine)
    old_head = migrate.head_revision()
    make_customer(empty_db, external_id="C-KEEP")
    scenario(tmp_path, monkeypatch, FAIL_HALFWAY)

    with pytest.raises(RuntimeError, match="migration bug"):
        migrate.upgrade(empty_db.engine)

    assert migrate.current_revision(empty_db.engine) == old_head
    tables = inspect(empty_db.engine)
    assert "half_done" not in tables.get_table_names()
    assert "nickname" not in {column["name"] for column in tables.get_columns("customers")}
    with empty_db.reading() as session:
        assert session.execute(text("SELECT external_id FROM customers")).scalars().all() == [
            "C-KEEP"
        ]


def test_database_newer_than_the_program_is_refused(empty_db: Database) -> None:
    migrate.upgrade(empty_db.engine)
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))

    with pytest.raises(migrate.MigrationError, match=r"'f00dfeed'.*does not know"):
        migrate.upgrade(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) == "f00dfeed"


@pytest.mark.postgres
def test_desktops_starting_together_migrate_a_shared_server_once(pg_empty_url: str) -> None:
    databases = [Database(pg_empty_url) for _ in range(3)]
    barrier = threading.Barrier(len(databases))
    errors: list[BaseException] = []

    def start(db: Database) -> None:
        try:
            barrier.wait(timeout=10)
            migrate.upgrade(db.engine)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=start, args=(db,)) for db in databases]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        for db in databases:
            db.dispose()
    assert errors == []
    check = Database(pg_empty_url)
    try:
        assert migrate.current_revision(check.engine) == migrate.head_revision()
        assert schema_differences(check.engine) == []
    finally:
        check.dispose()


def test_autogenerate_writes_storage_types_not_app_types() -> None:
    """New migration scripts must not import app code, which may change after they are written."""
    metadata = MetaData()
    Table("ledger", metadata, Column("at", UTCDateTime), Column("amount", Money))
    with create_engine("sqlite://").connect() as connection:
        context = MigrationContext.configure(connection, opts={"target_metadata": metadata})
        script = render_python_code(
            produce_migrations(context, metadata).upgrade_ops, render_item=migrate.render_item
        )
    assert "sa.DateTime(timezone=True)" in script
    assert "sa.BigInteger()" in script
    assert "app.models" not in script


def test_sqlite_migration_that_breaks_a_foreign_key_is_refused(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = migrate.head_revision()
    scenario(tmp_path, monkeypatch, ORPHAN_ROW)

    with pytest.raises(migrate.MigrationError, match=r"break 1 foreign key.*customer_phones"):
        migrate.upgrade(sqlite_db.engine)

    assert migrate.current_revision(sqlite_db.engine) == old_head
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer_phones")).scalar() == 0


def test_0008_adds_product_number_and_balance_and_takes_them_away(empty_db: Database) -> None:
    """Up: the columns exist, old rows keep NULLs; down to 0007: gone, the rows kept."""
    migrate.upgrade(empty_db.engine)
    customer = make_customer(empty_db, external_id="C-P")
    opened = datetime(2024, 3, 1, tzinfo=UTC)
    add_product(empty_db, customer, "credit_card", opened, number_last4="4821",
                balance=Decimal("-1234.56"))  # fmt: skip
    with empty_db.engine.connect() as connection:
        stored = connection.execute(text("SELECT number_last4, balance FROM products")).one()
    assert tuple(stored) == ("4821", -123456)  # money as integer grosze, as everywhere

    migrate.downgrade(empty_db.engine, "0007")
    columns = {c["name"] for c in inspect(empty_db.engine).get_columns("products")}
    assert "number_last4" not in columns and "balance" not in columns
    with empty_db.engine.connect() as connection:
        assert connection.execute(text("SELECT product FROM products")).all() == [("credit_card",)]

    migrate.upgrade(empty_db.engine)
    assert schema_differences(empty_db.engine) == []
    with empty_db.engine.connect() as connection:
        again = connection.execute(text("SELECT number_last4, balance FROM products")).one()
        assert tuple(again) == (None, None)
        # Only four characters fit: the full number cannot be stored by mistake.
        with pytest.raises(Exception, match=r"(?i)check|too long"):
            connection.execute(text("UPDATE products SET number_last4 = '4111111111114821'"))


def test_0009_adds_contact_verification_and_takes_it_away(empty_db: Database) -> None:
    """Up: old contacts record nothing (NULL), values are checked; down to 0008: gone, rows kept."""
    migrate.upgrade(empty_db.engine)
    customer = make_customer(empty_db, external_id="C-V")
    migrate.downgrade(empty_db.engine, "0008")
    columns = {c["name"] for c in inspect(empty_db.engine).get_columns("contacts")}
    assert "verification" not in columns and "verified_with" not in columns
    with empty_db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (id, customer_id, channel, direction, started_at, reason, "
                "outcome, notes, caller_number, created_at, updated_at) VALUES (:id, :c, 'phone', "
                "'inbound', :t, 'Before', 'resolved', '', '', :t, :t)"
            ),
            {"id": uuid.uuid4().hex, "c": customer.hex, "t": datetime(2026, 1, 2, tzinfo=UTC)},
        )

    migrate.upgrade(empty_db.engine)
    assert schema_differences(empty_db.engine) == []
    with empty_db.engine.begin() as connection:
        stored = connection.execute(text("SELECT verification, verified_with FROM contacts"))
        assert stored.all() == [(None, None)]  # recorded nothing then: not "not verified"
        connection.execute(
            text("UPDATE contacts SET verification = 'verified', verified_with = :q"),
            {"q": '["date_of_birth", "postcode"]'},
        )
    with empty_db.engine.connect() as connection, pytest.raises(Exception, match=r"(?i)check"):
        connection.execute(text("UPDATE contacts SET verification = 'trusted_me'"))

    migrate.downgrade(empty_db.engine, "0008")
    columns = {c["name"] for c in inspect(empty_db.engine).get_columns("contacts")}
    assert "verification" not in columns and "verified_with" not in columns
    with empty_db.engine.connect() as connection:
        assert connection.execute(text("SELECT reason FROM contacts")).all() == [("Before",)]
    migrate.upgrade(empty_db.engine)
    assert schema_differences(empty_db.engine) == []
