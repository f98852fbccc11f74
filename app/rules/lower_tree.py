"""The lowering itself: one closure per node of rule-engine's (untyped) evaluation tree.

See app/rules/lower.py for what is lowered, what falls back and why the answers are equal.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, localcontext
from typing import Any

from app.rules import lower_compare as compare
from app.rules import lower_ops as ops
from app.rules.lazy_engine import rule_ast, rule_engine
from app.rules.lower_access import comprehension, get_attribute, get_item, raw_get_item
from app.rules.lower_fused import Leaf, fuse
from app.rules.lower_values import make_item_value, make_new_value
from app.rules.tree import walk

Fn = Callable[[Any], Any]
_ORDERED = {"lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge}
_BOOLEAN_NODES = ("ComparisonExpression", "ArithmeticComparisonExpression")
_BOOLEAN_NODES += ("FuzzyComparisonExpression", "LogicExpression", "ContainsExpression")


class CannotLower(Exception):
    """A construct that must keep rule-engine's evaluation (of its subtree or whole rule)."""


def is_symbol(node: Any) -> bool:
    return type(node) is rule_ast.SymbolExpression


def returns_bool(node: Any) -> bool:
    name = type(node).__name__
    if name in _BOOLEAN_NODES:
        return True
    return name == "UnaryExpression" and node.type == "not"


class Lowering:
    """Lowers one rule's tree; `scopes` are the comprehension variables in force, outermost
    first (rule-engine looks them up in that order)."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.zone = context.default_timezone
        self.decimals = context.decimal_context
        self.new_value = make_new_value(self.zone)
        self.item_value = make_item_value(self.zone)
        self.fallbacks: list[str] = []
        self.scopes: tuple[str, ...] = ()

    def lower(self, node: Any) -> Fn:
        method = getattr(self, f"_{type(node).__name__}", None)
        if method is None:
            return self.fallback(node)
        mark = len(self.fallbacks)
        try:
            return method(node)
        except CannotLower:
            del self.fallbacks[mark:]  # those nodes fall back with this one
            if self.scopes:
                raise  # inside a comprehension: the whole comprehension falls back
            return self.fallback(node)

    def fallback(self, node: Any) -> Fn:
        """rule-engine's own evaluation of `node`'s subtree."""
        if self.scopes and self._reads_variables(node):
            raise CannotLower(type(node).__name__)  # rule-engine would not see our variables
        self.fallbacks.append(type(node).__name__)
        evaluate, decimals = node.evaluate, self.decimals
        if self.scopes:

            def in_scope(env: Any) -> Any:
                with localcontext(decimals):
                    return evaluate(env[0])

            return in_scope

        def subtree(env: Any) -> Any:
            with localcontext(decimals):
                return evaluate(env)

        return subtree

    def _reads_variables(self, node: Any) -> bool:
        return any(
            is_symbol(sub) and sub.scope is None and sub.name in self.scopes
            for sub, _depth in walk(node)
        )

    def _free_symbol(self, node: Any) -> str | None:
        """The feature name when `node` reads a feature directly at the top level."""
        if self.scopes or not is_symbol(node) or node.scope is not None:
            return None
        if node.result_type != rule_engine.DataType.UNDEFINED:
            return None
        return node.name

    # -- leaves --------------------------------------------------------------------------

    def _SymbolExpression(self, node: Any) -> Fn:
        if node.scope is not None or node.result_type != rule_engine.DataType.UNDEFINED:
            raise CannotLower("typed or built-in symbol")
        name, new_value = node.name, self.new_value
        if name in self.scopes:
            position = self.scopes.index(name) + 1  # outermost binding wins, as in rule-engine
            item_value = self.item_value
            return lambda env: item_value(env[position])
        evaluate = node.evaluate  # raises rule-engine's SymbolResolutionError as it would
        if self.scopes:

            def scoped(env: Any) -> Any:
                features = env[0]
                if type(features) is dict and name in features:
                    return new_value(features[name])
                return evaluate(features)

            return scoped

        def symbol(env: Any) -> Any:
            try:
                return new_value(env[name])
            except KeyError:
                return evaluate(env)

        def other(env: Any, value: Any) -> Any:
            try:
                return new_value(value)
            except KeyError:
                return evaluate(env)

        # Fused only into all_of (never a boolean node), where its truth alone counts: a
        # bool feature is true when it is True (new_value keeps it), a null is false.
        symbol.leaf = Leaf(name, bool, operator.is_, True, evaluate, other, False)  # type: ignore[attr-defined]
        return symbol

    def _literal(self, node: Any) -> Fn:
        value = node.value
        return lambda env: value

    _StringExpression = _FloatExpression = _BooleanExpression = _literal
    _NullExpression = _DatetimeExpression = _TimedeltaExpression = _BytesExpression = _literal

    def _ArrayExpression(self, node: Any) -> Fn:
        if node.is_reduced:
            value = node.evaluate(None)
            return lambda env: value
        members = tuple(self.lower(member) for member in node.value)
        return lambda env: tuple(member(env) for member in members)

    # -- logic ---------------------------------------------------------------------------

    def _LogicExpression(self, node: Any) -> Fn:
        parts = [self.lower(part) for part in self._chain(node, node.type)]
        booleans = all(returns_bool(part) for part in self._chain(node, node.type))
        leaves = [getattr(part, "leaf", None) for part in parts]
        if None not in leaves:
            # `x and y` answers y's value, all_of/any_of (below) True or False
            as_bool = not (len(parts) == 2 and booleans)
            fused = fuse(leaves, node.type == "and", as_bool)
            if fused is not None:
                return fused
        if node.type == "and":
            if len(parts) == 2 and booleans:
                first, second = parts
                return lambda env: first(env) and second(env)

            def all_of(env: Any) -> bool:
                for part in parts:  # noqa: SIM110 - a generator in all() costs more
                    if not part(env):
                        return False
                return True

            return all_of
        if len(parts) == 2 and booleans:
            first, second = parts
            return lambda env: first(env) or second(env)

        def any_of(env: Any) -> bool:
            for part in parts:  # noqa: SIM110 - a generator in any() costs more
                if part(env):
                    return True
            return False

        return any_of

    def _chain(self, node: Any, kind: str) -> list[Any]:
        """`a and b and c` as [a, b, c] (rule-engine nests it; the answer is the same)."""
        if type(node) is rule_ast.LogicExpression and node.type == kind:
            return self._chain(node.left, kind) + self._chain(node.right, kind)
        return [node]

    def _UnaryExpression(self, node: Any) -> Fn:
        right = self.lower(node.right)
        if node.type == "not":
            return lambda env: not right(env)
        return ops.negative(right, self.decimals)

    def _TernaryExpression(self, node: Any) -> Fn:
        condition = self.lower(node.condition)
        case_true, case_false = self.lower(node.case_true), self.lower(node.case_false)
        return lambda env: case_true(env) if condition(env) else case_false(env)

    def _CoalesceExpression(self, node: Any) -> Fn:
        left, right = self.lower(node.left), self.lower(node.right)

        def coalesce(env: Any) -> Any:
            value = left(env)
            return right(env) if value is None else value

        return coalesce

    # -- comparisons ---------------------------------------------------------------------

    def _ComparisonExpression(self, node: Any) -> Fn:
        negate = node.type == "ne"
        generic = compare.equality(self.lower(node.left), self.lower(node.right), negate)
        for symbol, literal in ((node.left, node.right), (node.right, node.left)):
            name = self._free_symbol(symbol)
            if name is not None and _is_literal(literal, (str, Decimal, bool, type(None))):
                return compare.raw_equality(name, literal.value, negate, generic)
        return generic

    def _ArithmeticComparisonExpression(self, node: Any) -> Fn:
        op = _ORDERED[node.type]
        left, right = self.lower(node.left), self.lower(node.right)
        generic = compare.ordered(left, right, op)
        kinds = (str, Decimal, datetime)
        for value, literal, op_here in ((node.left, node.right, op), (node.right, node.left, None)):
            if not _is_literal(literal, kinds) or _is_literal(value, kinds):
                continue
            op_here = op_here or compare.SWAPPED[op]  # `1 < age` is `age > 1`
            name = self._free_symbol(value)
            if name is not None:
                return compare.raw_ordered(name, literal.value, op_here, self.zone, generic)
            operand = left if value is node.left else right
            return compare.ordered_literal(operand, literal.value, op_here)
        return generic

    def _FuzzyComparisonExpression(self, node: Any) -> Fn:
        pattern = getattr(node, "_right", None)
        if pattern is None or type(node.right) is not rule_ast.StringExpression:
            raise CannotLower("computed regular expression")
        return compare.regex(self.lower(node.left), pattern, node.type)

    def _ContainsExpression(self, node: Any) -> Fn:
        container, member = self.lower(node.container), self.lower(node.member)
        generic = compare.contains(container, member)
        name = self._free_symbol(node.container)
        if name is not None and _is_literal(node.member, (str,)):
            return compare.raw_contains(name, node.member.value, generic)
        return generic

    # -- arithmetic ----------------------------------------------------------------------

    def _ArithmeticExpression(self, node: Any) -> Fn:
        left, right = self.lower(node.left), self.lower(node.right)
        return ops.arithmetic(left, right, node.type, self.decimals)

    def _AddExpression(self, node: Any) -> Fn:
        return ops.add(self.lower(node.left), self.lower(node.right), self.decimals)

    def _SubtractExpression(self, node: Any) -> Fn:
        return ops.subtract(self.lower(node.left), self.lower(node.right), self.decimals)

    # -- access --------------------------------------------------------------------------

    def _GetItemExpression(self, node: Any) -> Fn:
        generic = get_item(self.lower(node.container), self.lower(node.item), node, self)
        name = self._free_symbol(node.container)
        if name is not None and _is_literal(node.item, (str,)):
            return raw_get_item(name, node.item.value, node.safe, self.new_value, generic)
        return generic

    def _GetAttributeExpression(self, node: Any) -> Fn:
        if node._object_type is not None:
            raise CannotLower("attribute of an OBJECT type")
        if self.scopes and node.name in self.scopes:
            raise CannotLower("attribute named like a loop variable")  # rule-engine quirk
        return get_attribute(self.lower(node.object), node, self)

    def _ComprehensionExpression(self, node: Any) -> Fn:
        iterable = self.lower(node.iterable)
        outer = self.scopes
        self.scopes = (*outer, node.variable)
        try:
            condition = None if node.condition is None else self.lower(node.condition)
            result = self.lower(node.result)
        finally:
            self.scopes = outer
        return comprehension(iterable, condition, result, nested=bool(outer))


def _is_literal(node: Any, kinds: tuple[type, ...]) -> bool:
    return isinstance(node, rule_ast.LiteralExpressionBase) and type(node.value) in kinds
