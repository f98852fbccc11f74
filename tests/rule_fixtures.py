"""The example rules the tests share, typed once.

The three examples of the README and the demo pack (a birthday greeting, an investment offer
after an unusual inflow, a card fee waiver after three upheld complaints), a prompt that reads
a customer attribute, a rule that fails on a text attribute, and two segment offers. A test
that needs a variant says so with `rule.with_changes(...)`, so the difference is visible there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.rules.definition import ContactPolicy, RuleDefinition, RuleKind

if TYPE_CHECKING:  # the services load only for tests that publish: unit tests stay light
    from app.services.nba.service import NbaService
    from app.services.storage.db import Database

BIRTHDAY = RuleDefinition(
    id="birthday_greeting",
    name="Birthday greetings",
    condition="is_birthday",
    kind=RuleKind.AUTOMATIC,
    action="send_birthday_email",
    channel="email",
    requires_consent="email",  # a marketing message: no consent, no greeting
    script="Happy birthday, {first_name}!",
    why="{first_name} turns {age} today",
    priority=40,
)
INVESTMENT = RuleDefinition(
    id="offer_investment",
    name="Offer an investment product",
    condition="last_inflow != null and avg_prior_inflow != null\n"
    "and last_inflow > 10 * avg_prior_inflow",
    action="offer_investment",
    script="Offer {first_name} an investment product",
    why="inflow {last_inflow} on {last_inflow_at} > 10 × average {avg_prior_inflow}",
    priority=80,
    business_value=Decimal(5),
    policy=ContactPolicy(cooldown_days=7),
)
FEE_WAIVER = RuleDefinition(
    id="card_fee_waiver",
    name="Card fee waiver",
    condition="upheld_complaints >= 3",
    kind=RuleKind.AUTOMATIC,
    action="waive_card_fee",
    channel="letter",
    entitlement="card_fee_waiver",
    entitlement_days=183,
)
EXAMPLES = [BIRTHDAY, INVESTMENT, FEE_WAIVER]

VIP_CHECK = RuleDefinition(
    id="vip_check",
    name="VIP check",
    condition='attributes["vip"] == true',
    action="vip_welcome",
    script="Welcome back",
)
# Dividing by a score of 0 fails in rule-engine (type errors are refused at save since
# issue 13): the rule is skipped and reported, every other rule still applies.
BROKEN = RuleDefinition(
    id="broken",
    name="Broken rule",
    condition='10 / attributes["score"] > 1',
    action="broken",
    script="Never shown",
)
AFFLUENT = RuleDefinition(
    id="affluent_offer",
    name="Investment for affluent customers",
    condition="segment == 'affluent'",
    action="offer_investment",
    script="Good morning {first_name}, may I tell you about our funds?",
    priority=60,
)
MASS = RuleDefinition(
    id="mass_offer",
    name="Savings for mass customers",
    condition="segment == 'mass'",
    action="offer_savings",
    script="Hello {first_name}",
    priority=40,
)
# The smallest prompt: a rule set of one, for versions, sync and bad stored versions.
SAVINGS = RuleDefinition(
    id="offer_savings",
    name="Offer savings",
    condition='segment == "mass"',
    action="offer_savings",
    script="Offer savings",
)

_DEFAULTS = RuleDefinition(id="", name="", condition="").to_dict()
_ALWAYS = ("id", "name", "condition")


def file_shape(rule: RuleDefinition, **changes: Any) -> dict[str, Any]:
    """The rule as an author writes it in a rules file: defaults left out, `changes` on top."""
    data = rule.to_dict()
    written = {k: v for k, v in data.items() if k in _ALWAYS or v != _DEFAULTS.get(k)}
    return {**written, **changes}


def publish(db: Database, rules: list[RuleDefinition] = EXAMPLES, note: str = "test") -> int:
    """Replace the draft with `rules` and publish it; returns the new version."""
    from app.services.rulebook.service import RuleBookService

    book = RuleBookService(db, author="author")
    book.replace_draft(list(rules))
    return book.publish(note)


def nba_for(db: Database, rules: list[RuleDefinition] = EXAMPLES) -> NbaService:
    """`rules` published, and the next-best-action service that evaluates them."""
    from app.services.nba.features import FeatureLoader
    from app.services.nba.service import NbaService
    from app.services.rulebook.cache import RuleCache
    from app.services.rulebook.service import RuleBookService

    book = RuleBookService(db, author="author")
    book.replace_draft(list(rules))
    book.publish("test")
    return NbaService(db, RuleCache(book), FeatureLoader(db))
