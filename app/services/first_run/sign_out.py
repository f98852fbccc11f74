"""Sign out: forget the stored password and, on request, this server's cache for this person.

Unsynced work is never thrown away silently: with rows still waiting in the outbox (or refused
by the server and not yet dealt with), forgetting the cache needs `discard_unsynced`, and
without it nothing at all is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.config import ServerSettings
from app.services.errors import AcrmError
from app.services.storage.private_files import SQLITE_SIDE_FILES
from app.services.sync.credentials import CredentialStore


class UnsyncedWork(AcrmError):
    """The cache still holds work the server has not got; nothing was changed."""

    def __init__(self, waiting: int, refused: int) -> None:
        self.waiting, self.refused = waiting, refused
        super().__init__(
            f"the local cache holds {waiting} unsynced and {refused} refused row(s) that the "
            "server does not have; sync first (acrm sync --once), or confirm that they may be "
            "discarded (--discard-unsynced); nothing was changed"
        )


@dataclass(frozen=True)
class SignOutResult:
    password_removed: bool
    files_removed: tuple[Path, ...] = ()
    discarded: int = 0  # unsynced or refused rows thrown away on the person's confirmation


def cache_files(server: ServerSettings) -> list[Path]:
    """The cache of this server and person with its SQLite side files and migration backups."""
    cache = server.cache_file()
    side = [cache.with_name(cache.name + suffix) for suffix in SQLITE_SIDE_FILES]
    backups = sorted(cache.parent.glob(f"{cache.name}.*.bak"))
    return [path for path in (cache, *side, *backups) if path.exists()]


def unsynced_work(server: ServerSettings) -> tuple[int, int]:
    """(waiting, refused) outbox rows of the cache; (0, 0) when there is no cache."""
    cache = server.cache_file()
    if not cache.exists() or cache.stat().st_size == 0:
        return 0, 0
    from sqlalchemy.exc import DBAPIError

    from app.services.storage.db import Database
    from app.services.sync.local_store import LocalStore

    db = Database(f"sqlite:///{cache}")
    try:
        store = LocalStore(db)
        return store.unsynced_count(), len(store.rejected())
    except DBAPIError as error:
        raise AcrmError(f"{cache}: cannot read the local cache to count unsynced work: "
                        f"{str(error.orig).splitlines()[0]}") from None  # fmt: skip
    finally:
        db.dispose()


def sign_out(
    server: ServerSettings, *, forget_cache: bool = False, discard_unsynced: bool = False
) -> SignOutResult:
    """Remove the keyring's password; with `forget_cache`, the cache files too."""
    discarded = 0
    if forget_cache:
        waiting, refused = unsynced_work(server)
        if (waiting or refused) and not discard_unsynced:
            raise UnsyncedWork(waiting, refused)
        discarded = waiting + refused
    store = CredentialStore()
    had = store.get(server) is not None
    store.delete(server)
    removed_password = had and store.get(server) is None
    removed: list[Path] = []
    if forget_cache:
        for path in cache_files(server):
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                raise AcrmError(f"cannot remove {path}: {error.strerror} (is the desk still "
                                "open on it?)") from None  # fmt: skip
            removed.append(path)
    return SignOutResult(removed_password, tuple(removed), discarded)
