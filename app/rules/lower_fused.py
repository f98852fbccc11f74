"""`and` / `or` of two or three raw leaves fused into one closure: one Python call a rule.

The raw leaves of lower_compare.py (`feature OP literal`, `feature == literal`, `feature !=
null`, `"text" in feature`) and a bare feature name describe themselves as a `Leaf`: the
feature read, the one type tested inline (a C-level `test(value, literal)`), and the ways
out taken exactly where the leaf's own closure takes them (`generic` for a feature not in
the dict, `other` for a value of another type). So `age > 30 and segment == "mass"` costs
one call instead of three, with the same values, errors and order of reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

Fn = Callable[[Any], Any]
NoneType = type(None)
Test = Callable[[Any, Any], Any]


class Leaf(NamedTuple):
    name: str
    kind: type  # the value type `test` answers directly (`is`: cheaper than a set look-up)
    test: Test  # test(value, literal), for a value of type `kind`
    literal: Any
    generic: Fn  # the feature is not in the dict: the leaf's generic closure decides
    other: Callable[[Any, Any], Any]  # other(env, value) for a value of another type
    if_none: bool | None = None  # the answer for a null value (None: `other` answers)
    guard: bool = False  # `feature != null`: merged with a next leaf on the same feature


def make_leaf(
    name: str,
    same: Sequence[type],
    test: Test,
    literal: Any,
    generic: Fn,
    other: Any,
    if_none: bool | None = None,
) -> Leaf:
    """A leaf whose `test` answers for values of the types `same` (the first tested inline)."""
    rest = tuple(same[1:])
    if not rest:
        return Leaf(name, same[0], test, literal, generic, other, if_none)

    def not_first(env: Any, value: Any) -> Any:
        if type(value) in rest:
            return test(value, literal)
        return other(env, value)

    return Leaf(name, same[0], test, literal, generic, not_first, if_none)


def guard_leaf(name: str, test: Test, generic: Fn, other: Any) -> Leaf:
    """`feature != null`, tested inline for a null (any other value is not null)."""
    return Leaf(name, NoneType, test, None, generic, other, False, guard=True)


def _merged(guard: Leaf, leaf: Leaf) -> Leaf:
    """`x != null and x OP literal` as one leaf: x read once (no KeyError in between, the
    same value), a null answers False as the guard does, any other value the leaf's test."""
    guard_generic, generic = guard.generic, leaf.generic

    def both_generic(env: Any) -> Any:
        return guard_generic(env) and generic(env)

    return leaf._replace(generic=both_generic, if_none=False, guard=False)


def _merge_guards(leaves: Sequence[Leaf]) -> list[Leaf]:
    merged: list[Leaf] = []
    for leaf in leaves:
        last = merged[-1] if merged else leaf
        # (not with a test of null itself, whose `kind` would answer before `if_none`)
        if last.guard and last.name == leaf.name and leaf.kind is not NoneType and merged:
            merged[-1] = _merged(last, leaf)
        else:
            merged.append(leaf)
    return merged


def number_leaf(
    name: str, literal: Decimal, test: Test, generic: Fn, other: Any, if_none: bool | None = None
) -> Leaf:
    """A leaf testing a number feature (an int or a Decimal) against a number literal.

    The features' counts and ages are ints: against a whole-number literal they are tested
    as ints (exact, and a third of the cost of comparing an int with a Decimal, measured);
    a Decimal feature is tested against the Decimal literal, as before.
    """
    whole = _whole(literal)
    if whole is None:
        return make_leaf(name, (int, Decimal), test, literal, generic, other, if_none)

    def not_int(env: Any, value: Any) -> Any:
        if type(value) is Decimal:
            return test(value, literal)
        return other(env, value)

    return Leaf(name, int, test, whole, generic, not_int, if_none)


def _whole(literal: Decimal) -> int | None:
    """The literal as an int when it is a whole number of sensible size (not `1E+99999`)."""
    if not literal.is_finite() or literal.adjusted() > 18:
        return None
    whole = int(literal)
    return whole if whole == literal else None


def _cells(leaf: Leaf) -> tuple[str, type, Test, Any, tuple[Fn, Any, bool | None]]:
    """A leaf's common path, and its ways out in one tuple: each value a closure keeps is
    copied into every call's frame (21 made a call half as dear again as one, timeit)."""
    return leaf.name, leaf.kind, leaf.test, leaf.literal, (leaf.generic, leaf.other, leaf.if_none)


def fuse(leaves: Sequence[Leaf], conjunction: bool, as_bool: bool) -> Fn | None:
    """One closure for `a and b` / `a or b` (the deciding operand's value, as `x and y`
    answers) or, `as_bool`, for all_of / any_of (True or False); None for other shapes."""
    if conjunction:  # `x != null and x < 3`: one leaf (a null guard is worth a read only)
        leaves = _merge_guards(leaves)
    if len(leaves) == 1:
        return _one(leaves[0], as_bool)
    if len(leaves) == 2 and not as_bool:
        return _and_two(*leaves) if conjunction else _or_two(*leaves)
    if len(leaves) == 2 and conjunction:
        return _all_two(*leaves)
    if len(leaves) == 3 and as_bool:
        return _all_three(*leaves) if conjunction else None
    return None


def _one(leaf: Leaf, as_bool: bool) -> Fn:
    n1, k1, t1, l1, o1 = _cells(leaf)

    def one(env: Any) -> Any:
        try:
            value = env[n1]
        except KeyError:
            result = o1[0](env)
        else:
            if type(value) is k1:
                result = t1(value, l1)
            elif value is None and o1[2] is not None:
                result = o1[2]
            else:
                result = o1[1](env, value)
        return (True if result else False) if as_bool else result  # noqa: SIM210 - no call

    return one


def _all_two(first: Leaf, second: Leaf) -> Fn:
    n1, k1, t1, l1, o1 = _cells(first)
    n2, k2, t2, l2, o2 = _cells(second)

    def all_of(env: Any) -> bool:
        try:
            value = env[n1]
        except KeyError:
            result = o1[0](env)
        else:
            if type(value) is k1:
                result = t1(value, l1)
            elif value is None and o1[2] is not None:
                result = o1[2]
            else:
                result = o1[1](env, value)
        if not result:
            return False
        try:
            value = env[n2]
        except KeyError:
            result = o2[0](env)
        else:
            if type(value) is k2:
                result = t2(value, l2)
            elif value is None and o2[2] is not None:
                result = o2[2]
            else:
                result = o2[1](env, value)
        return True if result else False  # noqa: SIM210 - no call

    return all_of


def _and_two(first: Leaf, second: Leaf) -> Fn:
    n1, k1, t1, l1, o1 = _cells(first)
    n2, k2, t2, l2, o2 = _cells(second)

    def both(env: Any) -> Any:
        try:
            value = env[n1]
        except KeyError:
            result = o1[0](env)
        else:
            if type(value) is k1:
                result = t1(value, l1)
            elif value is None and o1[2] is not None:
                result = o1[2]
            else:
                result = o1[1](env, value)
        if not result:
            return result
        try:
            value = env[n2]
        except KeyError:
            return o2[0](env)
        if type(value) is k2:
            result = t2(value, l2)
        elif value is None and o2[2] is not None:
            result = o2[2]
        else:
            result = o2[1](env, value)
        return result

    return both


def _or_two(first: Leaf, second: Leaf) -> Fn:
    n1, k1, t1, l1, o1 = _cells(first)
    n2, k2, t2, l2, o2 = _cells(second)

    def either(env: Any) -> Any:
        try:
            value = env[n1]
        except KeyError:
            result = o1[0](env)
        else:
            if type(value) is k1:
                result = t1(value, l1)
            elif value is None and o1[2] is not None:
                result = o1[2]
            else:
                result = o1[1](env, value)
        if result:
            return result
        try:
            value = env[n2]
        except KeyError:
            return o2[0](env)
        if type(value) is k2:
            result = t2(value, l2)
        elif value is None and o2[2] is not None:
            result = o2[2]
        else:
            result = o2[1](env, value)
        return result

    return either


def _all_three(first: Leaf, second: Leaf, third: Leaf) -> Fn:
    n1, k1, t1, l1, o1 = _cells(first)
    n2, k2, t2, l2, o2 = _cells(second)
    n3, k3, t3, l3, o3 = _cells(third)

    def all_of(env: Any) -> bool:
        try:
            value = env[n1]
        except KeyError:
            result = o1[0](env)
        else:
            if type(value) is k1:
                result = t1(value, l1)
            elif value is None and o1[2] is not None:
                result = o1[2]
            else:
                result = o1[1](env, value)
        if not result:
            return False
        try:
            value = env[n2]
        except KeyError:
            result = o2[0](env)
        else:
            if type(value) is k2:
                result = t2(value, l2)
            elif value is None and o2[2] is not None:
                result = o2[2]
            else:
                result = o2[1](env, value)
        if not result:
            return False
        try:
            value = env[n3]
        except KeyError:
            result = o3[0](env)
        else:
            if type(value) is k3:
                result = t3(value, l3)
            elif value is None and o3[2] is not None:
                result = o3[2]
            else:
                result = o3[1](env, value)
        return True if result else False  # noqa: SIM210 - no call

    return all_of
