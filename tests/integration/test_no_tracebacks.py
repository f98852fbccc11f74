"""Every `acrm` command meets bad input with one plain line and exit 2, never a traceback.

The commands are the README's command table; each is fed bad files, bad encodings, deeply
nested JSON, missing databases (SQLite and PostgreSQL), forbidden logins and wrong
passwords, and must name what is wrong (not the generic "internal error").
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.cli import main
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

# Commands that open the database named by --db (or $ACRM_DB_URL / the default).
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
}
# Commands that work on the shared server named by --url.
URL_COMMANDS = {
    "admin create-user": ["admin", "create-user", "newbie", "--role", "agent", "--team", "T"],
    "admin deactivate-user": ["admin", "deactivate-user", "someone"],
    "admin reset-password": ["admin", "reset-password", "someone"],
    "db prune-feed": ["db", "prune-feed"],
}
# Commands that log in to the server named by --server as --login (password on stdin).
SERVER_COMMANDS = {"sync --once": ["sync", "--once"]}
# Commands that need a server configured but work on the local cache (offline first: queue
# reassign sends its change at once only when the server is reachable).
LOCAL_SERVER_COMMANDS = {
    "sync --status": ["sync", "--status"],
    "sync --retry-refused": ["sync", "--retry-refused"],
    "queue list": ["queue", "list"],
    "queue reassign": ["queue", "reassign", "abcdef12", "--to", "someone"],
}
ALL_SERVER_COMMANDS = {**SERVER_COMMANDS, **LOCAL_SERVER_COMMANDS}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
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
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(args)
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    everything = out + err + caplog.text
    assert "Traceback" not in everything, everything
    assert code == 2, f"exit {code}\n{out}\n{err}"
    errors = [line for line in err.splitlines() if line.startswith("acrm: error:")]
    assert len(errors) == 1, err
    assert "internal error" not in errors[0], errors[0]
    return code, errors[0]


# --- bad files ----------------------------------------------------------------------------

RULES_TEXT = '{"rules": [{"id": "r1", "name": "Zażółć gęślą jaźń", "condition": "true"}]}'


def bad_rules_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    cp1250 = tmp_path / "cp1250.json"
    cp1250.write_bytes(RULES_TEXT.encode("cp1250"))
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(bytes(range(256)) * 8)
    deep = tmp_path / "deep.json"
    deep.write_text('{"rules": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    deep_objects = tmp_path / "deep-objects.json"
    deep_objects.write_text('{"a": ' * 5000 + "1" + "}" * 5000, encoding="utf-8")
    return {
        "cp1250": (cp1250, "line 1: not UTF-8 text (byte 0xbf)"),
        "binary garbage": (garbage, "line 2: not UTF-8 text (byte 0x80)"),
        "deeply nested": (deep, "JSON nested more than 32 levels deep"),
        "deeply nested objects": (deep_objects, "JSON nested more than 32 levels deep"),
        "missing": (tmp_path / "nope.json", "cannot read: No such file or directory"),
        "a directory": (tmp_path, "cannot read: Is a directory"),
    }


@pytest.mark.parametrize("kind", ["cp1250", "binary garbage", "deeply nested",
                                  "deeply nested objects", "missing", "a directory"])  # fmt: skip
@pytest.mark.parametrize("command", ["check", "import"])
def test_bad_rules_files_are_named(tmp_path, capsys, caplog, kind: str, command: str) -> None:
    path, expected = bad_rules_files(tmp_path)[kind]
    _, line = run(capsys, caplog, ["rules", command, str(path)])
    assert f"{path}" in line and expected in line


def bad_csv_dirs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    cp1250 = tmp_path / "cp1250"
    cp1250.mkdir()
    text = "external_id,first_name,last_name\nC1,Zażółć,Gęśl\n"
    (cp1250 / "customers.csv").write_bytes(text.encode("cp1250"))
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "customers.csv").write_bytes(bytes(range(256)) * 8)
    return {
        "cp1250": (cp1250, "customers.csv, line 2: not UTF-8 text"),
        "binary garbage": (garbage, "customers.csv, line 2: not UTF-8 text"),
        "missing": (tmp_path / "nowhere", "not a directory"),
    }


@pytest.mark.parametrize("kind", ["cp1250", "binary garbage", "missing"])
def test_bad_csv_files_are_named(sqlite_db, tmp_path, capsys, caplog, kind: str) -> None:
    path, expected = bad_csv_dirs(tmp_path)[kind]
    _, line = run(capsys, caplog, ["--db", sqlite_db.url, "import", str(path)])
    assert expected in line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[server]\nurl = "postgresql://db/acrm"\nlogin = "Łucja"\n'.encode("cp1250"),
         "not a valid configuration file"),
        (bytes(range(256)) * 4, "not a valid configuration file"),
        (("a = " + "[" * 50_000 + "]" * 50_000).encode(), "nested too deeply"),
    ],
    ids=["cp1250", "binary garbage", "deeply nested"],
)  # fmt: skip
@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_a_bad_configuration_file_is_named(
    isolated_data_dir, files, capsys, caplog, name: str, content: bytes, expected: str
) -> None:
    config = isolated_data_dir / "config.toml"
    config.write_bytes(content)
    _, line = run(capsys, caplog, argv(DB_COMMANDS[name], files))
    assert f"{config}: " in line and expected in line


# --- missing or unusable SQLite files -----------------------------------------------------


def sqlite_commands(url: str, files: dict[str, str]) -> dict[str, list[str]]:
    """Every command that opens a local SQLite file, pointed at `url`."""
    commands = {name: ["--db", url, *argv(t, files)] for name, t in DB_COMMANDS.items()}
    for name, template in ALL_SERVER_COMMANDS.items():
        commands[name] = ["--db", url, *template, "--server", "postgresql://127.0.0.1:9/acrm",
                          "--login", "anna", "--password-stdin"]  # fmt: skip
    return commands


ALL_SQLITE = sorted([*DB_COMMANDS, *ALL_SERVER_COMMANDS])


@pytest.mark.parametrize("name", ALL_SQLITE)
def test_a_sqlite_file_in_a_missing_directory(tmp_path, files, capsys, caplog, name) -> None:
    missing = tmp_path / "missing" / "dir"
    args = sqlite_commands(f"sqlite:///{missing / 'acrm.sqlite3'}", files)[name]
    _, line = run(capsys, caplog, args, stdin="pw\n")
    assert f"the directory {missing} does not exist" in line or (
        name == "db current" and f"no database file at {missing}" in line
    ), line
    assert not missing.exists()


@pytest.mark.parametrize("name", ALL_SQLITE)
def test_a_sqlite_file_in_an_unusable_directory(tmp_path, files, capsys, caplog, name) -> None:
    # Tests run as root, which may write anywhere: a "directory" that is a plain file is the
    # unwritable place every user meets alike.
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    args = sqlite_commands(f"sqlite:///{blocker / 'acrm.sqlite3'}", files)[name]
    _, line = run(capsys, caplog, args, stdin="pw\n")
    assert f"{blocker} is not a directory" in line or (
        name == "db current" and f"no database file at {blocker}" in line
    ), line


def test_a_database_url_that_is_not_one(files, capsys, caplog) -> None:
    for name, template in DB_COMMANDS.items():
        _, line = run(capsys, caplog, ["--db", "nosuchdb://x@h/db", *argv(template, files)])
        assert "cannot use database URL 'nosuchdb://x@h/db'" in line, name


# --- secrets in URLs ----------------------------------------------------------------------

SECRET = "Tajne-Haslo-77"
SECRET_URLS = {
    "user info": f"postgresql://anna:{SECRET}@db.bank.local/acrm",
    "password parameter": f"postgresql://db.bank.local/acrm?password={SECRET}",
    "encoded parameter": f"postgresql://db.bank.local/acrm?sslmode=require&pass%77ord={SECRET}",
    "sslpassword": f"postgresql://db.bank.local/acrm?sslpassword={SECRET}",
    "passfile": f"postgresql://db.bank.local/acrm?passfile=/tmp/{SECRET}",
    "oauth secret": f"postgresql://db.bank.local/acrm?oauth_client_secret={SECRET}",
}


def every_url_option(url: str, files: dict[str, str]) -> dict[str, list[str]]:
    """Every command with every place a URL can be given on the command line."""
    commands = {name: ["--db", url, *argv(t, files)] for name, t in DB_COMMANDS.items()}
    commands["db upgrade --url"] = ["db", "upgrade", "--url", url]
    commands["db current --url"] = ["db", "current", "--url", url]
    for name, template in URL_COMMANDS.items():
        commands[name] = [*template, "--url", url]
    for name, template in ALL_SERVER_COMMANDS.items():
        commands[name] = [*template, "--server", url, "--login", "anna", "--password-stdin"]
    commands["login"] = ["login", "--server", url, "--login", "anna", "--password-stdin"]
    return commands


@pytest.mark.parametrize("where", sorted(SECRET_URLS))
def test_a_secret_in_any_url_option_is_refused_unechoed(files, capsys, caplog, where) -> None:
    for name, args in every_url_option(SECRET_URLS[where], files).items():
        _, line = run(capsys, caplog, args, stdin="pw\n")
        assert "must not carry a password or other secret" in line, name
        assert SECRET not in caplog.text, name  # run() checked stdout and stderr


@pytest.mark.parametrize("where", sorted(SECRET_URLS))
def test_a_secret_in_the_environment_or_the_config_is_refused(
    isolated_data_dir, files, monkeypatch, capsys, caplog, where
) -> None:
    url = SECRET_URLS[where]
    monkeypatch.setenv("ACRM_DB_URL", url)
    _, line = run(capsys, caplog, argv(DB_COMMANDS["rules versions"], files))
    assert line.startswith("acrm: error: $ACRM_DB_URL: a database URL must not carry")
    monkeypatch.delenv("ACRM_DB_URL")
    monkeypatch.setenv("ACRM_SERVER_URL", url)
    _, line = run(capsys, caplog, ["sync", "--status"])
    assert line.startswith("acrm: error: $ACRM_SERVER_URL: a database URL must not carry")
    monkeypatch.delenv("ACRM_SERVER_URL")
    (isolated_data_dir / "config.toml").write_text(f'[server]\nurl = "{url}"\n', "utf-8")
    for name, template in {**DB_COMMANDS, **LOCAL_SERVER_COMMANDS}.items():
        _, line = run(capsys, caplog, argv(template, files))
        assert line.startswith("acrm: error: [server] url: a database URL must not"), name
    assert SECRET not in caplog.text
    assert not list(isolated_data_dir.glob("cache-*"))  # nothing was stored


# --- PostgreSQL: a missing database, a login without rights, a wrong password --------------


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


ALL_PG = sorted([*DB_COMMANDS, *URL_COMMANDS, *SERVER_COMMANDS])


@pytest.mark.parametrize("name", ALL_PG)
def test_a_missing_postgres_database(pg_server, pg_url, files, capsys, caplog, name) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    url = server_url(pg_url, database="no_such_database", user="postgres")
    args = server_commands(url, login, files)[name]
    _, line = run(capsys, caplog, args, stdin=f"{PASSWORD}\n")
    assert 'database "no_such_database" does not exist' in line


@pytest.fixture
def no_rights_login(pg_url, tmp_path, monkeypatch) -> str:
    """A login role in no group (so it may do nothing), its password in a libpq passfile."""
    login = unique_login("nobody")
    with psycopg.connect(server_url(pg_url, user="postgres"), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{login}:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    return login


@pytest.mark.parametrize("name", sorted([*DB_COMMANDS, *URL_COMMANDS]))
def test_a_login_without_rights(pg_url, no_rights_login, files, capsys, caplog, name) -> None:
    url = server_url(pg_url, user=no_rights_login)
    args = server_commands(url, no_rights_login, files)[name]
    _, line = run(capsys, caplog, args)
    if name.startswith("admin"):
        assert "the server refused: managing users, teams" in line and "admin role" in line
    else:
        assert "permission denied for" in line and "this login lacks the right" in line, line


@pytest.mark.parametrize("name", sorted(SERVER_COMMANDS))
def test_a_wrong_password(pg_url, files, capsys, caplog, name) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    args = server_commands(server_url(pg_url), login, files)[name]
    _, line = run(capsys, caplog, args, stdin="not-the-password\n")
    assert f"the server refused the login {login!r}: wrong password" in line, line


# --- the desktop and the last line of defence ---------------------------------------------


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("sqlite:///{tmp}/missing/acrm.sqlite3", "does not exist"),
        (f"postgresql://db.bank.local/acrm?password={SECRET}", "must not carry a password"),
    ],
    ids=["missing directory", "secret in the URL"],
)
def test_the_desktop_says_why_it_cannot_start(tmp_path, db: str, expected: str) -> None:
    result = run_desk(db.format(tmp=tmp_path))
    assert expected in result.stderr and SECRET not in result.stderr


def test_the_desktop_on_a_missing_postgres_database(pg_url) -> None:
    result = run_desk(server_url(pg_url, database="no_such_database", user="postgres"))
    assert 'database "no_such_database" does not exist' in result.stderr


def run_desk(db: str):
    """`acrm --db DB desk --smoke` in its own process (Qt): exit 2, no traceback."""
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "app", "--db", db, "desk", "--smoke",
               "--smoke-timeout", "30"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 2, result.stderr
    return result


def test_an_unexpected_failure_is_one_line_and_a_private_log(isolated_data_dir, capsys) -> None:
    from app.cli import failures

    try:
        {}["a bug"]  # a real exception with a real traceback
    except KeyError as error:
        code = failures.report(error)
    err = capsys.readouterr().err
    log = isolated_data_dir / failures.LOG_NAME
    assert code == 2
    assert err == f"acrm: error: internal error (KeyError); details in {log}\n"
    assert "Traceback" in log.read_text() and "a bug" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600


def leaf_commands() -> set[str]:
    """Every command `acrm --help` offers, with its sub-actions ("rules check", "nba", ...)."""
    import argparse

    from app.cli import build_parser

    def actions(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    leaves = set()
    for name, sub in actions(build_parser()).items():
        nested = actions(sub)
        leaves |= {f"{name} {action}" for action in nested} if nested else {name}
    return leaves


def test_every_command_is_fed_bad_input() -> None:
    """A new command must join the lists above (and so meet every kind of bad input)."""
    tested = {name.split(" --")[0] for name in [*DB_COMMANDS, *URL_COMMANDS,
                                                *ALL_SERVER_COMMANDS]}  # fmt: skip
    tested |= {"rules check", "login", "desk"}  # bad files; secrets; the desktop (above)
    assert leaf_commands() - tested == set()
