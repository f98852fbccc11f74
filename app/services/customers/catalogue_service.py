"""The attribute catalogue for the desk's views (the rule editor's completion), read on demand."""

from __future__ import annotations

from app.rules.attributes import AttributeKind
from app.services.customers.attribute_catalogue import load_catalogue
from app.services.storage.db import Database


class AttributeCatalogueService:
    """Reads the catalogue in its own read session; views call it from a worker."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> dict[str, AttributeKind]:
        """Every custom attribute with its type, by name (empty before the first import)."""
        with self._db.reading() as session:
            return load_catalogue(session)
