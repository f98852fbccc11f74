"""JSON-safe outbox payloads: the row as the shared back end should insert it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from app.models import (
    Contact,
    Customer,
    OfferOutcomeEvent,
    OfferPresentation,
    OutboxEntry,
    QueueItem,
)
from app.services.customers.card_json import to_jsonable


def contact_payload(contact: Contact, codes: Sequence[str]) -> dict[str, Any]:
    return to_jsonable(
        {
            "id": contact.id,
            "customer_id": contact.customer_id,
            "channel": contact.channel,
            "direction": contact.direction,
            "agent_id": contact.agent_id,
            "started_at": contact.started_at,
            "ended_at": contact.ended_at,
            "reason": contact.reason,
            "outcome": contact.outcome,
            "notes": contact.notes,
            "caller_number": contact.caller_number,
            "supersedes_id": contact.supersedes_id,
            "codes": list(codes),
        }
    )


def queue_item_payload(item: QueueItem) -> dict[str, Any]:
    return to_jsonable(
        {
            "id": item.id,
            "kind": item.kind,
            "customer_id": item.customer_id,
            "source_contact_id": item.source_contact_id,
            "assigned_to": item.assigned_to,
            "team_id": item.team_id,
            "due_at": item.due_at,
            "status": item.status,
            "note": item.note,
        }
    )


def customer_payload(
    customer: Customer, phones: Sequence[str], emails: Sequence[str]
) -> dict[str, Any]:
    return to_jsonable(
        {
            "id": customer.id,
            "external_id": customer.external_id,
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "birth_date": customer.birth_date,
            "city": customer.city,
            "segment": customer.segment,
            "phones": list(phones),
            "emails": list(emails),
        }
    )


def presentation_payload(row: OfferPresentation) -> dict:
    return to_jsonable(
        {
            "id": row.id,
            "customer_id": row.customer_id,
            "rule_id": row.rule_id,
            "rule_version": row.rule_version,
            "action": row.action,
            "agent_id": row.agent_id,
            "shown_at": row.shown_at,
        }
    )


def outcome_payload(row: OfferOutcomeEvent) -> dict:
    return to_jsonable(
        {
            "id": row.id,
            "presentation_id": row.presentation_id,
            "customer_id": row.customer_id,
            "rule_id": row.rule_id,
            "rule_version": row.rule_version,
            "outcome": row.outcome,
            "reason": row.reason,
            "callback_id": row.callback_id,
            "agent_id": row.agent_id,
            "recorded_at": row.recorded_at,
        }
    )


def outbox_entry(entity: str, entity_id: uuid.UUID, payload: dict) -> OutboxEntry:
    """The outbox row for a local insert; added in the same transaction as the row itself."""
    return OutboxEntry(entity=entity, entity_id=entity_id, operation="insert", payload=payload)


def field_update_entry(entity: str, entity_id: uuid.UUID, fields: dict) -> OutboxEntry:
    """The outbox row for changed fields of one row (each syncs on its own: last writer wins)."""
    payload = {"id": str(entity_id), "fields": fields}
    return OutboxEntry(entity=entity, entity_id=entity_id, operation="update", payload=payload)
