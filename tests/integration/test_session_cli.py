"""`acrm connect` and `acrm logout` as a person or an administrator's script runs them."""

from __future__ import annotations

import stat
import tomllib

import pytest
from sqlalchemy.engine import make_url

from app.services.config import ServerSettings, config_file
from app.services.first_run.password_store import store_password
from app.services.sync.credentials import SERVICE
from tests.cli_runner import acrm
from tests.integration.test_first_run_local import _cache_with_outbox
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

SERVER = ServerSettings(url="postgresql://db.bank.local:5432/acrm", login="anna.nowak")


@pytest.fixture
def configured(monkeypatch):
    monkeypatch.delenv("ACRM_SERVER_URL", raising=False)
    config_file().write_text(
        f'[server]\nurl = "{SERVER.url}"\nlogin = "{SERVER.login}"\n', encoding="utf-8"
    )


def test_logout_forgets_the_password_and_keeps_the_cache(configured, memory_keyring, capsys):
    store_password(SERVER, "s3cret-Pass")
    _cache_with_outbox(pending=2, refused=0)
    assert acrm(["logout"]) == 0
    out = capsys.readouterr().out
    assert out == (
        f"signed out: the password of anna.nowak on {SERVER.url} was removed from the OS keyring\n"
    )
    assert memory_keyring.passwords == {} and SERVER.cache_file().exists()
    assert acrm(["logout"]) == 0
    assert "no password of anna.nowak" in capsys.readouterr().out


def test_logout_with_unsynced_work_needs_the_explicit_flag(configured, memory_keyring, capsys):
    store_password(SERVER, "s3cret-Pass")
    _cache_with_outbox(pending=3, refused=0)
    assert acrm(["logout", "--forget-cache"]) == 2
    err = capsys.readouterr().err
    assert "3 unsynced and 0 refused row(s)" in err and "nothing was changed" in err
    assert memory_keyring.passwords and SERVER.cache_file().exists()
    assert acrm(["logout", "--forget-cache", "--discard-unsynced"]) == 0
    out = capsys.readouterr().out
    assert "discarded 3 unsynced or refused row(s), as confirmed" in out
    assert "removed 2 cache file(s)" in out  # the cache and its migration backup
    assert not SERVER.cache_file().exists() and memory_keyring.passwords == {}


def test_logout_without_a_server_says_so(monkeypatch, capsys):
    monkeypatch.delenv("ACRM_SERVER_URL", raising=False)
    assert acrm(["logout"]) == 2
    assert "no server configured" in capsys.readouterr().err
    assert acrm(["logout", "--discard-unsynced"]) == 2


@pytest.mark.postgres
def test_connect_checks_stores_and_writes_the_users_file(pg_url, memory_keyring, capsys):
    url = make_url(pg_url)
    login = unique_login("cli")
    add_server_user(pg_url, login)
    server_url = f"postgresql://{url.host}:{url.port}/{url.database}"
    args = ["connect", server_url, "--login", login, "--sslmode", "prefer", "--password-stdin"]
    assert acrm(args, stdin="wrong-Pass-1\n") == 2
    err = capsys.readouterr().err
    assert "wrong password, or the server has no such login" in err and "wrong-Pass-1" not in err
    assert not config_file().exists() and memory_keyring.passwords == {}
    assert acrm(args, stdin=PASSWORD + "\n") == 0
    out = capsys.readouterr().out
    assert f"connected to {url.host}:{url.port}/{url.database} · PostgreSQL" in out
    assert memory_keyring.passwords == {(SERVICE, f"{login}@{server_url}"): PASSWORD}
    written = config_file().read_text(encoding="utf-8")
    assert PASSWORD not in written and stat.S_IMODE(config_file().stat().st_mode) == 0o600
    assert tomllib.loads(written)["server"] == {"url": server_url, "login": login,
                                                "sslmode": "prefer"}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["postgresql://anna:s3cret@db/acrm"], "password"),
        (["postgresql://db/acrm", "--sslmode", "verify-full", "--sslrootcert", "/no/ca.pem"],
         "CA file"),
        (["http://db/acrm"], "postgresql://"),
    ],
)  # fmt: skip
def test_connect_refuses_bad_input_before_it_connects(memory_keyring, capsys, args, message):
    assert acrm(["connect", *args, "--login", "anna", "--password-stdin"], stdin="pw\n") == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not config_file().exists() and memory_keyring.passwords == {}


def test_connect_refuses_a_server_the_administrator_locked(
    memory_keyring, capsys, tmp_path, monkeypatch
):
    site = tmp_path / "site.toml"
    site.write_text('locked = ["server.url"]\n[server]\nurl = "postgresql://db.bank/acrm"\n')
    monkeypatch.setenv("ACRM_SITE_CONFIG", str(site))
    args = ["connect", "postgresql://127.0.0.1:9/other", "--login", "anna", "--password-stdin"]
    assert acrm(args, stdin="pw\n") == 2
    assert "server.url is locked by the administrator" in capsys.readouterr().err
    assert not config_file().exists() and memory_keyring.passwords == {}
