"""The customer and the identity data search works on: phones, e-mails, custom attributes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import SERVER_STAMPED, Base, Outbox, Timestamped, UuidPk
from app.models.enums import AttributeType, sql_in


class Customer(UuidPk, Timestamped, Base):
    __tablename__ = "customers"
    # The server folds the name keys itself, and stores the phones and e-mails sent as lists.
    __outbox__ = Outbox(
        "customer",
        (*SERVER_STAMPED, "first_key", "last_key"),
        lists=(("phones", "phones", "e164"), ("emails", "emails", "email")),
    )
    __table_args__ = (
        Index("ix_customers_last_key_first_key", "last_key", "first_key"),
        Index("ix_customers_first_key_last_key", "first_key", "last_key"),
    )

    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Lower-case, diacritics folded ("Łukasz" -> "lukasz"): indexed prefix search.
    first_key: Mapped[str] = mapped_column(String(100))
    last_key: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    # IANA zone (e.g. "Europe/Warsaw") for calling hours; "" = from the phone number's country,
    # else the centre's own zone.
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    segment: Mapped[str] = mapped_column(String(50), default="")

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )
    emails: Mapped[list[CustomerEmail]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerEmail.position"
    )
    attributes: Mapped[list[CustomerAttribute]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


class CustomerPhone(UuidPk, Base):
    __tablename__ = "customer_phones"
    __table_args__ = (
        UniqueConstraint("customer_id", "e164"),
        Index("ix_customer_phones_national", "national"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    e164: Mapped[str] = mapped_column(String(20))  # "+48601234567"
    national: Mapped[str] = mapped_column(String(20))  # "601234567": prefix search as you type
    raw: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerEmail(UuidPk, Base):
    __tablename__ = "customer_emails"
    __table_args__ = (
        UniqueConstraint("customer_id", "email"),
        Index("ix_customer_emails_email", "email"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))  # stored lower-case
    position: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer] = relationship(back_populates="emails")


class AttributeDefinition(Base):
    """A custom attribute column (from import) and its inferred type."""

    __tablename__ = "attribute_definitions"
    __table_args__ = (CheckConstraint(f"type IN ({sql_in(AttributeType)})", name="type"),)

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(200), default="")


class CustomerAttribute(Base):
    """One custom attribute value, kept as canonical text and typed by its definition."""

    __tablename__ = "customer_attributes"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(ForeignKey("attribute_definitions.name"), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)

    customer: Mapped[Customer] = relationship(back_populates="attributes")
