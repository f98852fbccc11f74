"""`acrm db upgrade` / `acrm db current` on real SQLite files and a real PostgreSQL database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.services.storage import migrate
from tests.pg import free_port

HEAD = migrate.head_revision()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_upgrade_prints_from_and_to_then_nothing_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--url", url) == (
        0,
        f"{url}: upgraded empty -> {HEAD}\n",
        "",
    )
    code, out, _ = run(capsys, "db", "upgrade", "--url", url)
    assert (code, out) == (0, f"{url}: already at the newest revision {HEAD}\n")
    code, out, _ = run(capsys, "db", "current", "--url", url)
    assert (code, out) == (0, f"{url}: {HEAD} (newest)\n")


def test_global_db_option_and_environment_choose_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_option = tmp_path / "option.sqlite3"
    assert main(["--db", f"sqlite:///{by_option}", "db", "upgrade"]) == 0
    by_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("ACRM_DB_URL", f"sqlite:///{by_env}")
    assert main(["db", "upgrade"]) == 0
    for path in (by_option, by_env):
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_default_is_the_embedded_file_in_the_data_dir(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and str(isolated_data_dir / "acrm.sqlite3") in out


def test_current_of_an_unmigrated_file_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()
    code, out, _ = run(capsys, "db", "current", "--url", f"sqlite:///{path}")
    assert code == 1
    assert f"empty (newest is {HEAD}; run `acrm db upgrade`)" in out


def test_current_of_a_missing_file_does_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing.sqlite3"
    code, _, err = run(capsys, "db", "current", "--url", f"sqlite:///{path}")
    assert code == 2
    assert f"no database file at {path}" in err
    assert not path.exists()


def test_unreachable_server_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()  # nobody listens there: the connection is refused at once
    url = f"postgresql://agent@127.0.0.1:{port}/acrm"
    code, out, err = run(capsys, "db", "upgrade", "--url", url)
    assert code == 2 and out == ""
    assert f"cannot open database postgresql+psycopg://agent@127.0.0.1:{port}/acrm" in err


def test_a_password_in_the_url_is_refused_before_connecting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = free_port()
    url = f"postgresql://agent:s3cret@127.0.0.1:{port}/acrm"
    code, out, err = run(capsys, "db", "upgrade", "--url", url)
    assert code == 2 and out == ""
    assert "--url: a database URL must not carry a password" in err
    assert "s3cret" not in err


def test_nonsense_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "db", "upgrade", "--url", "nosuchdb://x@h/db")
    assert code == 2
    assert "cannot use database URL 'nosuchdb://x@h/db'" in err


@pytest.mark.postgres
def test_upgrade_a_postgres_database(pg_empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_empty_url
    code, out, _ = run(capsys, "db", "upgrade", "--url", url)
    assert code == 0
    assert out == f"{url}: upgraded empty -> {HEAD}\n"
    assert run(capsys, "db", "current", "--url", url)[0] == 0


def test_the_installed_command_line_has_the_db_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "-m", "app", "db", "upgrade", "--url", url],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{url}: upgraded empty -> {HEAD}\n"
    assert "alembic" not in result.stderr  # its step-by-step log is only for -v
