"""Tallies a simulation: the published and the draft rule set's results, customer by customer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.rules.arbitrate import CustomerHistory, arbitrate
from app.rules.compiler import CompiledRuleSet
from app.rules.decide import NbaResult
from app.rules.evaluate import evaluate

TOP_TRANSITIONS = 10

# What the tally needs of one result: the ids of the rules with an action (each once, in
# order) and the first prompt's action. Plain tuples, so worker processes send little.
ResultSummary = tuple[tuple[str, ...], str | None]


@dataclass(frozen=True, slots=True)
class RuleReach:
    """How many customers one rule reaches now (published) and with the draft."""

    rule_id: str
    rule_name: str
    published: int
    draft: int

    @property
    def change(self) -> int:
        return self.draft - self.published


@dataclass(frozen=True, slots=True)
class TopChange:
    """Customers whose first prompt went from one action to another (None: no prompt)."""

    before: str | None
    after: str | None
    count: int


@dataclass(frozen=True, slots=True)
class SimulationReport:
    customers: int
    rules: tuple[RuleReach, ...]  # seeded rules first (in seeding order), then the rest by id
    no_action_published: int
    no_action_draft: int
    top_changed: int
    transitions: tuple[TopChange, ...]  # most common first, at most TOP_TRANSITIONS
    cancelled: bool = False
    published_version: int = 0


def top_action(result: NbaResult) -> str | None:
    """The action the consultant would see first, or None without a prompt."""
    prompts = result.prompts
    return prompts[0].action if prompts else None


def summarize(result: NbaResult) -> ResultSummary:
    """The part of `result` a simulation counts."""
    return tuple(dict.fromkeys(action.rule_id for action in result.actions)), top_action(result)


def decide_summary(
    rule_set: CompiledRuleSet,
    features: Mapping[str, object],
    history: CustomerHistory,
    as_of: datetime,
    top: int,
    customer: str = "",
) -> ResultSummary:
    """`summarize(decide(...))` without writing scripts and explanations nobody reads here.

    Evaluates and arbitrates exactly as `decide` does; the actions are its prompts, then its
    automatic actions.
    """
    decision = arbitrate(evaluate(rule_set, features), features, history, as_of, top, customer)
    chosen = (*decision.prompts, *decision.automatic)
    first = next((c.definition.action for c in chosen if str(c.definition.kind) == "prompt"), None)
    return tuple(dict.fromkeys(candidate.compiled.id for candidate in chosen)), first


class SimulationTally:
    """Accumulates one (published, draft) pair per customer; `report()` any time (partial ok)."""

    def __init__(self, published_version: int = 0) -> None:
        self.published_version = published_version
        self._names: dict[str, str] = {}
        self._seeded: list[str] = []
        self._published: Counter[str] = Counter()
        self._draft: Counter[str] = Counter()
        self._customers = 0
        self._none_published = 0
        self._none_draft = 0
        self._transitions: Counter[tuple[str | None, str | None]] = Counter()

    def know_rules(self, rules: Iterable[tuple[str, str]]) -> None:
        """(id, name) of rules to list even when they reach nobody, in this order."""
        for rule_id, name in rules:
            if rule_id not in self._seeded:
                self._seeded.append(rule_id)
            self._names[rule_id] = name

    def add(self, published: NbaResult, draft: NbaResult) -> None:
        for action in (*published.actions, *draft.actions):
            self._names.setdefault(action.rule_id, action.rule_name)
        self.add_summary(summarize(published), summarize(draft))

    def add_summary(self, published: ResultSummary, draft: ResultSummary) -> None:
        """One customer from summaries (see `summarize`); a rule id without a name keeps its id."""
        (published_ids, before), (draft_ids, after) = published, draft
        self._customers += 1
        self._count(published_ids, self._published)
        self._count(draft_ids, self._draft)
        self._none_published += not published_ids
        self._none_draft += not draft_ids
        if before != after:
            self._transitions[(before, after)] += 1

    def _count(self, rule_ids: Iterable[str], counter: Counter[str]) -> None:
        # A rule counts once per customer even if it somehow appears twice.
        for rule_id in set(rule_ids):
            counter[rule_id] += 1
            self._names.setdefault(rule_id, rule_id)

    def report(self, cancelled: bool = False) -> SimulationReport:
        others = sorted(set(self._names) - set(self._seeded))
        rules = tuple(
            RuleReach(rule_id, self._names[rule_id], self._published[rule_id], self._draft[rule_id])
            for rule_id in [*self._seeded, *others]
        )
        transitions = tuple(
            TopChange(before, after, count)
            for (before, after), count in sorted(
                self._transitions.items(), key=lambda item: (-item[1], str(item[0]))
            )[:TOP_TRANSITIONS]
        )
        return SimulationReport(
            customers=self._customers,
            rules=rules,
            no_action_published=self._none_published,
            no_action_draft=self._none_draft,
            top_changed=sum(self._transitions.values()),
            transitions=transitions,
            cancelled=cancelled,
            published_version=self.published_version,
        )
