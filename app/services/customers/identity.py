"""Reading a customer's identity (names, phones, e-mails, age, birthday) as an Identity DTO."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.models import Customer, CustomerEmail, CustomerPhone
from app.services.customers import birthdays
from app.services.dto import Identity
from app.services.errors import NotFound
from app.services.storage.sql import run

_IDENTITY_COLUMNS = (
    Customer.id,
    Customer.external_id,
    Customer.first_name,
    Customer.last_name,
    Customer.birth_date,
    Customer.city,
    Customer.segment,
)


_CUSTOMER = select(*_IDENTITY_COLUMNS).where(Customer.id == bindparam("customer_id"))
_PHONES = (
    select(CustomerPhone.e164)
    .where(CustomerPhone.customer_id == bindparam("customer_id"))
    .order_by(CustomerPhone.position, CustomerPhone.e164)
)
_EMAILS = (
    select(CustomerEmail.email)
    .where(CustomerEmail.customer_id == bindparam("customer_id"))
    .order_by(CustomerEmail.position, CustomerEmail.email)
)


def load_identity(session: Session, customer_id: uuid.UUID, today: date) -> Identity:
    """Three indexed look-ups: the customer row, its phones, its e-mails."""
    row = run(session, _CUSTOMER, customer_id=customer_id).one_or_none()
    if row is None:
        raise NotFound(f"customer {customer_id} does not exist")
    phones = tuple(run(session, _PHONES, customer_id=customer_id).scalars())
    emails = tuple(run(session, _EMAILS, customer_id=customer_id).scalars())
    return build_identity(row, phones, emails, today)


def build_identity(row, phones: tuple[str, ...], emails: tuple[str, ...], today: date) -> Identity:
    birth = row.birth_date
    return Identity(
        id=row.id,
        external_id=row.external_id,
        first_name=row.first_name,
        last_name=row.last_name,
        birth_date=birth,
        age=birthdays.age_on(birth, today) if birth else None,
        is_birthday=birthdays.is_birthday(birth, today) if birth else False,
        days_to_birthday=birthdays.days_to_birthday(birth, today) if birth else None,
        city=row.city,
        segment=row.segment,
        phones=phones,
        emails=emails,
    )


def external_id_variants(ref: str) -> set[str]:
    """Spellings to look an external id up by: exact, upper and lower case.

    Case-insensitive on the unique index without a functional index: ids are almost always
    stored in one case, so the three spellings find them with three index probes at most.
    """
    ref = ref.strip()
    return {ref, ref.upper(), ref.lower()}


def find_by_external_id(session: Session, ref: str) -> uuid.UUID | None:
    """The customer with this external id, any case; exact spelling wins over other cases."""
    ref = ref.strip()
    found = dict(
        session.execute(
            select(Customer.external_id, Customer.id).where(
                Customer.external_id.in_(external_id_variants(ref))
            )
        ).all()
    )
    if found:
        return found.get(ref) or next(iter(found.values()))
    # Mixed-case ids ("Ab-12") typed another way: a scan, but only after the probes missed.
    return session.scalar(
        select(Customer.id).where(func.lower(Customer.external_id) == ref.lower()).limit(1)
    )
