"""Application configuration: where the database lives and which settings apply."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from app.services.analytics_settings import AnalyticsSettings, analytics_settings
from app.services.calling_hours_settings import CallingHours, calling_hours
from app.services.config_layers import (
    DEFAULT_HEARTBEAT_INTERVAL,
    DEFAULT_LANGUAGE,
    DEFAULT_SYNC_INTERVAL,
    LANGUAGES,
    SERVER_URL_ENV,
    SSL_MODES,
    EffectiveConfig,
    Layer,
    layered,
    read_toml,
    say_notices,
)
from app.services.errors import AcrmError
from app.services.storage.private_files import private_dir
from app.services.storage.url_secrets import redacted, refuse_secrets
from app.services.verification_settings import VerificationSettings, verification_settings

APP_NAME = "acrm-desk"
DB_URL_ENV = "ACRM_DB_URL"
DATA_DIR_ENV = "ACRM_DATA_DIR"
WEBHOOK_URL_ENV = "ACRM_WEBHOOK_URL"
CONFIG_ENV = "ACRM_CONFIG"
DEFAULT_REGION = "PL"


def data_dir() -> Path:
    """The per-user data directory (overridable for tests and portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    # 0700: the cache and its backups hold customers' personal data (see private_files).
    return private_dir(path)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'acrm.sqlite3'}"


@dataclass(frozen=True)
class ServerSettings:
    """The shared PostgreSQL back end: where it is and how to trust it (never a password)."""

    url: str  # postgresql://host:port/database, without user or password
    login: str  # the person's own database role
    sslmode: str = "prefer"
    sslrootcert: str = ""  # CA file for verify-ca / verify-full
    sync_interval: float = DEFAULT_SYNC_INTERVAL
    heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL

    @property
    def keyring_key(self) -> str:
        """The name the password is stored under in the OS keyring."""
        return f"{self.login}@{self.url}"

    def cache_file(self) -> Path:
        """The local SQLite cache for this server and person (one file each)."""
        digest = hashlib.sha256(self.keyring_key.encode()).hexdigest()[:12]
        return data_dir() / f"cache-{digest}.sqlite3"


def config_file() -> Path:
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else data_dir() / "config.toml"


def read_config(path: Path | None = None) -> dict:
    """The user's TOML configuration file as it is (no site file, no checks); {} when none."""
    return read_toml(path or config_file())


def effective_config(env: Mapping[str, str] | None = None) -> EffectiveConfig:
    """This run's configuration key by key: value, source (default, site, user, env) and lock.

    For anything that shows or writes settings (`acrm config show`, the desk's settings panel,
    a first-run wizard writing the user's file: EffectiveConfig.check_writable(key) refuses a
    locked key). Both files are checked; a bad one raises AcrmError naming file, key, problem.
    """
    return layered(config_file(), check_layer, env)


def check_layer(layer: Layer) -> None:
    """What can be judged in one file alone, so that the message names that file."""
    nested = layer.nested()
    desk_settings(nested, layer.path)
    calling_hours(nested, layer.path, env={})
    analytics_settings(nested, layer.path)
    if layer.values.get("server.url"):
        server_settings(nested, "", env={}, path=layer.path)
    rootcert = layer.values.get("server.sslrootcert")
    if rootcert and layer.values.get("server.sslmode") != "disable":
        _check_ca_file(str(rootcert), f"{layer.path}: [server] sslrootcert")


def server_settings(
    config: dict,
    login: str,
    url: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    path: Path | str | None = None,
) -> ServerSettings | None:
    """The [server] section (or $ACRM_SERVER_URL, ...); None means the embedded database only.

    `env` is the environment the settings may read (config_layers leaves out the variables of
    keys the administrator locked); `path` names the file in messages.
    """
    env = os.environ if env is None else env
    where = f"{path}: [server]" if path else "[server]"
    section = config.get("server", {})
    source = "--server" if url else f"{where} url"
    if not url and env.get(SERVER_URL_ENV):
        source = f"${SERVER_URL_ENV}"
    url = url or env.get(SERVER_URL_ENV) or section.get("url", "")
    if not url:
        return None
    refuse_secrets(url, source)
    if "@" in url.split("://", 1)[-1].split("/", 1)[0]:
        host = redacted(url).rpartition("@")[2]
        raise AcrmError(
            f"{source}: the server url must not name a user (that is [server] login; the "
            f"password lives in the OS keyring): {host}"
        )
    sslmode = env.get("ACRM_SSLMODE") or section.get("sslmode", "prefer")
    mode_where = "$ACRM_SSLMODE" if env.get("ACRM_SSLMODE") else f"{where} sslmode"
    if sslmode not in SSL_MODES:
        raise AcrmError(f"{mode_where} {sslmode!r} is not one of {', '.join(SSL_MODES)}")
    rootcert = env.get("ACRM_SSLROOTCERT") or section.get("sslrootcert", "")
    cert_where = "$ACRM_SSLROOTCERT" if env.get("ACRM_SSLROOTCERT") else f"{where} sslrootcert"
    if rootcert and sslmode != "disable":
        _check_ca_file(rootcert, cert_where)
    return ServerSettings(
        url=url,
        login=section.get("login") or login,
        sslmode=sslmode,
        sslrootcert=rootcert,
        sync_interval=_sync_interval(section.get("sync_interval", DEFAULT_SYNC_INTERVAL), where),
        heartbeat_interval=_heartbeat_interval(
            section.get("heartbeat_interval", DEFAULT_HEARTBEAT_INTERVAL), where
        ),
    )


def _check_ca_file(path: str, where: str) -> None:
    """The CA file libpq will trust: there, readable, and a PEM certificate (not a key, not DER)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 20)
    except FileNotFoundError:
        raise AcrmError(f"{where}: no CA file at {path}") from None
    except IsADirectoryError:
        raise AcrmError(f"{where}: {path} is a directory, not a CA file") from None
    except OSError as error:
        raise AcrmError(f"{where}: cannot read the CA file {path}: {error.strerror}") from None
    if b"-----BEGIN CERTIFICATE-----" not in head:
        raise AcrmError(
            f"{where}: {path} is not a CA certificate in PEM form (no BEGIN CERTIFICATE line)"
        )


def _heartbeat_interval(value: object, where: str) -> float:
    """Seconds, at least 10 (a heartbeat is a write on the server)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AcrmError(f"{where} heartbeat_interval {value!r} is not a number of seconds")
    return max(10.0, float(value))


def _sync_interval(value: object, where: str) -> float:
    """Seconds, at least 1 (a desk polling faster only loads the server)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AcrmError(f"{where} sync_interval {value!r} is not a number of seconds")
    return max(1.0, float(value))


@dataclass(frozen=True)
class DeskSettings:
    """The [desk] section: how the desktop presents itself."""

    # Used for texts, dates and money when the system locale says nothing (C/POSIX), and
    # always when the file sets it: a contact centre's desks should read alike.
    language: str = DEFAULT_LANGUAGE
    configured: bool = False  # True when the file names the language
    locked: bool = False  # the administrator pinned it: $ACRM_LOCALE does not apply


def desk_settings(config: dict, path: Path | str | None = None) -> DeskSettings:
    """The [desk] section, checked; a bad value names the file, the key and what is allowed."""
    where = f"{path or config_file()}: [desk]"
    section = config.get("desk", {})
    if not isinstance(section, dict):
        raise AcrmError(f"{where} must be a section, not {section!r}")
    if "language" not in section:
        return DeskSettings()
    language = section["language"]
    if language not in LANGUAGES:
        raise AcrmError(f"{where} language {language!r} is not one of {', '.join(LANGUAGES)}")
    return DeskSettings(language=language, configured=True)


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run of the program."""

    db_url: str
    region: str = DEFAULT_REGION
    agent_login: str = "consultant"
    webhook_url: str = ""  # automatic actions go here; empty: the local outbox
    server: ServerSettings | None = None  # None: embedded database only, nothing syncs
    desk: DeskSettings = DeskSettings()
    verification: VerificationSettings = field(default_factory=VerificationSettings)
    calling_hours: CallingHours = field(default_factory=CallingHours)  # queue: when to call
    analytics: AnalyticsSettings = field(default_factory=AnalyticsSettings)  # refresh's levels
    # Each key's value, source and lock (config_layers); None when built without the files.
    configuration: EffectiveConfig | None = field(default=None, compare=False)

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")


def resolve_settings(
    db_url: str | None = None,
    agent_login: str | None = None,
    webhook_url: str | None = None,
    server_url: str | None = None,
    *,
    db_option: str = "--db",
) -> Settings:
    """Command-line value first, then the environment, then the files, then defaults.

    The files are the administrator's site file under the user's (config_layers); a key the
    site locks takes the site's value whatever the user's file or the environment say, and a
    command-line --server that contradicts a locked server url is refused. With a server
    configured the local database is that server's cache file and the agent is the person's
    database login. A URL carrying a password is refused wherever it comes from (`db_option`
    names the command-line option in the message).
    """
    if db_url:
        refuse_secrets(db_url, db_option)
    elif os.environ.get(DB_URL_ENV):
        refuse_secrets(os.environ[DB_URL_ENV], f"${DB_URL_ENV}")
    layers = effective_config()
    say_notices(layers)
    locked_url = layers.entries["server.url"]
    if server_url and locked_url.locked and server_url != locked_url.value:
        refuse_secrets(server_url, "--server")
        raise AcrmError(
            f"--server: the administrator locked server.url in {layers.site} "
            f"(to {redacted(str(locked_url.value)) or 'no server'}); this desk cannot use another"
        )
    config, env = layers.merged(), layers.unlocked_env()
    login = agent_login or os.environ.get("ACRM_AGENT") or os.environ.get("USER") or "consultant"
    server = server_settings(
        config, login, server_url, env=env, path=layers.section_files("server")
    )
    if server is not None:
        login = server.login
    url = db_url or os.environ.get(DB_URL_ENV)
    if not url:
        url = f"sqlite:///{server.cache_file()}" if server else default_db_url()
    webhook = (webhook_url or os.environ.get(WEBHOOK_URL_ENV) or "").strip()
    desk = desk_settings(config, layers.section_files("desk"))
    return Settings(
        db_url=url,
        agent_login=login,
        webhook_url=webhook,
        server=server,
        desk=replace(desk, locked=layers.is_locked("desk.language")),
        verification=verification_settings(config, layers.section_files("verification")),
        calling_hours=calling_hours(config, layers.section_files("calling_hours"), env=env),
        analytics=analytics_settings(config, layers.section_files("analytics")),
        configuration=layers,
    )
