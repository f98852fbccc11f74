"""The search statements, built once with bound parameters (see app.services.storage.sql.run)."""

from __future__ import annotations

import functools

from sqlalchemy import Integer, Select, and_, bindparam, or_, select

from app.models import Customer, CustomerEmail, CustomerPhone

LOW, HIGH = bindparam("low"), bindparam("high")
LIMIT = bindparam("limit", type_=Integer)

# Correlated look-ups of the first phone and e-mail, evaluated only for the rows returned.
FIRST_PHONE = (
    select(CustomerPhone.e164)
    .where(CustomerPhone.customer_id == Customer.id)
    .order_by(CustomerPhone.position)
    .limit(1)
    .correlate(Customer)
    .scalar_subquery()
)
FIRST_EMAIL = (
    select(CustomerEmail.email)
    .where(CustomerEmail.customer_id == Customer.id)
    .order_by(CustomerEmail.position)
    .limit(1)
    .correlate(Customer)
    .scalar_subquery()
)
# Columns 0-8; column 9 is the phone shown, column 10 the e-mail shown.
HIT_COLUMNS = (
    Customer.id,
    Customer.external_id,
    Customer.first_name,
    Customer.last_name,
    Customer.first_key,
    Customer.last_key,
    Customer.birth_date,
    Customer.city,
    Customer.segment,
)

BY_EXTERNAL_ID = select(*HIT_COLUMNS, FIRST_PHONE, FIRST_EMAIL).where(
    Customer.external_id.in_(bindparam("ids", expanding=True))
)
BY_PHONE_PREFIX = (
    select(*HIT_COLUMNS, CustomerPhone.e164, FIRST_EMAIL, CustomerPhone.national)
    .join(Customer, Customer.id == CustomerPhone.customer_id)
    .where(CustomerPhone.national >= LOW, CustomerPhone.national < HIGH)
    .order_by(CustomerPhone.national)
    .limit(LIMIT)
)
BY_PHONE_EXACT = (
    select(*HIT_COLUMNS, CustomerPhone.e164, FIRST_EMAIL)
    .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
    # The national-number index narrows it; e164 keeps other countries apart.
    .where(
        CustomerPhone.national == bindparam("national"),
        CustomerPhone.e164 == bindparam("e164"),
    )
)
BY_EMAIL_PREFIX = (
    select(*HIT_COLUMNS, FIRST_PHONE, CustomerEmail.email)
    .join(Customer, Customer.id == CustomerEmail.customer_id)
    .where(CustomerEmail.email >= LOW, CustomerEmail.email < HIGH)
    .order_by(CustomerEmail.email)
    .limit(LIMIT)
)


@functools.cache
def by_name(others: int) -> tuple[Select, Select]:
    """(by last name, by first name) for a driving token in low/high and `others` more tokens.

    Each extra token i (bounds o{i}_low/o{i}_high) must prefix the first or the last name.
    """
    filters = [
        or_(_prefixed(Customer.first_key, f"o{i}"), _prefixed(Customer.last_key, f"o{i}"))
        for i in range(others)
    ]
    base = select(*HIT_COLUMNS, FIRST_PHONE, FIRST_EMAIL).where(*filters).limit(LIMIT)
    by_last = base.where(Customer.last_key >= LOW, Customer.last_key < HIGH).order_by(
        Customer.last_key, Customer.first_key
    )
    by_first = base.where(Customer.first_key >= LOW, Customer.first_key < HIGH).order_by(
        Customer.first_key
    )
    return by_last, by_first


def _prefixed(column, name: str):
    return and_(column >= bindparam(f"{name}_low"), column < bindparam(f"{name}_high"))
