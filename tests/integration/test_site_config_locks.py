"""Adversarial: a user tries to override each locked key through their file and the environment."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from app.services import config, config_paths
from app.services.analytics_settings import AnalyticsSettings
from app.services.config_layers import KEYS
from app.services.data_language import desk_language


def toml(values: dict[str, object]) -> str:
    sections: dict[str, list[str]] = {}
    for key, value in values.items():
        section, name = key.split(".", 1)
        text = str(value).lower() if isinstance(value, bool) else repr(value).replace("'", '"')
        sections.setdefault(section, []).append(f"{name} = {text}")
    return "".join(f"[{s}]\n" + "\n".join(lines) + "\n" for s, lines in sections.items())


@pytest.fixture
def attack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Site, user and environment each give every key a different valid value; `lock(keys)`
    writes the site file locking `keys` and returns the resolved settings."""
    cas = {}
    for name in ("site", "user", "env"):
        cas[name] = tmp_path / f"{name}-ca.pem"
        cas[name].write_text("-----BEGIN CERTIFICATE-----\n")
    site_values = {
        "server.url": "postgresql://site-db/acrm", "server.login": "kiosk.site",
        "server.sslmode": "verify-full", "server.sslrootcert": str(cas["site"]),
        "server.sync_interval": 7, "server.heartbeat_interval": 30, "desk.language": "ru_RU",
        "calling_hours.weekdays": "07:00-19:00", "calling_hours.saturday": "10:00-13:00",
        "calling_hours.sunday": "11:00-12:00", "calling_hours.time_zone": "Europe/Moscow",
        "calling_hours.retry_minutes": 45, "verification.enabled": False,
        "verification.questions": ["postcode", "card_last4", "account_last4"],
        "verification.required": 3, "logging.level": "ERROR",
        "analytics.value_tier_quantiles": [0.6, 0.9], "analytics.churn_label": "left_bank",
        "analytics.churn_high": 0.7, "analytics.churn_medium": 0.4,
        "analytics.affinity_min_support": 0.05, "analytics.affinity_min_confidence": 0.5,
        "analytics.affinity_min_lift": 1.5,
    }  # fmt: skip
    user_values = {
        "server.url": "postgresql://user-db/acrm", "server.login": "ewa",
        "server.sslmode": "verify-ca", "server.sslrootcert": str(cas["user"]),
        "server.sync_interval": 99, "server.heartbeat_interval": 300, "desk.language": "en",
        "calling_hours.weekdays": "00:00-24:00", "calling_hours.saturday": "00:00-24:00",
        "calling_hours.sunday": "00:00-24:00", "calling_hours.time_zone": "Europe/Kyiv",
        "calling_hours.retry_minutes": 1, "verification.enabled": True,
        "verification.questions": ["date_of_birth", "pesel_last4", "postcode"],
        "verification.required": 1, "logging.level": "DEBUG",
        "analytics.value_tier_quantiles": [0.3, 0.6], "analytics.churn_label": "",
        "analytics.churn_high": 0.9, "analytics.churn_medium": 0.05,
        "analytics.affinity_min_support": 0.5, "analytics.affinity_min_confidence": 0.9,
        "analytics.affinity_min_lift": 3,
    }  # fmt: skip
    env_values = {
        "ACRM_SERVER_URL": "postgresql://env-db/acrm", "ACRM_SSLMODE": "require",
        "ACRM_SSLROOTCERT": str(cas["env"]), "ACRM_CENTRE_TIME_ZONE": "Asia/Tokyo",
        "ACRM_LOCALE": "en_GB", "ACRM_LOG_LEVEL": "WARNING",
    }  # fmt: skip
    assert set(site_values) == set(KEYS) == set(user_values)  # every key is attacked
    assert {spec.env for spec in KEYS.values() if spec.env} == set(env_values)
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    user.write_text(toml(user_values))
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(site))
    monkeypatch.setenv(config.CONFIG_ENV, str(user))
    for name, value in env_values.items():
        monkeypatch.setenv(name, value)

    def lock(keys: list[str]) -> config.Settings:
        site.write_text(f"locked = {keys!r}\n".replace("'", '"') + toml(site_values))
        return config.resolve_settings(agent_login="someone")

    return lock, site_values, user_values, env_values


@pytest.mark.parametrize("key", list(KEYS))
def test_neither_the_users_file_nor_the_environment_overrides_a_locked_key(attack, key) -> None:
    lock, site_values, _, _ = attack
    settings = lock([key])
    entries = settings.configuration.entries
    assert (entries[key].value, entries[key].source, entries[key].locked) == (
        site_values[key],
        "site",
        True,
    )
    ignored = dict.fromkeys(where for k, where in settings.configuration.ignored if k == key)
    expected = [str(config.config_file())] + ([f"${KEYS[key].env}"] if KEYS[key].env else [])
    assert list(ignored) == expected
    for other, entry in entries.items():  # the rest still follow the user and the environment
        if other != key:
            assert not entry.locked and entry.source == ("env" if KEYS[other].env else "user")


def test_everything_locked_runs_exactly_as_the_site_says(attack) -> None:
    lock, site_values, _, _ = attack
    settings = lock(list(KEYS))
    assert settings.server == config.ServerSettings(
        "postgresql://site-db/acrm", "kiosk.site", "verify-full",
        site_values["server.sslrootcert"], 7.0, 30.0,
    )  # fmt: skip
    assert settings.agent_login == "kiosk.site"
    assert (settings.desk.language, settings.desk.locked) == ("ru_RU", True)
    assert desk_language(settings.desk) == "ru"  # $ACRM_LOCALE=en_GB does not apply
    hours = settings.calling_hours
    assert (hours.weekdays, hours.saturday, hours.sunday) == (
        (time(7), time(19)),
        (time(10), time(13)),
        (time(11), time(12)),
    )
    assert (hours.time_zone, hours.retry_minutes) == ("Europe/Moscow", 45)
    check = settings.verification
    assert (check.enabled, check.questions, check.required) == (
        False,
        ("postcode", "card_last4", "account_last4"),
        3,
    )
    assert settings.analytics == AnalyticsSettings(
        (0.6, 0.9), "left_bank", 0.7, 0.4, 0.05, 0.5, 1.5
    )
    assert all(entry.source == "site" for entry in settings.configuration.entries.values())


def test_nothing_locked_the_user_and_the_environment_win(attack) -> None:
    lock, _, user_values, env_values = attack
    settings = lock([])
    assert settings.server.url == env_values["ACRM_SERVER_URL"]
    assert settings.server.sslmode == "require" and settings.server.sync_interval == 99.0
    assert settings.calling_hours.time_zone == "Asia/Tokyo"
    assert desk_language(settings.desk) == "en"  # $ACRM_LOCALE
    assert settings.verification.questions == tuple(user_values["verification.questions"])
