"""AnalyticsService: refresh the models (a new version, all scores replaced) and read the newest.

On the embedded database anyone at the desk may refresh. With a shared server configured the
refresh runs ON THE SERVER, as the signed-in person (the PostgreSQL grants of migration 0021
let only administrators write analytics), reading the whole base there; desks then receive
the version and its scores through the change feed like any other customer data. A packaged
desk ships without SciPy and the fitting code (tools/frozen_bundle.py), so it cannot refresh
at all: the server (an administrator's `acrm analytics refresh`) computes.
"""

from __future__ import annotations

import importlib.util
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.services.admin.signed_in import SignedInPerson
from app.services.analytics import store
from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.store import ModelSummary
from app.services.analytics_settings import AnalyticsSettings
from app.services.errors import AcrmError
from app.services.storage.db import Database

Progress = Callable[[str, int, int], None]
FITTING = "app.services.analytics.fitting.bgnbd"


@dataclass(frozen=True)
class RefreshResult:
    """A completed refresh: the version now in force and what it fitted."""

    version: int
    as_of: datetime
    customers: int
    parameters: dict[str, Any]
    timings: dict[str, float]


@dataclass(frozen=True)
class Fitted:
    """Models fitted on the base and the scores they give, not yet stored."""

    as_of: datetime
    data: Any  # extract.Extract (its module loads only where fitting runs)
    scores: Any  # pipeline.Scores
    timings: dict[str, float]
    started: float  # perf_counter when the refresh began


class AnalyticsService:
    """Model versions and customer scores on the database analytics are computed on."""

    def __init__(
        self,
        db: Database,
        person: SignedInPerson,
        settings: AnalyticsSettings,
        zone: str,
        server: Callable[[], Database] | None = None,
    ) -> None:
        self._db, self._person, self._settings, self._zone = db, person, settings, zone
        self._server = server

    @property
    def on_server(self) -> bool:
        """Whether refreshes run on the shared server (a server configured, or the database
        itself is PostgreSQL)."""
        return self._server is not None or self._db.engine.dialect.name == "postgresql"

    def can_refresh(self) -> bool:
        """The fitting libraries are here (not in the packaged desk: the server computes) and
        the person may write analytics (anyone on the embedded database; administrators on
        the server, where its grants decide anyway)."""
        if not fitting_available():
            return False
        if not self.on_server:
            return True
        try:
            return self.server_admin()
        except Exception:  # unreachable, refused: not now (a refresh would say why)
            return False

    def latest(self) -> ModelSummary | None:
        """The version in force (on the server when one is configured), None before any."""
        with self._said("cannot read the analytics"), self._target().engine.connect() as c:
            return store.latest(c)

    def refresh(
        self,
        as_of: datetime | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RefreshResult:
        """Fit every model at `as_of` (default now) and store a new version with all scores.

        Raises AnalyticsInputError (bad or too little data, a missing label column, a fit
        that does not converge) or RefreshCancelled; then nothing was written and the
        previous version stays in force. `progress(step, done, total)` and `cancelled()` are
        called from the thread running this."""
        return self.store(self.fit(as_of, progress, cancelled), progress, cancelled)

    def fit(
        self,
        as_of: datetime | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Fitted:
        """Read the base and fit the models, writing nothing (the desk runs this on a reader
        thread, so a consultant's wrap-up never waits for the fits)."""
        if not fitting_available():
            raise AnalyticsInputError(
                "this desk does not compute analytics (the packaged desk ships without the "
                "fitting libraries): an administrator refreshes them on the server"
            )
        from app.services.analytics.extract import extract
        from app.services.analytics.pipeline import Pipeline

        as_of = (as_of or datetime.now(UTC)).astimezone(UTC)
        tell = progress or (lambda step, done, total: None)
        stop = cancelled or (lambda: False)
        started = time.perf_counter()
        pipeline = Pipeline(self._settings, tell, stop)
        with pipeline.step("extract"), self._target().engine.connect() as connection:
            data = extract(connection, as_of, self._zone, self._settings.churn_label, stop)
        scores = pipeline.run(data)
        return Fitted(as_of, data, scores, dict(pipeline.timings), started)

    def store(
        self,
        fitted: Fitted,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RefreshResult:
        """Write a fitted refresh as the next version, in one transaction (all or nothing)."""
        tell = progress or (lambda step, done, total: None)
        stop = cancelled or (lambda: False)
        data, scores = fitted.data, fitted.scores
        with self._target().engine.begin() as connection:
            writing = time.perf_counter()
            version = store.write(connection, data, scores, self._who(connection), stop, tell)
            timings = {**fitted.timings, "write": time.perf_counter() - writing}
            timings["total"] = time.perf_counter() - fitted.started
            scores.parameters["timings"] = {k: round(v, 3) for k, v in timings.items()}
            connection.execute(
                text("UPDATE analytics_models SET parameters = :p WHERE version = :v"),
                {"p": json.dumps(scores.parameters, ensure_ascii=False), "v": version},
            )
        return RefreshResult(version, fitted.as_of, len(data.ids), scores.parameters, timings)

    def server_admin(self) -> bool:
        """Whether the login is an administrator, asked of the server itself (the desk's
        cache may not hold the person's row yet); a refused login or an unreachable server
        raises as it does anywhere else."""
        with self._said("cannot refresh analytics"), self._target().engine.connect() as c:
            return bool(
                c.execute(
                    text("SELECT pg_catalog.pg_has_role(current_user, 'admin', 'MEMBER')")
                ).scalar()
            )

    @contextmanager
    def _said(self, what: str) -> Iterator[None]:
        """The server's refusal in the words the desk's sync uses; other failures as they are."""
        try:
            yield
        except DBAPIError as error:
            if self._server is None:
                raise
            from app.services.sync.errors import is_login_refused, server_failure

            if is_login_refused(error):
                reason = (f"the server refused the login {self._person.login!r}: wrong password "
                          "or the login was deactivated (ask an administrator)")  # fmt: skip
            else:
                reason = server_failure(error)
            if not reason:
                raise
            raise AcrmError(f"{what}: {reason}") from error

    def _target(self) -> Database:
        return self._server() if self._server is not None else self._db

    def _who(self, connection) -> str:
        if connection.dialect.name == "postgresql":
            return str(connection.execute(text("SELECT current_user")).scalar())
        return self._person.login


def fitting_available() -> bool:
    """Whether SciPy and the fitting modules are importable (False in the packaged desk)."""
    try:
        return (
            importlib.util.find_spec("scipy") is not None
            and importlib.util.find_spec(FITTING) is not None
        )
    except (ImportError, ValueError):
        return False
