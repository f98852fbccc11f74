"""Desks' heartbeats on the shared server: which desk reported what, and when (server time)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.types import UTCDateTime

# Bounds the server checks too (migration 0018); the desk cuts its values to them first.
HOSTNAME_MAX = 253  # a DNS name
VERSION_MAX = 40
REVISION_MAX = 32
ERROR_MAX = 300  # one line of an error, never a log


class DeskHeartbeat(Base):
    """One desk installation of one person (PostgreSQL only; the table is unused on SQLite).

    `login` and `reported_at` are set by the server's trigger, never taken from the desk.
    `last_error` is empty after a successful sync: set means the desk's last cycle failed.
    """

    __tablename__ = "desk_heartbeats"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(HOSTNAME_MAX))
    app_version: Mapped[str] = mapped_column(String(VERSION_MAX))
    schema_revision: Mapped[str] = mapped_column(String(REVISION_MAX))
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unsynced: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(ERROR_MAX), default="")
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
