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
    IN_PROGRESS = "in_progress"  # opened by its owner ("next"), not yet closed or rescheduled
    DONE = "done"
    EXPIRED = "expired"  # its call window or attempt limit ran out before anyone reached them
    CANCELLED = "cancelled"


# Statuses of work still to do: listed in queues, counted as open and (when late) overdue.
QUEUE_PENDING = (QueueStatus.OPEN, QueueStatus.IN_PROGRESS)


class QueueKind(StrEnum):
    CALLBACK = "callback"  # promised to the customer in a wrap-up or by an offer's "Later"
    FOLLOW_UP = "follow_up"  # an outbound contact a prompt rule asked for
    CAMPAIGN = "campaign"  # an entry of a campaign's call list


class QueueOutcome(StrEnum):
    """How an attempt on a queue item ended (the desk lists them in this order)."""

    REACHED = "reached"  # spoke to the customer: the item is done
    NO_ANSWER = "no_answer"  # an attempt used; retried later, expired at the attempt limit
    BUSY = "busy"  # as no_answer
    RESCHEDULED = "rescheduled"  # the customer asked for another time: due moves, no attempt lost
    WRONG_NUMBER = "wrong_number"  # done: nobody to call on this number
    REFUSED = "refused"  # the customer does not want to be called about it: done


class CampaignStatus(StrEnum):
    OPEN = "open"  # may be generated again (adds only new targets) and worked
    CLOSED = "closed"  # its open entries are cancelled; its results stay


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
