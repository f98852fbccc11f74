"""Shared by the bad-input tests: every `acrm` command, how to run one, what it must print."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from tests.cli_runner import acrm

DB_COMMANDS = {
    "import": ["import", "{csv_dir}"],
    "demo": ["demo", "--customers", "3"],
    "customer show": ["customer", "show", "C1"],
    "db upgrade": ["db", "upgrade"],
    "db current": ["db", "current"],
    "rules import": ["rules", "import", "{rules}"],
    "rules publish": ["rules", "publish"],
    "rules export": ["rules", "export"],
    "rules versions": ["rules", "versions"],
    "rules rollback": ["rules", "rollback", "1"],
    "rules diff": ["rules", "diff"],
    "nba": ["nba", "C1"],
    "nba --all": ["nba", "--all", "--jsonl", "--workers", "1"],
    "actions run": ["actions", "run"],
    "actions outbox": ["actions", "outbox"],
    "actions retry": ["actions", "retry", "--webhook-url", "http://127.0.0.1:9/hook"],
    "queue mine": ["queue", "mine"],
    "queue pool": ["queue", "pool"],
    "queue next": ["queue", "next"],
    "queue take": ["queue", "take", "abcdef12"],
    "queue close": ["queue", "close", "abcdef12", "--outcome", "reached"],
    "report agents": ["report", "agents"],
    "report offers": ["report", "offers"],
    "report hourly": ["report", "hourly"],
    "report campaigns": ["report", "campaigns"],
    "report effectiveness": ["report", "effectiveness", "--by", "value_tier"],
    "campaign create": ["campaign", "create", "Lato", "--condition", "age > 30", "--action", "x"],
    "campaign generate": ["campaign", "generate", "Lato"],
    "campaign status": ["campaign", "status", "Lato"],
    "campaign close": ["campaign", "close", "Lato"],
    "campaign list": ["campaign", "list"],
    "admin codes": ["admin", "codes", "list"],
    "admin audit": ["admin", "audit"],
}
# Commands that work on the shared server named by --url.
URL_COMMANDS = {
    "admin create-user": ["admin", "create-user", "newbie", "--role", "agent", "--team", "T"],
    "admin deactivate-user": ["admin", "deactivate-user", "someone"],
    "admin reset-password": ["admin", "reset-password", "someone"],
    "admin list-users": ["admin", "list-users"],
    "admin list-teams": ["admin", "list-teams", "--json"],
    "admin set-role": ["admin", "set-role", "someone", "team_lead"],
    "admin move-team": ["admin", "move-team", "someone", "T"],
    "admin create-team": ["admin", "create-team", "T2"],
    "admin rename-team": ["admin", "rename-team", "T", "T3"],
    "admin reactivate-user": ["admin", "reactivate-user", "someone"],
    "db prune-feed": ["db", "prune-feed"],
    "db health": ["db", "health"],
}
# Commands that log in to the server named by --server as --login (password on stdin).
SERVER_COMMANDS = {"sync --once": ["sync", "--once"], "admin desks": ["admin", "desks"]}
# Commands that need a server configured but work on the local cache (offline first: queue
# reassign sends its change at once only when the server is reachable).
LOCAL_SERVER_COMMANDS = {
    "sync --status": ["sync", "--status"],
    "sync --retry-refused": ["sync", "--retry-refused"],
    "queue list": ["queue", "list"],
    "queue reassign": ["queue", "reassign", "abcdef12", "--to", "someone"],
}
ALL_SERVER_COMMANDS = {**SERVER_COMMANDS, **LOCAL_SERVER_COMMANDS}


def make_files(tmp_path: Path) -> dict[str, str]:
    good_rules = tmp_path / "rules.json"
    good_rules.write_text('{"rules": []}', encoding="utf-8")
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    (csv_dir / "customers.csv").write_text("external_id,first_name,last_name\n", "utf-8")
    return {"rules": str(good_rules), "csv_dir": str(csv_dir)}


def argv(template: list[str], files: dict[str, str]) -> list[str]:
    return [part.format(**files) for part in template]


def run(capsys, caplog, args: list[str], stdin: str = "") -> tuple[int, str]:
    """Run `acrm args`; assert exit 2 and exactly one plain error line; return it."""
    code = acrm(args, stdin)
    out, err = capsys.readouterr()
    everything = out + err + caplog.text
    assert "Traceback" not in everything, everything
    assert code == 2, f"exit {code}\n{out}\n{err}"
    errors = [line for line in err.splitlines() if line.startswith("acrm: error:")]
    assert len(errors) == 1, err
    assert "internal error" not in errors[0], errors[0]
    return code, errors[0]


def server_url(pg_url: str, database: str | None = None, user: str | None = None) -> str:
    url = make_url(pg_url)._replace(username=user, password=None, drivername="postgresql")
    if database is not None:
        url = url._replace(database=database)
    return url.render_as_string(hide_password=False)


def server_commands(url: str, login: str, files: dict[str, str]) -> dict[str, list[str]]:
    """Every command that reaches the server, pointed at `url` (with `login` for desks)."""
    commands = {name: ["--db", url, *argv(t, files)] for name, t in DB_COMMANDS.items()}
    for name, template in URL_COMMANDS.items():
        commands[name] = [*template, "--url", url]
    for name, template in SERVER_COMMANDS.items():
        host_url = make_url(url)._replace(username=None).render_as_string()
        commands[name] = [*template, "--server", host_url, "--login", login, "--password-stdin"]
    return commands
