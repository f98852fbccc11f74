"""Bad campaign requests are refused with the field named; only leads and admins run campaigns."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from app.models import Campaign, Customer, QueueItem
from app.services.campaigns.checks import NotAllowed
from app.services.campaigns.entries import CampaignClosed
from app.services.campaigns.values import CampaignSpec
from app.services.errors import NotFound, ValidationError
from app.services.normalise import fold
from tests.integration.campaign_helpers import AT, Centre, build_centre


@pytest.fixture
def centre(sqlite_db) -> Centre:
    return build_centre(sqlite_db)


BAD = [
    (dict(name="  "), "name", "give the campaign a name"),
    (dict(name="x" * 101), "name", "at most 100"),
    (dict(rule_id=""), "rule_id", "exactly one target"),
    (dict(condition="segment == 'mass'"), "condition", "exactly one target"),
    (dict(rule_id="nope"), "rule_id", "not a rule of the latest published set"),
    (dict(rule_id="birthday_greeting"), "rule_id", "automatic: only prompt rules"),
    (dict(rule_id="", condition="segment == ", action="x"), "condition", "line 1, column"),
    (dict(rule_id="", condition="segmnt == 'mass'", action="x"), "condition", "unknown feature"),
    (dict(rule_id="", condition="segment == 'mass'"), "action", "names the action"),
    (dict(action="bad code!"), "action", "letters"),
    (dict(channel="pigeon"), "channel", "not one of"),
    (dict(starts_on=date(2026, 11, 10), ends_on=date(2026, 11, 9)), "ends_on", "before the start"),
    (dict(team="Team Z"), "team", "no team 'Team Z'"),
    (dict(cap=-1), "cap", "0 or more"),
]


@pytest.mark.parametrize(("changes", "field", "words"), BAD)
def test_bad_fields_are_named_and_nothing_is_stored(centre: Centre, changes, field, words) -> None:
    values = dict(name="Autumn", rule_id="mass_offer", team="Team A") | changes
    with pytest.raises(ValidationError) as caught:
        centre.service("lead_a").create(CampaignSpec(**values))
    assert caught.value.field == field
    assert words in str(caught.value)
    with centre.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 0


def test_names_are_unique(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    with pytest.raises(ValidationError, match="exists already") as caught:
        service.create(CampaignSpec(" Autumn ", rule_id="mass_offer", team="Team A"))
    assert caught.value.field == "name"


def test_defaults_the_action_and_today(centre: Centre) -> None:
    row = centre.service("boss").create(CampaignSpec("Autumn", rule_id="mass_offer"))
    assert (row.action, row.team, row.cap, row.ends_on) == ("offer_savings", "", None, None)
    assert row.starts_on is not None and row.created_by == "boss"


@pytest.mark.parametrize(
    ("login", "team", "words"),
    [
        ("agent_a", "Team A", "only team leads and administrators"),
        ("lead_b", "Team A", "their own team only"),
        ("lead_a", "", "only an administrator"),
        ("stranger", "Team A", "not an active user"),
    ],
)
def test_who_may_create(centre: Centre, login: str, team: str, words: str) -> None:
    with pytest.raises(NotAllowed, match=words):
        centre.service(login).create(CampaignSpec("Autumn", rule_id="mass_offer", team=team))


def test_only_the_teams_lead_or_an_admin_generates_and_closes(centre: Centre) -> None:
    centre.service("lead_a").create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    for login in ("lead_b", "agent_a"):
        with pytest.raises(NotAllowed):
            centre.service(login).generate("Autumn", AT)
        with pytest.raises(NotAllowed):
            centre.service(login).close("Autumn")
    assert centre.service("boss").generate("Autumn", AT).added == 3
    assert centre.service("boss").close("Autumn").status == "closed"
    with pytest.raises(CampaignClosed):
        centre.service("lead_a").generate("Autumn", AT)


def test_unknown_campaign(centre: Centre) -> None:
    with pytest.raises(NotFound, match="no campaign named 'Nope'"):
        centre.service("lead_a").status("Nope")


def test_a_rule_withdrawn_since_creation_stops_generation(centre: Centre) -> None:
    from tests.rule_fixtures import AFFLUENT, publish

    centre.service("lead_a").create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    publish(centre.db, [AFFLUENT])
    with pytest.raises(Exception, match="no longer an enabled prompt rule"):
        centre.service("lead_a").generate("Autumn", AT)


def many_customers(centre: Centre, count: int) -> None:
    rows = [
        {"external_id": f"M{i:05d}", "first_name": "Jan", "last_name": "Kowalski",
         "first_key": fold("Jan"), "last_key": fold("Kowalski"), "segment": "mass", "city": ""}
        for i in range(count)
    ]  # fmt: skip
    with centre.db.unit_of_work() as uow:
        uow.session.execute(insert(Customer), rows)
        uow.commit()


def entry_count(centre: Centre) -> int:
    with centre.db.reading() as session:
        return session.scalar(select(func.count()).select_from(QueueItem))


def test_progress_and_a_cancel_that_writes_nothing(centre: Centre) -> None:
    many_customers(centre, 600)  # 605 customers: chunks of 200
    service = centre.service("lead_a", workers=1)
    service.create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    seen: list[tuple[int, int]] = []
    report = service.generate(
        "Autumn", AT, progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert seen == [(200, 605), (400, 605)]
    assert report.cancelled and report.added == 0 and report.evaluated == 400
    assert entry_count(centre) == 0
    full = service.generate("Autumn", AT, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (605, 605)
    assert (full.cancelled, full.added, full.evaluated) == (False, 603, 605)
    assert entry_count(centre) == 603


def test_two_workers_give_the_same_entries_as_one(centre: Centre) -> None:
    many_customers(centre, 300)
    one = centre.service("lead_a", workers=1)
    one.create(CampaignSpec("One", rule_id="mass_offer", team="Team A"))
    two = centre.service("lead_a", workers=2)
    two.create(CampaignSpec("Two", rule_id="mass_offer", team="Team A"))
    first, second = one.generate("One", AT), two.generate("Two", AT)
    assert (first.evaluated, first.added, first.held) == (
        second.evaluated,
        second.added,
        second.held,
    )

    def customers(name: str) -> list:
        with centre.db.reading() as session:
            stmt = (select(QueueItem.customer_id, QueueItem.script)
                    .join(Campaign, Campaign.id == QueueItem.campaign_id)
                    .where(Campaign.name == name).order_by(QueueItem.customer_id))  # fmt: skip
            return list(session.execute(stmt))

    assert customers("One") == customers("Two") and len(customers("One")) == 303


def test_two_generations_at_once_never_duplicate(centre: Centre) -> None:
    many_customers(centre, 300)
    centre.service("lead_a").create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    reports, errors = [], []

    def run() -> None:
        try:
            reports.append(centre.service("lead_a", workers=1).generate("Autumn", AT))
        except Exception as error:  # a named clash is an acceptable answer, a crash is not
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all("another generation" in str(error) for error in errors)
    assert sum(report.added for report in reports) == 303 == entry_count(centre)
    if len(reports) == 2:
        assert sorted(report.already for report in reports) == [0, 303]


def test_customers_whose_data_cannot_be_read_are_skipped_and_counted(centre: Centre) -> None:
    from tests.integration import test_unreadable_data as unreadable
    from tests.integration.campaign_helpers import RULES
    from tests.rule_fixtures import publish

    unreadable.spoil(centre.db, "sqlite")  # seven more customers, three of them spoiled
    publish(centre.db, RULES)
    service = centre.service("lead_a", workers=1)
    service.create(CampaignSpec("Autumn", rule_id="mass_offer", team="Team A"))
    report = service.generate("Autumn", AT)
    assert (report.evaluated, report.skipped) == (9, 3)
    assert report.added == entry_count(centre)
