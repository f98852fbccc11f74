"""Reads the stored attribute catalogue (custom column -> type) that rules compile against."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AttributeDefinition
from app.rules.attributes import AttributeKind, catalogue_from


def load_catalogue(session: Session) -> dict[str, AttributeKind]:
    """Every custom attribute this database knows, with its type, by name."""
    rows = session.execute(select(AttributeDefinition.name, AttributeDefinition.type))
    return catalogue_from((name, kind) for name, kind in rows)
