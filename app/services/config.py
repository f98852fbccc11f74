"""Application configuration: where the database lives and which settings apply."""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from app.services.calling_hours_settings import CallingHours, calling_hours
from app.services.errors import AcrmError
from app.services.storage.private_files import private_dir
from app.services.storage.url_secrets import redacted, refuse_secrets
from app.services.verification_settings import VerificationSettings, verification_settings

APP_NAME = "acrm-desk"
DB_URL_ENV = "ACRM_DB_URL"
DATA_DIR_ENV = "ACRM_DATA_DIR"
WEBHOOK_URL_ENV = "ACRM_WEBHOOK_URL"
CONFIG_ENV = "ACRM_CONFIG"
SERVER_URL_ENV = "ACRM_SERVER_URL"
DEFAULT_REGION = "PL"
# Seconds between sync runs while online. 3 s keeps "recorded here, shown there" under 5 s
# at p95 (a 5 s poll alone can take 5 s); 200 desks then cost the server ~67 cheap pulls/s.
DEFAULT_SYNC_INTERVAL = 3.0
# Seconds between a desk's heartbeats (sent after a sync cycle, sooner when its error changes).
DEFAULT_HEARTBEAT_INTERVAL = 60.0
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# The desk's languages (a compiled resources/translations/acrm_<language>.qm each).
LANGUAGES = ("pl_PL", "ru_RU", "en")
DEFAULT_LANGUAGE = "pl_PL"


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
    """The TOML configuration (an administrator's deployment file); {} when there is none."""
    path = path or config_file()
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AcrmError(f"{path}: not a valid configuration file: {error}") from error
    except RecursionError:
        raise AcrmError(f"{path}: not a valid configuration file: nested too deeply") from None
    except OSError as error:
        raise AcrmError(f"{path}: cannot read the configuration file: {error.strerror}") from None


def server_settings(config: dict, login: str, url: str | None = None) -> ServerSettings | None:
    """The [server] section (or $ACRM_SERVER_URL); None means the embedded database only."""
    section = config.get("server", {})
    source = "--server" if url else "[server] url"
    if not url and os.environ.get(SERVER_URL_ENV):
        source = f"${SERVER_URL_ENV}"
    url = url or os.environ.get(SERVER_URL_ENV) or section.get("url", "")
    if not url:
        return None
    refuse_secrets(url, source)
    if "@" in url.split("://", 1)[-1].split("/", 1)[0]:
        host = redacted(url).rpartition("@")[2]
        raise AcrmError(
            f"{source}: the server url must not name a user (that is [server] login; the "
            f"password lives in the OS keyring): {host}"
        )
    sslmode = os.environ.get("ACRM_SSLMODE") or section.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise AcrmError(f"server sslmode {sslmode!r} is not one of {', '.join(SSL_MODES)}")
    rootcert = os.environ.get("ACRM_SSLROOTCERT") or section.get("sslrootcert", "")
    if sslmode in ("verify-ca", "verify-full") and rootcert and not Path(rootcert).exists():
        raise AcrmError(f"server sslrootcert: no CA file at {rootcert}")
    return ServerSettings(
        url=url,
        login=section.get("login") or login,
        sslmode=sslmode,
        sslrootcert=rootcert,
        sync_interval=_sync_interval(section.get("sync_interval", DEFAULT_SYNC_INTERVAL)),
        heartbeat_interval=_seconds(
            "heartbeat_interval", section.get("heartbeat_interval", DEFAULT_HEARTBEAT_INTERVAL), 10
        ),
    )


def _seconds(key: str, value: object, least: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AcrmError(f"server {key} {value!r} is not a number of seconds")
    return max(least, float(value))


def _sync_interval(value: object) -> float:
    """Seconds, at least 1 (a desk polling faster only loads the server)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AcrmError(f"server sync_interval {value!r} is not a number of seconds")
    return max(1.0, float(value))


@dataclass(frozen=True)
class DeskSettings:
    """The [desk] section: how the desktop presents itself."""

    # Used for texts, dates and money when the system locale says nothing (C/POSIX), and
    # always when the file sets it: a contact centre's desks should read alike.
    language: str = DEFAULT_LANGUAGE
    configured: bool = False  # True when the file names the language


def desk_settings(config: dict, path: Path | None = None) -> DeskSettings:
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
    """Command-line value first, then the environment, then the config file, then defaults.

    With a server configured the local database is that server's cache file and the
    agent is the person's database login. A URL carrying a password is refused wherever
    it comes from (`db_option` names the command-line option in the message).
    """
    if db_url:
        refuse_secrets(db_url, db_option)
    elif os.environ.get(DB_URL_ENV):
        refuse_secrets(os.environ[DB_URL_ENV], f"${DB_URL_ENV}")
    config = read_config()
    login = agent_login or os.environ.get("ACRM_AGENT") or os.environ.get("USER") or "consultant"
    server = server_settings(config, login, server_url)
    if server is not None:
        login = server.login
    url = db_url or os.environ.get(DB_URL_ENV)
    if not url:
        url = f"sqlite:///{server.cache_file()}" if server else default_db_url()
    webhook = (webhook_url or os.environ.get(WEBHOOK_URL_ENV) or "").strip()
    return Settings(
        db_url=url,
        agent_login=login,
        webhook_url=webhook,
        server=server,
        desk=desk_settings(config),
        verification=verification_settings(config, config_file()),
        calling_hours=calling_hours(config, config_file()),
    )
