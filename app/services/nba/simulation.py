"""Simulation: the draft rule set against the published one over the whole customer base."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

from app.rules.arbitrate import CustomerHistory
from app.rules.attributes import AttributeCatalogue
from app.rules.compiler import CompiledRuleSet, check_rules, compile_rule_set
from app.rules.definition import RuleDefinition, parse_rule
from app.rules.features import CustomerFacts, build_features
from app.rules.simulate import ResultSummary, SimulationReport, SimulationTally, decide_summary
from app.services.nba.parallel import (
    BatchPlan,
    can_share,
    default_workers,
    open_worker,
    pinned_rule_set,
)
from app.services.nba.pool import (
    can_fork,
    ids_between,
    ordered_in_pool,
    settle_worker,
    shared_ids,
    split_ranges,
)
from app.services.nba.service import BATCH, NbaService
from app.services.rulebook.service import RuleBookError

DRAFT_VERSION = -1  # marks draft results; never a published number

# One evaluated chunk: how many customer ids it covered, and (published, draft) per customer.
Chunk = tuple[int, list[tuple[ResultSummary, ...]]]


class SimulationService:
    """Reads only: evaluates both rule sets per batch of customers and tallies the differences.

    With `workers` > 1 (by default both cores on a shareable database with many customers)
    the batches go to worker processes that open `db_url` themselves.
    """

    def __init__(
        self,
        nba: NbaService,
        batch: int = BATCH,
        db_url: str | None = None,
        workers: int | None = None,
        limit: int | None = None,
    ) -> None:
        if workers is not None and workers > 1 and db_url is None:
            raise ValueError("simulating on several workers needs the database URL")
        self._nba = nba
        self._batch = batch
        self._url = db_url
        self._workers = workers
        self._limit = limit  # only the first N customers in external-id order (benchmarks)

    def run(
        self,
        draft: Sequence[RuleDefinition],
        as_of: datetime,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SimulationReport:
        """Compare draft and published for every customer at `as_of`; records nothing.

        `progress(done, total)` follows every batch; when `cancelled()` turns true the
        partial counts come back with `cancelled=True`.
        """
        if as_of.tzinfo is None:
            raise ValueError(f"as_of {as_of!r} must carry a time zone")
        catalogue = self._nba.catalogue()
        _refuse_broken(draft, catalogue)
        published = self._nba.rule_set()
        tally = SimulationTally(published.version)
        tally.know_rules((rule.id, rule.name) for rule in draft)
        tally.know_rules((c.id, c.definition.name) for c in published.rules)
        ids = self._nba.customer_ids()[: self._limit]
        total, done = len(ids), 0
        chunks = self._chunks(draft, catalogue, published, ids, as_of, cancelled)
        try:
            while done < total:
                if cancelled():
                    return tally.report(cancelled=True)
                covered, pairs = next(chunks)
                for before, after in pairs:
                    tally.add_summary(before, after)
                done += covered
                if progress is not None:
                    progress(done, total)
        finally:
            chunks.close()
        return tally.report(cancelled=False)

    def _chunks(
        self,
        draft: Sequence[RuleDefinition],
        catalogue: AttributeCatalogue,
        published: CompiledRuleSet,
        ids: list[uuid.UUID],
        as_of: datetime,
        cancelled: Callable[[], bool],
    ) -> Iterator[Chunk]:
        workers = self._worker_count(len(ids))
        if workers <= 1 or self._url is None:
            draft_set = compile_rule_set(DRAFT_VERSION, draft, catalogue)
            return (
                compare(self._nba, ids[start : start + self._batch], as_of, published, draft_set)
                for start in range(0, len(ids), self._batch)
            )
        plan = BatchPlan(self._url, as_of, published.version, self._nba.top)
        rules = [rule.to_dict() for rule in draft]
        db = self._nba.database
        inherited = None
        fork = can_fork((db,))
        if fork:  # forked workers inherit both rule sets compiled here once
            inherited = (plan, published, compile_rule_set(DRAFT_VERSION, draft, catalogue))
        # Every worker gets the ids once; a chunk is only its (start, stop) in them.
        initargs = (plan, rules, shared_ids(ids, fork))
        spans = split_ranges(len(ids), workers, self._batch)
        return _forking(
            inherited,
            ordered_in_pool(
                spans, workers, _compare_chunk, _start_worker, initargs, cancelled, (db,), fork
            ),
        )

    def _worker_count(self, customers: int) -> int:
        if self._url is None or not can_share(self._url) or customers <= 1:
            return 1
        if self._workers is None:
            return default_workers(self._url, customers)
        return self._workers


def _refuse_broken(draft: Sequence[RuleDefinition], catalogue: AttributeCatalogue) -> None:
    problems = check_rules(draft, catalogue)
    if problems:
        listed = "; ".join(str(problem) for problem in problems)
        raise RuleBookError(
            f"the draft cannot be simulated: {len(problems)} rule(s) do not compile: {listed}",
            problems,
        )


def compare(
    nba: NbaService,
    ids: Sequence[uuid.UUID],
    as_of: datetime,
    published: CompiledRuleSet,
    draft: CompiledRuleSet,
) -> Chunk:
    """Both rule sets on one chunk; a customer that cannot be evaluated is left out.

    Each customer is loaded and their features built once for both rule sets (they read the
    same data), and only what the tally counts is kept of each decision.
    """

    def judge(fact: CustomerFacts, history: CustomerHistory) -> tuple[ResultSummary, ...]:
        features = build_features(fact, as_of)
        customer = str(fact.customer_id)
        return (
            decide_summary(published, features, history, as_of, nba.top, customer),
            decide_summary(draft, features, history, as_of, nba.top, customer),
        )

    return len(ids), nba.map_batch(ids, as_of, judge)


def _forking(inherited: tuple | None, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    """`chunks`, with `inherited` where the workers forked from here find it."""
    global _inherited
    _inherited = inherited
    try:
        yield from chunks
    finally:
        _inherited = None
        chunks.close()


# --- inside a worker process ------------------------------------------------------------

# In the parent while its forked workers start: (plan, published, draft) compiled.
_inherited: tuple[BatchPlan, CompiledRuleSet, CompiledRuleSet] | None = None

# Compiled once per process: the pool lives for one run, with one draft and one version.
_worker: tuple[NbaService, CompiledRuleSet, CompiledRuleSet, datetime] | None = None
_ids: list = []  # this run's customer ids, as shared_ids gave them


def _start_worker(plan: BatchPlan, draft: list[dict], ids: list) -> None:
    global _worker, _ids
    _ids = ids
    nba, rulebook = open_worker(plan)
    if _inherited is not None and _inherited[0] == plan:
        _worker = (nba, _inherited[1], _inherited[2], plan.as_of)
        settle_worker()
        return
    rules = [parse_rule(data, position) for position, data in enumerate(draft)]
    draft_set = compile_rule_set(DRAFT_VERSION, rules, nba.catalogue())
    _worker = (nba, pinned_rule_set(rulebook, plan.version), draft_set, plan.as_of)
    settle_worker()


def _compare_chunk(span: tuple[int, int]) -> Chunk:
    if _worker is None:
        raise RuntimeError("the worker process was not initialised")
    nba, published, draft, as_of = _worker
    return compare(nba, ids_between(_ids, *span), as_of, published, draft)
