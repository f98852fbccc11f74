"""Past offer results: each row a presentation and, when it has an outcome, its outcome event.

History is append-only, as for contacts: a row's id comes from all its values (identical rows
in one file are separate presentations, see EventIds), so importing the file again adds
nothing, and a row changed since is a new presentation. An imported presentation carries
rule_version 0 (the rule-set version it was shown under is not known) and its outcome is
recorded at the moment it was presented; "later" arranges no callback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.models.enums import DECLINE_REASONS, OfferOutcome
from app.rules.definition import RULE_ID
from app.services.importer.contacts import new_agent
from app.services.importer.context import Batch, ImportContext
from app.services.importer.events import KEY_SEPARATOR, count_file
from app.services.importer.fields import Field, open_for, parsed_rows
from app.services.importer.ids import EventIds, stable_id
from app.services.importer.pipeline import Job
from app.services.importer.store import BatchSpec
from app.services.importer.values import BadValue, choice, required_text, text, timestamp

FILE = "offer_outcomes.csv"
IMPORTED_RULE_VERSION = 0  # not shown under a known rule-set version
PRESENTATION_COLUMNS = (
    "id",
    "customer_id",
    "rule_id",
    "action",
    "shown_at",
    "agent_id",
    "rule_version",
)
OUTCOME_COLUMNS = (
    "id",
    "presentation_id",
    "customer_id",
    "rule_id",
    "recorded_at",
    "agent_id",
    "outcome",
    "reason",
    "rule_version",
    "callback_id",
)


def rule_id(value: str) -> str:
    """A rule id in the rule book's own form (the rule need not be in today's rule book)."""
    value = value.strip()
    if not RULE_ID.match(value):
        raise BadValue(
            f"not a rule id (lower-case letters, digits, '_', '.', '-'; at most 64): {value!r}"
        )
    return value


def offer_fields(ctx: ImportContext) -> tuple[Field, ...]:
    return (
        Field("customer_id", ctx.customer_ref),
        Field("rule_id", rule_id),
        Field("action", required_text(64)),
        Field("presented_at", timestamp(ctx.default_tz, window=ctx.window)),
        Field("outcome", choice(OfferOutcome, optional=True)),
        Field("reason", choice(DECLINE_REASONS, optional=True), required=False, default=None),
        Field("agent", text(63)),
    )


def _check_reason(source, outcome: str | None, reason: str | None) -> None:
    """A declined offer names its reason; no other outcome takes one (as at the desk)."""
    if outcome == OfferOutcome.DECLINED and reason is None:
        allowed = ", ".join(DECLINE_REASONS)
        raise source.fail(source.line, "reason", f"a declined offer needs a reason: {allowed}")
    if outcome != OfferOutcome.DECLINED and reason is not None:
        raise source.fail(
            source.line, "reason", f"only a declined offer takes a reason (outcome {outcome!r})"
        )


def load_offer_outcomes(ctx: ImportContext, path: Path, send: Callable[[Job], None]) -> None:
    """Insert the presentations (and outcomes) not stored yet; agents are added as contacts do."""
    fields = offer_fields(ctx)
    store = ctx.store
    with open_for(path, fields) as source:
        name, total = source.name, source.estimated_rows
        version = (("rule_version", IMPORTED_RULE_VERSION),)
        shown = Batch(
            store,
            send,
            BatchSpec("offer_presentations", PRESENTATION_COLUMNS[:6], version),
            on_flush=lambda done: ctx.tell(name, done, total),
        )
        outcomes = Batch(
            store,
            send,
            BatchSpec("offer_outcomes", OUTCOME_COLUMNS[:8], (*version, ("callback_id", None))),
        )
        next_id = EventIds("offer_presentations").next_id
        join, users = KEY_SEPARATOR.join, ctx.users
        for customer, rule, action, at, outcome, reason, login in parsed_rows(source, fields):
            _check_reason(source, outcome, reason)
            agent = (users.get(login) or new_agent(ctx, login, send)) if login else None
            key = join((customer, rule, action, at, outcome or "", reason or "", login))
            presentation = next_id(key)
            if outcome is not None:
                outcome_id = stable_id("offer_outcomes", presentation)
                row = (outcome_id, presentation, customer, rule, at, agent, outcome, reason or "")
                outcomes.rows.append(row)
            shown.add((presentation, customer, rule, action, at, agent))
            if not shown.rows:  # the presentations just went: their outcomes follow them
                outcomes.flush()
        shown.flush()
        outcomes.flush()
    send(lambda: count_file(ctx, name, shown))
