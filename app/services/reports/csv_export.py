"""Any table of figures (or the team queue's rows) as a CSV file that Excel opens as it is.

Made for the spreadsheet a team lead has, set to Polish or Russian: UTF-8 with a byte-order
mark (without it Excel reads UTF-8 as the ANSI code page and "Bąk" comes out garbled), ";"
between fields and a decimal comma, as those locales' Excel expects of a CSV it opens by a
double click (with "," it would put the whole row in one column and read 0.25 as text or a
date). Date-times are written in local time as "YYYY-MM-DD HH:MM", which Excel reads as a
date-time in any locale. Scripts that want machine-readable data use the commands' --json.

A text that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe:
otherwise a customer's name or a note could be run by Excel as a formula (CSV injection).
The file is written to a temporary file beside it and renamed at the end, so a failure leaves
no half-written file; like the desk's other files with customer data it is created 0600.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import tempfile
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.services.errors import AcrmError
from app.services.reports.figures import HourlyFigures

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class HourRow:
    """One hour of HourlyFigures, as a table row."""

    hour: int
    today: int
    last_week: int


def hourly_rows(figures: HourlyFigures) -> list[HourRow]:
    pairs = zip(figures.today, figures.last_week, strict=True)
    return [HourRow(hour, today, week) for hour, (today, week) in enumerate(pairs)]


def write_csv(
    path: str | Path,
    rows: Iterable[Any],
    headers: Mapping[str, str] | None = None,
    *,
    delimiter: str = ";",
    decimal: str = ",",
    tz: tzinfo | None = None,
) -> int:
    """Write `rows` (dataclass values or mappings) to `path`; returns the rows written.

    `headers` maps a field to its column title, in column order; "declined_by_reason.other"
    reaches into a dict field. Without it every field is a column, a dict field one column
    per key found in any row ("declined_by_reason.too_expensive"). Date-times are shown in
    `tz` (default: this computer's zone). Raises AcrmError naming the file if it cannot be
    written.
    """
    records = [_as_mapping(row) for row in rows]
    columns = dict(headers) if headers is not None else _default_headers(records)
    target = Path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
        )
    except OSError as error:
        raise AcrmError(f"cannot write {target}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([_text(title, decimal, tz) for title in columns.values()])
            for record in records:
                writer.writerow([_text(_value(record, key), decimal, tz) for key in columns])
        os.replace(temporary, target)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise AcrmError(f"cannot write {target}: {error.strerror}") from None
        raise
    return len(records)


def _as_mapping(row: Any) -> Mapping[str, Any]:
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
    if isinstance(row, Mapping):
        return row
    raise TypeError(f"cannot write a {type(row).__name__} as a CSV row")


def _default_headers(records: list[Mapping[str, Any]]) -> dict[str, str]:
    columns: dict[str, str] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(value, Mapping):
                for inner in sorted(value):
                    columns.setdefault(f"{key}.{inner}", f"{key}.{inner}")
            else:
                columns.setdefault(key, key)
    return columns


def _value(record: Mapping[str, Any], key: str) -> Any:
    if key in record:
        return record[key]
    outer, _, inner = key.partition(".")
    nested = record.get(outer)
    if isinstance(nested, Mapping):
        return nested.get(inner, 0)  # a reason nobody gave in this row: none of them
    raise KeyError(f"no field {key!r} in the rows written")


def _text(value: Any, decimal: str, tz: tzinfo | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        return (text if text not in ("", "-0") else "0").replace(".", decimal)
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        value = ", ".join(f"{key}={count}" for key, count in value.items())
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
