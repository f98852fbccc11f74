"""Does a rule's *why* template say what its condition tests? Numbers and comparisons compared.

An author who changes `inflow_last > 10 * avg_inflow` to `0.9 *` and forgets the template ends
up with consultants reading "12 550,91 > 10 × średnia 12 503,69". This check finds such drift;
it is a warning for the author, never a refusal (a template may say more than the condition).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.rules.typed_attributes import attribute_use

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_STRING = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"")
_CONDITION_NUMBER = re.compile(r"(?<![\w.])\d+(?:_\d+)*(?:\.\d+)?(?![\w.])")
# People's numbers: "10", "0,9", "0.9", "1 000", "1 000,50" (spaces, also no-break ones, group).
_TEXT_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\w])|"
                          r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")  # fmt: skip
# Numbers a condition states without a numeric literal: in a feature's name (inflow_count_12m
# is "12 months") and in date and duration literals (t'P30D' is "30 days").
_NAME_DIGITS = re.compile(r"(?<=[A-Za-z_])\d+|\d+(?=[A-Za-z_])")
_TIME_LITERAL = re.compile(r"(?<![\w])[tdTD](?:'[^']*'|\"[^\"]*\")")
_COMPARISON = re.compile(r">=|<=|≥|≤|>|<")
_SIDE = {">": ">", ">=": ">", "≥": ">", "<": "<", "<=": "<", "≤": "<"}


def _decimal(text: str) -> Decimal | None:
    plain = re.sub(r"[ \u00a0\u202f_]", "", text).replace(",", ".")
    try:
        return Decimal(plain).normalize()
    except InvalidOperation:
        return None


def _numbers(pattern: re.Pattern[str], text: str) -> list[tuple[str, Decimal]]:
    found = []
    for match in pattern.finditer(text):
        value = _decimal(match.group())
        if value is not None:
            found.append((match.group(), value))
    return found


def why_mismatches(condition: str, why: str) -> list[str]:
    """What the template states that the condition does not: numbers, then comparison sides."""
    if not why.strip():
        return []  # the default why is built from what the condition read: it cannot drift
    stated = [digits for literal in _TIME_LITERAL.findall(condition)
              for digits in re.findall(r"\d+", literal)]  # fmt: skip
    code = _STRING.sub("''", condition)
    prose = _PLACEHOLDER.sub(" ", why)  # values filled in at run time are not claims
    stated += _NAME_DIGITS.findall(code)
    # A custom column's name states its digits as a feature's does (attributes["saldo_6m"]).
    stated += [digits for key in _attribute_keys(condition) for digits in _NAME_DIGITS.findall(key)]
    condition_numbers = {value for _text, value in _numbers(_CONDITION_NUMBER, code)}
    condition_numbers |= {Decimal(digits).normalize() for digits in stated}
    problems = [
        f'the why says "{text}" but the condition has no such number'
        + (f" (it uses {_listed(condition_numbers)})" if condition_numbers else "")
        for text, value in _numbers(_TEXT_NUMBER, prose)
        if value not in condition_numbers
    ]
    said = {_SIDE[symbol] for symbol in _COMPARISON.findall(prose)}
    tested = {_SIDE[symbol] for symbol in _COMPARISON.findall(code)}
    for side in sorted(said - tested):
        if tested:
            problems.append(
                f'the why compares with "{side}" but the condition only with '
                f'"{"".join(sorted(tested))}"'
            )
    return problems


def _attribute_keys(condition: str) -> tuple[str, ...]:
    try:
        return attribute_use(condition).keys
    except Exception:  # not a condition rule-engine reads: it is refused elsewhere
        return ()


def _listed(values: set[Decimal]) -> str:
    return ", ".join(format(value, "f") for value in sorted(values))
