"""Validation of a wrap-up before it is saved; each error names the WrapUpInput field at fault."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer, WrapUpCode
from app.models.enums import Channel, ContactOutcome, Direction
from app.services.contacts.verification import check_recorded
from app.services.dto import MAX_NOTES, WrapUpInput
from app.services.errors import ValidationError

MAX_TEXT = 200  # reason and outcome columns
MAX_CALLER_NUMBER = 20
CALLBACK_HORIZON = timedelta(days=365)


def validate_entry(session: Session, entry: WrapUpInput) -> None:
    """Raise ValidationError(field, message) for the first problem, in form order."""
    _check_choice("channel", entry.channel, Channel)
    _check_choice("direction", entry.direction, Direction)
    _check_times(entry)
    _check_text("reason", entry.reason, MAX_TEXT)
    _check_codes(session, entry.codes)
    if len(entry.notes) > MAX_NOTES:
        raise ValidationError("notes", f"at most {MAX_NOTES} characters, got {len(entry.notes)}")
    _check_text("outcome", entry.outcome, MAX_TEXT)
    # A code, never the form's text: the history reads it in the viewer's language.
    _check_choice("outcome", entry.outcome.strip(), ContactOutcome)
    _check_callback(entry)
    check_recorded(entry.verification, entry.verified_with)
    if len(entry.caller_number.strip()) > MAX_CALLER_NUMBER:
        raise ValidationError("caller_number", f"at most {MAX_CALLER_NUMBER} characters")
    if entry.customer_id is not None and not _customer_exists(session, entry):
        raise ValidationError("customer_id", f"customer {entry.customer_id} does not exist")


def _check_choice(field: str, value: str, allowed) -> None:
    values = [member.value for member in allowed]
    if value not in values:
        raise ValidationError(field, f"{value!r} is not one of {', '.join(values)}")


def _check_aware(field: str, value: datetime) -> None:
    if not isinstance(value, datetime):
        raise ValidationError(field, "is required")
    if value.tzinfo is None:
        raise ValidationError(field, "must carry a time zone")


def _check_times(entry: WrapUpInput) -> None:
    _check_aware("started_at", entry.started_at)
    _check_aware("ended_at", entry.ended_at)
    if entry.ended_at < entry.started_at:
        raise ValidationError("ended_at", "the contact cannot end before it started")


def _check_text(field: str, value: str, limit: int) -> None:
    text = value.strip()
    if not text:
        raise ValidationError(field, "is required")
    if len(text) > limit:
        raise ValidationError(field, f"at most {limit} characters, got {len(text)}")


def _check_codes(session: Session, codes: tuple[str, ...]) -> None:
    if not codes:
        raise ValidationError("codes", "choose at least one wrap-up code")
    if len(set(codes)) != len(codes):
        raise ValidationError("codes", "a wrap-up code is chosen twice")
    active = dict(
        session.execute(
            select(WrapUpCode.code, WrapUpCode.active).where(WrapUpCode.code.in_(codes))
        ).all()
    )
    for code in codes:
        if code not in active:
            raise ValidationError("codes", f"unknown wrap-up code {code!r}")
        if not active[code]:
            raise ValidationError("codes", f"wrap-up code {code!r} is no longer in use")


def _check_callback(entry: WrapUpInput) -> None:
    if entry.callback_at is None:
        return
    _check_aware("callback_at", entry.callback_at)
    if entry.callback_at <= entry.ended_at:
        raise ValidationError("callback_at", "the callback must be after the contact ended")
    if entry.callback_at > entry.ended_at + CALLBACK_HORIZON:
        raise ValidationError("callback_at", "the callback must be within a year")


def _customer_exists(session: Session, entry: WrapUpInput) -> bool:
    found = session.scalar(select(Customer.id).where(Customer.id == entry.customer_id))
    return found is not None
