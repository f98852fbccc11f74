"""Checks before and after compiling a condition: size, nesting, builtins, regexes, loops."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from app.rules.lazy_engine import rule_ast, rule_engine
from app.rules.loops import loop_problem
from app.rules.regex import literal_offset, pattern_problem
from app.rules.tree import walk

MAX_CONDITION_LENGTH = 1000
MAX_NESTING = 12  # brackets inside brackets
MAX_TREE_DEPTH = 40  # operators inside operators (a chain of `not` nests too)
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
_MAY_LOOP = re.compile(r"for|map|filter|to_ary|to_set")


@cache
def known_builtins() -> frozenset[str]:
    return frozenset(rule_engine.builtins.Builtins.from_defaults().keys())


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
        if reason is None and name not in known_builtins():
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


def check_tree(statement: rule_ast.Statement, text: str = "") -> LintProblem | None:
    """Problems in the parsed expression: depth, loops in loops, regexes RE2 cannot run."""
    for node, depth in walk(statement.expression, 1):
        if depth > MAX_TREE_DEPTH:
            return LintProblem(f"the expression nests more than {MAX_TREE_DEPTH} operators deep")
        if isinstance(node, rule_ast.FuzzyComparisonExpression):
            problem = _check_regex(node.right, text)
            if problem:
                return problem
    # Every loop needs one of these words in the text; most conditions have none.
    if text and not _MAY_LOOP.search(text):
        return None
    message = loop_problem(statement.expression)
    return LintProblem(message) if message else None


def _check_regex(operand: rule_ast.ExpressionBase, text: str) -> LintProblem | None:
    if not isinstance(operand, rule_ast.StringExpression):
        return LintProblem("a regular expression must be a literal string, not computed")
    message = pattern_problem(operand.value)
    if message is None:
        return None
    offset = literal_offset(text, operand.value)
    if offset is None:
        return LintProblem(message)
    return LintProblem(message, *position(text, offset))


def referenced_symbols(statement: rule_ast.Statement) -> tuple[str, ...]:
    """Feature names the condition reads, in first-use order (for the default "why")."""
    names: list[str] = []
    for node, _depth in walk(statement.expression, 1):
        is_feature = isinstance(node, rule_ast.SymbolExpression) and node.scope is None
        if is_feature and node.name not in names:
            names.append(node.name)
    return tuple(names)
