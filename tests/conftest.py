"""Suite-wide test set-up: headless Qt, isolated data directory, real SQLite and PostgreSQL."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg
from tests.pg import PostgresServer
from tests.pgbouncer import PgBouncer, start_pgbouncer

# Before anything imports Qt: run widgets without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the developer's real data directory or database."""
    path = tmp_path_factory.mktemp("acrm-data")
    monkeypatch.setenv("ACRM_DATA_DIR", str(path))
    monkeypatch.delenv("ACRM_DB_URL", raising=False)
    # Nor the machine's site configuration (/etc/acrm/config.toml): none unless a test writes one.
    monkeypatch.setenv("ACRM_SITE_CONFIG", str(path / "no-site-config.toml"))
    return path


@pytest.fixture(autouse=True)
def _log_files_per_test() -> Iterator[None]:
    """A command run in the test's process sets up the log file (in the test's data directory)
    and lowers the root logger's level; both are undone after the test."""
    yield
    from app.services.logs import files
    from app.services.logs.redaction import forget_secrets

    files.reset()
    forget_secrets()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator:
    """Every test gets an empty in-memory keyring; the real one is never read or written."""
    import keyring

    from tests.keyring_memory import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """During Qt tests, garbage is collected on the GUI thread only.

    Python runs the cyclic collector in whichever thread happens to allocate; when that is a
    worker thread and the garbage holds Qt objects (widgets of a finished test), Qt deletes
    them off the GUI thread and the process can die with a segfault (seen in
    tests/gui/test_wrapup.py). The desktop needs the same rule (see the report to views).
    """
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()  # this fixture is torn down last: the test's widgets and threads are done
        if enabled:
            gc.enable()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session; tests get copies (a migration
    costs a quarter of a second, a copy a millisecond)."""
    from app.services.storage import migrate
    from app.services.storage.db import Database

    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    try:
        migrate.upgrade(db.engine)
    finally:
        db.dispose()  # the last connection to close checkpoints the WAL into the file
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator:
    """A real SQLite file migrated to the newest schema."""
    from app.services.storage import migrate
    from app.services.storage.db import Database

    path = tmp_path / "test.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    # A no-op on the migrated copy; it checks the copy really is at head.
    migrate.upgrade(db.engine)
    try:
        yield db
    finally:
        db.dispose()


# --- PostgreSQL: one throwaway server per session, one fresh database per test -------------

PG_FIXTURES = {"pg_server", "pg_admin_url", "pg_url", "pg_empty_url", "pg_db", "pgbouncer",
               "desk_url"}  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the server are `postgres` tests even if they forgot the marker."""
    for item in items:
        if PG_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's server; missing PostgreSQL programs FAIL the tests (CI must run them)."""
    if os.environ.get(pg.SKIP_ENV) == "1":
        pytest.skip(f"{pg.SKIP_ENV}=1: PostgreSQL tests skipped on request")
    try:
        server = pg.start_server()
    except pg.PostgresUnavailable as error:
        pytest.fail(str(error), pytrace=False)
    # A second line of defence if the session dies outside the fixture's finally.
    atexit.register(server.stop)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_admin_url(pg_server: PostgresServer) -> str:
    """Superuser URL of the maintenance database (create roles, databases, policies)."""
    return pg_server.admin_url()


@pytest.fixture(scope="session")
def _pg_template(pg_server: PostgresServer) -> str:
    """A database migrated to head once; each test's database is a copy of it (fast)."""
    from app.services.storage import migrate
    from app.services.storage.db import Database

    name = "acrm_template"
    pg_server.create_database(name)
    db = Database(pg_server.url(name))
    try:
        migrate.upgrade(db.engine)
    finally:
        # CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
        db.dispose()
    return name


@pytest.fixture
def pg_url(
    pg_server: PostgresServer, _pg_template: str, request: pytest.FixtureRequest
) -> Iterator[str]:
    """Superuser URL of a fresh database at the newest schema, dropped after the test."""
    name = pg_server.new_database_name(request.node.name)
    pg_server.create_database(name, template=_pg_template)
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """Superuser URL of a fresh, empty (never migrated) database, dropped after the test."""
    name = pg_server.new_database_name(request.node.name)
    pg_server.create_database(name)
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator:
    """A `Database` on a fresh PostgreSQL database migrated to head."""
    from app.services.storage import migrate
    from app.services.storage.db import Database

    db = Database(pg_url)
    # A no-op on the migrated copy; it checks the copy really is at head.
    migrate.upgrade(db.engine)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def pgbouncer(pg_server: PostgresServer) -> Iterator[PgBouncer]:
    """PgBouncer in transaction mode in front of the session's server (SCRAM logins).

    Missing PgBouncer FAILS the tests, as missing PostgreSQL does (ACRM_SKIP_PG=1 skips both).
    """
    try:
        bouncer = start_pgbouncer(pg_server)
    except pg.PostgresUnavailable as error:
        pytest.fail(str(error), pytrace=False)
    atexit.register(bouncer.stop)
    try:
        yield bouncer
    finally:
        bouncer.stop()


@pytest.fixture
def desk_url(request: pytest.FixtureRequest, pg_url: str) -> str:
    """The URL desks use for this test's database: straight to the server, or through
    PgBouncer for tests marked with tests.sync_helpers.BOTH_ROUTES (indirect parameter)."""
    via = getattr(request, "param", "direct")
    if via == "direct":
        return pg_url
    bouncer: PgBouncer = request.getfixturevalue("pgbouncer")
    return bouncer.route(pg_url)
