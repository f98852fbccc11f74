"""SQLAlchemy models of the local and shared database (no Qt, no services)."""

from app.models.banking import Complaint, Consent, Product, Transaction
from app.models.base import Base
from app.models.contact import Contact, ContactWrapUp, OutboxEntry, QueueItem
from app.models.customer import (
    AttributeDefinition,
    Customer,
    CustomerAttribute,
    CustomerEmail,
    CustomerPhone,
)
from app.models.org import Team, User, WrapUpCode
from app.models.rules import (
    ActionLedgerEntry,
    Entitlement,
    OfferOutcomeEvent,
    OfferPresentation,
    RuleDraft,
    RuleFailureReport,
    RuleSetVersion,
)
from app.models.sync import (
    AuditLogEntry,
    ChangeLogEntry,
    FeedSkip,
    FeedState,
    SyncReceipt,
    SyncState,
)

__all__ = [
    "ActionLedgerEntry",
    "AttributeDefinition",
    "AuditLogEntry",
    "Base",
    "ChangeLogEntry",
    "Complaint",
    "Consent",
    "Contact",
    "ContactWrapUp",
    "Customer",
    "CustomerAttribute",
    "CustomerEmail",
    "CustomerPhone",
    "Entitlement",
    "FeedSkip",
    "FeedState",
    "OfferOutcomeEvent",
    "OfferPresentation",
    "OutboxEntry",
    "Product",
    "QueueItem",
    "RuleDraft",
    "RuleFailureReport",
    "RuleSetVersion",
    "SyncReceipt",
    "SyncState",
    "Team",
    "Transaction",
    "User",
    "WrapUpCode",
]
