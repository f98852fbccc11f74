"""A business rule as authors write it, parsed from JSON-like data with errors naming the field."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any


class RuleKind(StrEnum):
    PROMPT = "prompt"  # shown to the consultant with a script
    AUTOMATIC = "automatic"  # executed by the system (webhook or local outbox)
    ALERT = "alert"  # a warning banner on the card; no action, never held back by a policy


class Severity(StrEnum):
    """How loud an alert is on the card (the traffic-light words risk teams use)."""

    RED = "red"  # stop and act: e.g. a fraud suspicion, a blocked card
    AMBER = "amber"  # take care: e.g. arrears, an open complaint, a vulnerable customer


class Repeat(StrEnum):
    """How often an automatic action may run for one customer."""

    ONCE = "once"
    YEAR = "year"
    HALF_YEAR = "half_year"
    MONTH = "month"
    DAY = "day"


CONSENT_CHANNELS = ("email", "phone", "sms")
CHANNELS = ("phone", "email", "chat", "sms", "branch", "letter")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
# The bank's own codes (actions, entitlements), kept as written and compared exactly: ASCII
# letters of either case, digits and `_ - . :` (what core banking and CRM systems use in
# their codes), no spaces or slashes (they end up in URLs, file names and CLI arguments).
ACTION_CODE = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
CODE_RULE = "must be 1-64 characters of letters A-Z or a-z, digits, '_', '-', '.', ':'"
# A data-dictionary feature name, or attributes.NAME for an imported column.
PROPENSITY = re.compile(r"^(?:[a-z][a-z0-9_]{0,63}|attributes\.[A-Za-z0-9_]{1,64})$")
MAX_NAME = 120
MAX_TEXT = 2000
MAX_FOLLOW_UP_DAYS = 365


class RuleDefinitionError(ValueError):
    """One field of one rule is wrong; the message names both."""

    def __init__(self, rule_id: str, field_name: str, message: str) -> None:
        super().__init__(f"rule {rule_id or '?'!r}, field {field_name!r}: {message}")
        self.rule_id = rule_id
        self.field = field_name
        self.message = message


@dataclass(frozen=True, slots=True)
class ContactPolicy:
    """How often a rule may be put to the same customer (days; 0 = no pause)."""

    cooldown_days: int = 0  # after the action was shown, whatever came of it
    cooldown_declined_days: int = 30  # after declined or "not relevant"
    cooldown_accepted_days: int = 90
    max_presentations: int = 0  # at most this many presentations ... (0 = no cap)
    presentation_window_days: int = 30  # ... within this many days


@dataclass(frozen=True, slots=True)
class RuleDefinition:
    """One rule: when it fires (condition), what it does (kind, action), and when not to."""

    id: str
    name: str
    condition: str
    kind: RuleKind = RuleKind.PROMPT
    action: str = ""
    description: str = ""
    script: str = ""  # consultant's script; may use {placeholders}
    why: str = ""  # optional "why" template; default: the facts the condition reads
    channel: str = "phone"
    priority: int = 50  # 1..100
    business_value: Decimal = Decimal(1)  # >= 0; score = priority * business_value
    valid_from: date | None = None  # inclusive
    valid_to: date | None = None  # inclusive
    requires_consent: str | None = None  # marketing consent channel: email, phone or sms
    policy: ContactPolicy = field(default_factory=ContactPolicy)
    repeat: Repeat = Repeat.YEAR  # automatic actions: at most once per customer and period
    entitlement: str = ""  # automatic actions: entitlement code granted, e.g. card_fee_waiver
    entitlement_days: int = 0  # ... valid for this many days
    enabled: bool = True
    severity: Severity = Severity.AMBER  # alerts only
    title: str = ""  # alerts only: the banner's headline; may use {placeholders}
    # Prompts only: `acrm actions run` puts an outbound call for each customer the prompt is
    # offered to in the centre's pool, callable for this many days, once per such period.
    follow_up_days: int | None = None
    # Prompts only: a number feature in [0, 1] (e.g. "p_alive", "attributes.propensity_card")
    # that multiplies the score: priority x business value x propensity.
    propensity: str = ""
    # Prompts only: a challenger rule offered instead of this one (the champion) to
    # `challenger_share` percent of customers, split by customer, for measuring uplift.
    challenger: str = ""
    challenger_share: int = 0

    @property
    def score(self) -> Decimal:
        return Decimal(self.priority) * self.business_value

    def to_dict(self) -> dict[str, Any]:
        """The flat JSON shape of the import/export file (policy fields inline)."""
        data = asdict(self)
        policy = data.pop("policy")
        data.update(policy)
        data["kind"] = str(self.kind)
        data["repeat"] = str(self.repeat)
        if self.kind == RuleKind.ALERT:  # == : with_changes may have been given plain text
            data["severity"] = str(self.severity)
        else:  # prompts and automatic actions keep the shape they had before alerts
            del data["severity"], data["title"]
        if self.follow_up_days is None:  # rules without follow-ups keep their old shape
            del data["follow_up_days"]
        for name in ("propensity", "challenger", "challenger_share"):  # likewise
            if not data[name]:
                del data[name]
        data["business_value"] = str(self.business_value)
        data["valid_from"] = self.valid_from.isoformat() if self.valid_from else None
        data["valid_to"] = self.valid_to.isoformat() if self.valid_to else None
        return data

    def with_changes(self, **changes: Any) -> RuleDefinition:
        return replace(self, **changes)


_POLICY_FIELDS = {f.name for f in fields(ContactPolicy)}
_RULE_FIELDS = {f.name for f in fields(RuleDefinition)} - {"policy"}
KNOWN_FIELDS = frozenset(_RULE_FIELDS | _POLICY_FIELDS)


def parse_rule(data: Any, position: int = 0) -> RuleDefinition:
    """Build a RuleDefinition from a JSON object; RuleDefinitionError names the bad field."""
    if not isinstance(data, dict):
        raise RuleDefinitionError(f"#{position + 1}", "(rule)", "must be a JSON object")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RuleDefinitionError(
            str(rule_id or f"#{position + 1}"),
            "id",
            "must be 1-64 characters of a-z, 0-9, '_', '-', '.', starting with a letter or digit",
        )
    reader = _FieldReader(rule_id, data)
    unknown = sorted(set(data) - KNOWN_FIELDS)
    if unknown:
        reader.fail(unknown[0], f"unknown field (known: {', '.join(sorted(KNOWN_FIELDS))})")
    kind = reader.choice("kind", RuleKind, RuleKind.PROMPT)
    definition = RuleDefinition(
        id=rule_id,
        name=reader.text("name", required=True, limit=MAX_NAME),
        condition=reader.text("condition", required=True, limit=MAX_TEXT),
        kind=kind,
        action=reader.code("action", required=kind is not RuleKind.ALERT),
        description=reader.text("description", limit=MAX_TEXT),
        script=reader.text("script", limit=MAX_TEXT),
        why=reader.text("why", limit=MAX_TEXT),
        channel=reader.one_of("channel", CHANNELS, "phone"),
        priority=reader.integer("priority", 50, low=1, high=100),
        business_value=reader.decimal("business_value", Decimal(1)),
        valid_from=reader.day("valid_from"),
        valid_to=reader.day("valid_to"),
        requires_consent=reader.optional_one_of("requires_consent", CONSENT_CHANNELS),
        policy=ContactPolicy(
            **{
                name: reader.integer(name, getattr(ContactPolicy(), name), low=0, high=3650)
                for name in sorted(_POLICY_FIELDS)
            }
        ),
        repeat=reader.choice("repeat", Repeat, Repeat.YEAR),
        entitlement=reader.code("entitlement", required=False),
        entitlement_days=reader.integer("entitlement_days", 0, low=0, high=3650),
        enabled=reader.boolean("enabled", True),
        severity=reader.choice("severity", Severity, Severity.AMBER),
        title=reader.text("title", limit=MAX_NAME).strip(),
        follow_up_days=reader.optional_integer("follow_up_days", low=1, high=MAX_FOLLOW_UP_DAYS),
        propensity=reader.text("propensity", limit=MAX_NAME).strip(),
        challenger=reader.text("challenger", limit=64).strip(),
        challenger_share=reader.integer("challenger_share", 0, low=0, high=99),
    )
    _check_consistency(reader, definition)
    return definition


def _check_consistency(reader: _FieldReader, rule: RuleDefinition) -> None:
    if rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from:
        reader.fail("valid_to", f"{rule.valid_to} is before valid_from {rule.valid_from}")
    if rule.kind is RuleKind.PROMPT and not rule.script.strip():
        reader.fail("script", "a prompt needs a script for the consultant")
    if rule.kind is RuleKind.ALERT and not rule.title:
        reader.fail("title", "an alert needs a title for the card's banner")
    if rule.kind is not RuleKind.ALERT and (rule.title or reader.data.get("severity")):
        reader.fail("title" if rule.title else "severity", "only alerts have one")
    if rule.follow_up_days is not None and rule.kind is not RuleKind.PROMPT:
        reader.fail("follow_up_days", "only prompts ask for an outbound follow-up call")
    _check_experiment(reader, rule)
    if rule.entitlement and rule.entitlement_days <= 0:
        reader.fail("entitlement_days", "an entitlement needs its validity in days (> 0)")


def _check_experiment(reader: _FieldReader, rule: RuleDefinition) -> None:
    """Propensity and champion/challenger: prompts only, well-formed (the set checks the rest)."""
    for name in ("propensity", "challenger"):
        if getattr(rule, name) and rule.kind is not RuleKind.PROMPT:
            reader.fail(name, "only prompts have one")
    if rule.propensity and not PROPENSITY.match(rule.propensity):
        reader.fail(
            "propensity",
            "must name a number feature (e.g. p_alive) or an imported column (attributes.NAME)",
        )
    if rule.challenger:
        if not RULE_ID.match(rule.challenger) or rule.challenger == rule.id:
            reader.fail("challenger", "must be the id of another rule")
        if not 1 <= rule.challenger_share <= 99:
            reader.fail(
                "challenger_share",
                "the percentage of customers offered the challenger must be 1-99",
            )
    elif rule.challenger_share:
        reader.fail("challenger_share", "only a rule that names a challenger has one")


class _FieldReader:
    """Typed access to one rule's fields; every failure names the rule and the field."""

    def __init__(self, rule_id: str, data: dict[str, Any]) -> None:
        self.rule_id = rule_id
        self.data = data

    def fail(self, name: str, message: str) -> None:
        raise RuleDefinitionError(self.rule_id, name, message)

    def text(self, name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
        value = self.data.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(name, "must be text")
        if required and not value.strip():
            self.fail(name, "is required")
        if len(value) > limit:
            self.fail(name, f"at most {limit} characters, got {len(value)}")
        return value.strip() if name in ("name", "action") else value

    def code(self, name: str, *, required: bool = True) -> str:
        value = self.text(name, required=required, limit=64).strip()
        if value and not ACTION_CODE.fullmatch(value):
            self.fail(name, f"code {value!r} {CODE_RULE} (e.g. OFFER_INVESTMENT, Card.Fee:Waiver)")
        return value

    def integer(self, name: str, default: int, *, low: int, high: int) -> int:
        value = self.data.get(name, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"must be a whole number, got {value!r}")
        if not low <= value <= high:
            self.fail(name, f"must be between {low} and {high}, got {value}")
        return value

    def optional_integer(self, name: str, *, low: int, high: int) -> int | None:
        if self.data.get(name) is None:
            return None
        return self.integer(name, low, low=low, high=high)

    def decimal(self, name: str, default: Decimal) -> Decimal:
        value = self.data.get(name, default)
        if value is None:
            return default
        try:
            if isinstance(value, bool):
                raise InvalidOperation
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail(name, f"must be a number, got {value!r}")
        if not number.is_finite() or number < 0 or number > 10**9:
            self.fail(name, f"must be between 0 and 1000000000, got {value!r}")
        return number

    def day(self, name: str) -> date | None:
        value = self.data.get(name)
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(name, f"must be an ISO date like 2026-12-31, got {value!r}")
        raise AssertionError  # unreachable: fail() raised

    def boolean(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            self.fail(name, f"must be true or false, got {value!r}")
        return value

    def one_of(self, name: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.data.get(name) or default
        if value not in allowed:
            self.fail(name, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def optional_one_of(self, name: str, allowed: tuple[str, ...]) -> str | None:
        value = self.data.get(name)
        if value in (None, "", False):
            return None
        return self.one_of(name, allowed, "")

    def choice(self, name: str, enum: type[StrEnum], default: StrEnum):
        value = self.data.get(name) or default.value
        try:
            return enum(value)
        except ValueError:
            self.fail(name, f"{value!r} is not one of {', '.join(m.value for m in enum)}")
