"""Bring a database to the newest schema with Alembic; back up a SQLite file first."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, text
from sqlalchemy.types import TypeDecorator

from app.paths import bundle_root
from app.services.errors import AcrmError
from app.services.storage.private_files import private_file

log = logging.getLogger(__name__)

# Any constant works: desktops that start together take turns migrating a shared server.
PG_MIGRATION_LOCK = 0x0AC4_D35C

Step = Callable[[Config], None]


class MigrationError(AcrmError):
    """The schema cannot be brought to this program's version; nothing was changed."""


def migrations_dir() -> Path:
    """Where the Alembic scripts are: next to the package, or inside a frozen build."""
    override = os.environ.get("ACRM_MIGRATIONS_DIR")
    if override:
        return Path(override)
    return bundle_root() / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str | None:
    return script_directory().get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy the SQLite file aside (online backup API, safe with WAL) before changing its schema."""
    path = engine.url.database
    if not path or path == ":memory:" or not Path(path).exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = Path(path).with_name(f"{Path(path).name}.{revision or 'empty'}.{stamp}.bak")
    private_file(target)  # 0600 like the database it copies (sqlite3 would make it 0644)
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def upgrade(engine: Engine) -> bool:
    """Upgrade to head; returns True when anything was applied.

    A SQLite file is backed up first, unless it is new (no revision yet).
    """
    current, head = current_revision(engine), head_revision()
    if current == head:
        return False
    _check_known(current)
    if engine.dialect.name == "sqlite" and current is not None:
        backup_sqlite(engine, current)
    _migrate(engine, lambda config: command.upgrade(config, "head"))
    return True


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Step the schema back to `revision` (for developers and tests; data may be lost)."""
    current = current_revision(engine)
    _check_known(current)
    if engine.dialect.name == "sqlite" and current is not None:
        backup_sqlite(engine, current)
    _migrate(engine, lambda config: command.downgrade(config, revision))


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    try:
        script_directory().get_revision(revision)
    except CommandError as error:
        raise MigrationError(
            f"the database is at schema revision {revision!r}, which this version of aCRM Desk "
            f"does not know (newest known: {head_revision()!r}); use a newer aCRM Desk"
        ) from error


def _migrate(engine: Engine, step: Step) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    if engine.dialect.name == "sqlite":
        _migrate_sqlite(engine, config, step)
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Released at commit; the loser then finds the schema at head and does nothing.
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK}
            )
        config.attributes["connection"] = connection
        step(config)


def _migrate_sqlite(engine: Engine, config: Config, step: Step) -> None:
    """Run `step` as one SQLite transaction with foreign-key enforcement off.

    The driver only opens transactions before DML, so DDL would commit statement by
    statement and a failed migration would leave half a schema: we BEGIN ourselves.
    Batch mode copies a table and drops the old one; with foreign keys on, that DROP
    deletes (cascades to) the child rows. The pragma works only outside a transaction.
    """
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                config.attributes["connection"] = connection
                step(config)
                _check_foreign_keys(connection)
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
            connection.exec_driver_sql("COMMIT")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise MigrationError(
            f"migration would break {len(broken)} foreign key(s), e.g. {table} row {rowid} "
            f"-> {parent}; nothing was changed"
        )


def render_item(kind: str, obj: object, autogen_context) -> str | Literal[False]:
    """Autogenerate hook: write our column types as their plain SQLAlchemy storage types.

    Migration scripts must not import app code that may change later; UTCDateTime and
    Money only convert values, the stored type is their `impl`.
    """
    if kind == "type" and isinstance(obj, TypeDecorator):
        autogen_context.imports.add("import sqlalchemy as sa")
        return f"sa.{obj.impl_instance!r}"
    return False
