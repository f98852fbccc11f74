"""Turns rule results into words: scripts with {placeholders}, the "why", suppression reasons."""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from app.rules.schema import FEATURES_BY_NAME, FeatureType


class ValueFormatter(Protocol):
    """Formats values for people; the desktop passes one built on QLocale."""

    def money(self, amount: Decimal) -> str: ...
    def number(self, value: int | float | Decimal) -> str: ...
    def day(self, value: date | datetime) -> str: ...
    def yes_no(self, value: bool) -> str: ...
    def empty(self) -> str: ...


class PlainFormatter:
    """Locale-neutral formatting for the command line and JSON output."""

    def money(self, amount: Decimal) -> str:
        return f"{amount:.2f} PLN"

    def number(self, value: int | float | Decimal) -> str:
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return str(int(value))
        return str(value)

    def day(self, value: date | datetime) -> str:
        return (value.date() if isinstance(value, datetime) else value).isoformat()

    def yes_no(self, value: bool) -> str:
        return "yes" if value else "no"

    def empty(self) -> str:
        return "none"


def format_value(name: str, value: object, formatter: ValueFormatter) -> str:
    """One feature's value as a person reads it (money as money, times as dates)."""
    kind = type(value)
    if kind is str:  # the commonest value, and the last of the checks below
        return value  # type: ignore[return-value]
    # Plain ints and tuples (counts, product lists) go straight to their branch below: the
    # checks before it cannot match them (measured: int 1.25 -> 0.84 µs, tuple 2.8 -> 2.0).
    if kind is int:
        return _number(name, value, formatter)  # type: ignore[arg-type]
    if kind is tuple:
        return _sequence(name, value, formatter)  # type: ignore[arg-type]
    if value is None:
        return formatter.empty()
    if isinstance(value, bool):
        return formatter.yes_no(value)
    if isinstance(value, (date, datetime)):
        return formatter.day(value)
    if isinstance(value, (int, float, Decimal)):
        return _number(name, value, formatter)
    if isinstance(value, (tuple, list)):
        return _sequence(name, value, formatter)
    if isinstance(value, Mapping):
        return ", ".join(f"{key}: {item}" for key, item in value.items()) or formatter.empty()
    return str(value)


def _number(name: str, value: int | float | Decimal, formatter: ValueFormatter) -> str:
    feature = FEATURES_BY_NAME.get(name)
    if feature is not None and feature.unit == "money":
        return formatter.money(Decimal(value))
    if feature is not None and feature.unit == "share":  # 0.547602… reads "54.8 %"
        return _percent(Decimal(value), formatter)
    if feature is not None and feature.unit == "estimate":  # 2.3759… expected days: "2.4"
        return formatter.number(_rounded(Decimal(value), "0.1"))
    return formatter.number(value)


def _percent(share: Decimal, formatter: ValueFormatter) -> str:
    percent = _rounded(share * 100, "0.1")
    # Never "0 %" for a chance that is not nil, nor "100 %" for one that is not certain.
    if percent == 0 and share > 0:
        return f"< {formatter.number(Decimal('0.1'))} %"
    if percent == 100 and share < 1:
        return f"> {formatter.number(Decimal('99.9'))} %"
    return f"{formatter.number(percent)} %"


def _rounded(value: Decimal, step: str) -> Decimal:
    return value.quantize(Decimal(step), rounding=ROUND_HALF_UP)


def _sequence(name: str, value: tuple | list, formatter: ValueFormatter) -> str:
    feature = FEATURES_BY_NAME.get(name)
    if feature is not None and feature.type is FeatureType.RECORD_LIST:
        return formatter.number(len(value))
    return ", ".join(map(str, value)) or formatter.empty()


def render_template(template: str, values: Mapping[str, object], formatter: ValueFormatter) -> str:
    """Fill {placeholders}; names were checked at compile time, unknown ones stay as written."""
    parts = []
    for literal, name in _parsed(template):
        parts.append(literal)
        if name is not None:
            parts.append(
                format_value(name, values[name], formatter) if name in values else "{" + name + "}"
            )
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _parsed(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template's (literal, placeholder) parts: a batch fills the same few templates for
    every customer, and parsing each one again cost as much as filling it."""
    return tuple(
        (literal, name) for literal, name, _spec, _conv in string.Formatter().parse(template)
    )


def default_why(
    reads: Sequence[str | tuple[str, str | None]],
    values: Mapping[str, object],
    formatter: ValueFormatter,
) -> str:
    """The facts the condition read, in reading order, e.g. "last_inflow = 52000.00 PLN;
    attributes["tenure"] = 2". `reads` is CompiledRule.reads (a bare feature name counts as
    (name, None)); an attribute is shown by key, never the whole mapping."""
    return why_of(shown_reads(reads), values, formatter)


def why_of(
    shown: tuple[tuple[str, str | None], ...],
    values: Mapping[str, object],
    formatter: ValueFormatter,
) -> str:
    """default_why of reads already filtered by `shown_reads`."""
    parts = []
    for name, key in shown:
        value = values.get(name)
        if key is not None:
            item = value.get(key) if isinstance(value, Mapping) else None
            if isinstance(item, datetime):
                # A date attribute reaches rules as UTC midnight: its day is the UTC one,
                # wherever the viewer is (a desk west of UTC would show the day before).
                item = item.astimezone(UTC).date()
            parts.append(f'{name}["{key}"] = {format_value("", item, formatter)}')
        elif type(value) in _NOT_MAPPINGS:  # spares isinstance(value, Mapping), an ABC check
            parts.append(f"{name} = {format_value(name, value, formatter)}")
        elif isinstance(value, Mapping):
            # Read as a whole (attributes.length, attributes[segment]): its size, not its
            # twenty values.
            parts.append(f"{name}.length = {formatter.number(len(value))}")
        else:
            parts.append(f"{name} = {format_value(name, value, formatter)}")
    return "; ".join(parts)


# Exact types of feature values that are never mappings.
_NOT_MAPPINGS = frozenset({str, int, tuple, bool, float, Decimal, date, datetime, type(None)})


def shown_reads(
    reads: Sequence[str | tuple[str, str | None]],
) -> tuple[tuple[str, str | None], ...]:
    """The reads a why shows, as (name, key), in reading order."""
    return _shown_reads(tuple(reads))


@functools.lru_cache(maxsize=4096)
def _shown_reads(
    reads: tuple[str | tuple[str, str | None], ...],
) -> tuple[tuple[str, str | None], ...]:
    """The reads a why shows, as (name, key): worked out once per rule, not per customer."""
    pairs = ((read, None) if isinstance(read, str) else read for read in reads)
    return tuple((name, key) for name, key in pairs if name in FEATURES_BY_NAME and name != "as_of")


REASONS = {
    "outside_dates": "outside its validity dates ({detail})",
    "no_consent": "no marketing consent for {detail}",
    "cooldown_shown": "shown recently; again from {detail}",
    "cooldown_declined": "declined recently; again from {detail}",
    "cooldown_accepted": "accepted recently; again from {detail}",
    "presentation_cap": "shown {detail} times already in the policy window",
    "waiting_callback": "a callback is arranged for {detail}",
    "already_done": "already done for this period ({detail})",
    "below_top": "ranked below the top {detail}",
    "duplicate_action": "the same action is offered by rule {detail}",
    "split_challenger_arm": (
        "held back: champion/challenger split, this customer is in the challenger's {detail} %"
    ),
    "split_champion_arm": (
        "held back: champion/challenger split, this customer is in the champion's {detail} %"
    ),
}


def reason_text(code: str, detail: object, formatter: ValueFormatter) -> str:
    """English text of a suppression reason (the desktop has translated ones)."""
    if type(formatter) is PlainFormatter and type(detail) in CACHED_DETAILS:
        # The same few reasons recur for every customer of a batch ("ranked below the top 3").
        return _plain_reason(code, detail, type(detail))
    return _reason(code, detail, formatter)


# Details whose equal values always read the same (not Decimal("1.0") and Decimal("1"), nor
# equal datetimes in different zones); their type is part of the key (True == 1).
CACHED_DETAILS = frozenset({str, int, bool, date})


def _reason(code: str, detail: object, formatter: ValueFormatter) -> str:
    shown = formatter.day(detail) if isinstance(detail, (date, datetime)) else str(detail)
    return REASONS.get(code, code + " ({detail})").format(detail=shown)


@functools.lru_cache(maxsize=4096)
def _plain_reason(code: str, detail: object, _kind: type) -> str:
    return _reason(code, detail, _PLAIN)


_PLAIN = PlainFormatter()
