"""Walking rule-engine's expression trees: every node, with its depth, in reading order."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from app.rules.lazy_engine import rule_ast


@cache
def _operand_names(cls: type) -> tuple[str, ...]:
    """The attributes a node class declares (its __slots__, base classes first)."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        slots = klass.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    return tuple(name for name in names if name != "context")


def _children(node: object) -> Iterator[rule_ast.ASTNodeBase]:
    # Every attribute, not a list of known ones: a regex that the walk missed (inside an
    # array literal, say) would escape both the checker and RE2. rule-engine declares
    # operands in reading order (left before right, result before iterable).
    values = [getattr(node, name, None) for name in _operand_names(type(node))]
    values += [value for name, value in vars(node).items() if name != "context"]
    for value in values:
        if isinstance(value, rule_ast.ASTNodeBase):
            yield value
        elif isinstance(value, (tuple, list)):  # arguments, array items, mapping pairs
            for item in value:
                if isinstance(item, rule_ast.ASTNodeBase):
                    yield item
                elif isinstance(item, (tuple, list)):
                    yield from (x for x in item if isinstance(x, rule_ast.ASTNodeBase))


def walk(node: rule_ast.ASTNodeBase, depth: int = 1) -> Iterator[tuple[rule_ast.ASTNodeBase, int]]:
    """Every node under `node` (itself first) with its depth, left operands first."""
    stack = [(node, depth)]
    while stack:
        current, level = stack.pop()
        yield current, level
        # Reversed so the left operand comes out first: symbols in reading order.
        stack.extend(reversed([(child, level + 1) for child in _children(current)]))
