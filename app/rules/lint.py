"""Checks before and after compiling a condition: size, nesting, builtins, regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import rule_engine.ast as rule_ast
import rule_engine.builtins

try:  # Python 3.11+: the regex parser moved; we only read its parse tree
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT  # type: ignore
except ImportError:  # pragma: no cover - older layout
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAX_REPEAT, MIN_REPEAT  # type: ignore

    POSSESSIVE_REPEAT = MAX_REPEAT

MAX_CONDITION_LENGTH = 1000
MAX_NESTING = 12  # brackets inside brackets
MAX_TREE_DEPTH = 40  # operators inside operators (a chain of `not` nests too)
MAX_REGEX_LENGTH = 100
# $now/$today make the outcome depend on the wall clock (use as_of); $random likewise;
# $range builds lists of any size.
FORBIDDEN_BUILTINS = {
    "now": "use the as_of feature instead of $now: evaluation time is pinned",
    "today": "use as_of instead of $today: evaluation time is pinned",
    "random": "$random is not allowed: a rule must give the same answer every time",
    "range": "$range is not allowed: it can build lists of any size",
}
_BUILTIN = re.compile(r"\$([A-Za-z_]\w*)")
_PRIVATE = re.compile(r"(?<![\w$])_\w*")
KNOWN_BUILTINS = frozenset(rule_engine.builtins.Builtins.from_defaults().keys())
_REPEATS = {MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT}


@dataclass(frozen=True, slots=True)
class LintProblem:
    message: str
    line: int | None = None
    column: int | None = None


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def check_text(condition: str) -> LintProblem | None:
    """Problems visible in the text itself, found before the parser runs."""
    if not condition.strip():
        return LintProblem("the condition is empty")
    if len(condition) > MAX_CONDITION_LENGTH:
        return LintProblem(
            f"the condition is {len(condition)} characters long; at most "
            f"{MAX_CONDITION_LENGTH} (split it into simpler rules or features)"
        )
    nesting = _deepest_bracket(condition)
    if nesting is not None:
        line, column = position(condition, nesting)
        return LintProblem(f"brackets nested more than {MAX_NESTING} deep", line, column)
    for match in _outside_strings(condition, _BUILTIN):
        name = match.group(1)
        reason = FORBIDDEN_BUILTINS.get(name)
        if reason is None and name not in KNOWN_BUILTINS:
            reason = f"${name} is not a known function or constant"
        if reason:
            line, column = position(condition, match.start())
            return LintProblem(reason, line, column)
    for match in _outside_strings(condition, _PRIVATE):
        line, column = position(condition, match.start())
        return LintProblem("names starting with '_' are not features", line, column)
    return None


def _string_spans(text: str) -> list[tuple[int, int]]:
    spans, i = [], 0
    while i < len(text):
        if text[i] in "'\"":
            quote, start = text[i], i
            i += 1
            while i < len(text) and text[i] != quote:
                i += 2 if text[i] == "\\" else 1
            spans.append((start, i))
        i += 1
    return spans


def _outside_strings(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    spans = _string_spans(text)
    for match in pattern.finditer(text):
        if not any(start <= match.start() <= end for start, end in spans):
            yield match


def _deepest_bracket(text: str) -> int | None:
    """Offset of the first bracket past MAX_NESTING (outside string literals), else None."""
    depth = 0
    spans = _string_spans(text)
    for offset, char in enumerate(text):
        if char in "([{" and not any(start <= offset <= end for start, end in spans):
            depth += 1
            if depth > MAX_NESTING:
                return offset
        elif char in ")]}" and not any(start <= offset <= end for start, end in spans):
            depth -= 1
    return None


def check_tree(statement: rule_ast.Statement) -> LintProblem | None:
    """Problems in the parsed expression: depth, and regular expressions that may not end."""
    for node, depth in _walk(statement.expression, 1):
        if depth > MAX_TREE_DEPTH:
            return LintProblem(f"the expression nests more than {MAX_TREE_DEPTH} operators deep")
        if isinstance(node, rule_ast.FuzzyComparisonExpression):
            problem = _check_regex(node.right)
            if problem:
                return problem
    return None


def _check_regex(operand: rule_ast.ExpressionBase) -> LintProblem | None:
    if not isinstance(operand, rule_ast.StringExpression):
        return LintProblem("a regular expression must be a literal string, not computed")
    pattern = operand.value
    if len(pattern) > MAX_REGEX_LENGTH:
        return LintProblem(f"regular expression longer than {MAX_REGEX_LENGTH} characters")
    if _has_nested_repeat(sre_parse.parse(pattern)):
        return LintProblem(
            f"regular expression {pattern!r} repeats a repetition (like (a+)+): "
            "it can take forever on some texts"
        )
    return None


def _has_nested_repeat(parsed, inside_repeat: bool = False) -> bool:
    for op, args in parsed:
        if op in _REPEATS:
            low, high, sub = args
            if inside_repeat and high != low:
                return True
            if _has_nested_repeat(sub, inside_repeat or high != low):
                return True
        elif isinstance(args, (list, tuple)):
            for item in args:
                if isinstance(item, sre_parse.SubPattern) and _has_nested_repeat(
                    item, inside_repeat
                ):
                    return True
                if isinstance(item, (list, tuple)):
                    for sub in item:
                        if isinstance(sub, sre_parse.SubPattern) and _has_nested_repeat(
                            sub, inside_repeat
                        ):
                            return True
    return False


def _children(node: object) -> Iterator[rule_ast.ASTNodeBase]:
    for name in (
        "left",
        "right",
        "expression",
        "container",
        "item",
        "object",
        "condition",
        "case_true",
        "case_false",
        "iterable",
        "result",
        "function",
        "start",
        "stop",
        "member",
        "value",
        "arguments",
    ):
        child = getattr(node, name, None)
        if isinstance(child, rule_ast.ASTNodeBase):
            yield child
        elif isinstance(child, tuple):
            for item in child:
                if isinstance(item, rule_ast.ASTNodeBase):
                    yield item
                elif isinstance(item, tuple):  # mapping literals: (key, value) pairs
                    yield from (x for x in item if isinstance(x, rule_ast.ASTNodeBase))


def _walk(node: rule_ast.ASTNodeBase, depth: int) -> Iterator[tuple[rule_ast.ASTNodeBase, int]]:
    stack = [(node, depth)]
    while stack:
        current, level = stack.pop()
        yield current, level
        # Reversed so the left operand comes out first: symbols in reading order.
        stack.extend(reversed([(child, level + 1) for child in _children(current)]))


def referenced_symbols(statement: rule_ast.Statement) -> tuple[str, ...]:
    """Feature names the condition reads, in first-use order (for the default "why")."""
    names: list[str] = []
    for node, _depth in _walk(statement.expression, 1):
        is_feature = isinstance(node, rule_ast.SymbolExpression) and node.scope is None
        if is_feature and node.name not in names:
            names.append(node.name)
    return tuple(names)
