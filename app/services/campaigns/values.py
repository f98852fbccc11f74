"""Campaign values passed between the service, the CLI and the views."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class CampaignSpec:
    """What a team lead asks for; checked by CampaignService.create (fields named on error)."""

    name: str
    rule_id: str = ""  # a published rule's id, or
    condition: str = ""  # a condition in the rule language (exactly one of the two)
    action: str = ""  # default: the rule's action
    channel: str = "phone"
    starts_on: date | None = None  # default: today
    ends_on: date | None = None
    team: str = ""  # team name; "" for the whole centre
    cap: int | None = None


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: uuid.UUID
    name: str
    status: str  # CampaignStatus
    rule_id: str
    condition: str
    action: str
    channel: str
    starts_on: date
    ends_on: date | None
    team: str
    cap: int | None
    created_by: str
    entries: int
    generated_at: datetime | None


@dataclass(frozen=True, slots=True)
class GenerateReport:
    """What one generation did: `evaluated` customers, `targeted` matched the target and were
    allowed (consent, contact policy), `added` new entries; the rest by reason."""

    name: str
    evaluated: int
    targeted: int
    added: int
    already: int  # on the campaign already: never added twice
    capped: int  # left out because the cap was reached
    held: dict[str, int] = field(default_factory=dict)  # suppression code -> customers
    cancelled: bool = False
    rule_version: int = 0
    skipped: int = 0  # customers whose stored data could not be evaluated (logged, not counted)
