"""Writes the person's server choice into their own config.toml: only [server]'s keys, 0600.

Only the keys passed are written (a key preset by an administrator's file is never copied into
the user's); everything else in the file (other sections, comments, key order) is kept as it
was: tomlkit edits the document instead of re-serialising a dict. A password is never written;
the new text replaces the old file in one rename, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from app.services.config import SSL_MODES, config_file, effective_config
from app.services.errors import AcrmError
from app.services.storage.url_secrets import refuse_secrets

FILE_MODE = 0o600


def write_user_server_config(
    url: str | None = None,
    login: str | None = None,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
    path: Path | None = None,
) -> Path:
    """Set the given [server] keys in the user's file (None: leave, '': remove); the file."""
    path = path or config_file()
    values = {"url": url, "login": login, "sslmode": sslmode, "sslrootcert": sslrootcert}
    _check(values)
    values = unlocked_server_values(values)
    document = _read(path)
    section = document.get("server")
    if section is None:
        section = tomlkit.table()
        document["server"] = section
    elif not isinstance(section, dict):
        raise AcrmError(f"{path}: [server] is not a section; fix the file first")
    for key, value in values.items():
        if value:
            section[key] = value
        elif value is not None and key in section:
            del section[key]
    _replace(path, tomlkit.dumps(document))
    return path


def unlocked_server_values(values: dict[str, str | None]) -> dict[str, str | None]:
    """The values to write: a key the administrator locked is refused (AcrmError naming it
    and the site file), unless it is being set to the value the lock already gives it."""
    config = effective_config()
    kept = {}
    for key, value in values.items():
        entry = config.entries.get(f"server.{key}")
        if value is None or entry is None or not entry.locked:
            kept[key] = value
        elif value != entry.value:
            config.check_writable(f"server.{key}")  # raises: locked by the site file
    return kept


def _check(values: dict[str, str | None]) -> None:
    url, login, sslmode, rootcert = (values[k] for k in ("url", "login", "sslmode", "sslrootcert"))
    if url is not None:
        refuse_secrets(url, "server url")
        if "@" in url.split("://", 1)[-1].split("/", 1)[0]:
            raise AcrmError("server url: must not name a user or a password")
    if sslmode is not None and sslmode not in SSL_MODES:
        raise AcrmError(f"server sslmode {sslmode!r} is not one of {', '.join(SSL_MODES)}")
    if sslmode in ("verify-ca", "verify-full") and rootcert and not Path(rootcert).is_file():
        raise AcrmError(f"server sslrootcert: no CA file at {rootcert}")
    if login is not None and not login.strip():
        raise AcrmError("server login: empty")


def _read(path: Path) -> tomlkit.TOMLDocument:
    if not path.exists():
        return tomlkit.document()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (TOMLKitError, UnicodeDecodeError) as error:
        raise AcrmError(
            f"{path}: not a valid configuration file, left unchanged: {error}"
        ) from None
    except OSError as error:
        raise AcrmError(f"{path}: cannot read the configuration file: {error.strerror}") from None


def _replace(path: Path, text: str) -> None:
    """Write a 0600 temporary file beside `path`, then rename it over `path`."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkstemp creates the file 0600 from the start: no moment another user could read it.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".tmp")
    except OSError as error:
        raise AcrmError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise AcrmError(f"cannot write {path}: {error.strerror}") from None
