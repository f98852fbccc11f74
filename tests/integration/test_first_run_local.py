"""First run on the desk's side: the keyring, the user's config file, signing out."""

from __future__ import annotations

import stat
import tomllib

import keyring
import pytest
from keyring.backends import fail

from app.services.config import ServerSettings, config_file, read_config, server_settings
from app.services.errors import AcrmError
from app.services.first_run.password_store import has_password, store_password
from app.services.first_run.sign_out import UnsyncedWork, cache_files, sign_out, unsynced_work
from app.services.first_run.user_config import write_user_server_config
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.credentials import SERVICE

SERVER = ServerSettings(url="postgresql://db.bank.local:5432/acrm", login="anna.nowak")
SECRET = "Very-Secret-Pass-9"


def test_a_password_is_stored_under_the_servers_key(memory_keyring):
    assert store_password(SERVER, SECRET) == ""
    assert memory_keyring.passwords == {
        (SERVICE, "anna.nowak@postgresql://db.bank.local:5432/acrm"): SECRET
    }
    assert has_password(SERVER)


def test_without_a_keyring_nothing_is_stored_and_the_reason_is_plain():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        problem = store_password(SERVER, SECRET)
        assert problem.startswith("no OS keyring is available")
        assert problem.endswith("the desk will ask for your password each session")
        assert SECRET not in problem
        assert not has_password(SERVER)
    finally:
        keyring.set_keyring(previous)


def test_an_empty_password_is_not_stored(memory_keyring):
    assert store_password(SERVER, "") == "no password given; nothing was stored"
    assert memory_keyring.passwords == {}


def test_the_config_writer_keeps_other_sections_and_comments_and_writes_no_password(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    path = config_file()
    path.write_text(
        '# set by the floor\'s administrator\n[desk]\nlanguage = "ru_RU"\n\n'
        "[verification]\nrequired = 2\n\n[server]\nsync_interval = 7 # slow link\n"
        'url = "postgresql://old.example/acrm"\n',
        encoding="utf-8",
    )
    path.chmod(0o644)
    write_user_server_config(SERVER.url, SERVER.login, "verify-full", str(ca))
    text = path.read_text(encoding="utf-8")
    assert text.startswith('# set by the floor\'s administrator\n[desk]\nlanguage = "ru_RU"\n')
    assert "sync_interval = 7 # slow link" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    config = tomllib.loads(text)
    assert config["verification"] == {"required": 2}
    assert config["server"] == {"sync_interval": 7, "url": SERVER.url, "login": "anna.nowak",
                                "sslmode": "verify-full", "sslrootcert": str(ca)}  # fmt: skip
    assert "password" not in text.lower()
    # What the desk reads back is what the wizard checked.
    read = server_settings(read_config(), "someone-else")
    assert (read.url, read.login, read.sslmode) == (SERVER.url, "anna.nowak", "verify-full")


def test_a_new_config_file_is_made_private_and_an_empty_ca_leaves_no_key(isolated_data_dir):
    path = isolated_data_dir / "sub" / "config.toml"
    write_user_server_config(SERVER.url, SERVER.login, "prefer", "", path=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tomllib.loads(path.read_text())["server"] == {"url": SERVER.url, "login": "anna.nowak",
                                                          "sslmode": "prefer"}  # fmt: skip
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary left


def test_only_the_keys_given_are_written(isolated_data_dir):
    path = config_file()
    path.write_text('[server]\nurl = "postgresql://site/acrm"\nlogin = "old"\n', encoding="utf-8")
    write_user_server_config(login="anna.nowak")
    assert tomllib.loads(path.read_text())["server"] == {"url": "postgresql://site/acrm",
                                                          "login": "anna.nowak"}  # fmt: skip


def test_a_key_the_administrator_locked_is_never_written(isolated_data_dir, tmp_path, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('locked = ["server.url"]\n[server]\nurl = "postgresql://db.bank/acrm"\n')
    monkeypatch.setenv("ACRM_SITE_CONFIG", str(site))
    with pytest.raises(AcrmError, match=r"server\.url is locked by the administrator in .*site"):
        write_user_server_config(url="postgresql://elsewhere/acrm", login="anna.nowak")
    assert not config_file().exists()  # nothing half-written: not even the login
    write_user_server_config(url="postgresql://db.bank/acrm", login="anna.nowak")  # the same
    assert tomllib.loads(config_file().read_text())["server"] == {"login": "anna.nowak"}


def test_the_config_writer_refuses_a_password_and_a_broken_file_untouched():
    with pytest.raises(AcrmError, match="password"):
        write_user_server_config("postgresql://anna:s3cret@db/acrm", "anna", "prefer")
    with pytest.raises(AcrmError, match=r"no CA file at /nowhere/ca\.pem"):
        write_user_server_config(SERVER.url, SERVER.login, "verify-full", "/nowhere/ca.pem")
    assert not config_file().exists()
    path = config_file()
    path.write_text("[desk\nlanguage = 1\n", encoding="utf-8")
    with pytest.raises(AcrmError, match=r"config\.toml: not a valid configuration file"):
        write_user_server_config(SERVER.url, SERVER.login, "prefer")
    assert path.read_text(encoding="utf-8") == "[desk\nlanguage = 1\n"
    assert not config_file().with_name("config.toml.tmp").exists()


def _cache_with_outbox(pending: int, refused: int) -> None:
    """The person's cache at head with outbox rows: `pending` waiting, `refused` refused."""
    import uuid
    from datetime import UTC, datetime

    from app.models import OutboxEntry

    db = Database(f"sqlite:///{SERVER.cache_file()}")
    try:
        migrate.upgrade(db.engine)
        now = datetime.now(UTC)
        with db.unit_of_work() as work:
            session = work.session
            for n in range(pending + refused):
                session.add(OutboxEntry(id=uuid.uuid4(), entity="contacts", entity_id=uuid.uuid4(),
                                        operation="insert", payload={}, created_at=now,
                                        rejected_at=now if n < refused else None,
                                        last_error="refused" if n < refused else ""))  # fmt: skip
            work.commit()
    finally:
        db.dispose()
    backup = SERVER.cache_file().with_name(SERVER.cache_file().name + ".0016.20261201T0900.bak")
    backup.write_bytes(b"old copy")


def test_sign_out_forgets_the_password_and_keeps_the_cache_unless_asked(memory_keyring):
    store_password(SERVER, SECRET)
    _cache_with_outbox(0, 0)
    result = sign_out(SERVER)
    assert result.password_removed and result.files_removed == ()
    assert memory_keyring.passwords == {} and SERVER.cache_file().exists()


def test_sign_out_with_the_cache_removes_it_with_its_side_files_and_backups(memory_keyring):
    store_password(SERVER, SECRET)
    _cache_with_outbox(0, 0)
    other = SERVER.cache_file().with_name("cache-0123456789ab.sqlite3")
    other.write_bytes(b"another person's cache")
    files = cache_files(SERVER)
    assert SERVER.cache_file() in files and any(p.name.endswith(".bak") for p in files)
    result = sign_out(SERVER, forget_cache=True)
    assert set(result.files_removed) == set(files)
    assert cache_files(SERVER) == [] and other.exists()
    assert memory_keyring.passwords == {}


def test_unsynced_work_blocks_forgetting_the_cache_until_confirmed(memory_keyring):
    store_password(SERVER, SECRET)
    _cache_with_outbox(pending=3, refused=1)
    assert unsynced_work(SERVER) == (3, 1)
    with pytest.raises(UnsyncedWork, match="3 unsynced and 1 refused row") as refused:
        sign_out(SERVER, forget_cache=True)
    assert (refused.value.waiting, refused.value.refused) == (3, 1)
    # Nothing at all changed: the password and every file are still there.
    assert memory_keyring.passwords and SERVER.cache_file().exists()
    result = sign_out(SERVER, forget_cache=True, discard_unsynced=True)
    assert result.discarded == 4 and not SERVER.cache_file().exists()
    assert memory_keyring.passwords == {}


def test_unsynced_work_does_not_block_keeping_the_cache(memory_keyring):
    store_password(SERVER, SECRET)
    _cache_with_outbox(pending=2, refused=0)
    assert sign_out(SERVER).password_removed and unsynced_work(SERVER) == (2, 0)
