"""The attribute catalogue as rules see it: each custom column's name and value type."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class AttributeKind(StrEnum):
    """A custom attribute's value type; the same words as the stored catalogue's `type`."""

    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    TEXT = "text"


AttributeCatalogue = Mapping[str, AttributeKind]
"""Column name -> type, as imported and synced (`attribute_definitions`)."""

EMPTY_CATALOGUE: AttributeCatalogue = {}


def catalogue_from(pairs: Iterable[tuple[str, str]]) -> dict[str, AttributeKind]:
    """A catalogue from stored (name, type) pairs; an unknown type word reads as text."""
    kinds = {kind.value: kind for kind in AttributeKind}
    return {name: kinds.get(kind, AttributeKind.TEXT) for name, kind in pairs}
