"""A quick synthetic database for the service benchmarks when the demo importer is not available.

Rows are written with SQLAlchemy Core executemany through the real tables (so the column types
store UUIDs, UTC times and money exactly as the application does), keys filled as the importer
fills them. Shape: N customers, ~10 transactions and ~10 contacts each, a few heavy customers.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from app.models import (
    Contact,
    ContactWrapUp,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Transaction,
    WrapUpCode,
)
from app.services.normalise import fold
from app.services.storage.db import Database

FIRST = [
    "Anna",
    "Maria",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Barbara",
    "Ewa",
    "Zofia",
    "Łucja",
    "Żaneta",
    "Jan",
    "Andrzej",
    "Piotr",
    "Krzysztof",
    "Stanisław",
    "Tomasz",
    "Paweł",
    "Józef",
    "Marcin",
    "Łukasz",
    "Michał",
    "Grzegorz",
    "Jerzy",
    "Wojciech",
]
LAST = [
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Kwiatkowski",
    "Krawczyk",
    "Piotrowski",
    "Grabowski",
    "Nowakowski",
    "Pawłowski",
    "Michalski",
    "Nowicki",
    "Adamczyk",
    "Dudek",
    "Zając",
    "Wieczorek",
    "Jabłoński",
    "Król",
    "Majewski",
    "Olszewski",
    "Jaworski",
    "Wróbel",
    "Malinowski",
    "Pawlak",
    "Witkowski",
    "Walczak",
    "Stępień",
    "Górski",
    "Rutkowski",
    "Michalak",
    "Sikora",
    "Ostrowski",
    "Baran",
    "Duda",
    "Szewczyk",
    "Tomaszewski",
    "Pietrzak",
    "Marciniak",
    "Wróblewski",
    "Zalewski",
    "Jakubowski",
    "Jasiński",
    "Zawadzki",
    "Sadowski",
    "Bąk",
    "Chmielewski",
    "Włodarczyk",
    "Borkowski",
    "Czarnecki",
    "Sawicki",
    "Sokołowski",
    "Urbański",
    "Kubiak",
    "Maciejewski",
    "Szczepański",
    "Kucharski",
    "Wilk",
    "Kalinowski",
    "Lis",
    "Mazurek",
    "Wysocki",
    "Adamski",
    "Kaźmierczak",
    "Wasilewski",
    "Sobczak",
    "Czerwiński",
    "Andrzejewski",
    "Cieślak",
    "Głowacki",
    "Zakrzewski",
    "Kołodziej",
    "Sikorski",
    "Krajewski",
    "Gajewski",
    "Szymczak",
    "Szulc",
    "Baranowski",
    "Laskowski",
    "Brzeziński",
    "Makowski",
    "Ziółkowski",
]
CODES = ("INFO", "COMPLAINT", "SALE", "CALLBACK", "CARD_BLOCK")
CHANNELS = ("phone", "email", "chat", "sms", "branch")
BATCH = 20_000


def build(db: Database, customers: int, seed: int = 7, per_customer: int = 10) -> None:
    """Fill an empty, migrated database; prints progress to stdout."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    with db.engine.begin() as connection:
        connection.execute(
            insert(WrapUpCode),
            [
                {"code": c, "label": c.title(), "active": True, "sort_order": i}
                for i, c in enumerate(CODES)
            ],
        )
    ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(customers)]
    _write(db, Customer, (_customer(rng, i, cid) for i, cid in enumerate(ids)))
    _write(db, CustomerPhone, _phones(rng, ids))
    _write(
        db,
        CustomerEmail,
        (
            {"id": uuid.uuid4(), "customer_id": cid, "email": f"c{i}@example.pl", "position": 0}
            for i, cid in enumerate(ids)
            if i % 2 == 0
        ),
    )
    heavy = set(rng.sample(ids, min(5, len(ids))))
    _write(db, Transaction, _transactions(rng, ids, per_customer, now))
    _write(db, Contact, _contacts(rng, ids, per_customer, now, heavy), with_codes=rng)


def _customer(rng: random.Random, i: int, cid: uuid.UUID) -> dict:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if first.endswith("a") and last.endswith("ski"):
        last = last[:-1] + "a"  # Kowalski -> Kowalska
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 65))
    return {
        "id": cid,
        "external_id": f"C{i:07d}",
        "first_name": first,
        "last_name": last,
        "first_key": fold(first),
        "last_key": fold(last),
        "birth_date": born,
        "city": rng.choice(("Warszawa", "Kraków", "Łódź", "Gdańsk", "Poznań")),
        "segment": rng.choice(("mass", "affluent", "premium")),
        "created_at": datetime(2024, 1, 1, tzinfo=UTC),
        "updated_at": datetime(2024, 1, 1, tzinfo=UTC),
    }


def _phones(rng: random.Random, ids: list[uuid.UUID]) -> Iterator[dict]:
    numbers = rng.sample(range(500_000_000, 900_000_000), len(ids))
    for cid, number in zip(ids, numbers, strict=True):
        yield {
            "id": uuid.uuid4(),
            "customer_id": cid,
            "e164": f"+48{number}",
            "national": str(number),
            "raw": str(number),
            "position": 0,
        }


def _transactions(rng, ids, per_customer, now) -> Iterator[dict]:
    for cid in ids:
        for _ in range(rng.randint(0, 2 * per_customer)):
            cents = rng.randint(-250_000, 500_000)
            yield {
                "id": uuid.uuid4(),
                "customer_id": cid,
                "booked_at": now - timedelta(minutes=rng.randrange(60 * 24 * 730)),
                "amount": Decimal(cents) / 100,
                "currency": "PLN",
                "description": "card payment" if cents < 0 else "transfer",
            }


def _contacts(rng, ids, per_customer, now, heavy) -> Iterator[dict]:
    for cid in ids:
        count = 10_000 if cid in heavy else rng.randint(0, 2 * per_customer)
        for _ in range(count):
            started = now - timedelta(minutes=rng.randrange(60 * 24 * 1095))
            yield {
                "id": uuid.uuid4(),
                "customer_id": cid,
                "channel": rng.choice(CHANNELS),
                "direction": "inbound",
                "agent_id": None,
                "started_at": started,
                "ended_at": started + timedelta(minutes=6),
                "reason": "Pytanie o kartę",
                "outcome": "Wyjaśniono",
                "notes": "",
                "caller_number": "",
                "created_at": started,
                "updated_at": started,
            }


def _chunks(rows: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(
    db: Database, model, rows: Iterator[dict], with_codes: random.Random | None = None
) -> None:
    """Insert in batches; contacts also get one wrap-up code each, in the same transaction."""
    total = 0
    for batch in _chunks(rows, BATCH):
        with db.engine.begin() as connection:
            connection.execute(insert(model.__table__), batch)
            if with_codes is not None:
                codes = [
                    {"contact_id": row["id"], "code": with_codes.choice(CODES), "position": 0}
                    for row in batch
                ]
                connection.execute(insert(ContactWrapUp.__table__), codes)
        total += len(batch)
    print(f"  {model.__tablename__}: {total} rows", flush=True)
