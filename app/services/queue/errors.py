"""What the work queue refuses, each in words a consultant can act on."""

from __future__ import annotations

from app.services.errors import AcrmError


class Conflict(AcrmError):
    """Somebody else was quicker: the pool item was taken meanwhile."""


class NeedsServer(AcrmError):
    """Taking from the team pool is decided by the shared server, which cannot be reached."""
