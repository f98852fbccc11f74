"""Engines, sessions and the unit of work; every thread opens its own session from the factory."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from app.services.errors import AcrmError
from app.services.storage.private_files import private_sqlite_file
from app.services.storage.url_secrets import redacted

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    # WAL lets readers in the pool work while the single writer commits.
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA cache_size=-32000",
)


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine; SQLite connections get foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        _private_sqlite(url)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    # prepare_threshold=None: no server-side prepared statements, so PgBouncer
    # in transaction-pooling mode can sit in front of the server.
    connect_args = {"prepare_threshold": None} if "psycopg" in url else {}
    connect_args.update(kwargs.pop("connect_args", {}))
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True, **kwargs)


def _private_sqlite(url: str) -> None:
    """Create the file 0600 before SQLite does (it would use 0644); its -wal/-shm follow."""
    parsed = make_url(url)
    path = parsed.database
    if not path or path == ":memory:" or path.startswith("file:") or parsed.query.get("uri"):
        return
    private_sqlite_file(Path(path))


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// URLs and use the psycopg 3 driver for them."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class UnitOfWork:
    """One session; commits only when asked, rolls back on every other exit."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def add_synced(self, *rows: object) -> None:
        """Add rows of synced models and, in this transaction, the outbox rows that send them.

        Each payload is its row's mapped columns after a flush (so column defaults are in it),
        as declared by the model's `__outbox__`; outbox rows keep the order of `rows`.
        """
        # Imported here: the models load with the first write, not with every command that
        # only opens an engine (`acrm db ...`, `acrm health`).
        from app.services.storage.outbox import insert_entry

        self.session.add_all(rows)
        self.session.flush()
        self.session.add_all([insert_entry(row) for row in rows])

    def update_synced(self, model: type, entity_id: uuid.UUID, fields: Mapping[str, Any]) -> None:
        """Queue changed fields of one synced row for the server (already changed here).

        A field the model does not sync raises ValueError: a misspelt name never travels.
        """
        from app.services.storage.outbox import update_entry

        self.session.add(update_entry(model, entity_id, fields))


class Database:
    """The engine and session factory for one database URL."""

    def __init__(self, url: str, **engine_kwargs) -> None:
        self.url = normalise_url(url)
        try:
            self.engine = make_engine(self.url, **engine_kwargs)
        except (ArgumentError, NoSuchModuleError, ValueError) as error:
            # Not a URL, or no driver for its scheme: the user typed it, so say so.
            raise AcrmError(f"cannot use database URL {redacted(url)!r}: {error}") from None
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session (rolled back and closed on exit)."""
        with self.unit_of_work() as uow:
            yield uow.session

    def dispose(self) -> None:
        self.engine.dispose()
