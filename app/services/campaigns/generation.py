"""One generation of a campaign: pin the rules, evaluate the base, write the new entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.models import Campaign
from app.models.enums import CampaignStatus
from app.rules.compiler import RuleCompileError
from app.rules.definition import RuleKind
from app.services.campaigns.batch import (
    AUTHOR,
    GenPlan,
    compiled_target,
    customer_ids,
    evaluate_base,
)
from app.services.campaigns.entries import CampaignClosed, plan_for, write_entries
from app.services.campaigns.target import Hit, Target, condition_target, rule_target
from app.services.campaigns.values import GenerateReport
from app.services.errors import AcrmError, ValidationError
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database

Progress = Callable[[int, int], None]


def generate_campaign(
    db: Database,
    campaign: Campaign,
    at: datetime,
    zone: str,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> GenerateReport:
    if campaign.status == CampaignStatus.CLOSED.value:
        raise CampaignClosed(f"campaign {campaign.name!r} is closed: nothing was generated")
    rulebook = RuleBookService(db, author=AUTHOR)
    version, target = _target(rulebook, campaign)
    plan = GenPlan(db.url, at, version, target)
    try:
        compiled_target(plan, rulebook)  # refused here, before any worker starts
    except RuleCompileError as error:
        raise ValidationError("condition", str(error.error)) from None
    ids = customer_ids(db)
    hits: list[Hit] = []
    evaluated = done = skipped = 0
    stopped = False
    for chunk in evaluate_base(db, plan, ids, workers=workers, cancelled=cancelled):
        hits.extend(chunk.hits)
        evaluated += chunk.evaluated
        skipped += chunk.skipped
        done += chunk.count
        if progress is not None:
            progress(done, len(ids))
        if cancelled():
            stopped = True
            break
    stopped = stopped or done < len(ids)
    held: dict[str, int] = {}
    for hit in hits:
        if hit.held:
            held[hit.held] = held.get(hit.held, 0) + 1
    allowed = [hit for hit in hits if not hit.held]
    if stopped:  # nothing written: the report says what was seen before the cancel
        return GenerateReport(
            campaign.name, evaluated, len(allowed), 0, 0, 0, dict(sorted(held.items())),
            cancelled=True, rule_version=version, skipped=skipped,
        )  # fmt: skip
    written = write_entries(db, plan_for(campaign, target.definition.priority, version, at, zone),
                            allowed)  # fmt: skip
    return GenerateReport(
        campaign.name, evaluated, len(allowed), written.added, written.already, written.capped,
        dict(sorted(held.items())), rule_version=version, skipped=skipped,
    )  # fmt: skip


def _target(rulebook: RuleBookService, campaign: Campaign) -> tuple[int, Target]:
    latest = rulebook.latest_version()
    published = rulebook.version_rules(latest)[1] if latest is not None else []
    if not campaign.rule_id:
        target = condition_target(
            campaign.name, campaign.condition, campaign.action, campaign.channel, published
        )
        return latest or 0, target
    rule = next((rule for rule in published if rule.id == campaign.rule_id), None)
    if rule is None or not rule.enabled or rule.kind is not RuleKind.PROMPT:
        raise AcrmError(
            f"campaign {campaign.name!r}: rule {campaign.rule_id!r} is no longer an enabled "
            f"prompt rule of the latest published set (version {latest}); nothing was generated"
        )
    return latest or 0, rule_target(rule)
