"""Small deterministic customer bases for the analytics tests (real SQLite files, PostgreSQL)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from app.models import AttributeDefinition, Customer, CustomerAttribute, Product, Transaction
from app.services.admin.signed_in import SignedInPerson
from app.services.analytics.service import AnalyticsService
from app.services.analytics_settings import AnalyticsSettings
from app.services.storage.db import Database

ZONE = "Europe/Warsaw"
AS_OF = datetime(2026, 5, 31, 22, 0, tzinfo=UTC)  # midnight opening 1 June 2026 in Warsaw
START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
PRODUCTS = ("current_account", "credit_card", "savings", "investment", "mortgage")


def service(db: Database, settings: AnalyticsSettings | None = None, login: str = "me"):
    return AnalyticsService(db, SignedInPerson(db, login), settings or AnalyticsSettings(), ZONE)


def customer_row(number: int) -> dict:
    return {"id": uuid.uuid4(), "external_id": f"A{number:05d}", "first_name": "Anna",
            "last_name": f"Nowak{number}", "first_key": "anna", "last_key": f"nowak{number}",
            "city": "Kraków", "segment": "mass"}  # fmt: skip


def build_base(
    db: Database,
    customers: int = 300,
    seed: int = 16,
    *,
    one_day_each: bool = False,
    label: str = "",
    same_drop: float | None = None,
) -> list[uuid.UUID]:
    """Customers buying as BG/NBD assumes (a Poisson rate, dropping out after any purchase),
    spending as Gamma-Gamma assumes (gamma amounts around a customer's own gamma-distributed
    scale), products held in correlated baskets and, with `label`, a yes/no churn column.
    `same_drop`: everyone's drop-out probability (homogeneous) instead of a Beta(0.8, 2.5) draw."""
    rng = random.Random(seed)
    people, moves, held, labels = [], [], [], []
    for number in range(customers):
        person = customer_row(number)
        people.append(person)
        rate = rng.gammavariate(0.8, 1 / 0.1)  # events per week
        drop = rng.betavariate(0.8, 2.5)  # drawn in any case: the other draws stay the same
        drop = drop if same_drop is None else same_drop
        nu = rng.gammavariate(4.0, 1 / 60)  # Gamma-Gamma: a customer's own spending scale
        moment = START + timedelta(days=rng.uniform(0, 250))
        churned = False
        for _ in range(1 if one_day_each else 200):
            if moment >= AS_OF:
                break
            amount = Decimal(round(max(rng.gammavariate(6.0, 1 / nu), 0.01), 2))
            moves.append({"id": uuid.uuid4(), "customer_id": person["id"], "booked_at": moment,
                          "amount": amount, "currency": "PLN", "description": "in"})  # fmt: skip
            if rng.random() < drop:
                churned = True
                break
            moment += timedelta(weeks=rng.expovariate(rate) + 1 / 7)
        basket = {"current_account"}
        if rng.random() < 0.5:
            basket |= {"credit_card"} | ({"savings"} if rng.random() < 0.7 else set())
        if "savings" in basket and rng.random() < 0.6:
            basket.add("investment")
        held += [{"id": uuid.uuid4(), "customer_id": person["id"], "product": product,
                  "opened_at": START, "closed_at": None, "number_last4": None,
                  "balance": None} for product in sorted(basket)]  # fmt: skip
        if label:
            noisy = churned if rng.random() < 0.8 else not churned
            labels.append({"customer_id": person["id"], "name": label,
                           "value": "true" if noisy else "false"})  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(insert(Customer), people)
        connection.execute(insert(Transaction), moves)
        connection.execute(insert(Product), held)
        if label:
            connection.execute(insert(AttributeDefinition), [{"name": label, "type": "bool",
                                                              "label": label}])  # fmt: skip
            connection.execute(insert(CustomerAttribute), labels)
    return [person["id"] for person in people]
