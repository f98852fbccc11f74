"""Propensity and champion/challenger: their checks, the customer's arm and the weighed score.

Propensity: a prompt may name a number feature (e.g. p_alive) or attributes.NAME whose value,
clamped to [0, 1], multiplies its score: priority x business value x propensity. A customer
for whom the value is missing (null, not scored, not a number) keeps priority x business
value, and the why says the propensity is unknown: an unscored customer is not pushed down
below everything, nor up above scored ones (the rule ranks as it did before propensities).

Champion/challenger: a prompt (the champion) may name another prompt (the challenger) and a
share. Each customer falls in an arm by a stable hash of (customer id, champion id) into
0-99: below the share the challenger may be offered and the champion is held back, otherwise
the other way round; each still needs its own condition to fire.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.rules.attributes import AttributeCatalogue, AttributeKind
from app.rules.definition import RuleDefinition, RuleKind
from app.rules.schema import FEATURES_BY_NAME, FeatureType

ATTRIBUTE_PREFIX = "attributes."
NUMBER_KINDS = (AttributeKind.INT, AttributeKind.DECIMAL)
PLACES = Decimal("0.0001")  # a propensity is used to four decimals (0.7312)
_ONE, _ZERO = Decimal(1), Decimal(0)


class ExperimentError(ValueError):
    """A propensity or challenger field that does not fit the rule set: rule, field, why."""

    def __init__(self, rule_id: str, field_name: str, message: str) -> None:
        super().__init__(f"rule {rule_id!r}, field {field_name!r}: {message}")
        self.rule_id = rule_id
        self.field = field_name
        self.message = message


@dataclass(frozen=True, slots=True)
class Split:
    """A champion/challenger pair: `share` percent of customers are the challenger's."""

    champion: str
    challenger: str
    share: int


def number_features() -> tuple[str, ...]:
    """The data dictionary's number features, for the editor's propensity choices."""
    return tuple(name for name, f in FEATURES_BY_NAME.items() if f.type is FeatureType.NUMBER)


def propensity_problem(name: str, catalogue: AttributeCatalogue | None) -> str | None:
    """Why `name` cannot be a propensity (None when it can). Without a catalogue an
    attributes.NAME is not checked (as conditions are not)."""
    if name.startswith(ATTRIBUTE_PREFIX):
        key = name[len(ATTRIBUTE_PREFIX) :]
        if catalogue is None:
            return None
        kind = catalogue.get(key)
        if kind is None:
            return f"there is no imported column {key!r}"
        if kind not in NUMBER_KINDS:
            return f"the imported column {key!r} holds {kind!s}, not numbers"
        return None
    feature = FEATURES_BY_NAME.get(name)
    if feature is None:
        return f"unknown feature {name!r} (a number feature such as p_alive, or attributes.NAME)"
    if feature.type is not FeatureType.NUMBER:
        return f"{name!r} is {feature.type.value}, not a number"
    return None


def check_propensity(rule: RuleDefinition, catalogue: AttributeCatalogue | None) -> None:
    if rule.propensity:
        problem = propensity_problem(rule.propensity, catalogue)
        if problem:
            raise ExperimentError(rule.id, "propensity", problem)


def check_splits(rules: Iterable[RuleDefinition]) -> list[ExperimentError]:
    """The set-level checks of champion/challenger pairs, in rule order."""
    by_id = {rule.id: rule for rule in rules}
    problems: list[ExperimentError] = []
    taken: dict[str, str] = {}  # challenger -> its first champion
    for rule in by_id.values():
        if not rule.challenger:
            continue
        other = by_id.get(rule.challenger)
        message = None
        if other is None:
            message = f"there is no rule {rule.challenger!r} in the rule set"
        elif other.kind is not RuleKind.PROMPT:
            message = f"the challenger {other.id!r} is not a prompt"
        elif other.challenger:
            message = (
                f"the challenger {other.id!r} is itself a champion (of {other.challenger!r}): "
                "a challenger cannot have a challenger, nor pairs go round in a cycle"
            )
        elif other.id in taken:
            message = f"{other.id!r} is already the challenger of {taken[other.id]!r}"
        if message is None:
            taken[other.id] = rule.id  # type: ignore[union-attr]
        else:
            problems.append(ExperimentError(rule.id, "challenger", message))
    return problems


def pair_problem(rule: RuleDefinition, others: Iterable[RuleDefinition]) -> ExperimentError | None:
    """The set-level problem of `rule`'s challenger among the other rules (a save's check)."""
    if not rule.challenger:
        return None
    problems = check_splits([rule, *(other for other in others if other.id != rule.id)])
    return next((problem for problem in problems if problem.rule_id == rule.id), None)


def splits_of(rules: Iterable[RuleDefinition]) -> dict[str, Split]:
    """Rule id -> its pair, for both rules of every sound pair among `rules` (a pair whose
    challenger is not there, e.g. disabled, is no experiment: the champion goes alone)."""
    listed = list(rules)
    broken = {problem.rule_id for problem in check_splits(listed)}
    ids = {rule.id for rule in listed}
    found: dict[str, Split] = {}
    for rule in listed:
        if rule.challenger and rule.id not in broken and rule.challenger in ids:
            split = Split(rule.id, rule.challenger, rule.challenger_share)
            found[rule.id] = found[rule.challenger] = split
    return found


def arm(customer: str, champion: str) -> int:
    """0-99 for this customer and pair: blake2b of both ids (stable between runs, machines
    and Python versions, unlike hash())."""
    digest = hashlib.blake2b(f"{customer}\x1f{champion}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % 100


def in_challenger_arm(customer: str, split: Split) -> bool:
    return arm(customer, split.champion) < split.share


def propensity_of(features: Mapping[str, object], name: str) -> Decimal | None:
    """The named value clamped to [0, 1] to four decimals; None when missing or no number."""
    if name.startswith(ATTRIBUTE_PREFIX):
        values = features.get("attributes")
        value = values.get(name[len(ATTRIBUTE_PREFIX) :]) if isinstance(values, Mapping) else None
    else:
        value = features.get(name)
    kind = type(value)
    if kind is Decimal:
        if not value.is_finite():  # type: ignore[union-attr]
            return None
    elif kind is int or kind is float:
        if not math.isfinite(value):  # type: ignore[arg-type]
            return None
        value = Decimal(repr(value))
    else:  # None, text, a yes/no (bool is no number here), a date
        return None
    try:
        clamped = min(max(value, _ZERO), _ONE)  # type: ignore[type-var]
        return clamped.quantize(PLACES)
    except InvalidOperation:
        return None
