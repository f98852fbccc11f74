"""What the customer holds and does: products, transactions, complaints, consents."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UuidPk
from app.models.enums import Channel, ComplaintStatus, Resolution, sql_in
from app.models.types import Money, UTCDateTime


class Product(UuidPk, Base):
    __tablename__ = "products"
    __table_args__ = (
        Index("ix_products_customer", "customer_id", "opened_at"),
        CheckConstraint("length(number_last4) = 4", name="number_last4"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    product: Mapped[str] = mapped_column(String(64))  # product code, e.g. "credit_card"
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Only the last four digits of the account or card number: the card shows "•••• 4821" and
    # nothing needs more, so the full number never reaches the server's feed or a desk's cache.
    number_last4: Mapped[str | None] = mapped_column(String(4), nullable=True)
    # In the bank's currency (PLN); negative for a debt (a card's or an overdraft's).
    balance: Mapped[Decimal | None] = mapped_column(Money, nullable=True)


class Transaction(UuidPk, Base):
    """An account movement; positive amount = inflow, negative = outflow."""

    __tablename__ = "transactions"
    __table_args__ = (Index("ix_transactions_customer_booked", "customer_id", "booked_at"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="PLN")
    description: Mapped[str] = mapped_column(String(200), default="")


class Complaint(UuidPk, Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_customer", "customer_id", "opened_at"),
        CheckConstraint(f"status IN ({sql_in(ComplaintStatus)})", name="status"),
        CheckConstraint(
            f"resolution IS NULL OR resolution IN ({sql_in(Resolution)})", name="resolution"
        ),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(10))
    resolution: Mapped[str | None] = mapped_column(String(10), nullable=True)
    subject: Mapped[str] = mapped_column(String(200), default="")


class Consent(UuidPk, Base):
    """One consent event; the latest per channel and purpose is the one in force."""

    __tablename__ = "consents"
    __table_args__ = (
        Index("ix_consents_customer", "customer_id", "channel", "purpose", "at"),
        CheckConstraint(f"channel IN ({sql_in(Channel)})", name="channel"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(40))  # e.g. "marketing", "service"
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(40), default="")
