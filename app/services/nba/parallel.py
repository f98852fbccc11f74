"""Next best actions for every customer on several worker processes, in external-id order."""

from __future__ import annotations

import functools
import os
import signal
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from app.rules.arbitrate import DEFAULT_TOP
from app.rules.compiler import CompiledRuleSet, compile_rule_set
from app.rules.decide import NbaResult
from app.services.errors import NotFound
from app.services.nba.features import FeatureLoader
from app.services.nba.json_lines import JsonLines
from app.services.nba.pool import (
    can_fork,
    ids_between,
    map_sqlite_file,
    ordered_in_pool,
    settle_worker,
    shared_ids,
    split_ranges,
)
from app.services.nba.service import NbaService
from app.services.nba.unreadable import SkippedCustomer
from app.services.rulebook.cache import EMPTY, RuleCache
from app.services.rulebook.service import RuleBookService
from app.services.rulebook.versions import BadRuleSetVersion
from app.services.storage.db import Database

CHUNK = 2000  # customers per task: large enough that a task's queries dominate its overhead
MIN_CHUNK = 200
PROGRESS_STEPS = 20
# Below this many customers starting worker processes costs more than it saves.
PARALLEL_FROM = 4000
AUTHOR = "nba-batch"  # evaluating writes nothing; the rule book only needs some author

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int], None]  # (customers done, customers in total)
# What a worker evaluates with: its own services, the pinned rules and the moment.
WorkerContext = tuple[NbaService, CompiledRuleSet, datetime]
# How a chunk's results are handed back (full dicts, or JSON lines ready to write).
Shape = Callable[[WorkerContext, list[uuid.UUID]], R]


@dataclass(frozen=True, slots=True)
class BatchPlan:
    """What every worker evaluates: the same URL, moment, pinned version and cut-off."""

    url: str
    as_of: datetime
    version: int
    top: int = DEFAULT_TOP


def default_workers(url: str, customers: int) -> int:
    """Both cores on a real database with enough customers; in-process otherwise."""
    if not can_share(url) or customers < PARALLEL_FROM:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def can_share(url: str) -> bool:
    """Another process can open this database (an in-memory SQLite cannot be shared)."""
    if not url.startswith("sqlite"):
        return True
    path = url.split("://", 1)[-1].lstrip("/")
    return bool(path) and ":memory:" not in path and "mode=memory" not in path


def pinned_rule_set(rulebook: RuleBookService, version: int) -> CompiledRuleSet:
    """The compiled rules of `version` (0: nothing published, no rules)."""
    if version == 0:
        return EMPTY
    number, rules = rulebook.version_rules(version)
    return compile_rule_set(number, rules, rulebook.catalogue())


def usable_version(rulebook: RuleBookService, latest: int) -> int:
    """The version `newest_usable` would compile (0: none), found without compiling it.

    The parent of a batch only pins the number and each worker compiles the rules itself;
    compiling here too imported rule-engine (it builds its parser tables on import, about a
    second) while the workers were starting on the same two cores.
    """
    for number in range(latest, 0, -1):
        try:
            rulebook.version_rules(number)
        except (NotFound, BadRuleSetVersion):
            continue
        return number
    return 0


def evaluate_all(
    db: Database | str,
    as_of: datetime,
    *,
    workers: int = 1,
    top: int = DEFAULT_TOP,
    version: int | None = None,
    customer_ids: Sequence[uuid.UUID] | None = None,
    limit: int | None = None,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> Iterator[dict]:
    """`NbaResult.to_json()` of every customer (or the first `limit`), in external-id order.

    A customer whose stored data cannot be evaluated gives `SkippedCustomer.to_json()`
    instead (`"skipped": true`, at the end of its chunk) and the others go on.

    Records nothing. The rule-set version is pinned once (the latest published unless given),
    so every worker uses the same rules even if someone publishes meanwhile. `db` may be a
    URL; the database is then opened here and closed when the iteration ends.
    """
    chunks = _evaluated(
        db, as_of, workers, top, version, customer_ids, limit, chunk, progress, _as_dicts
    )
    for results in chunks:
        yield from results


def evaluate_all_lines(
    db: Database | str,
    as_of: datetime,
    *,
    workers: int = 1,
    top: int = DEFAULT_TOP,
    version: int | None = None,
    customer_ids: Sequence[uuid.UUID] | None = None,
    limit: int | None = None,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> Iterator[JsonLines]:
    """What `evaluate_all` gives, chunk by chunk, already written as JSON lines.

    The workers serialise their own results: sending full result dicts made the parent
    unpickle and re-serialise every one of them while both cores were busy evaluating.
    """
    yield from _evaluated(
        db, as_of, workers, top, version, customer_ids, limit, chunk, progress, _as_lines
    )


def _evaluated(
    db: Database | str,
    as_of: datetime,
    workers: int,
    top: int,
    version: int | None,
    customer_ids: Sequence[uuid.UUID] | None,
    limit: int | None,
    chunk: int,
    progress: Progress | None,
    shape: Shape[R],
) -> Iterator[R]:
    database = Database(db) if isinstance(db, str) else db
    try:
        rulebook = RuleBookService(database, author=AUTHOR)
        if version is None:  # the newest version this desk can use (a bad one is skipped)
            pinned = usable_version(rulebook, rulebook.latest_version() or 0)
        else:
            pinned = version
        ids = _ordered_ids(database, customer_ids, limit)
        plan = BatchPlan(database.url, as_of, pinned, top)
        # At least ~20 chunks, so that progress can be told every 5 %.
        chunk = max(1, min(chunk, max(MIN_CHUNK, -(-len(ids) // PROGRESS_STEPS))))
        if workers <= 1 or not can_share(database.url) or len(ids) <= 1:
            chunks = _in_process(database, rulebook, plan, ids, chunk, shape)
        else:
            chunks = _in_workers(database, rulebook, plan, ids, workers, chunk, shape)
        done = 0
        for results in chunks:
            yield results
            done += results.count if isinstance(results, JsonLines) else len(results)
            if progress is not None:
                progress(done, len(ids))
    finally:
        if database is not db:
            database.dispose()


def _ordered_ids(
    db: Database, customer_ids: Sequence[uuid.UUID] | None, limit: int | None
) -> list[uuid.UUID]:
    if customer_ids is None:
        # Only the first `limit` are read (a benchmark's 30,000 of 100,000 built 70,000 UUIDs
        # for nothing); the slice below keeps a negative limit's meaning.
        first = limit if limit is not None and limit >= 0 else None
        with db.reading() as session:
            customer_ids = FeatureLoader(db).customer_ids(session, first)
    return list(customer_ids)[:limit] if limit is not None else list(customer_ids)


def _in_process(
    db: Database,
    rulebook: RuleBookService,
    plan: BatchPlan,
    ids: list[uuid.UUID],
    chunk: int,
    shape: Shape[R],
) -> Iterator[R]:
    nba = NbaService(db, RuleCache(rulebook), FeatureLoader(db), top=plan.top)
    context = (nba, pinned_rule_set(rulebook, plan.version), plan.as_of)
    for start in range(0, len(ids), chunk):
        yield shape(context, ids[start : start + chunk])


def _evaluate(
    context: WorkerContext, ids: list[uuid.UUID]
) -> tuple[list[NbaResult], list[SkippedCustomer]]:
    nba, rules, as_of = context
    skipped: list[SkippedCustomer] = []
    return nba.for_batch(ids, as_of, rule_set=rules, skipped=skipped), skipped


def _as_dicts(context: WorkerContext, ids: list[uuid.UUID]) -> list[dict]:
    batch, skipped = _evaluate(context, ids)
    return [result.to_json() for result in batch] + [item.to_json() for item in skipped]


def _as_lines(context: WorkerContext, ids: list[uuid.UUID]) -> JsonLines:
    batch, skipped = _evaluate(context, ids)
    text = "".join([result.json_line() + "\n" for result in batch])
    return JsonLines.of(text, [item.to_json() for item in skipped], len(ids))


def _in_workers(
    db: Database,
    rulebook: RuleBookService,
    plan: BatchPlan,
    ids: list[uuid.UUID],
    workers: int,
    chunk: int,
    shape: Shape[R],
) -> Iterator[R]:
    global _compiled
    task = functools.partial(_in_worker, shape)  # module-level parts: spawn can pickle it
    fork = can_fork((db,))
    if fork:
        # Forked workers inherit the rules compiled here once (and rule-engine's parser):
        # each spawned worker spent ~2 s of CPU importing and compiling them again.
        _compiled = (plan, pinned_rule_set(rulebook, plan.version))
    # Every worker gets the ids once; a chunk is only its (start, stop) in them.
    initargs = (plan, shared_ids(ids, fork))
    spans = split_ranges(len(ids), workers, chunk)
    try:
        yield from ordered_in_pool(
            spans, workers, task, _start_worker, initargs, release=(db,), fork=fork
        )
    finally:
        _compiled = None


def open_worker(plan: BatchPlan) -> tuple[NbaService, RuleBookService]:
    """A worker process's own services: connections must never cross a process boundary."""
    # Ctrl+C reaches the whole process group: the parent alone decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    db = Database(plan.url)
    map_sqlite_file(db)
    rulebook = RuleBookService(db, author=AUTHOR)
    return NbaService(db, RuleCache(rulebook), FeatureLoader(db), top=plan.top), rulebook


# --- inside a worker process ------------------------------------------------------------

_worker: WorkerContext | None = None
_ids: list = []  # this batch's customer ids, as shared_ids gave them
# In the parent while its forked workers run: (plan, its compiled rules), inherited by them.
_compiled: tuple[BatchPlan, CompiledRuleSet] | None = None


def _start_worker(plan: BatchPlan, ids: list) -> None:
    global _worker, _ids
    _ids = ids
    nba, rulebook = open_worker(plan)
    if _compiled is not None and _compiled[0] == plan:  # this batch's, not another's
        rules = _compiled[1]
    else:
        rules = pinned_rule_set(rulebook, plan.version)
    _worker = (nba, rules, plan.as_of)
    settle_worker()


def _in_worker(shape: Shape[R], span: tuple[int, int]) -> R:
    if _worker is None:
        raise RuntimeError("the worker process was not initialised")
    return shape(_worker, ids_between(_ids, *span))
