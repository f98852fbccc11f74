"""Sync bookkeeping: the server's change feed, push receipts, audit log; the desktop's cursor."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.types import UTCDateTime

# SQLite only auto-numbers an INTEGER PRIMARY KEY; PostgreSQL gets a bigint identity.
BigSerial = BigInteger().with_variant(Integer, "sqlite")


class ChangeLogEntry(Base):
    """One change to a synced row, written by server triggers (never by clients).

    `txid` is the writing transaction's id: the feed is read in (txid, seq) order and only
    below the oldest transaction still running, so a late commit is never skipped.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_txid_seq", "txid", "seq"),
        Index("ix_change_log_changed_at", "changed_at"),
    )

    seq: Mapped[int] = mapped_column(BigSerial, primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(10))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FeedState(Base):
    """Server facts about the feed, e.g. the position below which it was pruned."""

    __tablename__ = "feed_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncReceipt(Base):
    """An outbox row the server has applied: a retried update is recognised and skipped."""

    __tablename__ = "sync_receipts"

    outbox_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    applied_by: Mapped[str] = mapped_column(String(63))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditLogEntry(Base):
    """A privileged change (users, roles, reassignments, publishing); insert-only for clients."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(BigSerial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncState(Base):
    """The desktop's sync position and health, one row per key (local database only)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class FeedSkip(Base):
    """A change-feed row this desk could not read or apply: recorded, reported and skipped.

    Local database only. One bad row (written by a hostile or broken client) must not stop
    sync for everyone, so the desk applies the rest of the page and moves its cursor on.
    `txid`/`seq` name the feed row; both are null for a row skipped during a first sync.
    """

    __tablename__ = "feed_skips"

    id: Mapped[int] = mapped_column(BigSerial, primary_key=True, autoincrement=True)
    txid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    skipped_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
