"""Plain immutable data objects that services return and views display (never live ORM rows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.services.analytics.records import CustomerAnalytics
from app.services.data_language import Labels, pick_label


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """One search result row."""

    id: uuid.UUID
    external_id: str
    full_name: str
    birth_date: date | None
    city: str
    segment: str
    phone: str  # first phone, E.164, "" if none
    email: str  # first e-mail, "" if none
    matched_on: str  # "phone" | "name" | "email" | "external_id"


@dataclass(frozen=True, slots=True)
class Identity:
    id: uuid.UUID
    external_id: str
    first_name: str
    last_name: str
    birth_date: date | None
    age: int | None
    is_birthday: bool  # 29 Feb birthdays count on 28 Feb in other years
    days_to_birthday: int | None
    city: str
    segment: str
    phones: tuple[str, ...]  # E.164
    emails: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class ProductRow:
    product: str
    opened_at: datetime
    closed_at: datetime | None
    number_last4: str | None = None  # only the last four digits are ever stored
    balance: Decimal | None = None  # in PLN; None when the bank's file gave none

    @property
    def active(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class TransactionRow:
    booked_at: datetime
    amount: Decimal  # positive = inflow
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class MonthlyFlow:
    month: date  # first day of the month
    inflow: Decimal  # >= 0
    outflow: Decimal  # >= 0 (absolute value of the outflows)


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    opened_at: datetime
    closed_at: datetime | None
    status: str
    resolution: str | None
    subject: str


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """The consent in force for one channel and purpose (the latest event)."""

    channel: str
    purpose: str
    granted: bool
    at: datetime
    source: str


@dataclass(frozen=True, slots=True)
class AttributeRow:
    name: str
    type: str  # int | decimal | bool | date | text
    value: int | Decimal | bool | date | str | None
    label: str = ""


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One contact in the history timeline."""

    id: uuid.UUID
    customer_id: uuid.UUID | None
    started_at: datetime
    ended_at: datetime | None
    channel: str
    direction: str
    agent: str  # agent login, "" if unknown
    reason: str
    outcome: str  # a ContactOutcome code (older imports: free text)
    codes: tuple[str, ...]
    notes: str
    # The catalogue's label for each code, in the same order (the code where none is known).
    code_labels: tuple[str, ...] = ()
    verification: str | None = None  # a Verification code; None: not recorded (older, imported)
    verified_with: tuple[str, ...] = ()  # the questions that passed
    # Each code's labels per language (see data_language.pick_label), in the same order.
    code_label_sets: tuple[Labels, ...] = ()

    def code_names(self, language: str) -> tuple[str, ...]:
        """The codes as the viewer reads them: per-language label, default label, code."""
        labels = self.code_labels if len(self.code_labels) == len(self.codes) else self.codes
        sets = self.code_label_sets if len(self.code_label_sets) == len(self.codes) else ()
        return tuple(
            pick_label(sets[i] if sets else (), language, labels[i], code)
            for i, code in enumerate(self.codes)
        )


@dataclass(frozen=True, slots=True)
class EntitlementRow:
    """Something a rule granted the customer (e.g. card_fee_waiver), valid_from <= t < valid_to."""

    code: str
    valid_from: datetime
    valid_to: datetime
    rule_id: str


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One automatic action in the ledger / local outbox, as administrators read it."""

    id: uuid.UUID
    created_at: datetime
    external_id: str  # the customer's
    rule_id: str
    action: str
    channel: str
    status: str  # pending | delivered | failed | local
    attempts: int
    last_error: str
    message: str


@dataclass(frozen=True, slots=True)
class AutomaticState:
    """One automatic action of the open customer as the ledger has it (for the card)."""

    status: str  # due (no ledger row yet) | pending | delivered | failed | local
    recorded_at: datetime | None = None
    delivered_at: datetime | None = None
    channel: str = ""  # the ledger row's; "" while due


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """Everything the consultant sees about one customer, assembled by one service."""

    as_of: datetime
    identity: Identity
    products: tuple[ProductRow, ...]
    recent_transactions: tuple[TransactionRow, ...]
    monthly_flows: tuple[MonthlyFlow, ...]  # the last 12 months, oldest first
    complaints: tuple[ComplaintRow, ...]  # open first, then newest first
    consents: tuple[ConsentRow, ...]
    attributes: tuple[AttributeRow, ...]
    recent_contacts: tuple[ContactRow, ...]
    contact_count: int
    entitlements: tuple[EntitlementRow, ...] = ()  # in force at as_of, soonest ending first
    # From the analytics model version in force (computed on the whole base, not as of the
    # card's moment); None before any `analytics refresh` scored the customer.
    analytics: CustomerAnalytics | None = None


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    channels: frozenset[str] = frozenset()  # empty = all channels
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    text: str = ""  # searched in reason, outcome, notes, codes and their catalogue labels
    # Outcome codes whose label, as the viewer reads it, mentions `text` (the desk fills it:
    # the stored outcome is a code, the consultant searches for what the history shows).
    outcomes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class HistoryCursor:
    """Keyset position: the last row of the previous page."""

    started_at: datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class HistoryPage:
    rows: tuple[ContactRow, ...]
    next_cursor: HistoryCursor | None  # None: no more rows


RECENT_CONTACTS = 10  # on the card: a big screen shows them all, a small one scrolls
MAX_NOTES = 4000  # characters of a contact's notes (checked on save, counted as typed)


@dataclass(frozen=True, slots=True)
class WrapUpCodeRow:
    code: str
    label: str  # the business's own language
    labels: Labels = ()  # (language, label) pairs, e.g. (("ru", "Продажа продукта"),)

    def shown(self, language: str) -> str:
        """The label in the viewer's language, else `label`, else the code."""
        return pick_label(self.labels, language, self.label, self.code)


@dataclass(frozen=True, slots=True)
class WrapUpInput:
    """What the consultant entered in the wrap-up form."""

    customer_id: uuid.UUID | None
    channel: str
    direction: str
    started_at: datetime
    ended_at: datetime
    reason: str
    codes: tuple[str, ...]
    notes: str
    outcome: str
    callback_at: datetime | None = None
    caller_number: str = ""
    contact_id: uuid.UUID = field(default_factory=uuid.uuid4)
    supersedes_id: uuid.UUID | None = None  # a correction: the contact it replaces
    # My open callbacks of this customer that this contact settles: closed in the same commit.
    close_callbacks: tuple[uuid.UUID, ...] = ()
    # The caller's identity check (a Verification code and the questions that passed);
    # None when the writer did not check (the CLI, imports).
    verification: str | None = None
    verified_with: tuple[str, ...] = ()
    # The queue item this contact worked (mine, pending) and how the attempt ended (a
    # QueueOutcome); applied in the same commit. `queue_reschedule_to` for "rescheduled".
    queue_item: uuid.UUID | None = None
    queue_outcome: str = ""
    queue_reschedule_to: datetime | None = None


@dataclass(frozen=True, slots=True)
class SavedContact:
    contact: ContactRow
    callback_id: uuid.UUID | None
    closed_callbacks: tuple[uuid.UUID, ...] = ()  # callbacks this save marked done
    queue_status: str = ""  # the worked queue item's status after this save ("" for none)


@dataclass(frozen=True, slots=True)
class CallbackRow:
    """One open callback or promise, as a plain value for the views."""

    id: uuid.UUID
    customer_id: uuid.UUID | None
    customer_name: str  # "Łukasz Wójcik", "" for none
    customer_number: str  # the bank's customer number (external id)
    kind: str
    due_at: datetime
    note: str  # the reason given when it was promised
    assignee: str  # login, "" when nobody
    assignee_name: str  # display name, the login when none
    mine: bool  # assigned to the signed-in consultant (only those can be closed by them)

    def overdue(self, now: datetime) -> bool:
        return self.due_at < now
