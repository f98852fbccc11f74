"""Who may read the team figures, and bad periods, zones and teams: refused with the field named."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import ValidationError
from app.services.reports.figures import Period
from app.services.reports.service import ReportService
from tests.integration import report_fixture as fx


@pytest.fixture
def db(sqlite_db):
    fx.build(sqlite_db)
    return sqlite_db


def every_figure(service: ReportService, team: str | None = None) -> None:
    service.agents(fx.PERIOD, fx.NOW, team=team)
    service.offers(fx.PERIOD, team=team)
    service.hourly(fx.PERIOD.end, fx.PERIOD.tz, team=team)


@pytest.mark.parametrize(("login", "role"), [("anna", "agent"), ("robert", "rule_author")])
def test_anyone_but_a_lead_or_an_admin_is_refused_naming_their_role(db, login, role):
    service = ReportService(db, login)
    for read in (lambda: every_figure(service), service.campaigns):
        with pytest.raises(ValidationError, match=f"team_lead or admin role; '{login}' is {role}"):
            read()


def test_an_unknown_person_is_refused(db):
    with pytest.raises(ValidationError, match="no person with the login 'ghost'") as error:
        ReportService(db, "ghost").agents(fx.PERIOD, fx.NOW)
    assert error.value.field == "role"


def test_a_lead_sees_no_other_team_and_needs_a_team(db):
    with pytest.raises(ValidationError, match=r"only their own team \(T1\)") as error:
        every_figure(ReportService(db, "lead"), team="T2")
    assert error.value.field == "team"
    every_figure(ReportService(db, "lead"), team="T1")  # naming their own is fine
    with pytest.raises(ValidationError, match="'lonely' belongs to no team"):
        every_figure(ReportService(db, "lonely"))


def test_an_admin_naming_a_team_that_does_not_exist_is_refused(db):
    with pytest.raises(ValidationError, match="no team named 'T9'") as error:
        every_figure(ReportService(db, "xawery"), team="T9")
    assert error.value.field == "team"


def test_a_period_ending_before_it_starts_or_in_no_known_zone_is_refused(db):
    service = ReportService(db, "lead")
    backwards = Period(date(2026, 10, 25), date(2026, 10, 24))
    with pytest.raises(ValidationError, match=r"ends \(2026-10-24\) before it starts") as error:
        service.agents(backwards)
    assert error.value.field == "to"
    with pytest.raises(ValidationError, match="to: "):
        service.offers(backwards)
    for bad in ("Europe/Atlantis", "", "../etc/passwd"):
        with pytest.raises(ValidationError, match="unknown time zone") as error:
            service.agents(Period(date(2026, 10, 24), date(2026, 10, 24), bad))
        assert error.value.field == "tz"
        with pytest.raises(ValidationError, match="tz: unknown time zone"):
            service.hourly(date(2026, 10, 24), bad)
