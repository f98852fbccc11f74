"""Creating a customer for an unknown caller, and reading one customer's identity."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import Customer, CustomerEmail, CustomerPhone
from app.services.customers.identity import load_identity
from app.services.dto import Identity
from app.services.errors import NotFound, ValidationError
from app.services.normalise import fold, national_digits, to_e164
from app.services.storage.db import Database
from app.services.sync.server_writes import apply_fields

# Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
MAX_NAME = 100
MAX_CITY = 100
MAX_SEGMENT = 50
EARLIEST_BIRTH = date(1900, 1, 1)


class CustomerService:
    """Customers created at the desk (unknown callers), written with an outbox row for sync."""

    def __init__(self, db: Database, region: str = "PL") -> None:
        self._db = db
        self._region = region

    def create(
        self,
        first_name: str,
        last_name: str,
        phone: str = "",
        email: str = "",
        birth_date: date | None = None,
        city: str = "",
        segment: str = "",
    ) -> Identity:
        """Validate and insert one customer; raises ValidationError naming the argument."""
        first, last = _name("first_name", first_name), _name("last_name", last_name)
        e164 = self._phone(phone)
        address = _email(email)
        _check_birth_date(birth_date)
        city, segment = _short("city", city, MAX_CITY), _short("segment", segment, MAX_SEGMENT)
        with self._db.unit_of_work() as uow:
            customer = Customer(
                id=uuid.uuid4(),
                external_id=_new_external_id(uow.session),
                first_name=first,
                last_name=last,
                first_key=fold(first),
                last_key=fold(last),
                birth_date=birth_date,
                city=city,
                segment=segment,
                phones=_phones(e164, phone.strip()),
                emails=[CustomerEmail(email=address)] if address else [],
            )
            uow.add_synced(customer)
            identity = load_identity(uow.session, customer.id, datetime.now(UTC).date())
            uow.commit()
        return identity

    def update_contact_details(
        self,
        customer_id: uuid.UUID,
        *,
        city: str | None = None,
        phones: Sequence[str] | None = None,
        emails: Sequence[str] | None = None,
    ) -> Identity:
        """Change the given contact fields only; each syncs on its own (last writer wins).

        Raises ValidationError naming the field, NotFound for an unknown customer.
        """
        fields: dict[str, object] = {}
        if city is not None:
            fields["city"] = _short("city", city, MAX_CITY)
        if phones is not None:
            fields["phones"] = _unique(self._phone(p) for p in phones if p.strip())
        if emails is not None:
            fields["emails"] = _unique(_email(e) for e in emails if e.strip())
        if not fields:
            raise ValidationError("fields", "nothing to change")
        with self._db.unit_of_work() as uow:
            if uow.session.get(Customer, customer_id) is None:
                raise NotFound(f"customer {customer_id} does not exist")
            apply_fields(uow.session.connection(), "customer", customer_id, fields, sqlite_insert)
            uow.update_synced(Customer, customer_id, fields)
            uow.session.flush()
            identity = load_identity(uow.session, customer_id, datetime.now(UTC).date())
            uow.commit()
        return identity

    def identity(self, customer_id: uuid.UUID) -> Identity:
        """The customer's identity today; raises NotFound."""
        with self._db.reading() as session:
            return load_identity(session, customer_id, datetime.now(UTC).date())

    def _phone(self, phone: str) -> str | None:
        if not phone.strip():
            return None
        e164 = to_e164(phone, self._region)
        if e164 is None:
            raise ValidationError("phone", f"{phone.strip()!r} is not a valid phone number")
        return e164


def _unique(values) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def _name(field: str, value: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, "is required")
    return _short(field, text, MAX_NAME)


def _short(field: str, value: str, limit: int) -> str:
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(field, f"at most {limit} characters, got {len(text)}")
    return text


def _email(email: str) -> str | None:
    text = email.strip().lower()
    if not text:
        return None
    if len(text) > 254 or not EMAIL_SHAPE.match(text):
        raise ValidationError("email", f"{email.strip()!r} is not an e-mail address")
    return text


def _check_birth_date(birth_date: date | None) -> None:
    if birth_date is None:
        return
    if birth_date > datetime.now(UTC).date():
        raise ValidationError("birth_date", "cannot be in the future")
    if birth_date < EARLIEST_BIRTH:
        raise ValidationError("birth_date", f"cannot be before {EARLIEST_BIRTH.isoformat()}")


def _new_external_id(session: Session) -> str:
    """ "N-" and 8 random hex digits, unlike any id already present."""
    while True:
        candidate = f"N-{secrets.token_hex(4).upper()}"
        taken = session.scalar(select(Customer.id).where(Customer.external_id == candidate))
        if taken is None:
            return candidate


def _phones(e164: str | None, raw: str) -> list[CustomerPhone]:
    return [CustomerPhone(e164=e164, national=national_digits(e164), raw=raw)] if e164 else []
