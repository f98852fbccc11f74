"""Declarative base, naming convention and the shared primary-key and timestamp columns."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.types import UTCDateTime

# Stable constraint names so Alembic batch mode on SQLite and PostgreSQL agree.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UuidPk:
    """Client-generated UUID primary key: rows can be created offline and synced later."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


@dataclass(frozen=True)
class Outbox:
    """Declares that a model's local inserts travel to the server as outbox rows (`__outbox__`).

    The payload is every mapped column (so a new column travels without anyone writing code for
    it), minus `not_sent`, plus `lists`: (payload key, relationship, child column) for child rows
    the server stores with their parent.
    """

    entity: str  # the feed entity name the server's push functions know
    not_sent: tuple[str, ...] = ()  # columns the server fills in itself
    lists: tuple[tuple[str, str, str], ...] = ()


# The server stamps these with its own clock: a desk's clock never orders anything.
SERVER_STAMPED = ("created_at", "updated_at")
