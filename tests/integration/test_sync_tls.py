"""TLS to the shared server: sslmode=verify-full with the CA file named in the configuration."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text

from app.services.config import ServerSettings
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.errors import ServerUnavailable
from app.services.sync.server import open_server
from app.services.sync.service import SyncService
from tests import pg
from tests.factories import make_customer
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

pytestmark = pytest.mark.postgres


@dataclass
class TlsServer:
    server: pg.PostgresServer
    ca_file: Path
    other_ca_file: Path
    database: str


def _key():
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str):
    key = _key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(ca_key, ca_cert):
    """Valid for the address 127.0.0.1 only, so 'localhost' is a name mismatch."""
    key = _key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("acrm test server"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write_server_files(data_dir: Path, key, cert) -> tuple[Path, Path]:
    cert_file, key_file = data_dir / "server.crt", data_dir / "server.key"
    cert_file.write_bytes(_pem(cert))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    os.chmod(key_file, 0o600)  # the server refuses a key others can read
    if os.geteuid() == 0:
        for path in (cert_file, key_file):
            shutil.chown(path, user=pg.SUPERUSER)
    return cert_file, key_file


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> Iterator[TlsServer]:
    """A server of its own with TLS on (the session's server stays plain)."""
    server = pg.start_server()
    try:
        ca_key, ca_cert = _ca("acrm test CA")
        _, other_ca = _ca("somebody else's CA")
        cert_file, key_file = _write_server_files(server.data_dir, *_server_cert(ca_key, ca_cert))
        client_dir = tmp_path_factory.mktemp("tls-client")
        ca_file, other_file = client_dir / "ca.pem", client_dir / "other-ca.pem"
        ca_file.write_bytes(_pem(ca_cert))
        other_file.write_bytes(_pem(other_ca))
        with server.connect() as connection:
            connection.execute(f"ALTER SYSTEM SET ssl_cert_file = '{cert_file}'")
            connection.execute(f"ALTER SYSTEM SET ssl_key_file = '{key_file}'")
            connection.execute("ALTER SYSTEM SET ssl = on")
            connection.execute("SELECT pg_reload_conf()")
        _wait_for_ssl(server)
        database = server.new_database_name("tls")
        server.create_database(database)
        db = Database(server.admin_url(database))
        migrate.upgrade(db.engine)
        make_customer(db, external_id="C1")
        db.dispose()
        yield TlsServer(server, ca_file, other_file, database)
    finally:
        server.stop()


def _wait_for_ssl(server: pg.PostgresServer) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with server.connect() as connection:
            if connection.execute("SHOW ssl").fetchone() == ("on",):
                return
        time.sleep(0.1)
    raise AssertionError("the server did not turn TLS on after a reload")


@contextmanager
def _desk(tls: TlsServer, tmp_path: Path, host: str, ca_file: Path) -> Iterator[SyncService]:
    login = unique_login("tls")
    add_server_user(tls.server.admin_url(tls.database), login)
    settings = ServerSettings(
        url=f"postgresql://{host}:{tls.server.port}/{tls.database}",
        login=login,
        sslmode="verify-full",
        sslrootcert=str(ca_file),
    )
    local = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    migrate.upgrade(local.engine)
    sync = SyncService(local, settings, lambda: open_server(settings, PASSWORD))
    try:
        yield sync
    finally:
        sync.close()
        local.dispose()


def test_verify_full_with_the_configured_ca_syncs_over_tls(tls, tmp_path):
    with _desk(tls, tmp_path, "127.0.0.1", tls.ca_file) as sync:
        assert sync.run_once().full_resync
        with sync.server_database().engine.connect() as connection:
            row = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert row.ssl is True and row.version.startswith("TLS")


def test_a_server_certificate_from_another_ca_is_refused_and_said(tls, tmp_path):
    with _desk(tls, tmp_path, "127.0.0.1", tls.other_ca_file) as sync:
        expected = "the server's certificate is not trusted (SSL error: certificate verify failed)"
        with pytest.raises(ServerUnavailable, match=re.escape(expected)):
            sync.run_once()
        assert sync.status().last_error.startswith(expected)


def test_a_certificate_for_another_host_name_is_refused_and_said(tls, tmp_path):
    refused = pytest.raises(ServerUnavailable, match=r"not trusted .* does not match host name")
    with _desk(tls, tmp_path, "localhost", tls.ca_file) as sync, refused:
        sync.run_once()
