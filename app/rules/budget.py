"""Each rule's time budget: a rule that runs over it is skipped, reported, and not run again.

Why measuring, not interrupting: Python cannot stop a running rule safely (a thread cannot be
killed, a signal only works on the main thread and not inside C code such as a regex match),
and a process per evaluation would cost far more than the rules themselves (a rule costs
4-30 µs). So the worst case is bounded by construction instead, and the budget is the net
under it:

1. regexes are matched by RE2, in time linear in the text (app/rules/regex.py);
2. every value a rule can iterate is short: text features are cut at MAX_TEXT characters,
   products at MAX_PRODUCTS codes, complaints at MAX_COMPLAINTS (app/rules/features.py);
   a loop inside a loop is refused at save, and so is a condition whose loops could do
   more than MAX_LOOP_WORK operations in all (app/rules/loops.py): the worst accepted
   condition takes tens of milliseconds, not minutes;
3. evaluate() reads the wall clock once per GROUP of rules (the end of one group being the
   start of the next), so the normal path costs what it did before (bench/bench_rules.py).
   A rule that alone takes RULE_BUDGET_SECONDS makes its group take that long too. Such a
   group may only have met a busy machine (another process got the CPU, a garbage
   collection ran), so each of its rules is run once more and timed on this thread's CPU
   clock, which counts only its own work (rules are deterministic: time is pinned, $random
   refused). A rule whose CPU time reaches the budget has its verdict thrown away and is
   reported like any failing rule (`RuleFailure`, recorded per rule and version by
   NbaService.report_failures). It is then skipped, and reported as skipped, for every
   later customer evaluated with the same compiled rule set: for the rest of the desk's
   session until a new version is published, or for the rest of an `acrm nba --all` /
   `actions run` / simulation batch. One customer pays for the slow rule twice (its group's
   quick rules too); a batch of 100 000 customers does not pay 100 000 times.

(On Windows the thread CPU clock ticks every 15.6 ms, so there a rule is tripped a little
past the budget rather than exactly at it.)
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

# The one place to change the budget; 50 ms is over a thousand times a normal rule's cost,
# so only a pathological rule (or a stalled machine) goes over it.
RULE_BUDGET_SECONDS = 0.050
# Rules timed together: reading the clock costs about as much as a quick rule, so it is read
# once per group; only a group that reaches the budget has its rules timed one by one.
GROUP = 8


class RuleBudget:
    """The budget of one compiled rule set and the rules that went over it (thread-safe
    enough: one dict item set per overrun, under the GIL)."""

    __slots__ = ("rechecks", "seconds", "tripped")

    def __init__(self, seconds: float = RULE_BUDGET_SECONDS) -> None:
        self.seconds = seconds
        self.tripped: dict[str, str] = {}  # rule id -> why it is skipped from now on
        self.rechecks = 0  # rules timed again on the CPU clock (slow wall clock)

    def confirm(self, run_again: Callable[[], object]) -> float | None:
        """CPU seconds of `run_again()` when they reach the budget; None if the rule is fast."""
        self.rechecks += 1
        started = time.thread_time()
        with contextlib.suppress(Exception):  # the first run's verdict carries the error
            run_again()
        elapsed = time.thread_time() - started
        return elapsed if elapsed >= self.seconds else None

    def overrun(self, rule_id: str, elapsed: float) -> str:
        """Remember that `rule_id` took `elapsed` seconds; the message for this customer."""
        budget_ms = self.seconds * 1000
        took = f"took {elapsed * 1000:.1f} ms, at or over the {budget_ms:g} ms time budget"
        self.tripped.setdefault(
            rule_id, f"skipped: it {took} on an earlier customer (until the rule set changes)"
        )
        return f"{took}: skipped, and skipped for later customers until the rule set changes"

    def __repr__(self) -> str:
        return f"RuleBudget({self.seconds!r}, tripped={sorted(self.tripped)!r})"
