"""Columns of an event file and the row parser built from them (fast path, exact errors)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.services.errors import ImportFailed
from app.services.importer.csvfile import CsvFile
from app.services.importer.values import BadValue


@dataclass(frozen=True, slots=True)
class Field:
    """A column: CSV name (also the table column), how to parse it, and if it may be absent."""

    name: str
    parse: Callable[[str], Any]
    required: bool = True
    default: Any = ""  # stored when the column is not in the file
    stored_as: str = ""  # the table column when it differs from the CSV name

    @property
    def column(self) -> str:
        return self.stored_as or self.name


def open_for(path, fields: Sequence[Field]) -> CsvFile:
    """Open a file whose header must hold the required fields and may hold the optional ones."""
    required = tuple(f.name for f in fields if f.required)
    optional = tuple(f.name for f in fields if not f.required)
    return CsvFile(path, required=required, optional=optional)


def parsed_rows(source: CsvFile, fields: Sequence[Field]) -> Iterator[list[Any]]:
    """Each data row as a list of parsed values in the order of `fields`.

    The happy path is one list comprehension per row; only when a value is bad is the row
    parsed again cell by cell to name the column in the error.
    """
    plan = [_step(source, field) for field in fields]
    for row in source.records():
        try:
            yield [parse(row[position]) for position, parse in plan]
        except BadValue:
            raise _locate(source, fields, plan, row) from None


def _step(source: CsvFile, field: Field) -> tuple[int, Callable[[str], Any]]:
    position = source.column(field.name)
    if position is None:
        default = field.default
        return 0, lambda _cell: default
    return position, field.parse


def _locate(
    source: CsvFile,
    fields: Sequence[Field],
    plan: list[tuple[int, Callable[[str], Any]]],
    row: list[str],
) -> ImportFailed:
    for field, (position, parse) in zip(fields, plan, strict=True):
        try:
            parse(row[position])
        except BadValue as error:
            return source.fail(source.line, field.name, str(error))
    return source.fail(source.line, None, "bad row")
