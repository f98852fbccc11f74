"""State shared by the loaders of one import, and the batch that feeds rows to the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from app.services.importer.bounds import DEFAULT_DATE_WINDOW, DateWindow
from app.services.importer.pipeline import Job, ask_now, run_now
from app.services.importer.report import FileCounts, ImportProgress, ImportReport
from app.services.importer.store import BatchSpec, Store
from app.services.importer.values import BadValue

BATCH_ROWS = 20_000


@dataclass
class ImportContext:
    """What every loader needs: the store, the time zone, ids known so far, the report."""

    store: Store
    default_tz: tzinfo
    report: ImportReport
    progress: Callable[[ImportProgress], None] | None = None
    window: DateWindow = DEFAULT_DATE_WINDOW  # dates outside it are refused
    today: date = date.max  # the import's as-of: birth dates after it are refused
    customers: dict[str, str] = field(default_factory=dict)  # external id -> id (hex)
    users: dict[str, str] = field(default_factory=dict)  # login -> id (hex)
    codes: set[str] = field(default_factory=set)  # the wrap-up code catalogue
    # How a loader on the parser thread reaches the writing thread (jobs run in order there);
    # without a pipeline both simply run at once.
    send: Callable[[Job], None] = run_now
    ask: Callable[[Callable[[], Any]], Any] = ask_now

    def defer(self, job: Job) -> None:
        self.send(job)

    def defer_insert(self, spec: BatchSpec, rows: Sequence[Sequence[Any]]) -> None:
        """Prepare (here) and insert (on the writing thread) rows in batches."""
        store = self.store
        for start in range(0, len(rows), BATCH_ROWS):
            prepared = store.prepare(spec, rows[start : start + BATCH_ROWS])
            self.send(lambda p=prepared: store.insert_prepared(p))

    def tell_later(self, file: str, done: int, total: int | None) -> None:
        """Progress from the parser thread, reported on the writing (calling) thread."""
        self.send(lambda: self.tell(file, done, total))

    def counts(self, file: str) -> FileCounts:
        return self.report.files.setdefault(file, FileCounts())

    def tell(self, file: str, done: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(ImportProgress(file, done, total))

    def customer_ref(self, value: str) -> str:
        """The id of the customer an event row names by external id."""
        found = self.customers.get(value)
        if found is None:
            found = self.customers.get(value.strip())
            if found is None:
                raise BadValue(f"unknown customer {value.strip()!r}")
        return found

    def optional_customer_ref(self, value: str) -> str | None:
        """As customer_ref, but an empty cell is no customer (an unidentified caller)."""
        if not value or value.isspace():
            return None
        return self.customer_ref(value)


class Batch:
    """Rows for one table, sent to the writer as a prepared insert every BATCH_ROWS rows.

    Used from the parser thread: preparing (JSON encoding) happens there, the insert runs as
    a job on the writing thread, which also counts what was really inserted.
    """

    def __init__(
        self,
        store: Store,
        send: Callable[[Job], None],
        spec: BatchSpec,
        *,
        on_flush: Callable[[int], None] | None = None,
    ) -> None:
        self.store = store
        self.send = send
        self.spec = spec
        self.rows: list[Sequence[Any]] = []
        self.inserted = 0  # counted on the writing thread
        self.added = 0  # counted on the parser thread
        self._on_flush = on_flush

    def add(self, row: Sequence[Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            prepared = self.store.prepare(self.spec, self.rows)
            self.added += len(self.rows)
            self.rows = []
            self.send(lambda: self._write(prepared))
        if self._on_flush is not None:
            on_flush, done = self._on_flush, self.added
            self.send(lambda: on_flush(done))

    def _write(self, prepared: tuple) -> None:
        self.inserted += self.store.insert_prepared(prepared)
