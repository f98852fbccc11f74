"""One import CSV file: UTF-8 (optional BOM), header checked against the columns it may have."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from app.services.errors import ImportFailed

NUL_MESSAGE = "contains a NUL byte (\\x00), which the database cannot store"


def scan(path: Path) -> tuple[int, bool]:
    """Physical lines in a file (the progress total, minus the header) and whether it holds a
    NUL byte anywhere; one fast pass in binary (NUL is byte 0 in UTF-8 and nowhere else)."""
    lines, last, nul = 0, b"\n", False
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            nul = nul or b"\0" in chunk
            last = chunk[-1:]
    return lines + (last != b"\n"), nul


def first_undecodable_line(path: Path) -> int | None:
    """The first line that is not UTF-8 (decoding works in chunks, so find it again)."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return None


class CsvFile:
    """A header-checked CSV reader that reports problems by file, line and column."""

    def __init__(
        self,
        path: Path,
        *,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
        extra_allowed: bool = False,
    ) -> None:
        self.path = path
        self.name = path.name
        # PostgreSQL refuses NUL in text and SQLite would keep it: refused here, for both.
        lines, self._has_nul = scan(path)
        self._handle: TextIO = path.open(encoding="utf-8-sig", newline="")
        self._reader = csv.reader(self._handle, strict=True)
        self.header = self._read_header()
        self.index = {name: position for position, name in enumerate(self.header)}
        self._check_columns(required, optional, extra_allowed)
        self.estimated_rows = max(lines - 1, 0)

    def __enter__(self) -> CsvFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._handle.close()

    def fail(self, line: int | None, column: str | None, message: str) -> ImportFailed:
        return ImportFailed(self.name, line, column, message)

    def column(self, name: str) -> int | None:
        return self.index.get(name)

    @property
    def line(self) -> int:
        """The physical line of the record read last."""
        return self._reader.line_num

    def records(self) -> Iterator[list[str]]:
        """Data rows (blank lines skipped); a row with the wrong number of fields is an error."""
        width = len(self.header)
        try:
            for row in self._reader:
                if len(row) != width:
                    if not row:
                        continue
                    raise self.fail(self.line, None, f"expected {width} fields, found {len(row)}")
                if self._has_nul:  # only then is each cell looked at
                    self._check_nul(row)
                yield row
        except UnicodeDecodeError:
            raise self.fail(first_undecodable_line(self.path), None, "not UTF-8 text") from None
        except csv.Error as error:
            raise self.fail(self.line, None, f"malformed CSV: {error}") from None

    def _check_nul(self, row: list[str]) -> None:
        for name, cell in zip(self.header, row, strict=True):
            if "\0" in cell:
                raise self.fail(self.line, name, NUL_MESSAGE)

    def _read_header(self) -> list[str]:
        try:
            header = next(self._reader, None)
        except UnicodeDecodeError:
            self._handle.close()
            raise self.fail(first_undecodable_line(self.path), None, "not UTF-8 text") from None
        except csv.Error as error:
            self._handle.close()
            raise self.fail(1, None, f"unreadable header row: {error}") from None
        if not header:
            self._handle.close()
            raise self.fail(1, None, "empty file: expected a header row")
        for number, name in enumerate(header, start=1):
            if "\0" in name:
                self._handle.close()
                message = f"the name of column {number} {NUL_MESSAGE} (UTF-16? save as UTF-8)"
                raise self.fail(1, None, message)
        return [name.strip() for name in header]

    def _check_columns(
        self, required: tuple[str, ...], optional: tuple[str, ...], extra_allowed: bool
    ) -> None:
        problem = None
        seen: set[str] = set()
        for name in self.header:
            if name in seen:
                problem = (name, "column appears twice in the header")
            elif not name:
                problem = (None, "a column has no name in the header")
            elif not extra_allowed and name not in required and name not in optional:
                expected = ", ".join(required + optional)
                problem = (name, f"unknown column (expected: {expected})")
            seen.add(name)
            if problem:
                break
        missing = [name for name in required if name not in seen]
        if problem is None and missing:
            problem = (None, f"missing required column {missing[0]!r}")
        if problem:
            self._handle.close()
            raise self.fail(1, problem[0], problem[1])
