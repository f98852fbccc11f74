"""Loops in conditions, bounded at save: none inside another, and little work per item.

A comprehension `[... for x in y]` runs its result and condition once per item of `y`;
`$map`/`$filter` call a function per item; `.to_ary`/`.to_set` convert item by item. Every
value rules can iterate is short (app/rules/features.py), but rule-engine spends 5-150 µs
per operation, and a condition can make long values of its own (`(city + city + …).to_ary`).
So the checker bounds the work statically: it estimates how many items each iterated value
can have (the caps of the features it is built from, added up through `+`), multiplies by
the operations done per item, and refuses a condition whose loops add up to more than
MAX_LOOP_WORK. Function calls weigh more, being the costliest operations.
"""

from __future__ import annotations

from app.rules.features import MAX_COMPLAINTS, MAX_PRODUCTS, MAX_TEXT
from app.rules.lazy_engine import rule_ast
from app.rules.tree import walk

# About 16 operations per character of one full-length text: room for any loop over the
# complaints or products a rule needs, a few milliseconds in the worst case.
MAX_LOOP_WORK = 16 * MAX_TEXT
CALL_WEIGHT = 8
_LOOPING_BUILTINS = frozenset({"map", "filter"})  # call a function once per item
_LOOPING_ATTRIBUTES = frozenset({"to_ary", "to_set"})  # convert item by item
# Items a feature can hold (text: characters); anything not listed is text-sized.
_FEATURE_ITEMS = {
    "complaints": MAX_COMPLAINTS,
    "products": MAX_PRODUCTS,
    "affinity_products": MAX_PRODUCTS,
}


def loop_problem(expression: rule_ast.ExpressionBase) -> str | None:
    """Why the loops in `expression` could take too long, or None."""
    work = 0
    for node, _depth in walk(expression):
        if isinstance(node, rule_ast.ComprehensionExpression):
            if _loops_inside(node):
                return (
                    "a loop inside a loop ([... for ...], $map, $filter, .to_ary or .to_set "
                    "in the result or condition of a [... for ...]) is not allowed: its cost "
                    "multiplies with the length of the data; compute such values in the "
                    "feature builder"
                )
            work += items(node.iterable) * _per_item(node)
        elif isinstance(node, rule_ast.FunctionCallExpression) and _is_looping_call(node):
            work += items(node.arguments[-1]) * CALL_WEIGHT if node.arguments else 0
        elif isinstance(node, rule_ast.GetAttributeExpression) and node.name in _LOOPING_ATTRIBUTES:
            work += items(node.object)
    if work > MAX_LOOP_WORK:
        return (
            f"the loops in this condition may do about {work} operations (at most "
            f"{MAX_LOOP_WORK}): loop over fewer or shorter values, or compute such values "
            "in the feature builder"
        )
    return None


def items(node: rule_ast.ExpressionBase) -> int:
    """At most how many items iterating `node`'s value can give (characters for text)."""
    if isinstance(node, rule_ast.SymbolExpression):
        return _FEATURE_ITEMS.get(node.name, MAX_TEXT) if node.scope is None else MAX_TEXT
    if isinstance(node, rule_ast.StringExpression):
        return len(node.value)
    if isinstance(node, (rule_ast.ArrayExpression, rule_ast.SetExpression)):
        return len(node.value)
    if isinstance(node, rule_ast.AddExpression):
        return items(node.left) + items(node.right)
    if isinstance(node, rule_ast.GetAttributeExpression):
        return items(node.object)
    if isinstance(node, rule_ast.GetSliceExpression):
        return items(node.container)
    if isinstance(node, rule_ast.ComprehensionExpression):
        return items(node.iterable)
    if isinstance(node, rule_ast.TernaryExpression):
        return max(items(node.case_true), items(node.case_false))
    if isinstance(node, rule_ast.FunctionCallExpression) and node.arguments:
        # $split(text), $map(f, list), $filter(f, list): no more items than their input.
        return max(items(argument) for argument in node.arguments)
    return MAX_TEXT


def _per_item(comprehension: rule_ast.ComprehensionExpression) -> int:
    work = 0
    for part in (comprehension.result, comprehension.condition):
        if part is not None:
            for node, _depth in walk(part):
                is_call = isinstance(node, rule_ast.FunctionCallExpression)
                work += CALL_WEIGHT if is_call else 1
    return work


def _is_looping_call(node: rule_ast.FunctionCallExpression) -> bool:
    function = node.function
    return isinstance(function, rule_ast.SymbolExpression) and function.name in _LOOPING_BUILTINS


def _loops_inside(comprehension: rule_ast.ComprehensionExpression) -> bool:
    """A comprehension, $map, $filter, .to_ary or .to_set in the per-item part."""
    for part in (comprehension.result, comprehension.condition):
        if part is None:
            continue
        for node, _depth in walk(part):
            if isinstance(node, rule_ast.ComprehensionExpression):
                return True
            is_builtin = isinstance(node, rule_ast.SymbolExpression) and node.scope is not None
            if is_builtin and node.name in _LOOPING_BUILTINS:
                return True
            is_attribute = isinstance(node, rule_ast.GetAttributeExpression)
            if is_attribute and node.name in _LOOPING_ATTRIBUTES:
                return True
    return False
