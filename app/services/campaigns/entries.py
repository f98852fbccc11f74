"""Writing a generation's new entries: one local transaction, outbox rows with them.

The campaign row is updated first (generated_at): on SQLite that takes the write lock, on
PostgreSQL the row's, so two generations of one campaign run their writes one after the
other and the second sees the first's entries (skipped as "already"). The unique index on
(campaign_id, customer_id) stays the last line of defence; meeting it is a named error.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.models import Campaign, OutboxEntry, QueueItem
from app.models.enums import CampaignStatus, QueueKind, QueueStatus
from app.services.campaigns.target import Hit
from app.services.campaigns.window import entry_window
from app.services.errors import AcrmError
from app.services.storage.db import Database
from app.services.storage.outbox import wire

MAX_ATTEMPTS = 3
_QUEUE = QueueItem.__table__
_OUTBOX = OutboxEntry.__table__
_SENT = [c.name for c in _QUEUE.columns if c.name not in QueueItem.__outbox__.not_sent]


class CampaignClosed(AcrmError):
    """The campaign was closed: nothing is generated for it any more."""


class GenerationClash(AcrmError):
    """Another generation of the same campaign wrote at the same moment."""


@dataclass(frozen=True, slots=True)
class Written:
    added: int
    already: int
    capped: int


@dataclass(frozen=True, slots=True)
class EntryPlan:
    """What every entry of one generation shares."""

    campaign_id: uuid.UUID
    name: str
    team_id: uuid.UUID | None
    rule_id: str
    action: str
    priority: int
    cap: int | None
    due_at: datetime
    window_end: datetime | None
    rule_version: int
    at: datetime


def plan_for(campaign: Campaign, priority: int, version: int, at: datetime, zone: str) -> EntryPlan:
    due, end = entry_window(campaign.starts_on, campaign.ends_on, at, zone)
    return EntryPlan(
        campaign.id, campaign.name, campaign.team_id, campaign.rule_id, campaign.action,
        priority, campaign.cap, due, end, version, at,
    )  # fmt: skip


def write_entries(db: Database, plan: EntryPlan, allowed: Sequence[Hit]) -> Written:
    """Add entries for `allowed` customers not yet on the campaign, up to its cap; all or none."""
    try:
        with db.unit_of_work() as uow:
            session = uow.session
            claimed = session.execute(
                update(Campaign)
                .where(Campaign.id == plan.campaign_id)
                .where(Campaign.status == CampaignStatus.OPEN.value)
                .values(generated_at=plan.at, rule_version=plan.rule_version)
            )
            if claimed.rowcount != 1:
                raise CampaignClosed(f"campaign {plan.name!r} is closed: nothing was generated")
            existing = set(
                session.scalars(
                    select(QueueItem.customer_id).where(QueueItem.campaign_id == plan.campaign_id)
                )
            )
            rows, written = _new_rows(plan, allowed, existing)
            if rows:
                # Core inserts: the ORM's bulk path cost a third of the writing time.
                session.execute(insert(_QUEUE), rows)
                session.execute(insert(_OUTBOX), _outbox_rows(rows))
            uow.update_synced(
                Campaign,
                plan.campaign_id,
                {"generated_at": plan.at, "rule_version": plan.rule_version},
            )
            uow.commit()
    except IntegrityError as error:
        raise GenerationClash(_clash(plan)) from error
    except OperationalError as error:
        if "locked" not in str(error).lower():
            raise
        raise GenerationClash(_clash(plan)) from error
    return written


def _clash(plan: EntryPlan) -> str:
    return (
        f"campaign {plan.name!r}: another generation was writing at the same time; "
        "nothing was added by this one (generate again to add what is still missing)"
    )


def _new_rows(
    plan: EntryPlan, allowed: Sequence[Hit], existing: set[uuid.UUID]
) -> tuple[list[dict], Written]:
    count = len(existing)
    now = datetime.now(UTC)
    rows: list[dict] = []
    already = capped = 0
    for hit in allowed:
        if hit.customer_id in existing:
            already += 1
        elif plan.cap is not None and count >= plan.cap:
            capped += 1
        else:
            rows.append(_row(plan, hit, now))
            existing.add(hit.customer_id)
            count += 1
    return rows, Written(len(rows), already, capped)


def _row(plan: EntryPlan, hit: Hit, now: datetime) -> dict:
    return {
        "id": uuid.uuid4(),
        "kind": QueueKind.CAMPAIGN.value,
        "customer_id": hit.customer_id,
        "source_contact_id": None,
        "assigned_to": None,  # the team's pool (the whole centre's when team_id is NULL)
        "team_id": plan.team_id,
        "due_at": plan.due_at,
        "status": QueueStatus.OPEN.value,
        "note": "",
        "reason": plan.name,
        "script": hit.script,
        "priority": plan.priority,
        "window_end": plan.window_end,
        "attempts": 0,
        "max_attempts": MAX_ATTEMPTS,
        "last_attempt_at": None,
        "outcome": "",
        "campaign_id": plan.campaign_id,
        "rule_id": plan.rule_id,
        "action": plan.action,
        "created_at": now,
        "updated_at": now,
    }


def _outbox_rows(rows: list[dict]) -> list[dict]:
    """The outbox rows inserting `rows` on the server: every column the model sends.

    The columns all entries of a generation share are put on the wire once.
    """
    varying = ("id", "customer_id", "script")
    shared = {name: wire(rows[0][name]) for name in _SENT if name not in varying}
    entity = QueueItem.__outbox__.entity
    return [
        {
            "id": uuid.uuid4(),
            "entity": entity,
            "entity_id": row["id"],
            "operation": "insert",
            "payload": {
                **shared,
                "id": str(row["id"]),
                "customer_id": str(row["customer_id"]),
                "script": row["script"],
            },
            "created_at": row["created_at"],
            "attempts": 0,
            "last_error": "",
        }
        for row in rows
    ]
