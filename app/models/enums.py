"""Closed vocabularies shared by models, import, services and views."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SMS = "sms"
    BRANCH = "branch"
    LETTER = "letter"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Resolution(StrEnum):
    UPHELD = "upheld"  # decided in the customer's favour
    REJECTED = "rejected"


class AttributeType(StrEnum):
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    TEXT = "text"


class Role(StrEnum):
    AGENT = "agent"
    TEAM_LEAD = "team_lead"
    RULE_AUTHOR = "rule_author"
    ADMIN = "admin"


class QueueStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


def sql_in(enum: type[StrEnum]) -> str:
    """A CHECK-constraint list of an enum's values."""
    return ", ".join(f"'{member.value}'" for member in enum)


class OfferOutcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    LATER = "later"  # a callback is arranged
    NOT_RELEVANT = "not_relevant"


# What a declined offer takes as its reason (the desk lists them in this order).
DECLINE_REASONS = ("not_interested", "too_expensive", "has_it_elsewhere", "bad_moment", "other")


class ContactOutcome(StrEnum):
    """How a contact ended; stored as the code, shown as a label in the viewer's language.

    Contacts imported from older systems may keep a free-text outcome: only the wrap-up
    form and the contact service are held to this list.
    """

    RESOLVED = "resolved"
    INFORMATION_GIVEN = "information_given"
    FOLLOW_UP_NEEDED = "follow_up_needed"
    ESCALATED = "escalated"
    NO_ANSWER = "no_answer"


class Verification(StrEnum):
    """Whether the caller's identity was checked during a contact (stored as the code)."""

    VERIFIED = "verified"  # enough of the configured questions passed
    FAILED = "failed"  # a question was answered wrong: nothing about the accounts is said
    NOT_VERIFIED = "not_verified"  # not (yet) checked when the contact was saved
    NOT_NEEDED = "not_needed"  # a contact that is not a call (e-mail, letter, branch, ...)


class ActionStatus(StrEnum):
    """Delivery state of an automatic action in the ledger."""

    PENDING = "pending"  # to be sent to the webhook
    DELIVERED = "delivered"
    FAILED = "failed"  # retries exhausted; shown to administrators, retried on the next run
    LOCAL = "local"  # no webhook configured: kept in the local outbox for people to read
