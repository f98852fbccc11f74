"""`acrm connect` (first run without the desk) and `acrm logout` (sign out)."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.services.config import SSL_MODES, resolve_settings
from app.services.errors import AcrmError


def register(subparsers: argparse._SubParsersAction) -> None:
    connect = subparsers.add_parser(
        "connect", help="first run: check a server login, remember it, write [server]"
    )
    connect.add_argument("url", metavar="URL", help="postgresql://host:port/database (no user)")
    connect.add_argument("--login", required=True, metavar="LOGIN", help="your database login")
    connect.add_argument("--sslmode", default="verify-full", choices=SSL_MODES,
                         help="TLS mode (default: verify-full)")  # fmt: skip
    connect.add_argument("--sslrootcert", default="", metavar="FILE",
                         help="CA file the server's certificate must chain to")  # fmt: skip
    connect.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    connect.set_defaults(handler=connect_server)

    logout = subparsers.add_parser(
        "logout", help="sign out: forget the stored server password (and the cache, if asked)"
    )
    logout.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    logout.add_argument("--login", metavar="LOGIN", help="database login (default: configured)")
    logout.add_argument(
        "--forget-cache", action="store_true",
        help="also delete this server's local cache of your data (and its backups)",
    )  # fmt: skip
    logout.add_argument(
        "--discard-unsynced", action="store_true",
        help="with --forget-cache: delete it even though it holds work the server has not got",
    )  # fmt: skip
    logout.set_defaults(handler=logout_server)


def connect_server(args: argparse.Namespace) -> int:
    from app.services.first_run.connection import check_connection, server_of
    from app.services.first_run.password_store import store_password
    from app.services.first_run.user_config import (
        unlocked_server_values,
        write_user_server_config,
    )

    # A server the administrator pinned is refused before a password is even asked for.
    unlocked_server_values({"url": args.url, "login": args.login, "sslmode": args.sslmode,
                            "sslrootcert": args.sslrootcert})  # fmt: skip
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.login} on {args.url}: ")
    found = check_connection(args.url, args.login, password, args.sslmode, args.sslrootcert)
    if not found.ok:
        detail = f" ({found.detail})" if found.detail else ""
        raise AcrmError(f"cannot connect as {args.login}: {found.message}{detail}; nothing "
                        "was stored")  # fmt: skip
    print(f"connected to {found.server_name} as {found.person} ({found.role})")
    server = server_of(args.url, args.login, args.sslmode, args.sslrootcert)
    problem = store_password(server, password)
    path = write_user_server_config(args.url, args.login, args.sslmode, args.sslrootcert)
    print(f"[server] written to {path}")
    if problem:
        print(f"acrm: warning: {problem}", file=sys.stderr)
    else:
        print("password stored in the OS keyring")
    print("the first sync runs when the desk starts (or: acrm sync --once)")
    return 0


def logout_server(args: argparse.Namespace) -> int:
    from app.services.first_run.sign_out import sign_out

    if args.discard_unsynced and not args.forget_cache:
        raise AcrmError("--discard-unsynced only goes with --forget-cache")
    server = resolve_settings(args.db, args.login, server_url=args.server).server
    if server is None:
        raise AcrmError("no server configured: nothing to sign out of (the embedded database "
                        "keeps no password)")  # fmt: skip
    result = sign_out(server, forget_cache=args.forget_cache,
                      discard_unsynced=args.discard_unsynced)  # fmt: skip
    who = f"{server.login} on {server.url}"
    from app.services.sync.credentials import backend_problem

    if problem := backend_problem():
        print(f"signed out: {problem}, so no password of {who} was kept there")
    elif result.password_removed:
        print(f"signed out: the password of {who} was removed from the OS keyring")
    else:
        print(f"signed out: no password of {who} was stored in the OS keyring")
    if args.forget_cache:
        if result.discarded:
            print(f"discarded {result.discarded} unsynced or refused row(s), as confirmed")
        print(f"removed {len(result.files_removed)} cache file(s)")
        for path in result.files_removed:
            print(f"  {path}")
    return 0
