"""Simulation: the draft rule set against the published one over the whole customer base."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from app.rules.compiler import check_rules, compile_rule_set
from app.rules.definition import RuleDefinition
from app.rules.simulate import SimulationReport, SimulationTally
from app.services.nba import BATCH, NbaService
from app.services.rulebook import RuleBookError

DRAFT_VERSION = -1  # marks draft results; never a published number


class SimulationService:
    """Reads only: evaluates both rule sets per batch of customers and tallies the differences."""

    def __init__(self, nba: NbaService, batch: int = BATCH) -> None:
        self._nba = nba
        self._batch = batch

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
        problems = check_rules(draft)
        if problems:
            listed = "; ".join(str(problem) for problem in problems)
            raise RuleBookError(
                f"the draft cannot be simulated: {len(problems)} rule(s) do not compile: {listed}",
                problems,
            )
        draft_set = compile_rule_set(DRAFT_VERSION, draft)
        published = self._nba.rule_set()
        tally = SimulationTally(published.version)
        tally.know_rules((rule.id, rule.name) for rule in draft)
        tally.know_rules((c.id, c.definition.name) for c in published.rules)
        ids = self._nba.customer_ids()
        total = len(ids)
        for start in range(0, total, self._batch):
            if cancelled():
                return tally.report(cancelled=True)
            batch = ids[start : start + self._batch]
            before = self._nba.for_batch(batch, as_of, rule_set=published)
            after = {
                r.customer_id: r for r in self._nba.for_batch(batch, as_of, rule_set=draft_set)
            }
            for result in before:
                if result.customer_id in after:
                    tally.add(result, after[result.customer_id])
            if progress is not None:
                progress(min(start + self._batch, total), total)
        return tally.report(cancelled=False)
