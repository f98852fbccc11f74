"""`acrm sync --once | --status | --retry-refused`: the desktop's sync, for scripts and support."""

from __future__ import annotations

import argparse
import sys

from app.bootstrap import open_services
from app.cli.password import add_password_option, password_source
from app.services.config import Settings, resolve_settings
from app.services.errors import AcrmError
from app.services.storage.url_secrets import redacted
from app.services.sync.service import SyncService
from app.services.sync.status import SkippedFeedRow, SyncProgress, SyncStatus


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="sync with the shared server (once, or status)")
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="push and pull once, then exit")
    mode.add_argument("--status", action="store_true", help="print unsynced rows and last sync")
    mode.add_argument(
        "--retry-refused", action="store_true", help="queue rows the server refused again"
    )
    sync.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    sync.add_argument("--login", metavar="LOGIN", help="database login (default: configured)")
    add_password_option(sync)
    sync.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    if settings.server is None:
        raise AcrmError(
            "no server configured: set [server] url in the configuration file, "
            "$ACRM_SERVER_URL or --server (the embedded database needs no sync)"
        )
    password = password_source(settings, args.password_stdin)
    with open_services(settings, password=password) as services:
        sync = services.sync
        assert sync is not None  # a server is configured
        if args.status:
            return _print_status(sync.status(), settings, sync.store.skipped())
        if args.retry_refused:
            print(f"{sync.store.retry_rejected()} refused row(s) queued again")
            return 0
        return _once(sync)


def _once(sync: SyncService) -> int:
    report = sync.run_once(progress=_progress if sys.stderr.isatty() else None)
    kind = "first sync" if report.full_resync else "sync"
    skipped = f", skipped {len(report.skipped)} feed row(s)" if report.skipped else ""
    print(f"{kind}: pushed {report.pushed}, pulled {report.pulled}{skipped}")
    for row in report.rejected:
        print(f"acrm: refused by the server: outbox row {row.outbox_id}: {row.message}",
              file=sys.stderr)  # fmt: skip
    for skip in report.skipped:
        print(f"acrm: skipped {skip}", file=sys.stderr)
    if report.skipped:
        print("acrm: everything else was applied; `acrm sync --status` lists the skipped rows "
              "(an administrator should look at them)", file=sys.stderr)  # fmt: skip
    # 1: something needs a person (a refused row, a skipped feed row); the rest went through.
    return 1 if report.rejected or report.skipped else 0


def _progress(progress: SyncProgress) -> None:
    print(f"\r{progress.phase}: {progress.done}/{progress.total} {progress.table:<24}",
          end="", file=sys.stderr, flush=True)  # fmt: skip


SKIPS_SHOWN = 20  # newest first; the desk's sync problems window lists them all


def _print_status(status: SyncStatus, settings: Settings, skipped: list[SkippedFeedRow]) -> int:
    assert settings.server is not None
    last = status.last_sync_at.isoformat(timespec="seconds") if status.last_sync_at else "never"
    print(f"server: {redacted(settings.server.url)} as {settings.server.login}")
    print(f"unsynced: {status.unsynced}")
    print(f"refused: {status.rejected}")
    print(f"last sync: {last}")
    if status.last_error:
        print(f"last error: {status.last_error}")
    if skipped:
        print(f"feed rows skipped: {len(skipped)} (could not be read or stored; the rest applied)")
        for row in skipped[:SKIPS_SHOWN]:
            print(f"  {row}")
    return 0 if status.unsynced == 0 and status.rejected == 0 else 1
