"""Errors services raise for the user to read: each names what is wrong and where."""

from __future__ import annotations


class AcrmError(Exception):
    """Base class: the message is fit to show a user."""


class NotFound(AcrmError):
    pass


class ValidationError(AcrmError):
    """A form or command value is wrong; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ImportFailed(AcrmError):
    """A bad row in an import; nothing was written."""

    def __init__(self, file: str, line: int | None, column: str | None, message: str) -> None:
        where = file
        if line is not None:
            where += f", line {line}"
        if column:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.column = column
        self.message = message
