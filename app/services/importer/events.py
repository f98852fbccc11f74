"""Event files (transactions, products, complaints, consents): parse, id, insert if new."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.models.enums import Channel, ComplaintStatus, Resolution
from app.services.importer.context import Batch, ImportContext
from app.services.importer.fields import Field, open_for, parsed_rows
from app.services.importer.ids import EventIds
from app.services.importer.pipeline import Job
from app.services.importer.refresh import refresh_rows
from app.services.importer.store import BatchSpec
from app.services.importer.values import (
    BadValue,
    choice,
    number_last4,
    optional_cents,
    parse_bool,
    parse_cents,
    required_text,
    text,
    timestamp,
)

KEY_SEPARATOR = "\x1f"
_CURRENCY = re.compile(r"[A-Z]{3}")
_COMMON_CURRENCIES = frozenset({"PLN", "EUR", "USD", "GBP", "CHF", "UAH", "RUB", "CZK"})


def currency(value: str) -> str:
    if value in _COMMON_CURRENCIES:
        return value
    code = value.strip().upper()
    if not _CURRENCY.fullmatch(code):
        raise BadValue(f"not a three-letter currency code: {value!r}")
    return code


@dataclass(frozen=True, slots=True)
class EventSpec:
    table: str
    fields: tuple[Field, ...]
    # How many leading fields are the row's natural key (its id); None: all of them. Fields
    # after the key describe the row (a balance) and must not turn it into a new row.
    key_width: int | None = None


def event_specs(ctx: ImportContext) -> dict[str, EventSpec]:
    """The event files this import reads, keyed by file name."""
    when = timestamp(ctx.default_tz, window=ctx.window)
    maybe_when = timestamp(ctx.default_tz, optional=True, window=ctx.window)
    customer = Field("customer_id", ctx.customer_ref)
    return {
        "products.csv": EventSpec(
            "products",
            (
                customer,
                Field("product", required_text(64)),
                Field("opened_at", when),
                Field("closed_at", maybe_when, required=False, default=None),
                Field(
                    "number", number_last4, required=False, default=None, stored_as="number_last4"
                ),
                Field("balance", optional_cents, required=False, default=None),
            ),
            key_width=4,  # the id as before these columns existed: re-imports stay idempotent
        ),
        "transactions.csv": EventSpec(
            "transactions",
            (
                customer,
                Field("booked_at", when),
                Field("amount", parse_cents),
                Field("currency", currency, required=False, default="PLN"),
                Field("description", text(200), required=False, default=""),
            ),
        ),
        "complaints.csv": EventSpec(
            "complaints",
            (
                customer,
                Field("opened_at", when),
                Field("closed_at", maybe_when),
                Field("status", choice(ComplaintStatus)),
                Field("resolution", choice(Resolution, optional=True)),
                Field("subject", text(200), required=False, default=""),
            ),
        ),
        "consents.csv": EventSpec(
            "consents",
            (
                customer,
                Field("channel", choice(Channel)),
                Field("purpose", required_text(40)),
                Field("granted", parse_bool),
                Field("at", when),
                Field("source", text(40), required=False, default=""),
            ),
        ),
    }


def load_events(
    ctx: ImportContext, spec: EventSpec, path: Path, send: Callable[[Job], None]
) -> None:
    """Insert the file's rows that are not in the database yet (ids from the natural key)."""
    with open_for(path, spec.fields) as source:
        name, total = source.name, source.estimated_rows
        columns = ("id", *(field.column for field in spec.fields))
        batch = Batch(
            ctx.store,
            send,
            BatchSpec(spec.table, columns),
            on_flush=lambda done: ctx.tell(name, done, total),
        )
        next_id = EventIds(spec.table).next_id
        join = KEY_SEPARATOR.join
        width = spec.key_width
        # Describing columns the file has: rows already stored take the file's values.
        described = [
            i
            for i, field in enumerate(spec.fields)
            if width is not None and i >= width and source.column(field.name) is not None
        ]
        refreshed: list[tuple] = []
        with suspended_indexes(ctx, send, spec.table, total):
            for values in parsed_rows(source, spec.fields):
                row_id = next_id(join(map(str, values[:width])))
                batch.add((row_id, *values))
                if described:
                    refreshed.append((row_id, *(values[i] for i in described)))
            batch.flush()
    updated = [0]
    if described:
        names = [spec.fields[i].column for i in described]
        send(lambda: updated.append(refresh_rows(ctx.store, spec.table, names, refreshed)))
    send(lambda: count_file(ctx, name, batch, updated[-1]))


def count_file(ctx: ImportContext, file: str, batch: Batch, updated: int = 0) -> None:
    """Runs on the writing thread after the file's last insert (and update)."""
    counts = ctx.counts(file)
    counts.read += batch.added
    counts.inserted += batch.inserted
    counts.updated += updated
    counts.unchanged += batch.added - batch.inserted - updated
    ctx.tell(file, batch.added, batch.added)


@contextmanager
def suspended_indexes(
    ctx: ImportContext, send: Callable[[Job], None], table: str, incoming: int
) -> Iterator[None]:
    """Drop a big table's secondary indexes before its rows, rebuild them after (both as jobs)."""
    dropped = []
    send(lambda: dropped.extend(ctx.store.suspend_indexes(table, incoming)))
    yield
    send(lambda: ctx.store.restore_indexes(dropped))


def loader(file: str) -> Callable[[ImportContext, Path, Callable[[Job], None]], None]:
    def load(ctx: ImportContext, path: Path, send: Callable[[Job], None]) -> None:
        load_events(ctx, event_specs(ctx)[file], path, send)

    return load
