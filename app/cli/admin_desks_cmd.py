"""`acrm admin desks`: which desks are healthy, silent, failing or behind (exit 1 if any is not)."""

from __future__ import annotations

import argparse
import json

from app.bootstrap import open_services
from app.cli.password import add_password_option, password_source
from app.services.config import resolve_settings
from app.services.desks.health import DEFAULT_SILENT_MINUTES, DeskHealth
from app.services.errors import AcrmError

COLUMNS = ("STATE", "LOGIN", "HOST", "VERSION", "SCHEMA", "LAST SYNC", "UNSYNCED", "HEARD",
           "LAST ERROR")  # fmt: skip


def register_admin(actions: argparse._SubParsersAction) -> None:
    """Adds `desks` to `acrm admin`'s actions."""
    desks = actions.add_parser(
        "desks", help="desks' health from their heartbeats (exit 1 when any desk is unhealthy)"
    )
    desks.add_argument(
        "--silent-minutes", type=int, default=DEFAULT_SILENT_MINUTES, metavar="N",
        help=f"silent: unheard of for more than N minutes (default {DEFAULT_SILENT_MINUTES})",
    )  # fmt: skip
    desks.add_argument("--json", action="store_true", help="one JSON document for scripts")
    desks.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    desks.add_argument("--login", metavar="LOGIN", help="database login (default: configured)")
    add_password_option(desks)
    desks.set_defaults(handler=show_desks)


def show_desks(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    if settings.server is None:
        raise AcrmError(
            "no server configured: desks report their heartbeats to the shared server "
            "(set [server] url in the configuration file, $ACRM_SERVER_URL or --server)"
        )
    password = password_source(settings, args.password_stdin)
    with open_services(settings, password=password) as services:
        desks = services.desk_health.desks(args.silent_minutes)
    print(json.dumps(as_json(desks), indent=2, ensure_ascii=False) if args.json else table(desks))
    # For monitoring scripts: 0 every desk healthy (or none reported yet), 1 some desk not.
    return 0 if all(desk.healthy for desk in desks) else 1


def as_json(desks: list[DeskHealth]) -> dict:
    return {
        "desks": [
            {
                "state": desk.state.value,
                "problems": [problem.value for problem in desk.problems],
                "login": desk.report.login,
                "desk_id": str(desk.report.desk_id),
                "hostname": desk.report.hostname,
                "app_version": desk.report.app_version,
                "schema_revision": desk.report.schema_revision,
                "last_sync_at": _iso(desk.report.last_sync_at),
                "unsynced": desk.report.unsynced,
                "last_error": desk.report.last_error,
                "reported_at": _iso(desk.report.reported_at),
            }
            for desk in desks
        ],
        "unhealthy": sum(1 for desk in desks if not desk.healthy),
    }


def table(desks: list[DeskHealth]) -> str:
    if not desks:
        return "no desk has reported a heartbeat yet"
    rows = [COLUMNS] + [
        (desk.state.value, desk.report.login, desk.report.hostname, desk.report.app_version,
         desk.report.schema_revision, _iso(desk.report.last_sync_at) or "never",
         str(desk.report.unsynced), _iso(desk.report.reported_at), desk.report.last_error)
        for desk in desks
    ]  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
             for row in rows]  # fmt: skip
    unhealthy = sum(1 for desk in desks if not desk.healthy)
    lines.append(f"{len(desks)} desk(s), {unhealthy} unhealthy")
    return "\n".join(line.rstrip() for line in lines)


def _iso(moment) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
