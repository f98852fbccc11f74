"""JSON-safe outbox payloads: the row as the shared back end should insert it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models import Contact, Customer, QueueItem
from app.services.card_json import to_jsonable


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
