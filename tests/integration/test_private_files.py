"""The desk's personal data is private on a shared PC: directory 0700, every file in it 0600.

Real SQLite files in the real data-directory layout, made by the real commands (first start,
first sync against the test server, an upgrade's backup), checked with stat.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import config
from app.services.storage import migrate
from app.services.storage.db import Database
from tests.sync_helpers import PASSWORD, add_server_user, server_settings_for, unique_login

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(directory: Path, pattern: str = "*") -> dict[str, int]:
    return {path.name: mode(path) for path in sorted(directory.glob(pattern))}


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common 022: files would be world-readable unless the app makes them private."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home" / ".local" / "share" / "acrm-desk"
    monkeypatch.setenv(config.DATA_DIR_ENV, str(path))
    return path


def test_the_data_directory_is_created_0700(fresh_data_dir: Path) -> None:
    assert config.data_dir() == fresh_data_dir
    assert mode(fresh_data_dir) == 0o700


def test_a_data_directory_open_to_others_is_tightened(fresh_data_dir: Path) -> None:
    fresh_data_dir.mkdir(parents=True)
    fresh_data_dir.chmod(0o755)  # as older versions left it
    config.data_dir()
    assert mode(fresh_data_dir) == 0o700


def test_a_shared_directory_is_not_changed_but_warned_of(
    fresh_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fresh_data_dir.mkdir(parents=True)
    fresh_data_dir.chmod(0o1777)  # like /tmp: tightening it would break every other user
    config.data_dir()
    assert mode(fresh_data_dir) == 0o1777
    assert "is open to other users (mode 1777) and is left as it is" in caplog.text


def test_the_embedded_database_and_its_wal_files_are_0600(fresh_data_dir: Path, capsys) -> None:
    assert main(["demo", "--customers", "3"]) == 0
    database = fresh_data_dir / "acrm.sqlite3"
    assert mode(fresh_data_dir) == 0o700
    assert modes(fresh_data_dir, "acrm.sqlite3*") == {"acrm.sqlite3": 0o600}
    # While a desk runs, SQLite keeps -wal and -shm beside the file: they hold the same data.
    db = Database(f"sqlite:///{database}")
    try:
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE customers SET city = 'Łódź'"))
        assert modes(fresh_data_dir, "acrm.sqlite3*") == {
            "acrm.sqlite3": 0o600, "acrm.sqlite3-shm": 0o600, "acrm.sqlite3-wal": 0o600,
        }  # fmt: skip
    finally:
        db.dispose()


def test_a_rollback_journal_is_0600_too(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = Database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
            connection.exec_driver_sql("CREATE TABLE t (a)")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
            assert mode(tmp_path / "journal.sqlite3-journal") == 0o600
            connection.exec_driver_sql("ROLLBACK")
    finally:
        db.dispose()


def test_files_an_older_version_left_readable_are_tightened(sqlite_db: Database) -> None:
    path = Path(sqlite_db.engine.url.database)
    sqlite_db.dispose()
    path.chmod(0o644)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"")
    wal.chmod(0o644)
    Database(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600 and mode(wal) == 0o600


def test_the_backup_before_an_upgrade_is_0600(fresh_data_dir: Path, capsys) -> None:
    assert main(["db", "upgrade"]) == 0
    database = fresh_data_dir / "acrm.sqlite3"
    db = Database(f"sqlite:///{database}")
    try:
        migrate.downgrade(db.engine, "0001")
    finally:
        db.dispose()
    for backup in fresh_data_dir.glob("*.bak"):
        backup.unlink()  # only the upgrade's backup is under test here
    database.chmod(0o644)  # as a file from an older version may be
    assert main(["db", "upgrade"]) == 0
    backups = list(fresh_data_dir.glob("acrm.sqlite3.0001.*.bak"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600 and mode(database) == 0o600


def test_the_cache_made_by_a_first_sync_is_0600(
    pg_url: str, fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    server = server_settings_for(pg_url, login)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORD}\n"))
    code = main(["sync", "--once", "--server", server.url, "--login", login, "--password-stdin"])
    assert code == 0, capsys.readouterr().err
    caches = list(fresh_data_dir.glob("cache-*.sqlite3"))
    assert [path.name for path in caches] == [server.cache_file().name]
    assert mode(fresh_data_dir) == 0o700
    # The log directory (a portable install's, inside its data directory) is 0700 too.
    everything = {str(path.relative_to(fresh_data_dir)): mode(path)
                  for path in fresh_data_dir.rglob("*")}  # fmt: skip
    assert everything.pop("logs") == 0o700 and "logs/acrm.log" in everything
    assert all(value == 0o600 for value in everything.values()), everything
