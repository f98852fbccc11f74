"""Campaigns on the embedded database and on PostgreSQL: create, generate, status, close."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from app.models import Campaign, OutboxEntry, QueueItem
from app.services.campaigns.values import CampaignSpec
from app.services.storage.outbox import insert_payload
from tests.factories import make_customer
from tests.integration.campaign_helpers import AT, Centre, build_centre


@pytest.fixture(params=["sqlite", "postgresql"])
def centre(request) -> Centre:
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    return build_centre(db)


def spec(**changes) -> CampaignSpec:
    values = dict(name="Savings autumn", rule_id="mass_offer", team="Team A",
                  starts_on=date(2026, 11, 1), ends_on=date(2026, 11, 30))  # fmt: skip
    values.update(changes)
    return CampaignSpec(**values)


def entries(centre: Centre, name: str) -> dict[str, QueueItem]:
    ext = {cid: ext for ext, cid in centre.customers.items()}
    with centre.db.reading() as session:
        rows = session.scalars(
            select(QueueItem).join(Campaign, Campaign.id == QueueItem.campaign_id)
            .where(Campaign.name == name)
        )  # fmt: skip
        found = {ext[row.customer_id]: row for row in rows}
        session.expunge_all()
        return found


def test_rule_campaign_entries_carry_the_rule_and_the_call_window(centre: Centre) -> None:
    service = centre.service("lead_a")
    row = service.create(spec())
    assert (row.action, row.channel, row.team, row.status) == (
        "offer_savings",
        "phone",
        "Team A",
        "open",
    )
    report = service.generate("Savings autumn", AT)
    # C1-C3 and C5 are mass; C5 declined the offer ten days ago (30-day cooldown).
    assert (report.evaluated, report.targeted, report.added) == (5, 3, 3)
    assert (report.already, report.capped, report.cancelled) == (0, 0, False)
    assert report.held == {"cooldown_declined": 1}
    assert report.rule_version == centre.version
    got = entries(centre, "Savings autumn")
    assert sorted(got) == ["C1", "C2", "C3"]
    item = got["C1"]
    assert (item.kind, item.status, item.reason, item.action) == (
        "campaign", "open", "Savings autumn", "offer_savings")  # fmt: skip
    assert (item.rule_id, item.priority, item.assigned_to, item.team_id) == (
        "mass_offer", 40, None, centre.team_a)  # fmt: skip
    assert item.script == "Hello AnnaC1"
    assert item.due_at == AT  # generated after the first day began: due now
    # The end of 30 November in Warsaw (UTC+1 in winter).
    assert item.window_end.isoformat() == "2026-11-30T23:00:00+00:00"


def test_entries_are_due_from_the_first_day_in_the_centre_zone(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec(starts_on=date(2026, 11, 10), ends_on=None))
    service.generate("Savings autumn", AT)
    item = entries(centre, "Savings autumn")["C2"]
    assert item.due_at.isoformat() == "2026-11-09T23:00:00+00:00"
    assert item.window_end is None


def test_generation_writes_outbox_rows_for_every_entry(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec())
    service.generate("Savings autumn", AT)
    with centre.db.reading() as session:
        stmt = select(OutboxEntry.entity, func.count()).group_by(OutboxEntry.entity)
        counts = {entity: n for entity, n in session.execute(stmt)}
        payload = session.scalar(
            select(OutboxEntry.payload).where(OutboxEntry.entity == "queue_item")
        )
    assert counts["queue_item"] == 3
    assert counts["campaign"] == 2  # the insert, and generated_at after the generation
    assert payload["kind"] == "campaign" and payload["campaign_id"]
    assert "created_at" not in payload  # the server stamps it
    with centre.db.reading() as session:  # exactly what the model's own payload would be
        stored = session.get(QueueItem, uuid.UUID(payload["id"]))
        assert payload == insert_payload(stored)


def test_regenerating_adds_only_new_targets(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec())
    service.generate("Savings autumn", AT)
    centre.customers["C6"] = make_customer(centre.db, "C6", segment="mass")
    again = service.generate("Savings autumn", AT + timedelta(hours=1))
    assert (again.targeted, again.added, again.already) == (4, 1, 3)
    third = service.generate("Savings autumn", AT + timedelta(hours=2))
    assert (third.added, third.already) == (0, 4)
    assert len(entries(centre, "Savings autumn")) == 4


def test_the_cap_counts_every_entry_of_the_campaign(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec(cap=2))
    first = service.generate("Savings autumn", AT)
    assert (first.targeted, first.added, first.capped) == (3, 2, 1)
    assert sorted(entries(centre, "Savings autumn")) == ["C1", "C2"]  # external-id order
    second = service.generate("Savings autumn", AT)
    assert (second.added, second.already, second.capped) == (0, 2, 1)


def test_condition_campaign_needs_the_channel_consent_and_honours_declines(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(
        CampaignSpec(
            name="Phone push",
            condition='segment == "mass"',
            action="offer_savings",
            channel="phone",
            team="Team A",
        )
    )
    report = service.generate("Phone push", AT)
    # C1 gave phone consent; C2, C3 did not; C5 did but declined offer_savings 10 days ago.
    assert report.held == {"cooldown_declined": 1, "no_consent": 2}
    assert sorted(entries(centre, "Phone push")) == ["C1"]
    item = entries(centre, "Phone push")["C1"]
    assert (item.rule_id, item.action, item.priority, item.script) == ("", "offer_savings", 50, "")


def test_condition_campaign_on_a_branch_needs_no_marketing_consent(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(
        CampaignSpec(
            name="Branch",
            condition='segment == "mass"',
            action="offer_savings",
            channel="branch",
            team="Team A",
        )
    )
    report = service.generate("Branch", AT)
    assert report.held == {"cooldown_declined": 1}
    assert sorted(entries(centre, "Branch")) == ["C1", "C2", "C3"]


def test_rule_requiring_consent_holds_customers_without_it(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec(name="Phones", rule_id="phone_savings"))
    report = service.generate("Phones", AT)
    assert report.held == {"no_consent": 2}
    assert sorted(entries(centre, "Phones")) == ["C1", "C5"]
    assert entries(centre, "Phones")["C1"].script == "Dzień dobry AnnaC1"


def test_close_cancels_open_entries_keeps_results_and_refuses_generation(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(spec())
    service.generate("Savings autumn", AT)
    with centre.db.unit_of_work() as uow:
        uow.session.execute(
            update(QueueItem).where(QueueItem.customer_id == centre.customers["C1"])
            .values(status="done", outcome="reached")
        )  # fmt: skip
        uow.commit()
    closed = service.close("Savings autumn")
    assert closed.status == "closed" and closed.entries == 3
    got = entries(centre, "Savings autumn")
    assert {ext: item.status for ext, item in got.items()} == {
        "C1": "done", "C2": "cancelled", "C3": "cancelled"}  # fmt: skip
    with centre.db.reading() as session:
        updates = session.scalars(
            select(OutboxEntry.payload).where(OutboxEntry.operation == "update",
                                              OutboxEntry.entity == "queue_item"))  # fmt: skip
        assert sorted(p["fields"]["status"] for p in updates) == ["cancelled", "cancelled"]
    with pytest.raises(Exception, match="closed"):
        service.generate("Savings autumn", AT)
    figures = service.status("Savings autumn")
    assert (figures.status, figures.entries, figures.reached) == ("closed", 3, 1)


def test_list_and_get(centre: Centre) -> None:
    service = centre.service("boss")
    service.create(spec(name="B", team=""))
    service.create(spec(name="A", team="Team B", cap=0))
    assert [(row.name, row.team, row.cap) for row in service.list()] == [
        ("A", "Team B", 0), ("B", "", None)]  # fmt: skip
