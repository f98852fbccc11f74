"""Deterministic demo data (by seed): CSV files in the import format, imported the usual way."""

from __future__ import annotations

import csv
import logging
import random
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select

from app.models import AttributeDefinition, Customer
from app.services.demo.floor import set_up_floor
from app.services.demo.history import Clock, History
from app.services.demo.names import AGENTS, WRAPUP_CODES
from app.services.demo.people import (
    COLUMN_TYPES,
    CUSTOMER_HEADER,
    STORIES,
    make_person,
    story_person,
)
from app.services.demo.recent import DAY_SECONDS, RECENT_DAYS, Recent
from app.services.demo.rules import PACK_LANGUAGE, install_demo_rules
from app.services.importer import ImportProgress, ImportReport, import_directory
from app.services.storage.db import Database

log = logging.getLogger(__name__)

# What the desktop's demo database holds per customer: enough for a year of monthly flows.
DEMO_TRANSACTIONS_PER_CUSTOMER = 24.0
DEMO_CONTACTS_PER_CUSTOMER = 10.0
HEADERS = {
    "customers.csv": CUSTOMER_HEADER,
    "products.csv": ("customer_id", "product", "opened_at", "closed_at", "number", "balance"),
    "transactions.csv": ("customer_id", "booked_at", "amount", "currency", "description"),
    "complaints.csv": ("customer_id", "opened_at", "closed_at", "status", "resolution", "subject"),
    "consents.csv": ("customer_id", "channel", "purpose", "granted", "at", "source"),
    "contacts.csv": (
        "customer_id",
        "started_at",
        "ended_at",
        "channel",
        "direction",
        "agent",
        "reason",
        "outcome",
        "notes",
        "codes",
    ),
    "offer_outcomes.csv": (
        "customer_id",
        "rule_id",
        "action",
        "presented_at",
        "outcome",
        "reason",
        "agent",
    ),
}
# The login the demo's team lead has when none is given (acrm demo --out): the desk's own
# default login. The desk and `acrm demo` pass the signed-in login instead (see floor.py).
DEMO_LEAD = "consultant"
RECENT_CONTACTS_PER_CUSTOMER = 1.0  # the last four weeks on the floor, on top of the history
RECENT_SEED = 0x5EED  # the floor's own random stream: the customers' rows stay as they were
PROGRESS_EVERY = 2000  # customers


def today() -> date:
    return datetime.now(UTC).date()


def demo_now(as_of: date, now: datetime | None) -> datetime:
    """The demo's 'now': given, or the evening of as_of (the whole office day is past)."""
    if now is not None:
        return now.astimezone(UTC)
    return datetime.combine(as_of, time(21, 0), UTC)


def write_demo_csvs(
    out_dir: Path,
    *,
    customers: int,
    seed: int,
    as_of: date | None = None,
    transactions_per_customer: float = 10,
    contacts_per_customer: float = 10,
    progress: Callable[[ImportProgress], None] | None = None,
    lead: str = DEMO_LEAD,
    now: datetime | None = None,
) -> dict[str, int]:
    """Write the demo CSV files into out_dir; returns rows written per file.

    The same seed, as_of, lead and now give byte-identical files. The first customers are
    "stories": a birthday on as_of, a large inflow the day before, three upheld complaints,
    and no marketing consent at all. Then come the last four weeks on the floor (recent.py):
    contacts by the agents and by `lead`, none after `now` (default: the evening of as_of),
    and the offers they presented with their outcomes.
    """
    as_of = as_of or today()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    history = History(rng, Clock(as_of), transactions_per_customer, contacts_per_customer)
    counts = dict.fromkeys(["wrapup_codes.csv", *HEADERS], 0)
    with ExitStack() as stack:
        writers = {}
        for name, header in HEADERS.items():
            handle = stack.enter_context((out_dir / name).open("w", encoding="utf-8", newline=""))
            writers[name] = csv.writer(handle, lineterminator="\n")
            writers[name].writerow(header)
        for number in range(1, customers + 1):
            _write_person(rng, history, number, as_of, writers, counts)
            if progress is not None and (number % PROGRESS_EVERY == 0 or number == customers):
                progress(ImportProgress("demo data", number, customers))
        _write_recent(writers, counts, seed, as_of, customers, lead, now)
    counts["wrapup_codes.csv"] = _write_codes(out_dir / "wrapup_codes.csv")
    return counts


def _write_person(rng, history: History, number: int, as_of: date, writers, counts) -> None:
    if number <= len(STORIES):
        person = story_person(rng, number, as_of)
    else:
        person = make_person(rng, number, as_of)
    writers["customers.csv"].writerow(person.row(rng, as_of))
    counts["customers.csv"] += 1
    for name, rows in (
        ("products.csv", history.products(person)),
        ("transactions.csv", history.transactions(person)),
        ("complaints.csv", history.complaints(person)),
        ("consents.csv", history.consents(person)),
        ("contacts.csv", history.contacts(person)),
    ):
        writers[name].writerows(rows)
        counts[name] += len(rows)


def _write_recent(writers, counts, seed: int, as_of: date, customers: int, lead, now) -> None:
    moment = demo_now(as_of, now)
    now_second = DAY_SECONDS if moment.date() != as_of else moment.hour * 3600 + moment.minute * 60
    recent = Recent(
        random.Random(seed ^ RECENT_SEED), Clock(as_of, RECENT_DAYS), customers, now_second
    )
    agents = [agent for agent in AGENTS if agent != lead] + [lead]
    contacts, offers = recent.rows(agents, int(customers * RECENT_CONTACTS_PER_CUSTOMER))
    writers["contacts.csv"].writerows(contacts)
    writers["offer_outcomes.csv"].writerows(offers)
    counts["contacts.csv"] += len(contacts)
    counts["offer_outcomes.csv"] += len(offers)


def _write_codes(path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("code", "label", "label_ru", "label_en"))
        writer.writerows(WRAPUP_CODES)
    return len(WRAPUP_CODES)


def generate_demo(
    db: Database,
    *,
    customers: int,
    seed: int,
    as_of: date | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    language: str = PACK_LANGUAGE,
    lead: str = DEMO_LEAD,
    now: datetime | None = None,
) -> ImportReport:
    """Write demo CSVs to a temporary directory and import them (the one import code path).

    Then, if the database has no rules yet, the demo rule pack is published as well, its
    campaign dates set around as_of, so the next-best-action panel is live at once; its
    texts are in `language` (the desk's, see data_language.desk_language) where it has them.
    Last, in a database without teams, the floor (floor.py): teams led by `lead` (the
    signed-in login) and by a demo agent, everyone's queue and an open campaign, seen at
    `now` (default: now when as_of is today or not given, else the evening of as_of).
    """
    if as_of is None or (now is None and as_of == today()):
        now = now or datetime.now(UTC)
    as_of = as_of or today()
    moment = demo_now(as_of, now)
    with tempfile.TemporaryDirectory(prefix="acrm-demo-") as folder:
        write_demo_csvs(
            Path(folder),
            customers=customers,
            seed=seed,
            as_of=as_of,
            transactions_per_customer=DEMO_TRANSACTIONS_PER_CUSTOMER,
            contacts_per_customer=DEMO_CONTACTS_PER_CUSTOMER,
            progress=progress,
            lead=lead,
            now=moment,
        )
        _declare_columns(db)
        # The demo's people are born before its own 'today', which may lie ahead of ours.
        report = import_directory(db, Path(folder), progress=progress, today=as_of)
    install_demo_rules(db, as_of, language=language)
    set_up_floor(db, lead=lead, as_of=as_of, now=moment, seed=seed, language=language)
    compute_demo_analytics(db, moment, lead, progress)
    return report


def compute_demo_analytics(
    db: Database,
    at: datetime,
    login: str,
    progress: Callable[[ImportProgress], None] | None = None,
) -> bool:
    """The demo ends with analytics computed (value, churn, segments, affinity), so the card's
    section and the retention rule show at once; True when they were. Runs where the demo
    import runs (off the desk's GUI thread). Skipped where the fitting libraries are left out
    (the packaged desk: a server computes there); a base the models cannot fit is logged and
    the demo goes on without analytics."""
    from app.services.admin.signed_in import SignedInPerson
    from app.services.analytics.errors import AnalyticsInputError
    from app.services.analytics.service import AnalyticsService, fitting_available
    from app.services.analytics_settings import AnalyticsSettings
    from app.services.calling_hours_settings import DEFAULT_ZONE

    if not fitting_available():
        return False
    service = AnalyticsService(db, SignedInPerson(db, login), AnalyticsSettings(), DEFAULT_ZONE)

    def step(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(ImportProgress(f"analytics: {name}", done, total))

    try:
        result = service.refresh(at, progress=step)
    except AnalyticsInputError as error:
        log.warning("demo data: no analytics computed: %s", error)
        return False
    log.info("demo data: analytics version %s computed", result.version)
    return True


def _declare_columns(db: Database) -> None:
    """The demo's custom columns with their types, unless the database has them already."""
    with db.unit_of_work() as uow:
        known = set(uow.session.scalars(select(AttributeDefinition.name)))
        uow.session.add_all(
            AttributeDefinition(name=name, type=kind, label="")
            for name, kind in COLUMN_TYPES.items()
            if name not in known
        )
        uow.commit()


def ensure_demo_data(
    db: Database,
    customers: int = 2000,
    seed: int = 7,
    language: str = PACK_LANGUAGE,
    lead: str = DEMO_LEAD,
) -> bool:
    """Fill an empty database (no customers) with demo data; True when it did.

    `lead` is the desk's login: it leads the demo's first team and takes calls too.
    """
    with db.reading() as session:
        if session.execute(select(Customer.id).limit(1)).first() is not None:
            return False
    report = generate_demo(db, customers=customers, seed=seed, language=language, lead=lead)
    log.info(
        "empty database filled with demo data: %s rows in %.1f s", report.rows_read, report.seconds
    )
    return True
