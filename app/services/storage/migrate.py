"""Bring a database to the newest schema with Alembic; back up a SQLite file first.

Alembic is imported only when the schema is not at head: every start asks, and on a current
database one query of `alembic_version` against the head the scripts declare answers it.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator

from app.paths import bundle_root
from app.services.errors import AcrmError
from app.services.storage.private_files import private_file

log = logging.getLogger(__name__)

# Any constant works: desktops that start together take turns migrating a shared server.
PG_MIGRATION_LOCK = 0x0AC4_D35C

Step = Callable[["Config"], None]
# `revision = "0006"` and `down_revision = "0005"` lines of a migration script (either quotes,
# an optional annotation as newer Alembic templates write them).
DECLARED = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class MigrationError(AcrmError):
    """The schema cannot be brought to this program's version; nothing was changed."""


def migrations_dir() -> Path:
    """Where the Alembic scripts are: next to the package, or inside a frozen build."""
    override = os.environ.get("ACRM_MIGRATIONS_DIR")
    if override:
        return Path(override)
    return bundle_root() / "migrations"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str | None:
    return script_directory().get_current_head()


def declared_head(folder: Path | None = None) -> str | None:
    """The one head the scripts declare, read without Alembic; None when unsure (ask Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    scripts = sorted(((folder or migrations_dir()) / "versions").glob("*.py"))
    for script in scripts:
        found = dict(DECLARED.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            parent = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None  # not the plain form this reader knows
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(parent, str):
            parents.add(parent)
        elif isinstance(parent, tuple | list):
            parents.update(parent)  # a merge revision names several
        elif parent is not None:
            return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """True when the database is certainly at the scripts' head (one cheap query)."""
    head = declared_head()
    if head is None:
        return False
    with engine.connect() as connection:
        try:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except DBAPIError:
            return False  # no table yet (a new database); Alembic's path says the rest
    return [row[0] for row in rows] == [head]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    if at_head(engine):
        return False
    current, head = current_revision(engine), head_revision()
    if current == head:
        return False
    _check_known(current)
    if engine.dialect.name == "sqlite" and current is not None:
        backup_sqlite(engine, current)
    from alembic import command

    _migrate(engine, lambda config: command.upgrade(config, "head"))
    return True


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Step the schema back to `revision` (for developers and tests; data may be lost)."""
    from alembic import command

    current = current_revision(engine)
    _check_known(current)
    if engine.dialect.name == "sqlite" and current is not None:
        backup_sqlite(engine, current)
    _migrate(engine, lambda config: command.downgrade(config, revision))


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    from alembic.util.exc import CommandError

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
