"""`acrm admin create-user | deactivate-user | reset-password` (and other areas'), `acrm login`.

People and teams, codes, audit and desks add their actions through ADMIN_ACTION_MODULES.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from contextlib import AbstractContextManager

from app.bootstrap import open_url
from app.cli.db_cmds import shown
from app.models.enums import Role
from app.services.config import resolve_settings
from app.services.errors import AcrmError
from app.services.storage.db import Database, normalise_url
from app.services.storage.url_secrets import refuse_secrets

ROLES = tuple(role.value for role in Role)
# Areas adding their own `acrm admin ACTION`s: each module exposes register_admin(actions).
ADMIN_ACTION_MODULES = (
    "app.cli.admin_people_cmds",  # list-users, set-role, move-team, teams, reactivate-user
    "app.cli.admin_codes_cmd",  # codes list|add|label|deactivate|reactivate; audit
    "app.cli.admin_desks_cmd",  # desks (desks' health)
)


def register(subparsers: argparse._SubParsersAction) -> None:
    admin = subparsers.add_parser(
        "admin", help="server administration: people's logins, wrap-up codes, the audit log"
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    create = actions.add_parser("create-user", help="a login role and its user, in one step")
    create.add_argument("login", metavar="LOGIN", help="the person's database login")
    create.add_argument("--role", required=True, choices=ROLES, help="what the person may do")
    create.add_argument("--team", required=True, metavar="TEAM", help="team name (made if new)")
    create.set_defaults(handler=create_user)
    deactivate = actions.add_parser("deactivate-user", help="no more logins for LOGIN")
    deactivate.add_argument("login", metavar="LOGIN")
    deactivate.set_defaults(handler=deactivate_user)
    reset = actions.add_parser("reset-password", help="a new password for LOGIN")
    reset.add_argument("login", metavar="LOGIN")
    reset.set_defaults(handler=reset_password)
    for name in ADMIN_ACTION_MODULES:
        importlib.import_module(name).register_admin(actions)
    for parser in (create, deactivate, reset):
        parser.add_argument(
            "--url", required=True, metavar="URL",
            help="the server as an administrator (superuser or CREATEROLE, in the admin group)",
        )  # fmt: skip
    for parser in (create, reset):
        parser.add_argument(
            "--password-stdin", action="store_true",
            help="read the new password from standard input (default: generate and print one)",
        )  # fmt: skip

    login = subparsers.add_parser("login", help="keep your server password in the OS keyring")
    login.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    login.add_argument("--login", metavar="LOGIN", help="database login (default: configured)")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    login.set_defaults(handler=store_login)


def create_user(args: argparse.Namespace) -> int:
    from app.services.admin import server_admin

    password, generated = _new_password(args.password_stdin)
    with _open(args.url) as db:
        created = server_admin.create_user(db, args.login, args.role, args.team, password)
    print(f"created {created.login} (role {created.role}, team {created.team}) on {shown(db.url)}")
    _show_generated(password, generated)
    return 0


def deactivate_user(args: argparse.Namespace) -> int:
    from app.services.admin import server_admin

    with _open(args.url) as db:
        ended = server_admin.deactivate_user(db, args.login)
    print(
        f"deactivated {args.login} on {shown(db.url)}: no new logins, {ended} open session(s) "
        "ended; history is kept"
    )
    return 0


def reset_password(args: argparse.Namespace) -> int:
    from app.services.admin import server_admin

    password, generated = _new_password(args.password_stdin)
    with _open(args.url) as db:
        server_admin.reset_password(db, args.login, password)
    print(f"new password set for {args.login} on {shown(db.url)}")
    _show_generated(password, generated)
    return 0


def store_login(args: argparse.Namespace) -> int:
    """Keep the person's password in the keyring; without one the desktop asks each session."""
    from app.services.sync.credentials import CredentialStore, backend_problem

    server = resolve_settings(args.db, args.login, server_url=args.server).server
    if server is None:
        raise AcrmError(
            "no server configured: set [server] url in the configuration file, "
            "$ACRM_SERVER_URL or --server"
        )
    problem = backend_problem()
    if problem:
        raise AcrmError(f"{problem}; the desktop will ask for your password each session")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {server.login} on {server.url}: ")
    if not password:
        raise AcrmError("no password given; nothing was stored")
    if not CredentialStore().save(server, password):
        raise AcrmError("the OS keyring refused to store the password; nothing was stored")
    print(f"password for {server.login} on {server.url} stored in the OS keyring")
    return 0


def _new_password(from_stdin: bool) -> tuple[str, bool]:
    from app.services.admin.server_admin import generate_password

    if not from_stdin:
        return generate_password(), True
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise AcrmError("--password-stdin: standard input held no password")
    return password, False


def _show_generated(password: str, generated: bool) -> None:
    if not generated:
        return
    # The only place the clear password ever appears: the administrator hands it over.
    print(f"password: {password}")
    print("this password will not be shown again; hand it to the person over a safe channel")


def _open(url: str) -> AbstractContextManager[Database]:
    refuse_secrets(url, "--url")
    url = normalise_url(url)
    if not url.startswith("postgresql"):
        raise AcrmError("user administration works on the shared PostgreSQL server only")
    return open_url(url)
