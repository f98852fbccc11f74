"""A throwaway PostgreSQL server for the test session: initdb, start, per-test databases, stop."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

PG_BIN_ENV = "ACRM_PG_BIN"
SKIP_ENV = "ACRM_SKIP_PG"
SUPERUSER = "postgres"
PREFERRED_MAJOR = 15
OWNER_FILE = "owner.pid"
ROOT_PREFIX = "acrm-pg-"
# Durability is worthless for a server that is deleted at the end of the run; speed is not.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
    "timezone": "'UTC'",
}

# Trust only the superuser; roles that tests create log in with real passwords (SCRAM), as
# they would on a shared server.
HBA = f"""\
local all {SUPERUSER} trust
host  all {SUPERUSER} 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
"""


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL programs are missing or the server would not start."""


def find_bin_dir() -> Path:
    """The directory with initdb and pg_ctl: $ACRM_PG_BIN, Debian's layout, or PATH."""
    override = os.environ.get(PG_BIN_ENV)
    if override:
        # An explicit choice that is wrong must not silently fall back to another server.
        candidates = [Path(override)]
    else:
        debian = Path("/usr/lib/postgresql").glob("*/bin")
        # The version the shared back end runs first, then the newest.
        candidates = sorted(
            debian, key=lambda d: (_major_version(d) == PREFERRED_MAJOR, _major_version(d)),
            reverse=True,
        )  # fmt: skip
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).parent)
    for candidate in candidates:
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    raise PostgresUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl) not found in "
        f"{[str(c) for c in candidates] or '/usr/lib/postgresql/*/bin or PATH'}. "
        "Install them (`make test` does: apt-get install postgresql-15), point "
        f"${PG_BIN_ENV} at their directory, or set {SKIP_ENV}=1 to skip the PostgreSQL tests."
    )


def _major_version(bin_dir: Path) -> int:
    name = bin_dir.parent.name
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One server in a temporary directory, run as the `postgres` user when we are root."""

    bin_dir: Path
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix=ROOT_PREFIX)))
    port: int = field(default_factory=free_port)
    _counter: int = 0

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            # initdb and pg_ctl refuse to run as root.
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode == 0:
            return
        log = self.log_file.read_text(errors="replace")[-4000:] if self.log_file.exists() else ""
        output = f"{result.stdout}\n{result.stderr}\n{log}".strip()
        raise PostgresUnavailable(f"{what} failed (exit {result.returncode}):\n{output}")

    def start(self) -> None:
        """initdb with trust auth on loopback, fast settings, socket inside the data dir."""
        # Who started it: a later session stops the server if this process dies unannounced.
        (self.root / OWNER_FILE).write_text(str(os.getpid()))
        self._give_root_to_server_user()
        result = self._run(
            "initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self._check(result, "initdb")
        settings = {**SERVER_SETTINGS, "port": str(self.port)}
        settings["unix_socket_directories"] = f"'{self.data_dir}'"
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        # Rewriting the file keeps its owner (the server user).
        (self.data_dir / "pg_hba.conf").write_text(HBA)
        result = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-w",
                           "-t", "60", "start")  # fmt: skip
        self._check(result, "pg_ctl start")

    def _give_root_to_server_user(self) -> None:
        # mkdtemp makes a 0700 directory owned by us; the server user must own its tree.
        if os.geteuid() == 0:
            shutil.chown(self.root, user=SUPERUSER, group=None)

    def stop(self) -> None:
        """Stop at once (nothing to keep) and delete the directory; safe to call twice."""
        try:
            # A PgBouncer left by a killed run (tests/pgbouncer.py keeps its files there).
            _end_pidfile(self.root / "pgbouncer" / "pgbouncer.pid")
            if (self.data_dir / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        """A SQLAlchemy URL (psycopg 3) for a database on this server."""
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's URL: for creating databases, roles and policies in tests."""
        return self.url(database)

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        """A superuser connection in autocommit mode (CREATE/DROP DATABASE need it)."""
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def server_version(self) -> int:
        with self.connect() as conn:
            return conn.info.server_version

    def new_database_name(self, prefix: str = "t") -> str:
        self._counter += 1
        safe = re.sub(r"[^a-z0-9_]", "_", prefix.lower())[:40]
        return f"{safe}_{os.getpid()}_{self._counter}"

    def create_database(self, name: str, template: str = "template0") -> None:
        with self.connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )

    def drop_database(self, name: str) -> None:
        """Drop even when a test leaked a connection (WITH FORCE ends them)."""
        with self.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def start_server(attempts: int = 3) -> PostgresServer:
    """Find the programs and start a server; the caller must stop() it.

    Retried with a new port: another process may take the free port before the server binds it.
    """
    bin_dir = find_bin_dir()
    reap_orphans(bin_dir)
    for attempt in range(1, attempts + 1):
        server = PostgresServer(bin_dir)
        try:
            server.start()
            return server
        except PostgresUnavailable:
            server.stop()
            if attempt == attempts:
                raise
        except BaseException:
            server.stop()
            raise
    raise AssertionError("unreachable")


def reap_orphans(bin_dir: Path) -> list[Path]:
    """Stop and delete servers left by test sessions that were killed (their owner is gone)."""
    reaped = []
    for root in Path(tempfile.gettempdir()).glob(f"{ROOT_PREFIX}*"):
        owner = root / OWNER_FILE
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being created
        if _alive(pid):
            continue
        PostgresServer(bin_dir, root=root, port=0).stop()
        reaped.append(root)
    return reaped


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _end_pidfile(pidfile: Path) -> None:
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGTERM)
