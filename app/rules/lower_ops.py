"""Closures for rule-engine's arithmetic (+ - * / // % ** and unary minus), mirroring the
nodes' own `evaluate` line by line: same values, same rule-engine errors and messages.

Every closure in app/rules/lower*.py takes the evaluation data (`env`) and returns exactly
the value rule-engine's node would return, raising where it raises.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal, localcontext
from typing import Any

from app.rules.lazy_engine import rule_engine

Fn = Callable[[Any], Any]


def mismatch(detail: str = "") -> Exception:
    message = f"data type mismatch ({detail})" if detail else "data type mismatch"
    return rule_engine.errors.EvaluationError(message)


# -- arithmetic --------------------------------------------------------------------------


def _is_numeric(value: Any) -> bool:
    return isinstance(value, (Decimal, float, int)) and not isinstance(value, bool)


def arithmetic(left: Fn, right: Fn, kind: str, decimals: Any) -> Fn:
    """* / // % ** on numbers, in the rule context's decimal context like rule-engine."""
    exact = {
        "mul": decimals.multiply,
        "tdiv": decimals.divide,
        "fdiv": decimals.divide_int,
        "mod": decimals.remainder,
        "pow": decimals.power,
    }[kind]
    python = {
        "mul": operator.mul,
        "tdiv": operator.truediv,
        "fdiv": operator.floordiv,
        "mod": operator.mod,
        "pow": operator.pow,
    }[kind]
    errors = rule_engine.errors

    def calculate(env: Any) -> Any:
        lhs = left(env)
        if not _is_numeric(lhs):
            raise mismatch("not a numeric value")
        rhs = right(env)
        if not _is_numeric(rhs):
            raise mismatch("not a numeric value")
        try:
            if type(lhs) is Decimal and type(rhs) is Decimal:
                return exact(lhs, rhs)
            with localcontext(decimals):
                return python(lhs, rhs)
        except ZeroDivisionError:
            raise errors.ArithmeticError("arithmetic error: division by zero") from None
        except ArithmeticError:
            raise errors.ArithmeticError("arithmetic error") from None

    return calculate


def _in_context(python: Callable, exact: Callable, lhs: Any, rhs: Any, decimals: Any) -> Any:
    """`python(lhs, rhs)` as rule-engine computes it, inside the rule's decimal context."""
    if type(lhs) is Decimal and type(rhs) is Decimal:
        return exact(lhs, rhs)  # the context's own method: no context switch needed
    if isinstance(lhs, Decimal) or isinstance(rhs, Decimal):
        with localcontext(decimals):
            return python(lhs, rhs)
    return python(lhs, rhs)  # text, dates, durations: no decimal context involved


def add(left: Fn, right: Fn, decimals: Any) -> Fn:
    def plus(env: Any) -> Any:
        lhs, rhs = left(env), right(env)
        if isinstance(lhs, datetime):
            if not isinstance(rhs, timedelta):
                raise mismatch("not a timedelta value")
        elif isinstance(lhs, timedelta):
            if not isinstance(rhs, (timedelta, datetime)):
                raise mismatch("not a datetime or timedelta value")
        elif isinstance(lhs, bytes) or isinstance(rhs, bytes):
            # rule-engine's _assert_is_bytes(left, right) only checks the left operand (its
            # map() stops at the one-item type list); the addition itself refuses the rest.
            if not isinstance(lhs, bytes):
                raise mismatch("not a bytes value")
        elif isinstance(lhs, str) or isinstance(rhs, str):
            if not isinstance(lhs, str):  # likewise only the left operand
                raise mismatch("not a string value")
        elif not (_is_numeric(lhs) and _is_numeric(rhs)):
            raise mismatch("not a numeric value")
        return _in_context(operator.add, decimals.add, lhs, rhs, decimals)

    return plus


def subtract(left: Fn, right: Fn, decimals: Any) -> Fn:
    def minus(env: Any) -> Any:
        lhs, rhs = left(env), right(env)
        if isinstance(lhs, datetime):
            if not isinstance(rhs, (datetime, timedelta)):
                raise mismatch("not a datetime or timedelta value")
        elif isinstance(lhs, timedelta):
            if not isinstance(rhs, timedelta):
                raise mismatch("not a timedelta value")
        elif not (_is_numeric(lhs) and _is_numeric(rhs)):
            raise mismatch("not a numeric value")
        return _in_context(operator.sub, decimals.subtract, lhs, rhs, decimals)

    return minus


def negative(right: Fn, decimals: Any) -> Fn:
    def negate(env: Any) -> Any:
        value = right(env)
        if not _is_numeric(value) and not isinstance(value, timedelta):
            raise mismatch("not a numeric or timedelta value")
        if type(value) is Decimal:
            return decimals.minus(value)
        with localcontext(decimals):
            return -value

    return negate
