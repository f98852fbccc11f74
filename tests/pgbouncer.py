"""PgBouncer in transaction-pooling mode in front of the test session's PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.pg import SKIP_ENV, SUPERUSER, PostgresServer, PostgresUnavailable, free_port

PGBOUNCER_ENV = "ACRM_PGBOUNCER"
PGBOUNCER_DIR = "pgbouncer"
DEBIAN_PGBOUNCER = Path("/usr/sbin/pgbouncer")
# Logins are checked with SCRAM against the server's own verifiers (auth_query as the
# superuser, which the test server trusts on loopback), so roles a test creates can log in
# through PgBouncer at once; PgBouncer then logs in to the server with the same SCRAM keys.
PGBOUNCER_INI = """\
[databases]
* = host=127.0.0.1 port={server_port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
pool_mode = transaction
auth_type = scram-sha-256
auth_file = {root}/userlist.txt
auth_user = {superuser}
auth_query = SELECT usename, passwd FROM pg_catalog.pg_shadow WHERE usename = $1
max_client_conn = 500
default_pool_size = 20
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
"""


def find_pgbouncer() -> Path:
    """The pgbouncer program: $ACRM_PGBOUNCER, Debian's /usr/sbin/pgbouncer, or PATH."""
    override = os.environ.get(PGBOUNCER_ENV)
    on_path = shutil.which("pgbouncer")
    candidates = [Path(override)] if override else [DEBIAN_PGBOUNCER]
    if not override and on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise PostgresUnavailable(
        f"PgBouncer not found at {', '.join(str(c) for c in candidates)}. Install it (`make "
        f"test` does: apt-get install pgbouncer), point ${PGBOUNCER_ENV} at the program, or "
        f"set {SKIP_ENV}=1 to skip the PostgreSQL tests."
    )


@dataclass
class PgBouncer:
    """PgBouncer in transaction-pooling mode in front of `server`, run as the server user."""

    server: PostgresServer
    program: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def root(self) -> Path:
        return self.server.root / PGBOUNCER_DIR

    def start(self, timeout: float = 30.0) -> None:
        self.root.mkdir(exist_ok=True)
        (self.root / "userlist.txt").write_text(f'"{SUPERUSER}" ""\n')
        (self.root / "pgbouncer.ini").write_text(
            PGBOUNCER_INI.format(server_port=self.server.port, port=self.port, root=self.root,
                                 superuser=SUPERUSER)
        )  # fmt: skip
        command = [str(self.program), str(self.root / "pgbouncer.ini")]
        if os.geteuid() == 0:
            # PgBouncer refuses to run as root.
            shutil.chown(self.root, user=SUPERUSER)
            for name in ("userlist.txt", "pgbouncer.ini"):
                shutil.chown(self.root / name, user=SUPERUSER)
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True)  # fmt: skip
        self._wait_listening(timeout)

    def _wait_listening(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise PostgresUnavailable(f"pgbouncer exited at start:\n{self._log()}")
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise PostgresUnavailable(f"pgbouncer not listening after {timeout:.0f} s:\n{self._log()}")

    def _log(self) -> str:
        log = self.root / "pgbouncer.log"
        text = log.read_text(errors="replace")[-4000:] if log.exists() else ""
        if self.process is not None and self.process.poll() is not None and self.process.stderr:
            text += self.process.stderr.read()[-4000:]
        return text

    def url(self, database: str, user: str, password: str = "") -> str:
        """A SQLAlchemy URL (psycopg 3) that reaches `database` on the server through PgBouncer."""
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def route(self, direct_url: str) -> str:
        """The same database and user as a direct URL to the server, through PgBouncer."""
        url = make_url(direct_url)
        return url.set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL); safe to call twice."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def start_pgbouncer(server: PostgresServer) -> PgBouncer:
    """Find PgBouncer and start it in front of `server`; the caller must stop() it."""
    program = find_pgbouncer()
    bouncer = PgBouncer(server, program)
    try:
        bouncer.start()
    except BaseException:
        bouncer.stop()
        raise
    return bouncer
