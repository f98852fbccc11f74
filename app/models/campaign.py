"""Campaigns: a published rule or a condition turned into a call list of queue items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SERVER_STAMPED, Base, Outbox, Timestamped, UuidPk
from app.models.enums import CampaignStatus, Channel, sql_in
from app.models.types import UTCDateTime


class Campaign(UuidPk, Timestamped, Base):
    """Who to call (`rule_id` of a published rule, or a `condition` in the rule language),
    with what action on which channel, between which days, by which team (NULL: the whole
    centre), for at most `cap` customers (NULL: no cap). Its entries are QueueItems."""

    __tablename__ = "campaigns"
    __outbox__ = Outbox("campaign", SERVER_STAMPED)
    __table_args__ = (
        CheckConstraint(f"status IN ({sql_in(CampaignStatus)})", name="status"),
        CheckConstraint(f"channel IN ({sql_in(Channel)})", name="channel"),
        CheckConstraint("cap IS NULL OR cap >= 0", name="cap"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates"),
        # Exactly one target: a rule or a condition.
        CheckConstraint("(rule_id = '') <> (condition = '')", name="target"),
    )

    name: Mapped[str] = mapped_column(String(100), unique=True)
    rule_id: Mapped[str] = mapped_column(String(64), default="")
    condition: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(64), default="")
    channel: Mapped[str] = mapped_column(String(10), default=Channel.PHONE.value)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    cap: Mapped[int | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(10), default=CampaignStatus.OPEN.value)
    created_by: Mapped[str] = mapped_column(String(63), default="")
    # The rule-set version and moment of the last generation (NULL: never generated).
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rule_version: Mapped[int | None] = mapped_column(nullable=True)
