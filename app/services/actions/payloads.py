"""The message an automatic action sends (who, which rule, what to do) and its ledger rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import ActionLedgerEntry, Customer, CustomerEmail, CustomerPhone, Entitlement
from app.models.enums import ActionStatus
from app.rules.decide import OfferedAction
from app.rules.definition import RuleDefinition
from app.services.dto import LedgerRow
from app.services.storage.sql import run

IDS = bindparam("ids", expanding=True)
_CUSTOMERS = select(
    Customer.id, Customer.external_id, Customer.first_name, Customer.last_name
).where(Customer.id.in_(IDS))
# Last position first: a dict built from the rows keeps each customer's first address.
_EMAILS = (
    select(CustomerEmail.customer_id, CustomerEmail.email)
    .where(CustomerEmail.customer_id.in_(IDS))
    .order_by(CustomerEmail.position.desc())
)
_PHONES = (
    select(CustomerPhone.customer_id, CustomerPhone.e164)
    .where(CustomerPhone.customer_id.in_(IDS))
    .order_by(CustomerPhone.position.desc())
)
_DONE = select(
    ActionLedgerEntry.rule_id, ActionLedgerEntry.customer_id, ActionLedgerEntry.period
).where(ActionLedgerEntry.customer_id.in_(IDS))


@dataclass(frozen=True, slots=True)
class Recipient:
    """The customer an action is for, as the receiving system needs to address them."""

    id: uuid.UUID
    external_id: str
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Grant:
    """An entitlement an action gives, with its validity."""

    code: str
    valid_from: datetime
    valid_to: datetime


LedgerKey = tuple[str, uuid.UUID, str]  # rule id, customer id, period: the ledger's unique key


@dataclass(frozen=True, slots=True)
class Planned:
    """A ledger row to write, with the entitlement it grants."""

    key: LedgerKey
    action: OfferedAction
    recipient: Recipient
    grant: Grant | None


def recipients(session: Session, ids: Sequence[uuid.UUID]) -> dict[str, Recipient]:
    """Recipients of a batch by external id (NbaResult names customers by external id)."""
    params = {"ids": list(ids)}
    emails = dict(tuple(row) for row in run(session, _EMAILS, **params))  # last (first) wins
    phones = dict(tuple(row) for row in run(session, _PHONES, **params))
    return {
        row.external_id: Recipient(
            row.id,
            row.external_id,
            row.first_name,
            row.last_name,
            emails.get(row.id, ""),
            phones.get(row.id, ""),
        )
        for row in run(session, _CUSTOMERS, **params)
    }


def done_keys(session: Session, ids: Sequence[uuid.UUID]) -> set[LedgerKey]:
    """The ledger keys already recorded for a batch of customers."""
    return {tuple(row) for row in run(session, _DONE, ids=list(ids))}  # type: ignore[misc]


def grant_for(rule: RuleDefinition | None, as_of: datetime) -> Grant | None:
    if rule is None or not rule.entitlement or rule.entitlement_days <= 0:
        return None
    return Grant(rule.entitlement, as_of, as_of + timedelta(days=rule.entitlement_days))


def payload(
    ledger_id: uuid.UUID,
    who: Recipient,
    action: OfferedAction,
    as_of: datetime,
    grant: Grant | None,
) -> dict:
    """The JSON-safe message for the webhook (and the local outbox)."""
    return {
        "ledger_id": str(ledger_id),
        "customer": {
            "external_id": who.external_id,
            "first_name": who.first_name,
            "last_name": who.last_name,
            "email": who.email,
            "phone": who.phone,
        },
        "rule": {"id": action.rule_id, "name": action.rule_name, "version": action.rule_version},
        "action": action.action,
        "channel": action.channel,
        "script": action.script,
        "explanation": action.explanation,
        "period": action.period,
        "as_of": as_of.isoformat(),
        "entitlement": None
        if grant is None
        else {
            "code": grant.code,
            "valid_from": grant.valid_from.isoformat(),
            "valid_to": grant.valid_to.isoformat(),
        },
    }


def message_text(data: dict) -> str:
    """One readable line for the outbox: the script if the rule has one, else name and why."""
    script = str(data.get("script") or "").strip()
    if script:
        return script
    rule = data.get("rule") or {}
    name = str(rule.get("name") or data.get("action") or "")
    why = str(data.get("explanation") or "").strip()
    return f"{name}: {why}" if why else name


def add_entry(
    session: Session,
    ledger_id: uuid.UUID,
    item: Planned,
    status: ActionStatus,
    as_of: datetime,
    now: datetime,
) -> None:
    """Add the ledger row and, if the action grants one, its entitlement (same transaction)."""
    rule_id, customer_id, period = item.key
    action = item.action
    session.add(
        ActionLedgerEntry(
            id=ledger_id,
            rule_id=rule_id,
            rule_version=action.rule_version,
            customer_id=customer_id,
            period=period,
            action=action.action,
            channel=action.channel,
            status=status.value,
            payload=payload(ledger_id, item.recipient, action, as_of, item.grant),
            attempts=0,
            last_error="",
            created_at=now,
        )
    )
    if item.grant is not None:
        # Flushed after the ledger row (the foreign key orders the inserts).
        session.add(
            Entitlement(
                customer_id=customer_id,
                code=item.grant.code,
                valid_from=item.grant.valid_from,
                valid_to=item.grant.valid_to,
                rule_id=rule_id,
                ledger_id=ledger_id,
            )
        )


def ledger_row(entry: ActionLedgerEntry, external_id: str) -> LedgerRow:
    return LedgerRow(
        id=entry.id,
        created_at=entry.created_at,
        external_id=external_id,
        rule_id=entry.rule_id,
        action=entry.action,
        channel=entry.channel,
        status=entry.status,
        attempts=entry.attempts,
        last_error=entry.last_error,
        message=message_text(entry.payload or {}),
    )
