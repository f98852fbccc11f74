"""Team-lead figures as plain values: per agent, per offer (rule), per campaign, per hour."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Period:
    """Days from `start` to `end`, both included, in the time zone `tz` (IANA name)."""

    start: date
    end: date
    tz: str = "UTC"


@dataclass(frozen=True, slots=True)
class AgentFigures:
    agent: str  # login
    display_name: str
    team: str
    contacts: int
    avg_handle_seconds: float | None  # None: no contact with an end time
    offers_presented: int
    offers_accepted: int
    acceptance_rate: float | None  # accepted / presented; None when nothing was presented
    open_items: int
    overdue: int
    callbacks_due: int  # callbacks due in the period
    callbacks_on_time: int  # of those, closed (reached) by their window's end


@dataclass(frozen=True, slots=True)
class OfferFigures:
    rule_id: str
    presented: int
    accepted: int
    declined: int
    later: int
    not_relevant: int
    no_outcome: int
    conversion: float | None  # accepted / presented
    conversion_low: float | None  # Wilson 95 % interval
    conversion_high: float | None
    declined_by_reason: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CampaignFigures:
    name: str
    status: str
    targeted: int
    entries: int
    reached: int
    presented: int
    accepted: int
    declined: dict[str, int]  # reason -> count
    conversion: float | None  # accepted / presented
    conversion_low: float | None = None
    conversion_high: float | None = None


@dataclass(frozen=True, slots=True)
class HourlyFigures:
    """Contacts handled per hour of `day` against the same weekday a week earlier."""

    day: date
    tz: str
    today: tuple[int, ...]  # 24 counts, hour 0..23 local time
    last_week: tuple[int, ...]
