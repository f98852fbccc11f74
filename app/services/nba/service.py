"""Next best actions for customers: features, published rules, contact history -> results."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from app.models import RuleFailureReport
from app.rules.arbitrate import DEFAULT_TOP, Candidate, CustomerHistory
from app.rules.attributes import AttributeKind
from app.rules.compiler import CompiledRuleSet, RuleCompileError, compile_rule
from app.rules.decide import NbaResult, decide, explain
from app.rules.definition import RuleDefinition, RuleKind
from app.rules.evaluate import RuleFailure, test_rule
from app.rules.explain import PlainFormatter, ValueFormatter, default_why, render_template
from app.rules.features import CustomerFacts, build_features, placeholder_values
from app.services.customers.attribute_catalogue import load_catalogue
from app.services.errors import AcrmError, NotFound
from app.services.nba.features import FeatureLoader
from app.services.nba.ledger_state import automatic_states
from app.services.nba.offer_history import load_histories
from app.services.nba.unreadable import (
    UNREADABLE,
    SkippedCustomer,
    external_id,
    load_isolating,
    reason_of,
)
from app.services.rulebook.cache import RuleCache
from app.services.storage.db import Database

log = logging.getLogger(__name__)

BATCH = 500
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RuleTest:
    """A draft rule tried on one customer: does it fire, and why (or why not)."""

    rule_id: str
    fires: bool
    explanation: str  # the "why" when it fires, what was missing otherwise
    missing: tuple[str, ...] = ()
    error: str = ""
    script: str = ""
    customer: str = ""  # "Anna Nowak (C1)": whom the verdict is about, said with it
    banner: bool = False  # an alert: `script` holds the banner's headline, not a script


class NbaService:
    """Evaluates; records nothing (presentations and outcomes go through OfferService)."""

    def __init__(
        self, db: Database, cache: RuleCache, loader: FeatureLoader, top: int = DEFAULT_TOP
    ) -> None:
        self._db = db
        self._cache = cache
        self._loader = loader
        self.top = top

    @property
    def database(self) -> Database:
        return self._db

    def rule_set(self) -> CompiledRuleSet:
        return self._cache.current()

    def catalogue(self) -> dict[str, AttributeKind]:
        """The custom attributes rules are typed by (drafts compile against it)."""
        with self._db.reading() as session:
            return load_catalogue(session)

    def for_customer(
        self,
        customer_id: uuid.UUID,
        as_of: datetime | None = None,
        formatter: ValueFormatter | None = None,
        rule_set: CompiledRuleSet | None = None,
    ) -> NbaResult:
        """The panel's content for one customer at `as_of` (now by default)."""
        as_of = _utc(as_of)
        skipped: list[SkippedCustomer] = []
        results = self.for_batch([customer_id], as_of, formatter, rule_set, skipped)
        if skipped:
            raise AcrmError(skipped[0].message())
        if not results:
            raise NotFound(f"customer {customer_id} does not exist")
        return results[0]

    def for_batch(
        self,
        customer_ids: Sequence[uuid.UUID],
        as_of: datetime,
        formatter: ValueFormatter | None = None,
        rule_set: CompiledRuleSet | None = None,
        skipped: list[SkippedCustomer] | None = None,
    ) -> list[NbaResult]:
        """Results for a batch, in the order given (unknown ids are left out).

        A customer whose stored data cannot be evaluated (a date or amount out of range that
        reached the database without the import) is left out as well and added to `skipped`
        with the reason; everyone else is evaluated as usual.
        """
        if as_of.tzinfo is None:
            raise ValueError(f"as_of {as_of!r} must carry a time zone")
        rules = rule_set or self._cache.current()

        def judge(fact: CustomerFacts, history: CustomerHistory) -> NbaResult:
            return self._decide(rules, fact, history, as_of, formatter)

        return self.map_batch(customer_ids, as_of, judge, skipped)

    def map_batch(
        self,
        customer_ids: Sequence[uuid.UUID],
        as_of: datetime,
        judge: Callable[[CustomerFacts, CustomerHistory], T],
        skipped: list[SkippedCustomer] | None = None,
    ) -> list[T]:
        """`judge(facts, history)` of each customer of a batch loaded once, in the order given.

        Unknown ids are left out; so is a customer whose stored data cannot be loaded or
        judged (added to `skipped`, see for_batch). A simulation judges each customer by two
        rule sets from one load.
        """
        bad: dict[uuid.UUID, tuple[str, BaseException]] = {}
        loaded = load_isolating(
            lambda ids: self._load(ids, as_of),
            customer_ids,
            lambda customer_id, error: bad.setdefault(customer_id, ("", error)),
        )
        results = []
        for customer_id in customer_ids:
            found = loaded.get(customer_id)
            if found is None:
                continue
            fact, history = found
            try:
                results.append(judge(fact, history))
            except UNREADABLE as error:
                log.warning("customer %s not evaluated", fact.external_id, exc_info=True)
                bad.setdefault(customer_id, (fact.external_id, error))
        if bad:
            self._skip(bad, skipped)
        return results

    def _load(
        self, ids: list[uuid.UUID], as_of: datetime
    ) -> dict[uuid.UUID, tuple[CustomerFacts, CustomerHistory]]:
        with self._db.reading() as session:
            facts = self._loader.facts(session, ids, as_of)
            histories = load_histories(session, list(facts), as_of)
        return {cid: (fact, histories.get(cid, CustomerHistory())) for cid, fact in facts.items()}

    def _decide(
        self,
        rules: CompiledRuleSet,
        fact: CustomerFacts,
        history: CustomerHistory,
        as_of: datetime,
        formatter: ValueFormatter | None,
    ) -> NbaResult:
        features = build_features(fact, as_of)
        return decide(
            rules,
            features,
            placeholder_values(fact, features),
            history,
            external_id=fact.external_id,
            as_of=as_of,
            top=self.top,
            formatter=formatter,
            customer_id=fact.customer_id,
        )

    def _skip(
        self,
        bad: dict[uuid.UUID, tuple[str, BaseException]],
        skipped: list[SkippedCustomer] | None,
    ) -> None:
        for customer_id, (known, error) in bad.items():
            who = known or external_id(self._db, customer_id)
            item = SkippedCustomer(customer_id, who, reason_of(error))
            log.warning("%s", item.message())
            if skipped is not None:
                skipped.append(item)

    def for_all(
        self,
        as_of: datetime,
        formatter: ValueFormatter | None = None,
        rule_set: CompiledRuleSet | None = None,
        customer_ids: Sequence[uuid.UUID] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        skipped: list[SkippedCustomer] | None = None,
    ) -> Iterator[NbaResult]:
        """Every customer in external-id order, in batches of BATCH (one thread); customers
        whose data cannot be evaluated go to `skipped` (see for_batch)."""
        rules = rule_set or self._cache.current()
        ids = list(customer_ids) if customer_ids is not None else self.customer_ids()
        for start in range(0, len(ids), BATCH):
            if cancelled():
                return
            batch = ids[start : start + BATCH]
            yield from self.for_batch(batch, as_of, formatter, rules, skipped)

    def automatic_states(self, customer_id: uuid.UUID, result: NbaResult) -> dict:
        """rule id -> AutomaticState: whether the ledger has sent each automatic action yet."""
        with self._db.reading() as session:
            return automatic_states(session, customer_id, result)

    def customer_ids(self) -> list[uuid.UUID]:
        with self._db.reading() as session:
            return self._loader.customer_ids(session)

    def try_rule(
        self,
        rule: RuleDefinition,
        customer_id: uuid.UUID,
        as_of: datetime | None = None,
        formatter: ValueFormatter | None = None,
    ) -> RuleTest:
        """Test a draft rule on one customer ("test on the open customer"); records nothing."""
        as_of = _utc(as_of)
        try:
            compiled = compile_rule(rule, self.catalogue())
        except RuleCompileError as error:
            return RuleTest(rule.id, False, "", error=str(error.error))
        fact = self._loader.load(customer_id, as_of)
        who = f"{fact.first_name} {fact.last_name} ({fact.external_id})"
        features = build_features(fact, as_of)
        values = placeholder_values(fact, features)
        outcome = test_rule(compiled, features)
        if outcome.failures:
            return RuleTest(rule.id, False, "", error=outcome.failures[0].message, customer=who)
        fmt = formatter or PlainFormatter()
        if outcome.fired:
            why = explain(Candidate(compiled, rule.score), values, fmt)
            # An alert has no script: its banner headline is what the author checks.
            shown = rule.title if rule.kind is RuleKind.ALERT else rule.script
            script = render_template(shown, values, fmt)
            alert = rule.kind is RuleKind.ALERT
            return RuleTest(rule.id, True, why, script=script, customer=who, banner=alert)
        missing = outcome.not_fired[0].missing
        facts_read = default_why(compiled.reads, values, fmt)
        return RuleTest(rule.id, False, facts_read, missing=missing, customer=who)

    def report_failures(self, *results: NbaResult) -> None:
        """Remember failing rules for their authors (a write: run it on the writer thread).

        One transaction for any number of results: a batch run hands over all its results at
        once, so a rule broken for every customer costs one write per batch, and its count
        still grows by one per customer it failed on.
        """
        failed = [result for result in results if result.errors]
        if not failed:
            return
        now = datetime.now(UTC)
        with self._db.unit_of_work() as uow:
            for result in failed:
                for failure in result.errors:
                    _note_failure(uow.session, result, failure, now)
            uow.commit()


def _utc(moment: datetime | None) -> datetime:
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError(f"as_of {moment!r} must carry a time zone")
    return moment.astimezone(UTC)


def _note_failure(session: Session, result: NbaResult, failure: RuleFailure, now: datetime) -> None:
    row = session.get(RuleFailureReport, (failure.rule_id, result.rule_version))
    if row is None:
        row = RuleFailureReport(
            rule_id=failure.rule_id,
            rule_version=result.rule_version,
            message=failure.message[:2000],
            count=0,
            first_seen=now,
        )
        session.add(row)
    row.count += 1
    row.last_seen = now
    row.message = failure.message[:2000]
    row.last_customer = result.customer_id
