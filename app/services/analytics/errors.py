"""Why an analytics refresh stopped: bad or too little data, or the user cancelled."""

from __future__ import annotations


class AnalyticsInputError(ValueError):
    """The data cannot support a model (too few customers or events, degenerate data, a fit
    that does not converge, a configured column that does not exist); the message names it.
    The previous model version stays in force; `acrm` exits with code 2."""


class RefreshCancelled(Exception):
    """The user cancelled the refresh; nothing was written."""
