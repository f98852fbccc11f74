"""Files only their owner may read: the data directory 0700, databases, backups and logs 0600.

The cache holds every customer's name, phones and transactions; on a shared PC another
user must not be able to read it. Files are created with their final mode (os.open with a
mode, never create-then-chmod, so there is no moment when they are readable), and files
an older version left with wider bits are tightened. SQLite gives its -wal, -shm and
-journal files the mode of the database file, so a 0600 database keeps them 0600 too.
On Windows the data directory is inside the user's profile (%LOCALAPPDATA%) and inherits
its per-user ACLs; POSIX modes mean little there and are not changed.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from app.services.errors import AcrmError

DIR_MODE = 0o700
FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


def posix() -> bool:
    return os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create `path` (and its parents) with the leaf 0700; tighten it if it is wider."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except OSError as error:
        raise AcrmError(f"cannot create the data directory {path}: {error.strerror}") from None
    if not path.is_dir():
        raise AcrmError(f"the data directory {path} is not a directory")
    _tighten(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make sure `path` exists as a 0600 file (an empty file is an empty SQLite database)."""
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise AcrmError(f"cannot create {path}: {parent} is not a directory")
    if not parent.is_dir():
        raise AcrmError(f"cannot create {path}: the directory {parent} does not exist")
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _tighten(path, FILE_MODE)
        return path
    except OSError as error:
        raise AcrmError(f"cannot create {path}: {error.strerror}") from None
    os.close(descriptor)
    return path


def private_sqlite_file(path: Path) -> Path:
    """The database file 0600 before SQLite opens it, and any side files it left before."""
    private_file(path)
    for suffix in SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            _tighten(side, FILE_MODE)
    return path


def open_private_append(path: Path):
    """A text file opened for appending, created 0600 (for logs)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    _tighten(path, FILE_MODE)
    return os.fdopen(descriptor, "a", encoding="utf-8")


def _tighten(path: Path, mode: int) -> None:
    """Drop group and other bits of what we own; a shared place (e.g. /tmp) is only warned of."""
    if not posix():
        return
    info = path.stat()
    current = stat.S_IMODE(info.st_mode)
    if current & 0o077 == 0:
        return
    # A sticky directory is shared on purpose (/tmp); someone else's file is not ours to change.
    if info.st_uid != os.geteuid() or current & stat.S_ISVTX:
        log.warning("%s is open to other users (mode %o) and is left as it is: keep the desk's "
                    "data in a private directory", path, current)  # fmt: skip
        return
    try:
        os.chmod(path, current & mode)
    except OSError as error:
        log.warning("%s is open to other users (mode %o) and cannot be tightened: %s",
                    path, current, error.strerror)  # fmt: skip
        return
    log.warning("%s was open to other users (mode %o); now %o", path, current, current & mode)
