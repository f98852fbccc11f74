"""The session's PostgreSQL server: real version 15, fast settings, one fresh database per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.exc import OperationalError

from app.services.storage import migrate
from tests.pg import OWNER_FILE, PG_BIN_ENV, SKIP_ENV, PostgresServer, reap_orphans

pytestmark = pytest.mark.postgres


def test_server_is_postgresql_15_with_fast_settings(pg_server: PostgresServer) -> None:
    assert pg_server.server_version() // 10000 == 15
    with pg_server.connect() as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN "
                "('fsync', 'synchronous_commit', 'full_page_writes', 'listen_addresses')"
            ).fetchall()
        )
    assert settings == {
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "listen_addresses": "127.0.0.1",
    }


def test_data_directory_lives_outside_pytest_temp_and_holds_the_socket(
    pg_server: PostgresServer,
) -> None:
    assert pg_server.data_dir.is_dir()
    assert list(pg_server.data_dir.glob(f".s.PGSQL.{pg_server.port}"))


def test_pg_db_is_migrated_to_head(pg_db) -> None:
    assert pg_db.engine.dialect.name == "postgresql"
    assert migrate.current_revision(pg_db.engine) == migrate.head_revision()
    assert "customers" in inspect(pg_db.engine).get_table_names()


def test_each_test_gets_its_own_database(pg_url: str, pg_server: PostgresServer) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE scratch (n int)"))
            name = conn.execute(text("SELECT current_database()")).scalar_one()
    finally:
        engine.dispose()
    assert name not in {"postgres", "acrm_template"}
    template = create_engine(pg_server.url("acrm_template"))
    try:
        assert "scratch" not in inspect(template).get_table_names()
    finally:
        template.dispose()


def test_empty_database_has_no_tables(pg_empty_url: str) -> None:
    engine = create_engine(pg_empty_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_dropped_database_is_gone_even_with_a_connection_left_open(
    pg_server: PostgresServer,
) -> None:
    name = pg_server.new_database_name("leak")
    pg_server.create_database(name)
    leaked = pg_server.connect(name)
    try:
        pg_server.drop_database(name)
        with pg_server.connect() as conn:
            rows = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            assert rows.fetchone() is None
    finally:
        leaked.close()


def test_missing_programs_fail_the_run_with_a_clear_message(tmp_path) -> None:
    """CI must exercise PostgreSQL: no programs means failed tests, never silently skipped ones."""
    env = {**os.environ, PG_BIN_ENV: str(tmp_path / "nowhere")}
    env.pop(SKIP_ENV, None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"{__file__}::{_PROBE}"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "initdb, pg_ctl) not found" in result.stdout
    assert f"{SKIP_ENV}=1" in result.stdout


def test_opt_out_skips_instead(tmp_path) -> None:
    env = {**os.environ, PG_BIN_ENV: str(tmp_path / "nowhere"), SKIP_ENV: "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"{__file__}::{_PROBE}"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout


_PROBE = "test_server_is_postgresql_15_with_fast_settings"
REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_server_left_by_a_killed_session_is_stopped_and_deleted(
    pg_server: PostgresServer,
) -> None:
    orphan = PostgresServer(pg_server.bin_dir)
    orphan.start()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    (orphan.root / OWNER_FILE).write_text(dead.stdout.strip())
    try:
        assert orphan.root in reap_orphans(pg_server.bin_dir)
        assert not orphan.root.exists()
        # The running session's own server is left alone.
        assert pg_server.server_version() // 10000 == 15
    finally:
        orphan.stop()


def test_roles_log_in_with_their_password_and_only_the_superuser_is_trusted(
    pg_server: PostgresServer, pg_url: str
) -> None:
    database = make_url(pg_url).database
    with pg_server.connect() as conn:
        conn.execute("CREATE ROLE agent_anna LOGIN PASSWORD 'correct horse'")
    try:
        good = create_engine(pg_server.url(database, "agent_anna", "correct horse"))
        with good.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == "agent_anna"
        good.dispose()
        bad = create_engine(pg_server.url(database, "agent_anna", "wrong"))
        with pytest.raises(OperationalError, match="password authentication failed"):
            bad.connect()
        bad.dispose()
    finally:
        pg_server.drop_database(database)  # before the role: it may own objects there
        with pg_server.connect() as conn:
            conn.execute("DROP ROLE agent_anna")
