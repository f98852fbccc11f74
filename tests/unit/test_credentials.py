"""The keyring-backed password store: saved, read, deleted, and the no-keyring path."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import chainer, fail

from app.cli import main
from app.services.config import ServerSettings
from app.services.sync.credentials import SERVICE, CredentialStore, backend_problem

SERVER = ServerSettings(url="postgresql://db.example:5432/acrm", login="anna")
SECRET = "s3cret-Pa55word-xyz"


def test_save_get_delete_round_trip(memory_keyring) -> None:
    store = CredentialStore()
    assert store.get(SERVER) is None
    assert store.save(SERVER, SECRET) is True
    assert store.get(SERVER) == SECRET
    # Stored under the app's service name and the server's keyring key.
    assert memory_keyring.passwords == {(SERVICE, SERVER.keyring_key): SECRET}
    store.delete(SERVER)
    assert store.get(SERVER) is None
    store.delete(SERVER)  # nothing stored: not an error


def test_each_login_and_server_has_its_own_password() -> None:
    store = CredentialStore()
    other = ServerSettings(url=SERVER.url, login="bartek")
    store.save(SERVER, "first-password")
    store.save(other, "second-password")
    assert store.get(SERVER) == "first-password"
    assert store.get(other) == "second-password"


def test_memory_backend_counts_as_usable() -> None:
    assert backend_problem() == ""


def test_without_a_keyring_nothing_is_stored_and_a_reason_given() -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the memory one
    store = CredentialStore()
    assert "keyring" in backend_problem()
    assert store.save(SERVER, SECRET) is False
    assert store.get(SERVER) is None
    store.delete(SERVER)


def test_chainer_with_no_backends_counts_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert backend_problem(chainer.ChainerBackend()) != ""


class BrokenKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but refuses (e.g. locked)."""

    priority = 0.1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked: {service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"refused {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_refusing_keyring_never_logs_the_password(caplog: pytest.LogCaptureFixture) -> None:
    keyring.set_keyring(BrokenKeyring())
    store = CredentialStore()
    with caplog.at_level(logging.DEBUG):
        assert store.save(SERVER, SECRET) is False
        assert store.get(SERVER) is None
        store.delete(SERVER)
    assert SECRET not in caplog.text


def test_login_command_stores_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ACRM_SERVER_URL", SERVER.url)
    monkeypatch.setattr("sys.stdin", _Stdin(SECRET + "\n"))
    assert main(["login", "--login", "anna", "--password-stdin"]) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err
    assert CredentialStore().get(SERVER) == SECRET


def test_login_command_reads_with_getpass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACRM_SERVER_URL", SERVER.url)
    monkeypatch.setattr("getpass.getpass", lambda prompt: SECRET)
    assert main(["login", "--login", "anna"]) == 0
    assert CredentialStore().get(SERVER) == SECRET


def test_login_without_a_keyring_says_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ACRM_SERVER_URL", SERVER.url)
    monkeypatch.setattr("sys.stdin", _Stdin(SECRET + "\n"))
    keyring.set_keyring(fail.Keyring())
    assert main(["login", "--login", "anna", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "keyring" in err and "each session" in err
    assert SECRET not in err


def test_login_without_a_server_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ACRM_SERVER_URL", raising=False)
    assert main(["login", "--password-stdin"]) == 2
    assert "no server configured" in capsys.readouterr().err


class _Stdin:
    """Just enough of sys.stdin for readline()."""

    def __init__(self, data: str) -> None:
        self._lines = data.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""
