"""Team-lead figures as SQL aggregates on the database given (PostgreSQL or SQLite)."""

from __future__ import annotations

from datetime import date, datetime

from app.services.reports.figures import (
    AgentFigures,
    CampaignFigures,
    HourlyFigures,
    OfferFigures,
    Period,
)
from app.services.storage.db import Database


class ReportService:
    """Figures for the signed-in team lead's team (an administrator: the whole centre)."""

    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self._login = login

    def agents(self, period: Period, now: datetime | None = None) -> list[AgentFigures]:
        raise NotImplementedError

    def offers(self, period: Period) -> list[OfferFigures]:
        raise NotImplementedError

    def campaigns(self) -> list[CampaignFigures]:
        raise NotImplementedError

    def hourly(self, day: date, tz: str = "UTC") -> HourlyFigures:
        raise NotImplementedError
