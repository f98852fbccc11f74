"""What arbitration asks of a rule, worked out once per compiled rule instead of per customer."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import TYPE_CHECKING

from app.rules.definition import RuleKind, Severity
from app.rules.verdicts import Candidate, Suppression
from app.rules.weighing import Weighing

if TYPE_CHECKING:
    from app.rules.compiler import CompiledRule

# A batch holds rule sets in use at once (the published one, drafts under test): a few hundred
# rules. Drafts tried one after another would grow it without end: past this, start afresh.
_KEPT = 20_000
_SHARED_KEPT = 64  # per rule: the few "duplicate of rule X" reasons it can get


class RuleFacts:
    """One rule's arbitration facts and the results it shares between customers.

    Candidates and suppressions are immutable and equal for every customer a rule reaches in
    the same way (a prompt's candidate, "ranked below the top 3"), so they are made once:
    building a frozen dataclass cost ~1.3 µs, about what a rule's whole arbitration may take.
    """

    __slots__ = (
        "action",
        "alert",
        "automatic",
        "below_top",
        "candidate",
        "compiled",
        "consent_key",
        "dates",
        "duplicates",
        "for_challenger",
        "for_champion",
        "never_shown",
        "no_consent",
        "period_for",
        "propensity",
        "rank",
        "red",
        "rule_id",
        "score",
        "split",
        "unknown",
    )

    def __init__(self, compiled: CompiledRule) -> None:

        rule = compiled.definition
        self.compiled = compiled
        self.rule_id = rule.id
        self.action = rule.action
        self.alert = rule.kind is RuleKind.ALERT
        self.automatic = rule.kind is RuleKind.AUTOMATIC
        self.dates = bool(rule.valid_from or rule.valid_to)
        # Was an f-string per rule and customer.
        self.consent_key = f"consent_{rule.requires_consent}" if rule.requires_consent else None
        cap = rule.policy.max_presentations
        zero_cap = bool(cap and cap <= 0)
        # Alerts are scored by priority alone: business value is about offers.
        self.score = Decimal(rule.priority) if self.alert else rule.score
        self.rank = -self.score  # highest first
        self.red = rule.severity is Severity.RED
        self.candidate: Candidate = Candidate(compiled, self.score)  # no period: not automatic
        self.no_consent = Suppression(compiled, "no_consent", rule.requires_consent)
        self.never_shown = Suppression(compiled, "presentation_cap", 0) if zero_cap else None
        self.below_top: Suppression | None = None  # for the last `top` asked
        self.duplicates: dict[str, Suppression] = {}  # by the rule already offering the action
        # An automatic action's candidate for the last as_of asked: (as_of, candidate).
        self.period_for: tuple[object, Candidate] | None = None
        prompt = rule.kind is RuleKind.PROMPT
        # Prompts naming a propensity: its name; a customer without a value keeps the score
        # and this candidate says so (shared: the same for every such customer).
        self.propensity = rule.propensity if prompt and rule.propensity else None
        self.unknown = (
            Candidate(compiled, self.score, "", self._weighing(None))
            if self.propensity
            else self.candidate
        )
        # Champion/challenger: the pair, and why this rule is held back in the other's arm.
        split = compiled.split
        self.split = split if prompt else None
        if split is not None:
            self.for_challenger = Suppression(compiled, "split_challenger_arm", split.share)
            self.for_champion = Suppression(compiled, "split_champion_arm", 100 - split.share)

    def _weighing(self, propensity: Decimal | None) -> Weighing:
        rule = self.compiled.definition
        return Weighing(rule.priority, rule.business_value, rule.propensity, propensity)

    def weighed(self, propensity: Decimal) -> tuple[Decimal, Candidate]:
        """(rank, candidate) with the score times this customer's propensity."""
        score = self.score * propensity
        return -score, Candidate(self.compiled, score, "", self._weighing(propensity))

    def ranked_below(self, top: int) -> Suppression:
        held = self.below_top
        if held is None or held.detail is not top:  # another `top`: make (and keep) its own
            held = self.below_top = Suppression(self.compiled, "below_top", top)
        return held

    def duplicate_of(self, rule_id: str) -> Suppression:
        held = self.duplicates.get(rule_id)
        if held is None:
            if len(self.duplicates) >= _SHARED_KEPT:
                self.duplicates.clear()
            held = self.duplicates[rule_id] = Suppression(
                self.compiled, "duplicate_action", rule_id
            )
        return held


# id(compiled) -> its facts; each entry holds its rule, so an id is never reused while its
# entry is there. Reads and writes are single dict operations (safe between pool threads).
_FACTS: dict[int, RuleFacts] = {}
_LOCK = threading.Lock()


def facts_of(compiled: CompiledRule) -> RuleFacts:
    """The facts of `compiled` (callers look in FACTS first: this is the slow path)."""
    facts = _FACTS.get(id(compiled))
    if facts is not None and facts.compiled is compiled:
        return facts
    facts = RuleFacts(compiled)
    with _LOCK:
        if len(_FACTS) >= _KEPT:
            _FACTS.clear()
        _FACTS[id(compiled)] = facts
    return facts


FACTS = _FACTS
