"""GUI fixtures: real services on a migrated SQLite file, a threaded runner drained at teardown."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.bootstrap import Services, build_services
from app.services.calling_hours_settings import CallingHours
from app.services.config import Settings
from app.services.storage.db import Database
from app.services.verification_settings import VerificationSettings
from tests import factories as f

AGENT = "anna.nowak"


@pytest.fixture(autouse=True)
def english_ui(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the untranslated texts, whatever ACRM_LOCALE the developer has set."""
    monkeypatch.delenv("ACRM_LOCALE", raising=False)


@contextmanager
def desk_in(qapp, monkeypatch: pytest.MonkeyPatch, locale: str) -> Iterator[None]:
    """The desk's translations for `locale` installed, and the previous locale put back."""
    from app.views.common.i18n import install_locale

    previous = QLocale()
    monkeypatch.setenv("ACRM_LOCALE", locale)
    translator = install_locale(qapp)
    assert translator is not None
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.fixture
def services(sqlite_db: Database) -> Iterator[Services]:
    # The identity check is off here: these desks test other things and open customers
    # without a caller to verify; tests/gui/test_verification.py builds its desks with it on.
    off = VerificationSettings(enabled=False)
    built = build_services(
        Settings(db_url=sqlite_db.url, agent_login=AGENT, verification=off, calling_hours=ANY_HOUR)
    )
    try:
        yield built
    finally:
        built.db.dispose()


@pytest.fixture
def runner(qapp):
    from app.views.common.workers import ThreadedRunner

    threaded = ThreadedRunner(reads=2)
    try:
        yield threaded
    finally:
        assert threaded.shutdown(10_000), "background work did not drain"


@pytest.fixture
def pl_locale() -> QLocale:
    return QLocale("pl_PL")


@pytest.fixture
def window(qtbot, services, runner, pl_locale):
    from app.views.shell.main_window import MainWindow

    win = MainWindow(services, runner, pl_locale)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def published_pair_editor(qtbot, services, runner, locale: QLocale, customer=None):
    """A rule editor over the published AFFLUENT and MASS rules, AFFLUENT open, shown."""
    from app.views.rule_editor import RuleEditorWindow
    from tests.rule_fixtures import AFFLUENT, MASS

    services.rulebook.replace_draft([AFFLUENT, MASS])
    services.rulebook.publish("first")
    win = RuleEditorWindow(services, runner, locale, lambda: customer)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.form.original == AFFLUENT, timeout=5000)
    return win


def rich_customer(db: Database, today: date | None = None) -> uuid.UUID:
    """A customer with every card section filled: birthday today, money, complaints, consents."""
    today = today or datetime.now(UTC).date()
    f.seed_wrapup_codes(db)
    born = date(today.year - 41, today.month, min(today.day, 28))
    cid = f.make_customer(
        db,
        external_id="PL-000123",
        first_name="Małgorzata",
        last_name="Kowalczyk",
        phones=("+48 601 234 567", "+48 22 555 01 02"),
        emails=("m.kowalczyk@example.pl",),
        birth_date=born,
        city="Kraków",
        segment="affluent",
        attributes={
            "risk_class": "B",
            "nps": 9,
            "salary_account": True,
            "credit_limit": Decimal("12500.00"),
        },
    )
    now = datetime.now(UTC).replace(microsecond=0)
    f.add_product(db, cid, "Konto Plus", now - timedelta(days=2000))
    f.add_product(db, cid, "Karta kredytowa Gold", now - timedelta(days=400))
    f.add_product(
        db, cid, "Lokata 6M", now - timedelta(days=700), closed_at=now - timedelta(days=520)
    )
    rows = []
    for month in range(12):
        at = now - timedelta(days=30 * month + 3)
        rows.append((at, Decimal("8450.00") + month * 120, "Wynagrodzenie"))
        rows.append((at + timedelta(days=1), Decimal("-2100.00") - month * 90, "Czynsz"))
        rows.append((at + timedelta(days=2), Decimal("-1234.50"), "Zakupy kartą"))
    f.add_transactions(db, cid, rows)
    f.add_complaint(db, cid, now - timedelta(days=6), subject="Podwójne obciążenie kartą")
    f.add_complaint(
        db,
        cid,
        now - timedelta(days=200),
        status="closed",
        subject="Opłata za kartę",
        closed_at=now - timedelta(days=180),
        resolution="upheld",
    )
    f.add_consent(db, cid, "phone", "marketing", True, now - timedelta(days=300))
    f.add_consent(db, cid, "email", "marketing", False, now - timedelta(days=100))
    f.add_consent(db, cid, "sms", "service", True, now - timedelta(days=50))
    f.add_contacts(
        db,
        cid,
        7,
        start=now - timedelta(days=90),
        step=timedelta(days=9),
        codes=("INFO",),
        agent_login=AGENT,
    )
    return cid


# Desks under test call at any hour: the queue's calling hours are tested in
# tests/unit/test_calling_hours.py, and a test must not depend on the day it runs.
ALL_DAY = (time(0), time.max)
ANY_HOUR = CallingHours(weekdays=ALL_DAY, saturday=ALL_DAY, sunday=ALL_DAY)

# The identity check as the checked_services desk asks it.
QUESTIONS = VerificationSettings(questions=("date_of_birth", "postcode", "Hasło"), required=2)


@pytest.fixture
def checked_services(sqlite_db) -> Iterator[Services]:
    """A desk with the identity check on (three questions, two must pass)."""
    built = build_services(Settings(db_url=sqlite_db.url, agent_login=AGENT,
                                    verification=QUESTIONS, calling_hours=ANY_HOUR))  # fmt: skip
    try:
        yield built
    finally:
        built.db.dispose()
