"""Every `acrm` command meets bad input with one plain line and exit 2, never a traceback.

The commands are those `acrm --help` lists (a test checks none is left out); each is fed bad
files, bad encodings, deeply nested JSON and TOML, SQLite paths in missing or unusable
directories, and must name what is wrong (not the generic "internal error"). The server's
failures are in test_no_tracebacks_server.py, secrets in URLs in test_url_secrets_cli.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.integration.bad_input import (
    ALL_SERVER_COMMANDS,
    DB_COMMANDS,
    URL_COMMANDS,
    argv,
    make_files,
    run,
    server_url,
)

SECRET = "Tajne-Haslo-77"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return make_files(tmp_path)


# --- bad files ----------------------------------------------------------------------------

RULES_TEXT = '{"rules": [{"id": "r1", "name": "Zażółć gęślą jaźń", "condition": "true"}]}'


def bad_rules_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    cp1250 = tmp_path / "cp1250.json"
    cp1250.write_bytes(RULES_TEXT.encode("cp1250"))
    cp1250_bom = tmp_path / "cp1250-bom.json"  # a BOM, then cp1250: the byte named is right
    cp1250_bom.write_bytes(b"\xef\xbb\xbf" + RULES_TEXT.encode("cp1250"))
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(bytes(range(256)) * 8)
    deep = tmp_path / "deep.json"
    deep.write_text('{"rules": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    deep_objects = tmp_path / "deep-objects.json"
    deep_objects.write_text('{"a": ' * 5000 + "1" + "}" * 5000, encoding="utf-8")
    return {
        "cp1250": (cp1250, "line 1: not UTF-8 text (byte 0xbf)"),
        "cp1250 after a BOM": (cp1250_bom, "line 1: not UTF-8 text (byte 0xbf)"),
        "binary garbage": (garbage, "line 2: not UTF-8 text (byte 0x80)"),
        "deeply nested": (deep, "JSON nested more than 32 levels deep"),
        "deeply nested objects": (deep_objects, "JSON nested more than 32 levels deep"),
        "missing": (tmp_path / "nope.json", "cannot read: No such file or directory"),
        "a directory": (tmp_path, "cannot read: Is a directory"),
    }


@pytest.mark.parametrize("kind", ["cp1250", "cp1250 after a BOM", "binary garbage", "deeply nested",
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


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes(range(256)) * 4, "not a valid configuration file"),
        (("a = " + "[" * 50_000 + "]" * 50_000).encode(), "nested too deeply"),
        (b'locked = ["server.uri"]\n', "locked names 'server.uri', which is not a setting"),
    ],
    ids=["binary garbage", "deeply nested", "unknown locked key"],
)
@pytest.mark.parametrize("name", ["config show", *sorted(DB_COMMANDS)])
def test_a_bad_site_configuration_file_is_named(
    tmp_path, files, capsys, caplog, monkeypatch, name: str, content: bytes, expected: str
) -> None:
    site = tmp_path / "site-config.toml"
    site.write_bytes(content)
    monkeypatch.setenv("ACRM_SITE_CONFIG", str(site))
    command = ["config", "show"] if name == "config show" else argv(DB_COMMANDS[name], files)
    _, line = run(capsys, caplog, command)
    assert f"{site}: " in line and expected in line


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
    # bad files; secrets; the desktop (above); bad site files (above, test_site_config.py)
    tested |= {"rules check", "login", "desk", "config show"}
    tested |= {"diagnostics"}  # reports bad input instead of failing: test_diagnostics.py
    tested |= {"connect", "logout"}  # the keyring and the user's file: test_session_cli.py
    assert leaf_commands() - tested == set()
