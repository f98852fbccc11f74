"""customers.csv: identity, phones, e-mails and custom attributes, upserted by external id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models.enums import AttributeType
from app.services.errors import ImportFailed
from app.services.importer import customer_sync
from app.services.importer.context import ImportContext
from app.services.importer.csvfile import CsvFile
from app.services.importer.customer_sync import CustomerRecord
from app.services.importer.infer import canonical, fits, infer_type, widen
from app.services.importer.pipeline import Job
from app.services.importer.rule_guard import published_rule_set, refuse_breaking_changes
from app.services.importer.values import (
    BadValue,
    birth_date,
    parse_email,
    parse_phone,
    required_text,
    split_multi,
    text,
)

STANDARD = ("id", "first_name", "last_name", "birth_date", "phone", "email", "city", "segment")
_EXTERNAL_ID = required_text(64)


def core_fields(ctx: ImportContext) -> tuple[tuple[str, Callable[[str], Any]], ...]:
    """The customer's own columns in CustomerRecord.core order, with this import's bounds."""
    return (
        ("first_name", required_text(100)),
        ("last_name", required_text(100)),
        ("birth_date", birth_date(ctx.window, ctx.today)),
        ("city", text(100)),
        ("segment", text(50)),
    )


def parse_phones(cell: str) -> tuple[tuple[str, str, str], ...]:
    found: dict[str, tuple[str, str, str]] = {}
    for raw in split_multi(cell):
        if len(raw) > 40:
            raise BadValue(f"phone number longer than 40 characters: {raw!r}")
        e164, national = parse_phone(raw)
        found.setdefault(e164, (e164, national, raw))
    return tuple(found.values())


def parse_emails(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(parse_email(raw) for raw in split_multi(cell)))


class _Parser:
    """Turns raw rows of one customers.csv into CustomerRecords, naming line and column on error."""

    def __init__(
        self, ctx: ImportContext, source: CsvFile, attributes: list[tuple[str, AttributeType]]
    ) -> None:
        self.name = source.name
        self.at = source.index
        self.attributes = attributes
        self.core = core_fields(ctx)
        self.window = ctx.window

    def cell(self, line: int, row: list[str], column: str, parse: Callable[[str], Any]) -> Any:
        try:
            return parse(row[self.at[column]])
        except BadValue as error:
            raise ImportFailed(self.name, line, column, str(error)) from None

    def record(self, line: int, row: list[str]) -> CustomerRecord:
        core = tuple(self.cell(line, row, column, parse) for column, parse in self.core)
        window = self.window
        values = [
            self.cell(line, row, name, lambda v, k=kind: canonical(k, v, window))
            for name, kind in self.attributes
        ]
        return CustomerRecord(
            line=line,
            external_id=self.cell(line, row, "id", _EXTERNAL_ID),
            core=core,
            phones=self.cell(line, row, "phone", parse_phones),
            emails=self.cell(line, row, "email", parse_emails),
            attributes=tuple(values),
        )


def _attribute_types(ctx: ImportContext, source: CsvFile, rows: list) -> list:
    """Each custom column with its type: inferred from the file, widened by what is stored."""
    stored = ctx.ask(lambda: ctx.store.pairs("attribute_definitions", "name", "type"))
    result = []
    for name in source.header:
        if name in STANDARD:
            continue
        if len(name) > 64:
            raise source.fail(1, name, "custom attribute name longer than 64 characters")
        position = source.index[name]
        result.append((name, widen(stored.get(name), infer_type(row[position] for _, row in rows))))
    # Before anything is written: a type change under a published rule refuses the import.
    published = ctx.ask(lambda: published_rule_set(ctx.store))
    refuse_breaking_changes(
        source.name, stored, {n: k.value for n, k in result}, published, _misfit(source, rows)
    )
    new = [(name, kind.value, "") for name, kind in result if name not in stored]
    ctx.defer(lambda: ctx.store.insert_new("attribute_definitions", ("name", "type", "label"), new))
    widened = [
        (name, kind.value) for name, kind in result if name in stored and stored[name] != kind
    ]
    ctx.defer(lambda: ctx.store.update_many("attribute_definitions", "name", ("type",), widened))
    return result


def _misfit(source: CsvFile, rows: list) -> Callable[[str, str], tuple[int, str] | None]:
    """Finds the first (line, value) of a column that is not of the column's stored type."""

    def first(column: str, stored: str) -> tuple[int, str] | None:
        position, kind = source.index[column], AttributeType(stored)
        return next(((n, r[position]) for n, r in rows if not fits(kind, r[position])), None)

    return first


def load_customers(ctx: ImportContext, path: Path, send: Callable[[Job], None]) -> None:
    """Insert new customers, update changed ones, leave the same ones alone."""
    with CsvFile(path, required=STANDARD, extra_allowed=True) as source:
        rows = [(source.line, row) for row in source.records()]
    ctx.tell_later(source.name, 0, len(rows))
    attributes = _attribute_types(ctx, source, rows)
    parser = _Parser(ctx, source, attributes)
    records: dict[str, CustomerRecord] = {}
    for line, row in rows:
        record = parser.record(line, row)
        first = records.setdefault(record.external_id, record)
        if first is not record:
            message = (
                f"customer id {record.external_id!r} appears twice (first on line {first.line})"
            )
            raise ImportFailed(source.name, line, "id", message)
    names = [name for name, _ in attributes]
    customer_sync.write(ctx, source.name, list(records.values()), names)
    ctx.tell_later(source.name, len(rows), len(rows))
