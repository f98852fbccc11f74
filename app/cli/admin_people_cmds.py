"""`acrm admin list-users | list-teams | set-role | move-team | create-team | rename-team |
reactivate-user`: people and teams, on the shared server or an embedded database file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.bootstrap import open_people
from app.cli.db_cmds import shown
from app.services.admin.people import PeopleService
from app.services.config import resolve_settings
from app.services.errors import AcrmError
from app.services.storage.db import normalise_url
from app.services.storage.url_secrets import refuse_secrets

URL_HELP = (
    "the shared server as an administrator (login roles need CREATEROLE), or an embedded "
    "database file (sqlite:///PATH: users and teams rows only)"
)


def register_admin(actions: argparse._SubParsersAction) -> None:
    """Adds its actions to `acrm admin` (called by admin_cmds.register)."""
    commands = []
    for name, helped, handler in (
        ("list-users", "people: login, name, role, team, state", list_users),
        ("list-teams", "teams: members and leads", list_teams),
    ):
        parser = actions.add_parser(name, help=helped)
        parser.add_argument("--json", action="store_true", help="one JSON document")
        parser.set_defaults(handler=handler)
        commands.append(parser)  # fmt: skip
    role = actions.add_parser("set-role", help="LOGIN's role (and login group) becomes ROLE")
    role.add_argument("login", metavar="LOGIN")
    role.add_argument("role", metavar="ROLE", help="agent, team_lead, rule_author or admin")
    role.set_defaults(handler=set_role)
    move = actions.add_parser("move-team", help="LOGIN joins TEAM (an existing team)")
    move.add_argument("login", metavar="LOGIN")
    move.add_argument("team", metavar="TEAM")
    move.set_defaults(handler=move_team)
    create = actions.add_parser("create-team", help="a new, empty team")
    create.add_argument("name", metavar="NAME")
    create.set_defaults(handler=create_team)
    rename = actions.add_parser("rename-team", help="team OLD is called NEW from now on")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(handler=rename_team)
    reactivate = actions.add_parser("reactivate-user", help="LOGIN may log in again")
    reactivate.add_argument("login", metavar="LOGIN")
    reactivate.set_defaults(handler=reactivate_user)
    for parser in (*commands, role, move, create, rename, reactivate):
        parser.add_argument("--url", required=True, metavar="URL", help=URL_HELP)


def list_users(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        listed = people.people()
    if args.json:
        print(json.dumps([{"login": p.login, "display_name": p.display_name, "role": p.role,
                           "team": p.team, "active": p.active,
                           "last_seen": p.last_seen.isoformat() if p.last_seen else None}
                          for p in listed], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for p in listed:
        seen = p.last_seen.strftime("%Y-%m-%d %H:%M") if p.last_seen else "-"
        state = "active" if p.active else "deactivated"
        print(f"{p.login:<20} {p.role:<12} {p.team or '-':<24} {state:<12} {seen}  "
              f"{p.display_name}")  # fmt: skip
    return 0


def list_teams(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        listed = people.teams()
    if args.json:
        print(json.dumps([{"name": t.name, "members": t.members, "leads": list(t.leads)}
                          for t in listed], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for t in listed:
        print(f"{t.name:<30} {t.members:>4} member(s)  lead: {', '.join(t.leads) or '-'}")
    return 0


def set_role(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        old = people.set_role(args.login, args.role)
    if old == args.role:
        print(f"{args.login} already has the role {args.role}; nothing was changed")
    else:
        print(f"{args.login}: role {old} -> {args.role}")
    return 0


def move_team(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        moved = people.move_team(args.login, args.team)
    if moved.old_team == moved.new_team:
        print(f"{moved.login} is already in team {moved.new_team}; nothing was changed")
    else:
        back = f"{moved.returned_items} open item(s) returned to {moved.old_team}'s pool"
        print(f"{moved.login}: team {moved.old_team or '-'} -> {moved.new_team}; {back}")
    return 0


def create_team(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        name = people.create_team(args.name)
    print(f"team {name} created")
    return 0


def rename_team(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        new = people.rename_team(args.old, args.new)
    print(f"team {args.old.strip()} is now {new}")
    return 0


def reactivate_user(args: argparse.Namespace) -> int:
    with _people(args.url) as people:
        people.reactivate(args.login)
    print(f"reactivated {args.login}: may log in again with their password")
    return 0


@contextmanager
def _people(url: str) -> Iterator[PeopleService]:
    refuse_secrets(url, "--url")
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if not path or path == ":memory:" or not Path(path).is_file():
            raise AcrmError(f"--url: no database file at {path!r}")
        actor = resolve_settings().agent_login  # who the embedded desk's audit names
    elif url.startswith("postgresql"):
        actor = ""  # the server names the login itself
    else:
        raise AcrmError(f"--url: {shown(url)!r} is neither a PostgreSQL server nor a SQLite file")
    with open_people(url, actor) as people:
        yield people
