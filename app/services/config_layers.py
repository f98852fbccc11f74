"""Site configuration under the user's: each key from default < site < user < env, and locks.

An administrator's file (/etc/acrm/config.toml, %PROGRAMDATA%\\acrm\\config.toml, or
$ACRM_SITE_CONFIG) is read before the user's (config.config_file()). A top-level
`locked = ["server.url", "desk.language", "calling_hours", ...]` in the SITE file pins those
keys (a section name pins all its keys) to the site's value, or the default when the site sets
none: neither the user's file nor the environment overrides them. A user's value for a locked
key is not fatal: it is ignored and said once (`notices`). Each file is checked on its own, so
an error names the file, the key and the problem; a password in a server URL is refused
wherever it comes from, even from a source a lock makes the desk ignore.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.services.analytics_settings import DEFAULT_QUANTILES
from app.services.calling_hours_settings import DEFAULT_RETRY_MINUTES, DEFAULT_ZONE, ZONE_ENV
from app.services.config_paths import site_config_file
from app.services.errors import AcrmError
from app.services.storage.url_secrets import redacted, refuse_secrets
from app.services.verification_settings import DEFAULT_QUESTIONS, DEFAULT_REQUIRED

log = logging.getLogger(__name__)
LOCALE_ENV = "ACRM_LOCALE"  # the desk's language for one run (formatting.app_locale)
SERVER_URL_ENV = "ACRM_SERVER_URL"
# Seconds between sync runs while online. 3 s keeps "recorded here, shown there" under 5 s
# at p95 (a 5 s poll alone can take 5 s); 200 desks then cost the server ~67 cheap pulls/s.
DEFAULT_SYNC_INTERVAL = 3.0
# Seconds between a desk's heartbeats (sent after a sync cycle, sooner when its error changes).
DEFAULT_HEARTBEAT_INTERVAL = 60.0
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# The desk's languages (a compiled resources/translations/acrm_<language>.qm each).
LANGUAGES = ("pl_PL", "ru_RU", "en")
DEFAULT_LANGUAGE = "pl_PL"
SOURCES = ("default", "site", "user", "env")
_KINDS = {
    "text": ((str,), "a text"),
    "number": ((int, float), "a number"),
    "whole": ((int,), "a whole number"),
    "flag": ((bool,), "true or false"),
    "texts": ((list,), "a list of texts"),
    "numbers": ((list,), "a list of numbers"),
}


@dataclass(frozen=True)
class Key:
    """One setting: its kind, its default and the environment variable that may override it."""

    kind: str
    default: object
    env: str = ""
    choices: tuple[str, ...] = ()


# Every key the program reads from a configuration file (config.py and the *_settings modules).
KEYS: dict[str, Key] = {
    "server.url": Key("text", "", SERVER_URL_ENV),
    "server.login": Key("text", ""),  # empty: the agent login ($ACRM_AGENT, $USER)
    "server.sslmode": Key("text", "prefer", "ACRM_SSLMODE", SSL_MODES),
    "server.sslrootcert": Key("text", "", "ACRM_SSLROOTCERT"),
    "server.sync_interval": Key("number", DEFAULT_SYNC_INTERVAL),
    "server.heartbeat_interval": Key("number", DEFAULT_HEARTBEAT_INTERVAL),
    "desk.language": Key("text", DEFAULT_LANGUAGE, LOCALE_ENV, LANGUAGES),
    "calling_hours.weekdays": Key("text", "08:00-20:00"),
    "calling_hours.saturday": Key("text", "09:00-15:00"),
    "calling_hours.sunday": Key("text", ""),
    "calling_hours.time_zone": Key("text", DEFAULT_ZONE, ZONE_ENV),
    "calling_hours.retry_minutes": Key("whole", DEFAULT_RETRY_MINUTES),
    "verification.enabled": Key("flag", True),
    "verification.questions": Key("texts", list(DEFAULT_QUESTIONS)),
    "verification.required": Key("whole", DEFAULT_REQUIRED),
    # Read by app/services/analytics/settings.py (the refresh's levels and thresholds).
    "analytics.value_tier_quantiles": Key("numbers", list(DEFAULT_QUANTILES)),
    "analytics.churn_label": Key("text", ""),
    "analytics.churn_high": Key("number", 0.5),
    "analytics.churn_medium": Key("number", 0.2),
    "analytics.affinity_min_support": Key("number", 0.02),
    "analytics.affinity_min_confidence": Key("number", 0.3),
    "analytics.affinity_min_lift": Key("number", 1.1),
    # Read early and cheaply by app/services/logs/files.py (which checks the value itself).
    "logging.level": Key("text", "INFO", "ACRM_LOG_LEVEL"),
}
SECTIONS = tuple(dict.fromkeys(key.split(".", 1)[0] for key in KEYS))


@dataclass(frozen=True)
class Layer:
    """One file's settings, checked: dotted key -> value, and (site file only) its locks."""

    path: Path
    values: dict[str, object]
    locked: frozenset[str] = frozenset()

    def nested(self) -> dict[str, dict[str, object]]:
        return _nested(self.values)


@dataclass(frozen=True)
class Entry:
    """The effective value of one key, where it came from and whether the site locked it."""

    key: str
    value: object
    source: str  # one of SOURCES
    locked: bool
    where: str  # the file or $VARIABLE it came from; "" for a default


@dataclass(frozen=True)
class EffectiveConfig:
    """Every key's effective entry, the two files, and what a lock made the desk ignore."""

    entries: dict[str, Entry]
    site: Path
    user: Path
    notices: tuple[str, ...] = ()
    ignored: tuple[tuple[str, str], ...] = ()  # (key, file or $VARIABLE) a lock overrode
    file_values: dict[str, tuple[object, Path]] = field(default_factory=dict)

    def is_locked(self, key: str) -> bool:
        return self.entries[key].locked

    def check_writable(self, key: str) -> None:
        """For anything that writes the user's file: refuse a key the administrator locked."""
        if key not in KEYS:
            raise AcrmError(f"{key!r} is not a setting (known: {', '.join(KEYS)})")
        if self.entries[key].locked:
            raise AcrmError(
                f"{key} is locked by the administrator in {self.site}; it cannot be changed here"
            )

    def merged(self) -> dict[str, dict[str, object]]:
        """The files' values, site under user, locks applied (the environment is not in it)."""
        return _nested({key: value for key, (value, _) in self.file_values.items()})

    def section_files(self, section: str) -> str:
        """The file(s) a section's values came from, for messages about the section as a whole."""
        paths = {
            str(path)
            for key, (_, path) in self.file_values.items()
            if key.startswith(f"{section}.")
        }
        return " + ".join(sorted(paths)) or str(self.user)

    def unlocked_env(self, env: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment without the variables of locked keys (what the parsers may read)."""
        hidden = {spec.env for key, spec in KEYS.items() if spec.env and self.is_locked(key)}
        return {name: value for name, value in (env or os.environ).items() if name not in hidden}


Check = Callable[[Layer], None]  # config.check_layer: the values one file can be judged on alone


def read_toml(path: Path) -> dict:
    """A TOML file's tables; {} when there is none; a bad file is named with its problem."""
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


def read_layer(path: Path, check: Check, *, site: Path | None = None) -> Layer:
    """A configuration file, checked key by key; {} when it does not exist.

    `site` is None for the site file itself (which may lock keys); for the user's file it is
    the site file's path, named when the user's file tries to lock something.
    """
    raw = dict(read_toml(path))
    locked = _locks(path, raw.pop("locked"), site) if "locked" in raw else frozenset()
    values: dict[str, object] = {}
    for section, table in raw.items():
        if section not in SECTIONS:
            raise AcrmError(
                f"{path}: [{section}] is not a section of the configuration "
                f"(known: {', '.join(SECTIONS)}{'' if site else ', and locked'})"
            )
        if not isinstance(table, dict):
            raise AcrmError(f"{path}: [{section}] must be a section, not {table!r}")
        for name, value in table.items():
            values[_checked(path, section, name, value)] = value
    layer = Layer(path, values, locked)
    check(layer)
    return layer


def layered(user_path: Path, check: Check, env: Mapping[str, str] | None = None) -> EffectiveConfig:
    """The effective configuration: both files read and checked, locks and environment applied
    (config.effective_config gives it for this run's files)."""
    env = os.environ if env is None else env
    site_path = site_config_file()
    site = read_layer(site_path, check)
    user = read_layer(user_path, check, site=site_path)
    entries: dict[str, Entry] = {}
    files: dict[str, tuple[object, Path]] = {}
    notices: list[str] = []
    ignored: list[tuple[str, str]] = []
    for key, spec in KEYS.items():
        locked = key in site.locked
        section, name = key.split(".", 1)
        entry = Entry(key, spec.default, "default", locked, "")
        if key in site.values:
            files[key] = (site.values[key], site_path)
            entry = Entry(key, site.values[key], "site", locked, str(site_path))
        if key in user.values and locked:
            ignored.append((key, str(user_path)))
            notices.append(
                f"{user_path}: [{section}] {name} is ignored: the administrator locked "
                f"{key} in {site_path}"
            )
        elif key in user.values:
            files[key] = (user.values[key], user_path)
            entry = Entry(key, user.values[key], "user", False, str(user_path))
        value = env.get(spec.env, "") if spec.env else ""
        if value and key == "server.url":
            refuse_secrets(value, f"${spec.env}")  # refused even when a lock ignores it
        if value and locked:
            ignored.append((key, f"${spec.env}"))
            notices.append(f"${spec.env} is ignored: the administrator locked {key} in {site_path}")
        elif value:
            entry = Entry(key, value, "env", False, f"${spec.env}")
        entries[key] = entry
    return EffectiveConfig(entries, site_path, user_path, tuple(notices), tuple(ignored), files)


def shown_value(value: object) -> object:
    """A value as it may be shown or printed: anything URL-like without its user or secrets."""
    if isinstance(value, str) and "://" in value:
        return redacted(value)
    return value


def shown_text(value: object) -> str:
    """A value as one line of text (the CLI's table and the desk's settings panel)."""
    value = shown_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


_said: set[str] = set()


def say_notices(config: EffectiveConfig) -> None:
    """Log each ignored value once per run (the desk's settings panel lists them too)."""
    for notice in config.notices:
        if notice not in _said:
            _said.add(notice)
            log.warning("%s", notice)


def _locks(path: Path, value: object, site: Path | None) -> frozenset[str]:
    if site is not None:
        raise AcrmError(
            f"{path}: locked: only the administrator's site file ({site}) may lock settings"
        )
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise AcrmError(f"{path}: locked {value!r} is not a list of setting names")
    keys: set[str] = set()
    for item in value:
        matching = [key for key in KEYS if key == item or key.startswith(f"{item}.")]
        if not matching:
            raise AcrmError(
                f"{path}: locked names {item!r}, which is not a setting or a section "
                f"(known: {', '.join(KEYS)})"
            )
        keys.update(matching)
    return frozenset(keys)


def _checked(path: Path, section: str, name: str, value: object) -> str:
    key = f"{section}.{name}"
    if key not in KEYS:
        known = ", ".join(k.split(".", 1)[1] for k in KEYS if k.startswith(f"{section}."))
        raise AcrmError(f"{path}: [{section}] has no setting {name!r} (known: {known})")
    spec = KEYS[key]
    types, description = _KINDS[spec.kind]
    if spec.choices and value not in spec.choices:
        raise AcrmError(
            f"{path}: [{section}] {name} {value!r} is not one of {', '.join(spec.choices)}"
        )
    if isinstance(value, bool) != (spec.kind == "flag") or not isinstance(value, types):
        raise AcrmError(f"{path}: [{section}] {name} {value!r} is not {description}")
    return key


def _nested(values: Mapping[str, object]) -> dict[str, dict[str, object]]:
    nested: dict[str, dict[str, object]] = {}
    for key, value in values.items():
        section, name = key.split(".", 1)
        nested.setdefault(section, {})[name] = value
    return nested
