"""Create, generate, follow and close campaigns (team leads and administrators)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Campaign, QueueItem, Team
from app.models.enums import QUEUE_PENDING, CampaignStatus, QueueStatus
from app.rules.definition import RuleDefinition
from app.services.campaigns import checks
from app.services.campaigns.generation import generate_campaign
from app.services.campaigns.values import CampaignRow, CampaignSpec, GenerateReport
from app.services.centre_time import DEFAULT_ZONE, today_in
from app.services.errors import NotFound
from app.services.reports.campaign_figures import campaign_figures
from app.services.reports.figures import CampaignFigures
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database

Progress = Callable[[int, int], None]  # (customers done, customers in total)


class CampaignService:
    """Campaigns on the local database, each write with its outbox rows (they sync as
    "campaign" and "queue_item"). Team leads run their own team's campaigns, administrators
    any (the whole centre's too); see checks.py. Dates are days in the centre's zone."""

    def __init__(
        self, db: Database, login: str, *, zone: str = DEFAULT_ZONE, workers: int | None = None
    ) -> None:
        self._db = db
        self._login = login
        self._zone = zone
        self._workers = workers  # None: both cores on a big enough base (as `acrm nba --all`)

    def create(self, spec: CampaignSpec) -> CampaignRow:
        """Check `spec` (ValidationError naming the field) and store the campaign."""
        published = self._published()
        with self._db.unit_of_work() as uow:
            session = uow.session
            person = checks.actor(session, self._login)
            name = checks.checked_name(session, spec.name)
            rule_id, condition, action = checks.checked_target(session, spec, published)
            channel = checks.checked_channel(spec.channel)
            starts_on = spec.starts_on or today_in(self._zone)
            checks.checked_dates(starts_on, spec.ends_on)
            team_id = checks.checked_team(session, spec.team)
            cap = checks.checked_cap(spec.cap)
            checks.may_run(person, team_id, "create")
            campaign = Campaign(
                id=uuid.uuid4(), name=name, rule_id=rule_id, condition=condition,
                action=action, channel=channel, starts_on=starts_on, ends_on=spec.ends_on,
                team_id=team_id, cap=cap, status=CampaignStatus.OPEN.value,
                created_by=self._login,
            )  # fmt: skip
            uow.add_synced(campaign)
            row = _row(session, campaign)
            uow.commit()
        return row

    def list(self) -> list[CampaignRow]:
        with self._db.reading() as session:
            campaigns = session.scalars(select(Campaign).order_by(Campaign.name))
            return [_row(session, campaign) for campaign in campaigns]

    def get(self, name: str) -> CampaignRow:
        with self._db.reading() as session:
            return _row(session, _campaign(session, name))

    def generate(
        self,
        name: str,
        at: datetime | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> GenerateReport:
        """Evaluate the base and add call-list entries for new targets only.

        Evaluation reads; the entries are written at the end in one local transaction with
        their outbox rows. Cancelled, it writes nothing (the report says so): generating
        again starts over and adds only customers not yet on the campaign.
        """
        at = (at or datetime.now(UTC)).astimezone(UTC)
        with self._db.reading() as session:
            campaign = _campaign(session, name)
            checks.may_run(checks.actor(session, self._login), campaign.team_id, "generate")
            session.expunge(campaign)  # read as it is now: plain values from here on
        return generate_campaign(
            self._db, campaign, at, self._zone,
            workers=self._workers, progress=progress, cancelled=cancelled,
        )  # fmt: skip

    def status(self, name: str) -> CampaignFigures:
        with self._db.reading() as session:
            campaign = _campaign(session, name)
            return campaign_figures(session, campaign.id, zone=self._zone)[0]

    def close(self, name: str) -> CampaignRow:
        """Close the campaign; its open entries are cancelled, its results stay."""
        with self._db.unit_of_work() as uow:
            session = uow.session
            campaign = _campaign(session, name)
            checks.may_run(checks.actor(session, self._login), campaign.team_id, "close")
            if campaign.status != CampaignStatus.CLOSED.value:
                campaign.status = CampaignStatus.CLOSED.value
                uow.update_synced(Campaign, campaign.id, {"status": campaign.status})
                open_items = session.scalars(
                    select(QueueItem).where(
                        QueueItem.campaign_id == campaign.id,
                        QueueItem.status.in_([status.value for status in QUEUE_PENDING]),
                    )
                )
                for item in open_items:
                    item.status = QueueStatus.CANCELLED.value
                    uow.update_synced(QueueItem, item.id, {"status": item.status})
                session.flush()
            row = _row(session, campaign)
            uow.commit()
        return row

    def _published(self) -> dict[str, RuleDefinition] | None:
        book = RuleBookService(self._db, author=self._login)
        if book.latest_version() is None:
            return None
        _version, rules = book.version_rules()
        return {rule.id: rule for rule in rules}


def _campaign(session: Session, name: str) -> Campaign:
    campaign = session.scalar(select(Campaign).where(Campaign.name == name.strip()))
    if campaign is None:
        raise NotFound(f"there is no campaign named {name!r}")
    return campaign


def _row(session: Session, campaign: Campaign) -> CampaignRow:
    team = session.scalar(select(Team.name).where(Team.id == campaign.team_id)) or ""
    entries = session.scalar(
        select(func.count(QueueItem.id)).where(QueueItem.campaign_id == campaign.id)
    )
    return CampaignRow(
        id=campaign.id, name=campaign.name, status=campaign.status, rule_id=campaign.rule_id,
        condition=campaign.condition, action=campaign.action, channel=campaign.channel,
        starts_on=campaign.starts_on, ends_on=campaign.ends_on, team=team, cap=campaign.cap,
        created_by=campaign.created_by, entries=entries or 0, generated_at=campaign.generated_at,
    )  # fmt: skip
