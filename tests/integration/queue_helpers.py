"""Set-up for the work-queue tests: a team of people on a real SQLite file and their items."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.models import OutboxEntry, QueueItem, Team, User
from app.services.storage.db import Database
from tests.factories import make_customer

# Monday 29 March 2027, 11:00 in Warsaw (summer time since the day before): within hours.
NOW = datetime(2027, 3, 29, 9, 0, tzinfo=UTC)
ME, OTHER, LEAD, OUTSIDER = "k.nowak", "j.kowal", "m.lis", "o.obcy"


@dataclass
class Floor:
    db: Database
    users: dict[str, uuid.UUID]
    team: uuid.UUID
    other_team: uuid.UUID
    anna: uuid.UUID  # Polish mobile: Europe/Warsaw
    john: uuid.UUID  # New York number: America/New_York

    def item(self, owner: str | None = ME, **fields) -> uuid.UUID:
        """A queue item of `owner` (None: the pool of `team`, unless `team_id` is given)."""
        values = dict(
            kind="callback", customer_id=self.anna, due_at=NOW - timedelta(hours=1),
            team_id=self.team, reason="Oddzwonić", assigned_to=self.users.get(owner or ""),
        )  # fmt: skip
        values.update(fields)
        item = QueueItem(id=uuid.uuid4(), **values)
        with self.db.unit_of_work() as uow:
            uow.session.add(item)
            uow.commit()
        return item.id

    def get(self, item_id: uuid.UUID) -> QueueItem:
        with self.db.reading() as session:
            item = session.get(QueueItem, item_id)
            session.expunge(item)  # keeps its loaded values readable after the session
            return item

    def updates(self, item_id: uuid.UUID) -> list[dict]:
        """The fields of each outbox update of the item, oldest first."""
        with self.db.reading() as session:
            rows = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.entity_id == item_id, OutboxEntry.operation == "update")
                .order_by(OutboxEntry.seq)
            )
            return [row.payload["fields"] for row in rows]


def floor(db: Database) -> Floor:
    team, other_team = uuid.uuid4(), uuid.uuid4()
    people = {ME: ("agent", team), OTHER: ("agent", team), LEAD: ("team_lead", team),
              OUTSIDER: ("agent", other_team)}  # fmt: skip
    users = {login: uuid.uuid4() for login in people}
    with db.unit_of_work() as uow:
        uow.session.add_all([Team(id=team, name="Karty"), Team(id=other_team, name="Kredyty")])
        uow.session.flush()
        for login, (role, team_id) in people.items():
            user = User(id=users[login], login=login, display_name=login.title(), role=role)
            user.team_id = team_id
            uow.session.add(user)
        uow.commit()
    anna = make_customer(db, external_id="C1", first_name="Anna", last_name="Nowak",
                         phones=("+48600100200",))  # fmt: skip
    john = make_customer(db, external_id="C2", first_name="John", last_name="Smith",
                         phones=("+12125551234",), region="US")  # fmt: skip
    return Floor(db, users, team, other_team, anna, john)
