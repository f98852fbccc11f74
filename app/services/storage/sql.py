"""Running prebuilt statements cheaply: bound parameters, executed on the session's connection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, Result
from sqlalchemy.orm import Session


def run(session: Session, stmt: Executable, **params: Any) -> Result:
    """Execute a column statement through Core on the session's connection.

    Statements built once at import with bindparam() and run this way cost ~0.06 ms instead
    of ~0.35 ms for a fresh ORM select: on a card with a dozen queries that is the budget.
    """
    return session.connection().execute(stmt, params)
