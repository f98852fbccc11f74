"""Organisation: teams, users (agents), the wrap-up code catalogue."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UuidPk
from app.models.enums import Role, sql_in


class Team(UuidPk, Timestamped, Base):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class User(UuidPk, Timestamped, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({sql_in(Role)})", name="role"),)

    login: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.AGENT.value)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


LABELS_ARE_OBJECT_SQLITE = "json_type(labels) = 'object'"
LABELS_ARE_TEXTS_PG = (
    "json_typeof(labels) = 'object' AND NOT "
    "jsonb_path_exists(labels::jsonb, '$.* ? (@.type() != \"string\")')"
)


class WrapUpCode(Base):
    """A code the consultant picks at the end of a contact; catalogue owned by the business."""

    __tablename__ = "wrapup_codes"
    __table_args__ = (
        # The labels every desk reads are checked where they are stored: an object on both
        # back ends, and on PostgreSQL (the shared server) an object of strings only.
        CheckConstraint(LABELS_ARE_OBJECT_SQLITE, name="labels").ddl_if(dialect="sqlite"),
        CheckConstraint(LABELS_ARE_TEXTS_PG, name="labels").ddl_if(dialect="postgresql"),
    )

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))  # the business's own language
    # The label in other languages: {"ru": "...", "en": "..."} (language code -> text). A desk
    # shows the one in its viewer's language, else `label`, else the code.
    labels: Mapped[dict] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
