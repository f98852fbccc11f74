"""Connecting to the shared server as the person's own role, with TLS as configured."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.services.config import ServerSettings
from app.services.logs.redaction import remember_secret
from app.services.storage.db import Database, normalise_url

CONNECT_TIMEOUT_S = 5  # a dead network must not hang a sync run for minutes


def server_url(server: ServerSettings) -> str:
    """The SQLAlchemy URL for `server` as its login, without any password."""
    return make_url(normalise_url(server.url)).set(username=server.login).render_as_string()


def open_server(server: ServerSettings, password: str | None, **engine_kwargs) -> Database:
    """A Database on the shared server; sslmode/sslrootcert go straight to libpq."""
    connect_args: dict = {
        "sslmode": server.sslmode,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "acrm-desk",
    }
    if server.sslrootcert:
        connect_args["sslrootcert"] = server.sslrootcert
    if password:
        remember_secret(password)  # hidden in every log line, whoever quotes it
        # Straight to libpq, never into the URL: the engine's URL is logged and shown.
        connect_args["password"] = password
    engine_kwargs.setdefault("pool_size", 2)
    return Database(server_url(server), connect_args=connect_args, **engine_kwargs)
