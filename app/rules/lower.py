"""Rules lowered to plain Python closures built from rule-engine's syntax tree.

rule-engine stays the parser, the type checker and the sandbox; once a condition is checked,
its (untyped) evaluation tree is turned into nested closures, one per node, that compute the
same values with the same errors, without rule-engine's per-node dispatch, type look-ups and
conversion of every value it reads. No source text is generated or evaluated: each closure is
an ordinary function (app/rules/lower_ops.py, lower_compare.py, lower_access.py) with the
node's operands bound in; app/rules/lower_tree.py walks the tree.

A node this module does not lower (function calls, slices, bitwise operators, sets and
mappings built in the condition, `$` built-ins) keeps rule-engine's own evaluation of its
subtree, and a rule that cannot be lowered at all (its tree too deep to walk, `$re_groups`)
keeps rule-engine's `matches`. So every rule evaluates; lowering only makes it cheaper.
tests/unit/test_rule_lowering.py checks the two agree (Hypothesis) and that the rules we ship
and benchmark lower without any fallback.

Values read from the features are assumed to be of the types the feature builder produces
(text, numbers, booleans, datetimes, null, tuples and dicts of those); a value of another type
takes rule-engine's own conversion (lower_values.py), and data that is not a plain dict takes
rule-engine's whole evaluation.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from app.rules.lower_tree import CannotLower, Lowering, is_symbol, returns_bool
from app.rules.tree import walk

# Set ACRM_RULES_LOWERED=0 (or this flag to False before compiling) to evaluate every rule
# with rule-engine itself: the tests run the rule suites both ways.
ENV_SWITCH = "ACRM_RULES_LOWERED"
ENABLED = os.environ.get(ENV_SWITCH, "1") != "0"

Matcher = Callable[[Any], bool]


def lower_rule(rule: Any) -> Matcher | None:
    """A function equal to `rule.matches`, or None when lowering is off or not possible.

    The function's `fallbacks` attribute names the nodes left to rule-engine (a tuple of
    node class names; empty when the whole condition is lowered).
    """
    if not ENABLED:
        return None
    expression = rule.statement.expression
    try:
        if "re_groups" in rule.text:  # the tree walk only when the name is written at all
            for node, _depth in walk(expression):
                if is_symbol(node) and node.scope is not None and node.name == "re_groups":
                    return None  # reads what the last regex match left in rule-engine's state
        lowering = Lowering(rule.context)
        root = lowering.lower(expression)
    except (RecursionError, CannotLower, AttributeError, TypeError, ValueError, KeyError):
        return None  # rule-engine evaluates this rule as it always did
    whole = rule.matches
    boolean = returns_bool(expression)

    def matches(thing: Any) -> bool:
        if type(thing) is dict:
            return root(thing) if boolean else bool(root(thing))
        return whole(thing)

    matches.fallbacks = tuple(lowering.fallbacks)  # type: ignore[attr-defined]
    matches.value = root  # type: ignore[attr-defined]  # the condition's value (tests compare)
    return matches
