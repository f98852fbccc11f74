"""CSV import of customers and their history: one transaction, idempotent, errors by line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from time import perf_counter

from sqlalchemy.exc import DBAPIError

from app.services.errors import ImportFailed
from app.services.importer.bounds import DEFAULT_DATE_WINDOW, DateWindow
from app.services.importer.codes import load_wrapup_codes
from app.services.importer.contacts import load_contacts
from app.services.importer.context import ImportContext
from app.services.importer.customers import load_customers
from app.services.importer.events import loader
from app.services.importer.offer_outcomes import load_offer_outcomes
from app.services.importer.pipeline import Job, Pipeline
from app.services.importer.report import FileCounts, ImportProgress, ImportReport
from app.services.importer.store import import_transaction
from app.services.storage.db import Database

__all__ = [
    "DEFAULT_DATE_WINDOW",
    "FILE_ORDER",
    "DateWindow",
    "FileCounts",
    "ImportProgress",
    "ImportReport",
    "import_directory",
]

log = logging.getLogger(__name__)

# Parents before children: the code catalogue first (here), then customers and the event
# files, parsed on a second thread while this one writes (see pipeline).
DIRECT_LOADERS: dict[str, Callable[[ImportContext, Path], None]] = {
    "wrapup_codes.csv": load_wrapup_codes,
}
PIPELINE_LOADERS: dict[str, Callable[[ImportContext, Path, Callable[[Job], None]], None]] = {
    "customers.csv": load_customers,
    "products.csv": loader("products.csv"),
    "transactions.csv": loader("transactions.csv"),
    "complaints.csv": loader("complaints.csv"),
    "consents.csv": loader("consents.csv"),
    "contacts.csv": load_contacts,
    "offer_outcomes.csv": load_offer_outcomes,
}
FILE_ORDER = (*DIRECT_LOADERS, *PIPELINE_LOADERS)
# From this many bytes of CSV on, foreign-key checks are left to the loaders (see store).
BULK_BYTES = 16 * 1024 * 1024


def import_directory(
    db: Database,
    directory: Path,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    default_tz: tzinfo = UTC,
    window: DateWindow = DEFAULT_DATE_WINDOW,
    today: date | None = None,
) -> ImportReport:
    """Import every known CSV file in `directory` in one transaction.

    A bad row anywhere raises ImportFailed (file, line, column, problem) and nothing is
    written. Importing the same files again changes nothing. Naive date-times are taken
    as wall-clock times in `default_tz`. Dates outside `window` are refused, and birth dates
    after `today` (default: today in `default_tz`). `progress` is called on the calling
    thread; an exception it raises (a cancel button's) stops the import and rolls
    everything back.
    """
    today = today or datetime.now(default_tz).date()
    directory = Path(directory)
    files = _files(directory)
    started = perf_counter()
    report = ImportReport(ignored=_ignored(directory))
    csv_bytes = sum(path.stat().st_size for path in files)
    with import_transaction(db, csv_bytes=csv_bytes, bulk=csv_bytes >= BULK_BYTES) as store:
        ctx = _context(store, default_tz, report, progress)
        ctx.window, ctx.today = window, today
        for path in files:
            if path.name in DIRECT_LOADERS:
                _guarded(path.name, lambda p=path: DIRECT_LOADERS[p.name](ctx, p))
        events = [path for path in files if path.name in PIPELINE_LOADERS]
        names = "/".join(path.name for path in files)
        pipeline = Pipeline()
        _guarded(names, lambda: pipeline.run(_producer(ctx, pipeline, events)))
        store.commit()
    report.seconds = perf_counter() - started
    log.info("imported %s rows from %s in %.1f s", report.rows_read, directory, report.seconds)
    return report


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise ImportFailed(str(directory), None, None, "not a directory")
    files = [directory / name for name in FILE_ORDER if (directory / name).is_file()]
    if not files:
        expected = ", ".join(FILE_ORDER)
        raise ImportFailed(str(directory), None, None, f"no files to import (expected: {expected})")
    return files


def _ignored(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("*.csv") if p.name not in FILE_ORDER)


def _context(store, default_tz: tzinfo, report: ImportReport, progress) -> ImportContext:
    ctx = ImportContext(store, default_tz, report, progress)
    ctx.customers = {k: v.hex for k, v in store.pairs("customers", "external_id", "id").items()}
    ctx.users = {k: v.hex for k, v in store.pairs("users", "login", "id").items()}
    ctx.codes = set(store.pairs("wrapup_codes", "code", "label"))
    return ctx


def _producer(
    ctx: ImportContext, pipeline: Pipeline, files: list[Path]
) -> Callable[[Callable[[Job], None]], None]:
    def produce(send: Callable[[Job], None]) -> None:
        ctx.send, ctx.ask = send, pipeline.ask
        for path in files:
            PIPELINE_LOADERS[path.name](ctx, path, send)

    return produce


def _guarded(files: str, work: Callable[[], None]) -> None:
    try:
        work()
    except DBAPIError as error:
        # Checks are meant to catch every bad row first; if the database still refuses one,
        # say which file(s) it came from rather than showing a bare driver error.
        reason = str(error.orig).splitlines()[0] if error.orig else str(error)
        raise ImportFailed(files, None, None, f"the database refused a row: {reason}") from error
