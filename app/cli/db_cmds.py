"""`acrm db upgrade` and `acrm db current`: the schema revision of a database."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from app.bootstrap import open_url
from app.cli.failures import described
from app.services.config import resolve_settings
from app.services.errors import AcrmError
from app.services.storage import migrate
from app.services.storage.db import normalise_url
from app.services.storage.url_secrets import redacted, refuse_secrets


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="database schema: upgrade, current revision")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="bring the schema to this version's newest")
    current = actions.add_parser("current", help="print the schema revision and the newest")
    for parser in (upgrade, current):
        parser.add_argument(
            "--url", metavar="URL", help="database URL (default: acrm --db, $ACRM_DB_URL, ...)"
        )
    prune = actions.add_parser(
        "prune-feed", help="drop change-feed rows (tombstones) older than the retention period"
    )
    prune.add_argument("--url", metavar="URL", required=True, help="the shared server's URL")
    prune.add_argument("--days", type=int, default=30, metavar="N", help="keep N days (30)")
    prune.set_defaults(handler=prune_feed_rows)
    upgrade.set_defaults(handler=upgrade_database)
    current.set_defaults(handler=show_current)
    from app.cli import health_cmd  # db health: its own module

    health_cmd.register(actions)


def target_url(args: argparse.Namespace) -> str:
    option = "--url" if args.url else "--db"
    return normalise_url(resolve_settings(args.url or args.db, db_option=option).db_url)


def shown(url: str) -> str:
    """The URL without its password or secret parameters, fit for a terminal or a log."""
    return redacted(url)


def upgrade_database(args: argparse.Namespace) -> int:
    """Migrate (a SQLite file is backed up first) and print `from -> to`."""
    url = target_url(args)
    with open_url(url) as db, described(url):
        before = migrate.current_revision(db.engine)
        changed = migrate.upgrade(db.engine)
        after = migrate.current_revision(db.engine)
    if changed:
        print(f"{shown(url)}: upgraded {before or 'empty'} -> {after}")
    else:
        print(f"{shown(url)}: already at the newest revision {after}")
    return 0


def prune_feed_rows(args: argparse.Namespace) -> int:
    """The retention job: desktops offline longer than --days resynchronise fully."""
    from datetime import timedelta

    from app.services.sync.retention import prune_feed

    refuse_secrets(args.url, "--url")
    url = normalise_url(args.url)
    if not url.startswith("postgresql"):
        raise AcrmError("prune-feed works on the shared PostgreSQL server only")
    if args.days < 1:
        raise AcrmError("--days: keep at least one day")
    with open_url(url) as db, described(url):
        removed = prune_feed(db, timedelta(days=args.days))
    print(f"{shown(url)}: pruned {removed} change-feed row(s) older than {args.days} day(s)")
    return 0


def show_current(args: argparse.Namespace) -> int:
    """Print the revision; exit 1 when the schema is behind this version (scripts can check)."""
    url = target_url(args)
    database = make_url(url).database
    if url.startswith("sqlite") and database and not Path(database).exists():
        raise AcrmError(f"no database file at {database}; `acrm db upgrade` creates it")
    with open_url(url) as db, described(url):
        current = migrate.current_revision(db.engine)
    head = migrate.head_revision()
    if current == head:
        print(f"{shown(url)}: {current} (newest)")
        return 0
    print(f"{shown(url)}: {current or 'empty'} (newest is {head}; run `acrm db upgrade`)")
    return 1
