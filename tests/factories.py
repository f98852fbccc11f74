"""Test data builders: insert realistic rows through a unit of work and return their ids.

Key columns are filled exactly as the importer fills them (normalise.fold for name keys,
E.164 and national digits for phones, lower-case e-mails, attribute values as canonical text
typed by an AttributeDefinition row), so services see what a real import would give them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from app.models import (
    AttributeDefinition,
    Complaint,
    Consent,
    Contact,
    ContactWrapUp,
    Customer,
    CustomerAttribute,
    CustomerEmail,
    CustomerPhone,
    Product,
    Transaction,
    User,
    WrapUpCode,
)
from app.services.normalise import fold, national_digits, to_e164
from app.services.storage.db import Database

DEFAULT_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

# (code, label, active, sort order): one inactive code to test that it is refused and hidden.
WRAPUP_CODES: tuple[tuple[str, str, bool, int], ...] = (
    ("INFO", "Information given", True, 10),
    ("COMPLAINT", "Complaint registered", True, 20),
    ("SALE", "Product sold", True, 30),
    ("CALLBACK", "Callback arranged", True, 40),
    ("CARD_BLOCK", "Card blocked", True, 50),
    ("LEGACY", "Old code, no longer used", False, 90),
)

AttributeValue = int | Decimal | bool | date | str | None


def make_customer(
    db: Database,
    external_id: str = "C1",
    first_name: str = "Łukasz",
    last_name: str = "Wójcik",
    phones: Sequence[str] = ("+48601234567",),
    emails: Sequence[str] = (),
    birth_date: date | None = None,
    city: str = "Kraków",
    segment: str = "mass",
    attributes: Mapping[str, AttributeValue] | None = None,
    region: str = "PL",
) -> uuid.UUID:
    """Insert one customer with phones, e-mails and typed custom attributes; return its id."""
    customer_id = uuid.uuid4()
    with db.unit_of_work() as uow:
        uow.session.add(
            Customer(
                id=customer_id,
                external_id=external_id,
                first_name=first_name,
                last_name=last_name,
                first_key=fold(first_name),
                last_key=fold(last_name),
                birth_date=birth_date,
                city=city,
                segment=segment,
            )
        )
        uow.session.flush()
        uow.session.add_all(_phone_rows(customer_id, phones, region))
        uow.session.add_all(
            CustomerEmail(customer_id=customer_id, email=email.strip().lower(), position=i)
            for i, email in enumerate(emails)
        )
        for name, value in (attributes or {}).items():
            _add_attribute(uow.session, customer_id, name, value)
        uow.commit()
    return customer_id


def define_attributes(db: Database, kinds: Mapping[str, str]) -> None:
    """Add custom attribute columns (name -> type word) to the catalogue, as an import would."""
    with db.unit_of_work() as uow:
        for name, kind in kinds.items():
            if uow.session.get(AttributeDefinition, name) is None:
                uow.session.add(AttributeDefinition(name=name, type=kind, label=name))
        uow.commit()


def _phone_rows(customer_id: uuid.UUID, phones: Sequence[str], region: str) -> list[CustomerPhone]:
    rows = []
    for position, raw in enumerate(phones):
        e164 = to_e164(raw, region)
        if e164 is None:
            raise ValueError(f"test data: {raw!r} is not a valid phone number")
        rows.append(
            CustomerPhone(
                customer_id=customer_id,
                e164=e164,
                national=national_digits(e164),
                raw=raw,
                position=position,
            )
        )
    return rows


def attribute_type_and_text(value: AttributeValue) -> tuple[str, str | None]:
    """The attribute type and canonical text the importer would store for a Python value."""
    # bool before int: True is an int in Python.
    if isinstance(value, bool):
        return "bool", "true" if value else "false"
    if isinstance(value, int):
        return "int", str(value)
    if isinstance(value, Decimal):
        return "decimal", format(value, "f")
    if isinstance(value, date):
        return "date", value.isoformat()
    return "text", value


def _add_attribute(session, customer_id: uuid.UUID, name: str, value: AttributeValue) -> None:
    type_, text = attribute_type_and_text(value)
    definition = session.get(AttributeDefinition, name)
    if definition is None:
        session.add(AttributeDefinition(name=name, type=type_, label=name.replace("_", " ")))
        session.flush()
    elif value is not None and definition.type != type_:
        raise ValueError(f"test data: attribute {name!r} is {definition.type}, got {type_}")
    session.add(CustomerAttribute(customer_id=customer_id, name=name, value=text))


def add_transactions(
    db: Database,
    customer_id: uuid.UUID,
    rows: Iterable[tuple[datetime, Decimal, str]],
    currency: str = "PLN",
) -> list[uuid.UUID]:
    """Insert (booked_at, amount, description) movements; positive amount = inflow."""
    values = [
        {
            "id": uuid.uuid4(),
            "customer_id": customer_id,
            "booked_at": booked_at,
            "amount": Decimal(amount),
            "currency": currency,
            "description": description,
        }
        for booked_at, amount, description in rows
    ]
    _bulk_insert(db, Transaction, values)
    return [value["id"] for value in values]


def add_contacts(
    db: Database,
    customer_id: uuid.UUID | None,
    n: int,
    start: datetime = DEFAULT_START,
    step: timedelta = timedelta(hours=1),
    channels: Sequence[str] = ("phone", "email", "chat"),
    codes: Sequence[str] = (),
    agent_login: str | None = None,
) -> list[uuid.UUID]:
    """Insert n contacts, one every `step` from `start`, cycling through `channels`.

    Contact i has reason "Reason i", outcome "Outcome i" and notes "Note i" so filters and
    paging can be checked row by row. `codes` must already exist (see seed_wrapup_codes).
    """
    agent_id = ensure_user(db, agent_login) if agent_login else None
    contacts, wrapups = [], []
    for i in range(n):
        contact_id = uuid.uuid4()
        started = start + i * step
        contacts.append(
            {
                "id": contact_id,
                "customer_id": customer_id,
                "channel": channels[i % len(channels)],
                "direction": "inbound" if i % 2 == 0 else "outbound",
                "agent_id": agent_id,
                "started_at": started,
                "ended_at": started + timedelta(minutes=4),
                "reason": f"Reason {i}",
                "outcome": f"Outcome {i}",
                "notes": f"Note {i}",
                "caller_number": "",
                "created_at": started,
                "updated_at": started,
            }
        )
        wrapups.extend(
            {"contact_id": contact_id, "code": code, "position": pos}
            for pos, code in enumerate(codes)
        )
    _bulk_insert(db, Contact, contacts, (ContactWrapUp, wrapups))
    return [contact["id"] for contact in contacts]


def add_contact(
    db: Database,
    customer_id: uuid.UUID | None,
    started_at: datetime,
    channel: str = "phone",
    direction: str = "inbound",
    reason: str = "Question",
    outcome: str = "Answered",
    notes: str = "",
    codes: Sequence[str] = (),
    agent_login: str | None = None,
    duration: timedelta = timedelta(minutes=5),
) -> uuid.UUID:
    """Insert one contact with chosen texts and codes; return its id."""
    contact_id = uuid.uuid4()
    agent_id = ensure_user(db, agent_login) if agent_login else None
    contact = {
        "id": contact_id,
        "customer_id": customer_id,
        "channel": channel,
        "direction": direction,
        "agent_id": agent_id,
        "started_at": started_at,
        "ended_at": started_at + duration,
        "reason": reason,
        "outcome": outcome,
        "notes": notes,
        "caller_number": "",
        "created_at": started_at,
        "updated_at": started_at,
    }
    wrapups = [{"contact_id": contact_id, "code": c, "position": i} for i, c in enumerate(codes)]
    _bulk_insert(db, Contact, [contact], (ContactWrapUp, wrapups))
    return contact_id


def add_complaint(
    db: Database,
    customer_id: uuid.UUID,
    opened_at: datetime,
    status: str = "open",
    subject: str = "Card charged twice",
    closed_at: datetime | None = None,
    resolution: str | None = None,
) -> uuid.UUID:
    row = {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "opened_at": opened_at,
        "closed_at": closed_at,
        "status": status,
        "resolution": resolution,
        "subject": subject,
    }
    _bulk_insert(db, Complaint, [row])
    return row["id"]


def add_consent(
    db: Database,
    customer_id: uuid.UUID,
    channel: str,
    purpose: str,
    granted: bool,
    at: datetime,
    source: str = "branch form",
) -> uuid.UUID:
    """One consent event; the latest per channel and purpose is the one in force."""
    row = {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "channel": channel,
        "purpose": purpose,
        "granted": granted,
        "at": at,
        "source": source,
    }
    _bulk_insert(db, Consent, [row])
    return row["id"]


def add_product(
    db: Database,
    customer_id: uuid.UUID,
    product: str,
    opened_at: datetime,
    closed_at: datetime | None = None,
    number_last4: str | None = None,
    balance: Decimal | None = None,
) -> uuid.UUID:
    row = {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "product": product,
        "opened_at": opened_at,
        "closed_at": closed_at,
        "number_last4": number_last4,
        "balance": balance,
    }
    _bulk_insert(db, Product, [row])
    return row["id"]


def seed_wrapup_codes(
    db: Database, codes: Sequence[tuple[str, str, bool, int]] = WRAPUP_CODES
) -> list[str]:
    """Insert the wrap-up code catalogue (codes already present are left alone)."""
    with db.unit_of_work() as uow:
        existing = set(uow.session.scalars(select(WrapUpCode.code)))
        uow.session.add_all(
            WrapUpCode(code=code, label=label, active=active, sort_order=order)
            for code, label, active, order in codes
            if code not in existing
        )
        uow.commit()
    return [code for code, *_ in codes]


def ensure_user(db: Database, login: str, display_name: str = "") -> uuid.UUID:
    """The id of the user with this login, created if missing."""
    with db.unit_of_work() as uow:
        user_id = uow.session.scalar(select(User.id).where(User.login == login))
        if user_id is None:
            user = User(login=login, display_name=display_name or login)
            uow.session.add(user)
            uow.commit()
            user_id = user.id
    return user_id


def _bulk_insert(db: Database, model, values: list[dict], *more: tuple[type, list[dict]]) -> None:
    """One transaction; ORM bulk insert so the column types (money, UTC) still apply."""
    with db.unit_of_work() as uow:
        for target, rows in ((model, values), *more):
            if rows:
                uow.session.execute(insert(target), rows)
        uow.commit()
