"""Application configuration: where the database lives and which settings apply."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "acrm-desk"
DB_URL_ENV = "ACRM_DB_URL"
DATA_DIR_ENV = "ACRM_DATA_DIR"
WEBHOOK_URL_ENV = "ACRM_WEBHOOK_URL"
DEFAULT_REGION = "PL"


def data_dir() -> Path:
    """The per-user data directory (overridable for tests and portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'acrm.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run of the program."""

    db_url: str
    region: str = DEFAULT_REGION
    agent_login: str = "consultant"
    webhook_url: str = ""  # automatic actions go here; empty: the local outbox

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")


def resolve_settings(
    db_url: str | None = None, agent_login: str | None = None, webhook_url: str | None = None
) -> Settings:
    """Command-line value first, then the environment, then the embedded default."""
    url = db_url or os.environ.get(DB_URL_ENV) or default_db_url()
    login = agent_login or os.environ.get("ACRM_AGENT") or os.environ.get("USER") or "consultant"
    webhook = (webhook_url or os.environ.get(WEBHOOK_URL_ENV) or "").strip()
    return Settings(db_url=url, agent_login=login, webhook_url=webhook)
