"""A team lead's view of the team's open queue, and reassigning items among its members.

Reassignment is a local write plus an outbox field update, like every other change: it works
offline and reaches the server at the next sync. The checks here give a clear message early;
the server's row-level security enforces the same rules whatever the client does.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, cast, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from app.models import Customer, QueueItem, Team, User
from app.models.enums import QueueStatus, Role
from app.services.errors import NotFound, ValidationError
from app.services.storage.db import Database
from app.services.sync.server_writes import apply_fields

LEAD_ROLES = (Role.TEAM_LEAD.value, Role.ADMIN.value)
SHORT_ID_MIN = 6  # hex digits a person may type instead of the whole id


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One open queue item as a team lead reviews it."""

    id: uuid.UUID
    kind: str
    due_at: datetime
    customer: str  # "C0000002 Łukasz Wójcik"
    assignee: str  # login, "" when nobody
    note: str
    window_end: datetime | None = None  # a campaign entry's or callback's last moment


@dataclass(frozen=True, slots=True)
class Member:
    """An active member of the lead's team, to give work to."""

    login: str
    display_name: str


@dataclass(frozen=True, slots=True)
class Reassigned:
    item_id: uuid.UUID
    previous: str
    assignee: str


class TeamQueueService:
    """Reads and rebalances the signed-in team lead's team queue on the local cache."""

    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self._login = login

    def is_lead(self) -> bool:
        """Whether the signed-in person may review a team queue (shows the desk's button)."""
        with self._db.reading() as session:
            role = session.scalar(select(User.role).where(User.login == self._login))
        return role in LEAD_ROLES

    def members(self) -> list[Member]:
        """The team's active members, by name; raises ValidationError for a non-lead."""
        with self._db.reading() as session:
            lead = self._lead(session)
            stmt = (
                select(User.login, User.display_name)
                .where(User.team_id == lead.team_id, User.active.is_(True))
                .order_by(User.display_name, User.login)
            )
            return [Member(login, name or login) for login, name in session.execute(stmt)]

    def open_items(self) -> list[QueueRow]:
        """The team's open items, soonest due first; raises ValidationError for a non-lead."""
        with self._db.reading() as session:
            lead = self._lead(session)
            assignee = aliased(User)
            stmt = (
                select(
                    QueueItem,
                    Customer.external_id,
                    Customer.first_name,
                    Customer.last_name,
                    assignee.login,
                )
                .outerjoin(Customer, Customer.id == QueueItem.customer_id)
                .outerjoin(assignee, assignee.id == QueueItem.assigned_to)
                .where(QueueItem.team_id == lead.team_id)
                .where(QueueItem.status == QueueStatus.OPEN.value)
                .order_by(QueueItem.due_at, QueueItem.id)
            )
            return [
                QueueRow(
                    item.id,
                    item.kind,
                    item.due_at,
                    " ".join(p for p in (ext, first, last) if p),
                    login or "",
                    item.note or item.reason,  # a campaign entry or follow-up: its reason
                    item.window_end,
                )
                for item, ext, first, last, login in session.execute(stmt)
            ]

    def reassign(self, item_refs: Sequence[str], to_login: str) -> list[Reassigned]:
        """Give the items to `to_login`, all or none, in one local transaction with the outbox."""
        if not item_refs:
            raise ValidationError("items", "name at least one queue item")
        with self._db.unit_of_work() as uow:
            session = uow.session
            lead = self._lead(session)
            target = self._member(session, to_login, lead.team_id)
            done = []
            for ref in item_refs:
                item = self._item(session, ref, lead.team_id)
                if item.assigned_to == target.id:
                    continue
                previous = session.scalar(select(User.login).where(User.id == item.assigned_to))
                fields = {"assigned_to": str(target.id)}
                apply_fields(session.connection(), "queue_item", item.id, fields, sqlite_insert)
                uow.update_synced(QueueItem, item.id, fields)
                done.append(Reassigned(item.id, previous or "", target.login))
            uow.commit()
        return done

    def _lead(self, session: Session) -> User:
        lead = session.scalar(select(User).where(User.login == self._login))
        if lead is None or lead.role not in LEAD_ROLES:
            raise ValidationError("role", "reviewing and reassigning a team's queue needs the "
                                          "team_lead role (ask an administrator)")  # fmt: skip
        if lead.team_id is None:
            raise ValidationError("team", f"{self._login!r} belongs to no team")
        return lead

    def _member(self, session: Session, login: str, team_id: uuid.UUID) -> User:
        person = session.scalar(select(User).where(User.login == login))
        if person is None or not person.active:
            raise ValidationError("to", f"no active person with the login {login!r}")
        if person.team_id != team_id:
            team = session.scalar(select(Team.name).where(Team.id == team_id))
            raise ValidationError("to", f"{login!r} is not a member of team {team!r}")
        return person

    def _item(self, session: Session, ref: str, team_id: uuid.UUID) -> QueueItem:
        matches = self._find(session, ref)
        if not matches:
            raise NotFound(f"no queue item {ref!r}")
        if len(matches) > 1:
            raise ValidationError("items", f"{ref!r} matches {len(matches)} items; type more of it")
        item = matches[0]
        if item.team_id != team_id:
            raise ValidationError("items", f"queue item {ref!r} belongs to another team")
        if item.status != QueueStatus.OPEN.value:
            raise ValidationError("items", f"queue item {ref!r} is already {item.status}")
        return item

    @staticmethod
    def _find(session: Session, ref: str) -> list[QueueItem]:
        return find_items(session, ref)


def find_items(session: Session, ref: str) -> list[QueueItem]:
    """Items whose id starts with `ref` (at most two: one is the answer, two is ambiguous)."""
    digits = ref.strip().lower().replace("-", "")
    if len(digits) < SHORT_ID_MIN or any(c not in "0123456789abcdef" for c in digits):
        raise ValidationError("items", f"{ref!r} is not a queue item id (at least "
                                       f"{SHORT_ID_MIN} hex digits)")  # fmt: skip
    # SQLite keeps UUIDs as 32 hex digits, PostgreSQL prints them with dashes: compare both
    # without dashes. A team's open queue is small, so the scan costs nothing noticeable.
    hex_id = func.replace(cast(QueueItem.id, String), "-", "")
    stmt = select(QueueItem).where(hex_id.like(f"{digits}%")).limit(2)
    return list(session.scalars(stmt))


def short_id(item_id: uuid.UUID) -> str:
    return item_id.hex[:8]
