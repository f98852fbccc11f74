"""What the campaigns tab reads in one go, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from app.rules.definition import RuleDefinition
from app.services.campaigns.service import CampaignService
from app.services.errors import AcrmError
from app.services.rulebook.service import RuleBookService
from app.views.team.campaign_model import CampaignLine


@dataclass(frozen=True, slots=True)
class CampaignsView:
    lines: list[CampaignLine]
    rules: list[RuleDefinition]  # the latest published version's, for the create form


def published_rules(rulebook: RuleBookService) -> list[RuleDefinition]:
    """The latest published version's enabled rules; none when nothing is published or the
    version cannot be read (the form then offers a condition only)."""
    try:
        _version, rules = rulebook.version_rules()
    except AcrmError:
        return []
    return [rule for rule in rules if rule.enabled]


def load_campaigns(service: CampaignService, rulebook: RuleBookService) -> CampaignsView:
    lines = []
    for row in service.list():
        try:
            figures = service.status(row.name)
        except AcrmError:  # one campaign's figures unreadable: the others still show
            figures = None
        lines.append(CampaignLine(row, figures))
    return CampaignsView(lines, published_rules(rulebook))
