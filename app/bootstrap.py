"""The composition root: settings -> database -> migrations -> services (GUI and CLI)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from app.services.actions.service import AutomaticActionService
from app.services.actions.webhook import WebhookClient
from app.services.admin.codes import WrapUpCatalogue
from app.services.admin.people import PeopleService
from app.services.admin.signed_in import SignedInPerson
from app.services.analytics.service import AnalyticsService
from app.services.campaigns.service import CampaignService
from app.services.centre_time import centre_zone
from app.services.config import Settings, data_dir
from app.services.contacts.drafts import DraftStore, drafts_folder
from app.services.contacts.history import ContactHistoryService
from app.services.contacts.service import ContactService
from app.services.customers.card import CustomerCardService
from app.services.customers.search import SearchService
from app.services.customers.service import CustomerService
from app.services.data_language import desk_language
from app.services.desks.health import DeskHealthService
from app.services.errors import AcrmError
from app.services.nba.features import FeatureLoader
from app.services.nba.offers import OfferService
from app.services.nba.service import NbaService
from app.services.nba.simulation import SimulationService
from app.services.queue.callbacks import CallbackService
from app.services.queue.team_queue import TeamQueueService
from app.services.queue.work_queue import WorkQueueService
from app.services.reports.audit_log import AuditLogService
from app.services.reports.rule_set import rule_set_in_force
from app.services.reports.service import ReportService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService
from app.services.storage import db_errors, migrate
from app.services.storage.db import Database
from app.services.storage.url_secrets import redacted

if TYPE_CHECKING:
    from app.services.sync.service import SyncService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """Everything the window and the commands use, wired once."""

    settings: Settings
    db: Database
    search: SearchService
    cards: CustomerCardService
    history: ContactHistoryService
    contacts: ContactService
    customers: CustomerService
    rulebook: RuleBookService
    nba: NbaService
    offers: OfferService
    actions: AutomaticActionService
    team_queue: TeamQueueService
    callbacks: CallbackService  # open callbacks: mine, a customer's
    work_queue: WorkQueueService  # my queue and the team pool (issue 14)
    campaigns: CampaignService
    reports: ReportService  # team-lead figures
    simulation: SimulationService
    drafts: DraftStore  # unsaved wrap-ups on disk (data directory, 0600)
    person: SignedInPerson  # who is signed in here, and their role
    admin_codes: WrapUpCatalogue  # the wrap-up code catalogue (admin; on the server if any)
    admin_audit: AuditLogService  # the audit log, filtered and exported (admin)
    admin_people: PeopleService  # the console's people and teams (on the server when synced)
    desk_health: DeskHealthService  # desks' heartbeats, read on the server (admin console)
    analytics: AnalyticsService  # model versions and scores (refreshed on the server if any)
    sync: SyncService | None = None  # None: embedded database only, nothing to sync

    def close(self) -> None:
        """Drop the server's connections, then the local engine's (a command's every exit)."""
        try:
            if self.sync is not None:
                self.sync.close()
        finally:
            self.db.dispose()


def open_database(settings: Settings, *, upgrade: bool = True) -> Database:
    """Open the configured database and bring its schema to the newest version."""
    db = Database(settings.db_url)
    try:
        if upgrade and migrate.upgrade(db.engine):
            log.info("database schema upgraded to %s", migrate.head_revision())
    except DBAPIError as error:
        # Missing database, refused login, no right to read the schema: say which.
        db.dispose()
        raise db_errors.describe(error, db.url) from error
    return db


@contextmanager
def open_services(
    settings: Settings,
    *,
    password: Callable[[], str | None] = lambda: None,
    upgrade: bool = True,
) -> Iterator[Services]:
    """The wired services for one command; the engines are disposed on every exit.

    Every `acrm` command that works on the configured database opens it here, so a server
    configured is a server used (rule versions are published there, not in the cache).
    """
    services = build_services(settings, password=password, upgrade=upgrade)
    try:
        yield services
    finally:
        services.close()


@contextmanager
def open_url(url: str) -> Iterator[Database]:
    """A bare Database on a URL an administrator typed (`acrm db ...`, `acrm admin ...`).

    Those commands work on a server or file named on their command line, not on the
    configured desk, so no settings and no services: only the engine, disposed on exit.
    """
    try:
        db = Database(url)
    except Exception as error:  # bad URL, unknown driver: the user typed it, tell them
        raise AcrmError(f"cannot use database URL {redacted(url)!r}: {error}") from error
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def open_people(url: str, actor: str) -> Iterator[PeopleService]:
    """People and teams on a URL an administrator typed (`acrm admin list-users --url ...`);
    `actor` names the embedded database's audit rows (a server names the login itself)."""
    with open_url(url) as db:
        yield PeopleService(db, actor)


def build_services(
    settings: Settings,
    *,
    demo_if_empty: bool = False,
    password: Callable[[], str | None] = lambda: None,
    upgrade: bool = True,
) -> Services:
    """Wire the services; on an empty embedded database, optionally fill it with demo data.

    With a server configured the local file is its cache (never demo data) and `password`
    is asked for the person's database password when sync first connects. The caller
    closes them (`Services.close`); commands use `open_services`, which does.
    """
    db = open_database(settings, upgrade=upgrade)
    sync = _sync_service(settings, db, password)
    if demo_if_empty and sync is None:
        from app.services.demo.data import ensure_demo_data

        # The desk's login leads the demo's first team and takes calls: both sides show.
        ensure_demo_data(db, language=desk_language(settings.desk), lead=settings.agent_login)
    rulebook = RuleBookService(
        db, author=settings.agent_login, server=sync.server_database if sync else None
    )
    nba = NbaService(db, RuleCache(rulebook), FeatureLoader(db))
    server = sync.server_database if sync else None  # online-only writes and reads
    # No webhook configured (embedded/demo mode): actions land in the local outbox.
    webhook = WebhookClient(settings.webhook_url) if settings.webhook_url else None
    person = SignedInPerson(db, settings.agent_login)
    return Services(
        settings=settings,
        db=db,
        search=SearchService(db, region=settings.region),
        cards=CustomerCardService(db),
        history=ContactHistoryService(db),
        contacts=ContactService(db, agent_login=settings.agent_login, hours=settings.calling_hours),
        customers=CustomerService(db, region=settings.region),
        rulebook=rulebook,
        nba=nba,
        offers=OfferService(db, agent_login=settings.agent_login),
        actions=AutomaticActionService(db, nba, webhook),
        team_queue=TeamQueueService(db, settings.agent_login),
        callbacks=CallbackService(db, settings.agent_login),
        work_queue=WorkQueueService(
            db,
            settings.agent_login,
            hours=settings.calling_hours,
            # With a server, taking from the pool is decided there (one taker wins).
            server=sync.server_database if sync else None,
        ),
        campaigns=CampaignService(db, settings.agent_login, zone=centre_zone(settings)),
        reports=ReportService(db, settings.agent_login, rule_set_in_force(rulebook)),
        # Worker processes open the same database themselves (the URL, never a password).
        simulation=SimulationService(nba, db_url=settings.db_url),
        drafts=DraftStore(drafts_folder(data_dir(), settings.db_url, settings.agent_login)),
        person=person,
        admin_codes=WrapUpCatalogue(db, settings.agent_login, server=server),
        admin_audit=AuditLogService(db, server=server),
        admin_people=PeopleService(db, settings.agent_login, server=server),
        desk_health=DeskHealthService.of(sync),
        analytics=AnalyticsService(
            db,
            person,
            settings.analytics,
            centre_zone(settings),
            server=sync.server_database if sync else None,
        ),
        sync=sync,
    )


def _sync_service(
    settings: Settings, db: Database, password: Callable[[], str | None]
) -> SyncService | None:
    server = settings.server
    if server is None:
        return None
    # Imported only with a server: sync brings the PostgreSQL driver, which an embedded desk
    # never needs (about 0.1 s of its start-up).
    from app.services.sync.server import open_server
    from app.services.sync.service import SyncService

    return SyncService(db, server, lambda: open_server(server, password()))
