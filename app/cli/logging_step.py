"""The logging step every command goes through: standard error as before, plus the log file."""

from __future__ import annotations


def configure_logging(verbose: bool) -> None:
    """Once per command; `acrm desk` calls it after a screen pop's hand-over (which logs nothing
    and must stay fast), every other command before its handler runs (app.cli.main)."""
    from app.services.logs import files

    files.configure(verbose=verbose, file_level=files.config_level()[0])
