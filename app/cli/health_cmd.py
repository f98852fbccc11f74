"""`acrm db health --url URL [--terminate]`: is the change feed held back, and by whom."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.services.errors import AcrmError
from app.services.storage.db import normalise_url
from app.services.storage.url_secrets import redacted, refuse_secrets


def register(actions: argparse._SubParsersAction) -> None:
    """Add `health` to the `db` command's actions."""
    health = actions.add_parser(
        "health", help="is the change feed held back, since when and by whom (exit 1 if so)"
    )
    health.add_argument("--url", metavar="URL", required=True, help="the shared server's URL")
    health.add_argument(
        "--terminate",
        action="store_true",
        help="end non-admin client transactions that held the feed longer than the bound",
    )
    health.set_defaults(handler=show_health)


def show_health(args: argparse.Namespace) -> int:
    from app.bootstrap import open_url
    from app.services.admin import server_health

    refuse_secrets(args.url, "--url")
    url = normalise_url(args.url)
    if not url.startswith("postgresql"):
        raise AcrmError("db health works on the shared PostgreSQL server only")
    with open_url(url) as db:
        if args.terminate:
            for ended in server_health.end_feed_holders(db):
                print(f"ended {ended.login} (pid {ended.pid}, transaction since "
                      f"{ended.xact_start:%Y-%m-%d %H:%M:%S %Z})")  # fmt: skip
        health = server_health.feed_health(db)
    print(f"{redacted(url)}:")
    for line in server_health.describe(health, datetime.now(UTC)):
        print(line)
    return 1 if health.held_back else 0
