"""Values as rule-engine's evaluation sees them, made without its per-call cost.

rule-engine passes every value it reads (a feature, an item, an attribute) through
`coerce_value` and then gives a naive datetime the context's time zone (`_new_value`). The
lowered closures must see exactly the same values, so they use these functions: a quick
answer for the types the feature builder produces, and rule-engine's own `coerce_value` for
anything else.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from app.rules.lazy_engine import rule_engine

NoneType = type(None)
# Types that coerce_value returns unchanged and that need no time zone: the identity.
CANONICAL = frozenset({str, bool, NoneType, Decimal})
# The type coerce_value turns a value of each (exact) type into; a type not listed may be
# anything (a subclass, an unsupported object), so closures take rule-engine's way for it.
COERCED_TYPE: dict[type, type] = {
    str: str,
    bool: bool,
    NoneType: NoneType,
    Decimal: Decimal,
    int: Decimal,
    float: Decimal,
    datetime: datetime,
    date: datetime,
    tuple: tuple,
    list: tuple,
    dict: OrderedDict,
    OrderedDict: OrderedDict,
}


def make_new_value(zone: tzinfo) -> Callable[[Any], Any]:
    """rule-engine's `ExpressionBase._new_value` for a context whose default zone is `zone`."""
    coerce = rule_engine.types.coerce_value

    def slow(value: Any) -> Any:
        value = coerce(value, verify_type=False)
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=zone)
        return value

    def new_value(value: Any) -> Any:
        kind = type(value)
        if kind in CANONICAL:
            return value
        if kind is int:
            return Decimal(value)
        if kind is datetime:
            return value if value.tzinfo is not None else value.replace(tzinfo=zone)
        if kind is tuple:
            # Products and other text lists: nothing to convert, so the tuple itself (equal
            # to the new tuple rule-engine would build, and nothing ever mutates values).
            for item in value:
                if type(item) not in CANONICAL:
                    return slow(value)
            return value
        return slow(value)

    return new_value


def make_item_value(zone: tzinfo) -> Callable[[Any], Any]:
    """`_new_value` of a value taken out of an already converted container.

    coerce_value is idempotent, and its mappings are OrderedDicts whose keys and values are
    converted already, so such a mapping is returned as it is instead of being rebuilt.
    """
    new_value = make_new_value(zone)

    def item_value(value: Any) -> Any:
        if type(value) is OrderedDict:
            return value
        return new_value(value)

    return item_value
