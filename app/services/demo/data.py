"""Deterministic demo data (by seed): CSV files in the import format, imported the usual way."""

from __future__ import annotations

import csv
import logging
import random
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from app.models import AttributeDefinition, Customer
from app.services.demo.history import Clock, History
from app.services.demo.names import WRAPUP_CODES
from app.services.demo.people import (
    COLUMN_TYPES,
    CUSTOMER_HEADER,
    STORIES,
    make_person,
    story_person,
)
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
}
PROGRESS_EVERY = 2000  # customers


def today() -> date:
    return datetime.now(UTC).date()


def write_demo_csvs(
    out_dir: Path,
    *,
    customers: int,
    seed: int,
    as_of: date | None = None,
    transactions_per_customer: float = 10,
    contacts_per_customer: float = 10,
    progress: Callable[[ImportProgress], None] | None = None,
) -> dict[str, int]:
    """Write the demo CSV files into out_dir; returns rows written per file.

    The same seed and as_of give byte-identical files. The first customers are "stories":
    a birthday on as_of, a large inflow the day before, three upheld complaints, and no
    marketing consent at all.
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
) -> ImportReport:
    """Write demo CSVs to a temporary directory and import them (the one import code path).

    Then, if the database has no rules yet, the demo rule pack is published as well, its
    campaign dates set around as_of, so the next-best-action panel is live at once; its
    texts are in `language` (the desk's, see data_language.desk_language) where it has them.
    """
    as_of = as_of or today()
    with tempfile.TemporaryDirectory(prefix="acrm-demo-") as folder:
        write_demo_csvs(
            Path(folder),
            customers=customers,
            seed=seed,
            as_of=as_of,
            transactions_per_customer=DEMO_TRANSACTIONS_PER_CUSTOMER,
            contacts_per_customer=DEMO_CONTACTS_PER_CUSTOMER,
            progress=progress,
        )
        _declare_columns(db)
        # The demo's people are born before its own 'today', which may lie ahead of ours.
        report = import_directory(db, Path(folder), progress=progress, today=as_of)
    install_demo_rules(db, as_of, language=language)
    return report


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
    db: Database, customers: int = 2000, seed: int = 7, language: str = PACK_LANGUAGE
) -> bool:
    """Fill an empty database (no customers) with demo data; True when it did."""
    with db.reading() as session:
        if session.execute(select(Customer.id).limit(1)).first() is not None:
            return False
    report = generate_demo(db, customers=customers, seed=seed, language=language)
    log.info(
        "empty database filled with demo data: %s rows in %.1f s", report.rows_read, report.seconds
    )
    return True
