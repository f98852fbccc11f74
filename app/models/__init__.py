"""SQLAlchemy models of the local and shared database (no Qt, no services).

The mapped classes load on the first `app.models.X`, so the plain enums in `app.models.enums`
(the desk's widgets need them to show a window) import without SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.analytics import AnalyticsModel, CustomerScore
    from app.models.banking import Complaint, Consent, Product, Transaction
    from app.models.base import Base
    from app.models.campaign import Campaign
    from app.models.contact import Contact, ContactWrapUp, OutboxEntry, QueueItem
    from app.models.customer import (
        AttributeDefinition,
        Customer,
        CustomerAttribute,
        CustomerEmail,
        CustomerPhone,
    )
    from app.models.desk_health import DeskHeartbeat
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

# All of them at once: Base.metadata must hold every table (foreign keys, migrations, sync).
_MODULES = ("analytics", "banking", "base", "campaign", "contact", "customer", "desk_health",
            "org", "rules", "sync")  # fmt: skip

__all__ = [
    "ActionLedgerEntry",
    "AnalyticsModel",
    "AttributeDefinition",
    "AuditLogEntry",
    "Base",
    "Campaign",
    "ChangeLogEntry",
    "Complaint",
    "Consent",
    "Contact",
    "ContactWrapUp",
    "Customer",
    "CustomerAttribute",
    "CustomerEmail",
    "CustomerPhone",
    "CustomerScore",
    "DeskHeartbeat",
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


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    modules = [importlib.import_module(f"{__name__}.{module}") for module in _MODULES]
    found = {n: getattr(m, n) for m in modules for n in __all__ if hasattr(m, n)}
    globals().update(found)  # later look-ups no longer come here
    return found[name]
