"""Closures for comparisons (== != < <= > >=), `in` and regex matches, mirroring rule-engine.

The `raw_*` variants read a feature straight from the features dict and decide from its
Python type without building rule-engine's converted value; for a type they do not know they
hand over to the generic closure, so they can only be faster, never different.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.rules.lazy_engine import rule_engine
from app.rules.lower_fused import guard_leaf, make_leaf, number_leaf
from app.rules.lower_ops import Fn, mismatch
from app.rules.lower_values import COERCED_TYPE

NoneType = type(None)
_CONTAINERS = (tuple, str, dict, list)  # products first: the common one

_ORDER_EQUAL_OK = (operator.ge, operator.le)  # what two nulls (or equal arrays) answer
SWAPPED = {operator.lt: operator.gt, operator.gt: operator.lt, operator.le: operator.ge}
SWAPPED[operator.ge] = operator.le


def _not_none(env: Any, value: Any) -> bool:
    return value is not None


def _is_none(env: Any, value: Any) -> bool:
    return value is None


# -- == and != ---------------------------------------------------------------------------


def equality(left: Fn, right: Fn, negate: bool) -> Fn:
    if negate:

        def not_equal(env: Any) -> bool:
            lhs, rhs = left(env), right(env)
            if type(lhs) is not type(rhs):
                return True
            return lhs != rhs

        return not_equal

    def equal(env: Any) -> bool:
        lhs, rhs = left(env), right(env)
        if type(lhs) is not type(rhs):
            return False
        return lhs == rhs

    return equal


def raw_equality(name: str, literal: Any, negate: bool, generic: Fn) -> Fn:
    """`feature == literal` (or !=) for a scalar literal (text, number, boolean, null)."""
    kind = type(literal)
    if literal is None:
        if negate:

            def is_not_null(env: Any) -> bool:
                try:
                    return env[name] is not None
                except KeyError:
                    return generic(env)

            # A null tests inline; any other value is simply not null.
            is_not_null.leaf = guard_leaf(  # type: ignore[attr-defined]
                name, operator.is_not, generic, _not_none
            )
            return is_not_null

        def is_null(env: Any) -> bool:
            try:
                return env[name] is None
            except KeyError:
                return generic(env)

        is_null.leaf = make_leaf(  # type: ignore[attr-defined]
            name, (NoneType,), operator.is_, None, generic, _is_none
        )
        return is_null
    # A number feature may be an int (rule-engine makes it a Decimal, which compares with
    # the literal exactly as the int does).
    same = (Decimal, int) if kind is Decimal else (kind,)

    def equal(env: Any) -> bool:
        try:
            value = env[name]
        except KeyError:
            return generic(env)
        actual = type(value)
        if actual in same:
            return (value != literal) if negate else (value == literal)
        if actual not in COERCED_TYPE or COERCED_TYPE[actual] is kind:
            return generic(env)
        return negate  # another type: rule-engine's == is false, != true

    def other(env: Any, value: Any) -> bool:
        actual = type(value)
        if actual not in COERCED_TYPE or COERCED_TYPE[actual] is kind:
            return generic(env)
        return negate

    test = operator.ne if negate else operator.eq
    # a null is another type: == answers False, != True, inline
    if kind is Decimal:
        equal.leaf = number_leaf(name, literal, test, generic, other, negate)  # type: ignore[attr-defined]
    else:
        equal.leaf = make_leaf(name, same, test, literal, generic, other, negate)  # type: ignore[attr-defined]
    return equal


# -- < <= > >= ---------------------------------------------------------------------------


def _ordered_values(op: Callable[[Any, Any], Any], lhs: Any, rhs: Any) -> Any:
    if lhs is None and rhs is None:
        return op in _ORDER_EQUAL_OK
    if isinstance(lhs, tuple) and isinstance(rhs, tuple):
        return _ordered_arrays(op, lhs, rhs)
    if type(lhs) is not type(rhs):
        raise mismatch()
    return op(lhs, rhs)


def _ordered_arrays(op: Callable[[Any, Any], Any], lhs: tuple, rhs: tuple) -> Any:
    for left_item, right_item in zip(lhs, rhs, strict=False):
        if _ordered_values(operator.ne, left_item, right_item):
            return _ordered_values(op, left_item, right_item)
    if len(lhs) != len(rhs):
        return _ordered_values(op, len(lhs), len(rhs))
    return op in _ORDER_EQUAL_OK


def ordered(left: Fn, right: Fn, op: Callable[[Any, Any], Any]) -> Fn:
    def compare(env: Any) -> Any:
        return _ordered_values(op, left(env), right(env))

    return compare


def ordered_literal(value_of: Fn, literal: Any, op: Callable[[Any, Any], Any]) -> Fn:
    """`expression OP literal` for a text, number or datetime literal (never null)."""
    kind = type(literal)

    def compare(env: Any) -> Any:
        value = value_of(env)
        if type(value) is kind:
            return op(value, literal)
        raise mismatch()  # a null, an array or another type: rule-engine's mismatch

    return compare


def raw_ordered(
    name: str, literal: Any, op: Callable[[Any, Any], Any], zone: Any, generic: Fn
) -> Fn:
    """`feature OP literal` read straight from the features dict (literal text/number/date)."""
    kind = type(literal)
    same = (Decimal, int) if kind is Decimal else (kind,)
    dated = kind is datetime

    def compare(env: Any) -> Any:
        try:
            value = env[name]
        except KeyError:
            return generic(env)
        actual = type(value)
        if actual in same:
            if dated and value.tzinfo is None:
                value = value.replace(tzinfo=zone)
            return op(value, literal)
        if actual not in COERCED_TYPE or COERCED_TYPE[actual] is kind:
            return generic(env)
        raise mismatch()

    if not dated:  # a naive datetime feature needs the zone first: no fused form

        def other(env: Any, value: Any) -> Any:
            actual = type(value)
            if actual not in COERCED_TYPE or COERCED_TYPE[actual] is kind:
                return generic(env)
            raise mismatch()

        if kind is Decimal:
            compare.leaf = number_leaf(name, literal, op, generic, other)  # type: ignore[attr-defined]
        else:
            compare.leaf = make_leaf(name, same, op, literal, generic, other)  # type: ignore[attr-defined]
    return compare


# -- in ----------------------------------------------------------------------------------


def contains(container: Fn, member: Fn) -> Fn:
    data_type = rule_engine.types.DataType

    def is_in(env: Any) -> bool:
        value = container(env)
        kind = type(value)
        if kind is not tuple and kind is not str:
            data_type.from_value(value)  # rule-engine's own check (a TypeError if unsupported)
        item = member(env)
        if isinstance(value, (bytes, str)) and data_type.from_value(item) != data_type.from_value(
            value
        ):
            raise mismatch()
        return bool(item in value)

    return is_in


def raw_contains(name: str, literal: str, generic: Fn) -> Fn:
    """`"text" in feature`: a text member is in the converted list or mapping exactly when it
    is in the raw one (conversion leaves text alone and makes nothing else text)."""

    def is_in(env: Any) -> bool:
        try:
            value = env[name]
        except KeyError:
            return generic(env)
        kind = type(value)
        if kind is tuple or kind is str or kind is dict or kind is list:
            return literal in value
        return generic(env)

    is_in.leaf = make_leaf(  # type: ignore[attr-defined]
        name, _CONTAINERS, operator.contains, literal, generic, lambda env, value: generic(env)
    )
    return is_in


# -- =~ =~~ !~ !~~ -----------------------------------------------------------------------


def regex(left: Fn, pattern: Any, kind: str) -> Fn:
    """A regex comparison with the node's own compiled pattern (RE2 once use_re2 ran)."""
    find = pattern.match if kind.endswith("fzm") else pattern.search
    if kind.startswith("eq"):

        def matches(env: Any) -> bool:
            text = left(env)
            if not isinstance(text, str):
                if text is None:
                    return False
                raise mismatch()
            return find(text) is not None

        return matches

    def does_not_match(env: Any) -> bool:
        text = left(env)
        if not isinstance(text, str):
            if text is None:
                return True
            raise mismatch()
        return find(text) is None

    return does_not_match
