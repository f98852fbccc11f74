"""The custom attributes a rule reads that are null for one customer (no value: not a fault)."""

from __future__ import annotations

from collections.abc import Mapping

from app.rules.lazy_engine import rule_ast
from app.rules.tree import walk


def null_attributes(rule: object, features: Mapping[str, object]) -> tuple[str, ...]:
    """`attributes["x"]` for each key the rule's condition names whose value here is null.

    Only looked at after a rule raised (a comparison with null raises in rule-engine), so
    walking the tree costs nothing on the common path.
    """
    values = features.get("attributes")
    statement = getattr(rule, "statement", None)
    if not isinstance(values, Mapping) or statement is None:
        return ()
    found: dict[str, None] = {}
    for node, _depth in walk(statement.expression):
        if not isinstance(node, rule_ast.GetItemExpression):
            continue
        container, item = node.container, node.item
        if (
            isinstance(container, rule_ast.SymbolExpression)
            and container.name == "attributes"
            and isinstance(item, rule_ast.StringExpression)
            and item.value in values
            and values[item.value] is None
        ):
            found[f'attributes["{item.value}"]'] = None
    return tuple(found)
