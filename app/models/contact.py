"""Contacts across channels, their wrap-up codes, callbacks (queue items) and the sync outbox."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import SERVER_STAMPED, Base, Outbox, Timestamped, UuidPk, utcnow
from app.models.enums import Channel, Direction, QueueKind, QueueStatus, Verification, sql_in
from app.models.types import UTCDateTime


class Contact(UuidPk, Timestamped, Base):
    __tablename__ = "contacts"
    # The wrap-up codes travel with the contact, in order, as the list "codes".
    __outbox__ = Outbox("contact", SERVER_STAMPED, lists=(("codes", "wrapups", "code"),))
    __table_args__ = (
        Index("ix_contacts_customer_started", "customer_id", "started_at"),
        Index("ix_contacts_supersedes", "supersedes_id"),
        # The team-lead figures: a team's agents' contacts of a few days; the centre's by time.
        Index("ix_contacts_agent_started", "agent_id", "started_at"),
        Index("ix_contacts_started", "started_at"),
        CheckConstraint(f"channel IN ({sql_in(Channel)})", name="channel"),
        CheckConstraint(f"direction IN ({sql_in(Direction)})", name="direction"),
        CheckConstraint(f"verification IN ({sql_in(Verification)})", name="verification"),
    )

    # Null for an unknown caller logged before (or without) identifying them.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), nullable=True
    )
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(10))
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    caller_number: Mapped[str] = mapped_column(String(20), default="")
    # Whether and how the caller's identity was checked (a Verification code and the questions
    # that passed: default question codes, custom ones as the settings wrote them; never the
    # caller's answers). NULL for contacts saved before 0009 or imported: not recorded.
    verification: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # none_as_null: "not recorded" is SQL NULL, not the JSON value null (the server's CHECK
    # takes NULL or an array).
    verified_with: Mapped[list | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    # Contacts are append-only: a correction is a new contact naming the one it replaces.
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id"), nullable=True
    )

    wrapups: Mapped[list[ContactWrapUp]] = relationship(
        cascade="all, delete-orphan",
        order_by="ContactWrapUp.position",
        foreign_keys="ContactWrapUp.contact_id",
    )


class ContactWrapUp(Base):
    __tablename__ = "contact_wrapups"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(ForeignKey("wrapup_codes.code"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class QueueItem(UuidPk, Timestamped, Base):
    """Work waiting for an agent or a team's pool: a callback, a rule's follow-up, a campaign entry.

    `due_at` opens the call window and `window_end` (if any) closes it; on top of that the
    centre's calling hours hold in the customer's time zone. `assigned_to` NULL is the pool of
    `team_id` (the whole centre when that is NULL too): one taker wins.
    """

    __tablename__ = "queue_items"
    __outbox__ = Outbox("queue_item", SERVER_STAMPED)
    __table_args__ = (
        Index("ix_queue_items_assignee_due", "assigned_to", "status", "due_at"),
        Index("ix_queue_items_team_status_due", "team_id", "status", "due_at"),
        # A customer is never twice on one campaign (NULL campaign_id: not a campaign entry).
        Index("ux_queue_items_campaign_customer", "campaign_id", "customer_id", unique=True),
        CheckConstraint(f"status IN ({sql_in(QueueStatus)})", name="status"),
        CheckConstraint(f"kind IN ({sql_in(QueueKind)})", name="kind"),
        CheckConstraint("attempts >= 0 AND max_attempts >= 1", name="attempts"),
    )

    kind: Mapped[str] = mapped_column(String(20), default=QueueKind.CALLBACK.value)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), nullable=True
    )
    source_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id"), nullable=True
    )
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default=QueueStatus.OPEN.value)
    note: Mapped[str] = mapped_column(Text, default="")
    # Issue 14: what the item is for and how it is worked.
    reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    script: Mapped[str] = mapped_column(Text, default="", server_default="")
    priority: Mapped[int] = mapped_column(default=0, server_default="0")  # higher first
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    max_attempts: Mapped[int] = mapped_column(default=3, server_default="3")
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(40), default="", server_default="")
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=True
    )
    rule_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    action: Mapped[str] = mapped_column(String(64), default="", server_default="")


class OutboxEntry(UuidPk, Base):
    """A local write waiting for the shared back end; written in the same transaction."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_pending", "pushed_at", "seq"),
        Index("ux_outbox_seq", "seq", unique=True),
    )

    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(10), default="insert")
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The order the writes were made in, which a desk's clock cannot change: on SQLite the
    # trigger outbox_seq (migration 0005) numbers every inserted row, ORM or Core, inside the
    # writing transaction. Rows are pushed by it, never by `created_at`. (A batch operation
    # that recreates this table must recreate that trigger.)
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    # The server refused the row for good (a role or a constraint): kept, shown, not retried.
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
