"""`acrm import DIR` and `acrm demo`: load CSV files, or make (and load) demo data."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, date, tzinfo
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.bootstrap import open_services
from app.cli.failures import refuse_cache_only
from app.services.config import resolve_settings
from app.services.data_language import desk_language
from app.services.demo.data import (
    DEMO_CONTACTS_PER_CUSTOMER,
    DEMO_TRANSACTIONS_PER_CUSTOMER,
    generate_demo,
    write_demo_csvs,
)
from app.services.importer import (
    DEFAULT_DATE_WINDOW,
    FILE_ORDER,
    DateWindow,
    ImportProgress,
    import_directory,
)
from app.services.importer.bounds import parse_window

LINE_EVERY_SECONDS = 2.0  # progress lines in a log (stderr not a terminal)
REDRAW_EVERY_SECONDS = 0.1  # the live counter on a terminal
# Customers are the server's: an administrator loads them there, every desk gets them by sync.
ON_THE_SERVER = "load them into the server: acrm {} --db postgresql://admin@HOST/DB"


def register(subparsers: argparse._SubParsersAction) -> None:
    load = subparsers.add_parser(
        "import",
        help="import customers and their history from CSV files (one transaction)",
        description=f"Reads any of: {', '.join(FILE_ORDER)}. A bad row stops the import "
        "with its file, line and column, and nothing is written.",
    )
    load.add_argument("directory", metavar="DIR", type=Path, help="folder with the CSV files")
    load.add_argument(
        "--tz",
        metavar="ZONE",
        type=parse_zone,
        default=UTC,
        help="time zone of date-times without an offset, e.g. Europe/Warsaw (default: UTC)",
    )
    load.add_argument(
        "--date-window",
        metavar="FROM:TO",
        type=date_window,
        default=DEFAULT_DATE_WINDOW,
        help="dates and date-times outside these days (both included) are refused "
        f"(default: {DEFAULT_DATE_WINDOW}; an empty side keeps its default)",
    )
    load.set_defaults(handler=run_import)

    demo = subparsers.add_parser("demo", help="generate deterministic demo data and import it")
    demo.add_argument("--customers", metavar="N", type=positive_int, default=2000)
    demo.add_argument("--seed", metavar="S", type=int, default=7)
    demo.add_argument(
        "--as-of", metavar="DATE", type=parse_day, help="the demo's 'today' (default: today, UTC)"
    )
    demo.add_argument("--out", metavar="DIR", type=Path, help="only write the CSV files here")
    demo.set_defaults(handler=run_demo)


def parse_zone(text: str) -> tzinfo:
    if text.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        message = f"unknown time zone {text!r} (e.g. Europe/Warsaw)"
        raise argparse.ArgumentTypeError(message) from None


def date_window(text: str) -> DateWindow:
    try:
        return parse_window(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (e.g. 2026-03-01)") from None


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


class ProgressPrinter:
    """Progress on stderr: a live counter on a terminal, a line every few seconds in a log."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.every = REDRAW_EVERY_SECONDS if self.live else LINE_EVERY_SECONDS
        self.last_shown = time.monotonic()
        self.width = 0

    def __call__(self, state: ImportProgress) -> None:
        now = time.monotonic()
        finished = state.rows_total is not None and state.rows_done >= state.rows_total
        if now - self.last_shown < self.every and not (self.live and finished):
            return
        self.last_shown = now
        total = f" of ~{state.rows_total:,}" if state.rows_total else ""
        text = f"{state.file}: {state.rows_done:,}{total} rows"
        if self.live:
            self.stream.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def run_import(args: argparse.Namespace) -> int:
    """Import the folder; bad input raises ImportFailed, which `acrm` reports with exit code 2."""
    settings = resolve_settings(args.db)
    refuse_cache_only(settings, "nothing was imported", ON_THE_SERVER.format("import DIR"))
    printer = ProgressPrinter()
    with open_services(settings) as services:
        try:
            report = import_directory(
                services.db,
                args.directory,
                progress=printer,
                default_tz=args.tz,
                window=args.date_window,
            )
        finally:
            printer.close()
    print(report.summary())
    return 0


def run_demo(args: argparse.Namespace) -> int:
    printer = ProgressPrinter()
    if args.out is not None:
        try:
            counts = write_demo_csvs(
                args.out,
                customers=args.customers,
                seed=args.seed,
                as_of=args.as_of,
                transactions_per_customer=DEMO_TRANSACTIONS_PER_CUSTOMER,
                contacts_per_customer=DEMO_CONTACTS_PER_CUSTOMER,
                progress=printer,
            )
        finally:
            printer.close()
        for name, rows in counts.items():
            print(f"{args.out / name}: {rows:,} rows")
        return 0
    settings = resolve_settings(args.db)
    refuse_cache_only(settings, "no demo data was made", ON_THE_SERVER.format("demo"))
    with open_services(settings) as services:
        try:
            report = generate_demo(
                services.db,
                customers=args.customers,
                seed=args.seed,
                as_of=args.as_of,
                progress=printer,
                language=desk_language(settings.desk),
                lead=settings.agent_login,
            )
        finally:
            printer.close()
    print(report.summary())
    return 0
