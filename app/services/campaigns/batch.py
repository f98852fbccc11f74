"""Evaluating a campaign's target over the whole base: chunks, in process or on two workers.

The same machinery as `acrm nba --all` (app/services/nba/parallel.py and pool.py): facts and
offer histories loaded a chunk at a time by NbaService.map_batch, forked workers when that is
safe, results in external-id order. Only customers the target matched come back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from app.rules.compiler import CompiledRule, compile_rule
from app.services.campaigns.target import Hit, Target, judge
from app.services.nba.features import FeatureLoader
from app.services.nba.parallel import BatchPlan, can_share, default_workers, open_worker
from app.services.nba.pool import (
    can_fork,
    ids_between,
    ordered_in_pool,
    settle_worker,
    shared_ids,
    split_ranges,
)
from app.services.nba.service import NbaService
from app.services.nba.unreadable import SkippedCustomer
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database

CHUNK = 2000
MIN_CHUNK = 200
PROGRESS_STEPS = 20
AUTHOR = "campaign-batch"  # evaluating writes nothing; the rule book only needs some author


@dataclass(frozen=True, slots=True)
class GenPlan:
    url: str
    as_of: datetime
    version: int
    target: Target


@dataclass(frozen=True, slots=True)
class ChunkResult:
    hits: list[Hit]
    evaluated: int  # customers judged
    skipped: int  # customers whose stored data could not be evaluated
    count: int  # customers in the chunk


def customer_ids(db: Database) -> list[uuid.UUID]:
    with db.reading() as session:
        return FeatureLoader(db).customer_ids(session)


def evaluate_base(
    db: Database,
    plan: GenPlan,
    ids: list[uuid.UUID],
    *,
    workers: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[ChunkResult]:
    """Chunk results in external-id order; stops submitting work once `cancelled()`."""
    if workers is None:
        workers = default_workers(db.url, len(ids))
    chunk = max(1, min(CHUNK, max(MIN_CHUNK, -(-len(ids) // PROGRESS_STEPS))))
    if workers <= 1 or not can_share(db.url) or len(ids) <= 1:
        yield from _in_process(db, plan, ids, chunk, cancelled)
        return
    # As `acrm nba --all`: every worker gets the ids once, a chunk is its (start, stop).
    fork = can_fork((db,))
    spans = split_ranges(len(ids), workers, chunk)
    yield from ordered_in_pool(
        spans,
        workers,
        _in_worker,
        _start_worker,
        (plan, shared_ids(ids, fork)),
        stop=cancelled,
        release=(db,),
        fork=fork,
    )


def compiled_target(plan: GenPlan, rulebook: RuleBookService) -> CompiledRule:
    return compile_rule(plan.target.definition, rulebook.catalogue())


def _in_process(
    db: Database, plan: GenPlan, ids: list[uuid.UUID], chunk: int, cancelled: Callable[[], bool]
) -> Iterator[ChunkResult]:
    rulebook = RuleBookService(db, author=AUTHOR)
    nba = NbaService(db, RuleCache(rulebook), FeatureLoader(db))
    verdict = judge(plan.target, compiled_target(plan, rulebook), plan.version, plan.as_of)
    for start in range(0, len(ids), chunk):
        if cancelled():
            return
        yield _judged(nba, verdict, plan.as_of, ids[start : start + chunk])


def _judged(nba: NbaService, verdict, as_of: datetime, ids: list[uuid.UUID]) -> ChunkResult:
    skipped: list[SkippedCustomer] = []
    results = nba.map_batch(ids, as_of, verdict, skipped)
    hits = [hit for hit in results if hit is not None]
    return ChunkResult(hits, len(results), len(skipped), len(ids))


# --- inside a worker process ------------------------------------------------------------

_worker: tuple[NbaService, Callable, datetime] | None = None
_ids: list = []  # the whole batch's ids, as shared_ids gave them


def _start_worker(plan: GenPlan, ids: list) -> None:
    global _worker, _ids
    _ids = ids
    nba, rulebook = open_worker(BatchPlan(plan.url, plan.as_of, plan.version))
    verdict = judge(plan.target, compiled_target(plan, rulebook), plan.version, plan.as_of)
    _worker = (nba, verdict, plan.as_of)
    settle_worker()


def _in_worker(span: tuple[int, int]) -> ChunkResult:
    if _worker is None:
        raise RuntimeError("the worker process was not initialised")
    nba, verdict, as_of = _worker
    return _judged(nba, verdict, as_of, ids_between(_ids, *span))
