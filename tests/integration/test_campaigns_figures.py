"""Campaign figures against a hand-computed fixture, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from app.models import QueueItem
from app.services.campaigns.values import CampaignSpec
from app.services.reports.campaign_figures import campaign_figures
from app.services.reports.wilson import wilson_interval
from tests.integration.campaign_helpers import AT, Centre, answer, build_centre, present


@pytest.fixture(params=["sqlite", "postgresql"])
def centre(request) -> Centre:
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    return build_centre(db)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_every_figure_of_a_campaign(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(
        CampaignSpec(
            "Savings autumn",
            rule_id="mass_offer",
            team="Team A",
            starts_on=date(2026, 11, 1),
            ends_on=date(2026, 11, 30),
        )
    )
    service.generate("Savings autumn", AT)  # C1, C2, C3 (C5 held: declined ten days earlier)
    c = centre.customers
    with centre.db.unit_of_work() as uow:  # C1 reached, C2 no answer yet, C3 still open
        uow.session.execute(update(QueueItem).where(QueueItem.customer_id == c["C1"])
                            .values(status="done", outcome="reached"))  # fmt: skip
        uow.session.execute(update(QueueItem).where(QueueItem.customer_id == c["C2"])
                            .values(outcome="no_answer", attempts=1))  # fmt: skip
        uow.commit()
    # Counted: 00:30 on 1 November in Warsaw (UTC+1) is inside the first day.
    present(centre.db, c["C1"], "mass_offer", "offer_savings", t("2026-10-31T23:30"))
    # Not counted: 23:30 on 31 October in Warsaw.
    present(centre.db, c["C1"], "mass_offer", "offer_savings", t("2026-10-31T22:30"))
    accepted = present(centre.db, c["C1"], "mass_offer", "offer_savings", t("2026-11-05T10:00"))
    answer(centre.db, accepted, c["C1"], "mass_offer", "accepted", t("2026-11-05T10:05"))
    # The latest outcome counts: "later", then declined as too expensive.
    twice = present(centre.db, c["C2"], "mass_offer", "offer_savings", t("2026-11-06T10:00"))
    answer(centre.db, twice, c["C2"], "mass_offer", "later", t("2026-11-06T10:05"))
    answer(centre.db, twice, c["C2"], "mass_offer", "declined", t("2026-11-09T10:00"),
           reason="too_expensive")  # fmt: skip
    plain = present(centre.db, c["C3"], "mass_offer", "offer_savings", t("2026-11-07T10:00"))
    answer(centre.db, plain, c["C3"], "mass_offer", "declined", t("2026-11-07T10:01"))
    present(centre.db, c["C3"], "mass_offer", "offer_savings", t("2026-11-08T10:00"))  # no answer
    # Not counted: after the last day (1 December, 00:30 Warsaw), another rule, a customer
    # who is not on the campaign.
    late = present(centre.db, c["C1"], "mass_offer", "offer_savings", t("2026-11-30T23:30"))
    answer(centre.db, late, c["C1"], "mass_offer", "accepted", t("2026-11-30T23:31"))
    other = present(centre.db, c["C2"], "affluent_offer", "offer_investment", t("2026-11-06T10:00"))
    answer(centre.db, other, c["C2"], "affluent_offer", "accepted", t("2026-11-06T10:01"))
    stranger = present(centre.db, c["C4"], "mass_offer", "offer_savings", t("2026-11-05T10:00"))
    answer(centre.db, stranger, c["C4"], "mass_offer", "accepted", t("2026-11-05T10:01"))

    figures = service.status("Savings autumn")
    assert (figures.name, figures.status) == ("Savings autumn", "open")
    assert (figures.targeted, figures.entries, figures.reached) == (3, 3, 1)
    # Presented: C1 at 23:30Z on 31 Oct and on 5 Nov, C2 on 6 Nov, C3 on 7 and 8 Nov.
    assert (figures.presented, figures.accepted) == (5, 1)
    assert figures.declined == {"too_expensive": 1, "unspecified": 1}
    assert figures.conversion == pytest.approx(0.2)
    # Wilson 95 % for 1 of 5, by hand: centre 0.33035, half-width 0.29412.
    assert figures.conversion_low == pytest.approx(0.03623, abs=1e-4)
    assert figures.conversion_high == pytest.approx(0.62447, abs=1e-4)
    with centre.db.reading() as session:
        assert campaign_figures(session) == [figures]


def test_a_condition_campaign_counts_its_action_by_any_rule(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(
        CampaignSpec(
            "Branch",
            condition='segment == "mass"',
            action="offer_savings",
            channel="branch",
            team="Team A",
            starts_on=date(2026, 11, 1),
        )
    )
    service.generate("Branch", AT)  # C1, C2, C3
    c = centre.customers
    shown = present(centre.db, c["C2"], "phone_savings", "offer_savings", t("2026-11-03T10:00"))
    answer(centre.db, shown, c["C2"], "phone_savings", "accepted", t("2026-11-03T10:01"))
    present(centre.db, c["C3"], "mass_offer", "offer_savings", t("2027-03-03T10:00"))  # no end
    present(centre.db, c["C3"], "affluent_offer", "offer_investment", t("2026-11-03T10:00"))
    figures = service.status("Branch")
    assert (figures.entries, figures.presented, figures.accepted, figures.declined) == (3, 2, 1, {})
    assert figures.conversion == pytest.approx(0.5)


def test_a_campaign_with_nothing_presented_has_no_conversion(centre: Centre) -> None:
    service = centre.service("lead_a")
    service.create(CampaignSpec("Quiet", rule_id="mass_offer", team="Team A"))
    figures = service.status("Quiet")
    assert (figures.targeted, figures.entries, figures.reached, figures.presented) == (0, 0, 0, 0)
    assert (figures.conversion, figures.conversion_low, figures.conversion_high) == (None,) * 3


def test_wilson_interval_by_hand() -> None:
    low, high = wilson_interval(1, 4)  # centre 0.37246, half-width 0.32689
    assert (low, high) == (pytest.approx(0.04557, abs=1e-4), pytest.approx(0.69935, abs=1e-4))
    assert wilson_interval(0, 10)[0] == 0.0 and wilson_interval(10, 10)[1] == pytest.approx(1.0)
    assert wilson_interval(0, 0) is None
