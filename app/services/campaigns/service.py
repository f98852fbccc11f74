"""Create, generate, follow and close campaigns (team leads and administrators)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.services.campaigns.values import CampaignRow, CampaignSpec, GenerateReport
from app.services.reports.figures import CampaignFigures
from app.services.storage.db import Database

Progress = Callable[[int, int], None]  # (customers done, customers in total)


class CampaignService:
    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self._login = login

    def create(self, spec: CampaignSpec) -> CampaignRow:
        """Check `spec` (ValidationError naming the field) and store the campaign."""
        raise NotImplementedError

    def list(self) -> list[CampaignRow]:
        raise NotImplementedError

    def generate(
        self,
        name: str,
        at: datetime | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> GenerateReport:
        """Evaluate the base and add call-list entries for new targets only."""
        raise NotImplementedError

    def status(self, name: str) -> CampaignFigures:
        raise NotImplementedError

    def close(self, name: str) -> CampaignRow:
        """Close the campaign; its open entries are cancelled, its results stay."""
        raise NotImplementedError
