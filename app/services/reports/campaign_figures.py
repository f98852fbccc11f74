"""PLACEHOLDER in the reports branch only: the campaign work provides the real module."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services.reports.figures import CampaignFigures


def campaign_figures(session: Session) -> list[CampaignFigures]:
    """Every campaign's results (placeholder: none until the campaign work is merged)."""
    return []
