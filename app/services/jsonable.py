"""A CustomerCard (or any service DTO) as JSON-safe data: ISO dates, money and UUIDs as text."""

from __future__ import annotations

import dataclasses
import math
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.services.dto import CustomerCard, Identity, ProductRow

# Derived properties worth having in the JSON too (they are not dataclass fields).
_PROPERTIES: dict[type, tuple[str, ...]] = {Identity: ("full_name",), ProductRow: ("active",)}


def card_to_json(card: CustomerCard) -> dict[str, Any]:
    """The card as a dict json.dumps accepts; money keeps its exact digits ("1234.50")."""
    return to_jsonable(card)


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in _PROPERTIES.get(type(value), ()):
            out[name] = to_jsonable(getattr(value, name))
        return out
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(to_jsonable(item) for item in value)
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")
