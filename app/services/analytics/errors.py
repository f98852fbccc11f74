"""Why an analytics refresh stopped: bad or too little data, or the user cancelled."""

from __future__ import annotations

from app.services.errors import AcrmError


class AnalyticsInputError(AcrmError, ValueError):
    """The data cannot support a model (too few customers or events, degenerate data, a fit
    that does not converge, a configured column that does not exist); the message names it.
    The previous model version stays in force; `acrm` exits with code 2."""


class RefreshCancelled(AcrmError):
    """The user cancelled the refresh; nothing was written. An expected outcome, like bad
    data: the desk's workers log neither with a traceback."""
