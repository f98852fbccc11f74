"""What syncs: each feed entity's table, key and child tables, and typed values from payloads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Table, Uuid

from app.models import Base
from app.models.types import Money, UTCDateTime


@dataclass(frozen=True)
class EntitySpec:
    """A feed entity: its table and key, and child tables replaced whole with the parent."""

    name: str
    table: str
    key: str = "id"
    children: tuple[tuple[str, str], ...] = ()  # (child table, column naming the parent)

    @property
    def sa_table(self) -> Table:
        return Base.metadata.tables[self.table]


# In dependency order: a page of the feed is applied parents first.
ENTITIES: tuple[EntitySpec, ...] = (
    EntitySpec("team", "teams"),
    EntitySpec("user", "users"),
    EntitySpec("wrapup_code", "wrapup_codes", key="code"),
    EntitySpec("attribute_definition", "attribute_definitions", key="name"),
    EntitySpec(
        "customer",
        "customers",
        children=(
            ("customer_phones", "customer_id"),
            ("customer_emails", "customer_id"),
            ("customer_attributes", "customer_id"),
        ),
    ),
    # A model version before its scores (each score names its version), both after customers.
    EntitySpec("analytics_model", "analytics_models", key="version"),
    EntitySpec("customer_score", "customer_scores", key="customer_id"),
    EntitySpec("product", "products"),
    EntitySpec("transaction", "transactions"),
    EntitySpec("complaint", "complaints"),
    EntitySpec("consent", "consents"),
    EntitySpec("contact", "contacts", children=(("contact_wrapups", "contact_id"),)),
    EntitySpec("campaign", "campaigns"),  # before its entries (queue items name it)
    EntitySpec("queue_item", "queue_items"),
    EntitySpec("offer_presentation", "offer_presentations"),
    EntitySpec("offer_outcome", "offer_outcomes"),
    EntitySpec("entitlement", "entitlements"),
    EntitySpec("rule_set_version", "rule_set_versions", key="version"),
)
BY_NAME = {spec.name: spec for spec in ENTITIES}
ORDER = {spec.name: index for index, spec in enumerate(ENTITIES)}


def key_value(spec: EntitySpec, text: str) -> Any:
    """A feed key (always text) as the key column's Python value."""
    column = spec.sa_table.c[spec.key]
    if isinstance(column.type, Uuid):
        return uuid.UUID(text)
    if column.type.python_type is int:
        return int(text)
    return text


def typed_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """A JSON payload's values for `table`'s columns, as the column types expect them."""
    row: dict[str, Any] = {}
    for name, value in data.items():
        if name not in table.c:
            continue
        row[name] = _typed(table.c[name].type, value)
    return row


def _typed(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(column_type, UTCDateTime | DateTime):
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return value if isinstance(value, date) else date.fromisoformat(value)
    if isinstance(column_type, Money):
        return Decimal(str(value))
    return value
