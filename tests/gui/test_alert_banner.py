"""The card's warning banner from alert rules: red or amber with a word, the why, one line each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton

from app.models import OfferPresentation
from app.rules.definition import ContactPolicy, RuleDefinition, RuleKind, Severity
from tests import factories as f
from tests.gui.test_nba_panel import big_inflow_customer, count, open_and_wait, publish
from tests.rule_fixtures import INVESTMENT

FRAUD = RuleDefinition(
    id="fraud_alert",
    name="Fraud flag",
    condition='attributes["fraud_flag"]',
    kind=RuleKind.ALERT,
    severity=Severity.RED,
    title="Fraud suspicion",
    why="flagged by the security team: do not change contact details "
    + "or limits, hand the call to security " * 12,  # far longer than any card is wide
)
COMPLAINT = RuleDefinition(
    id="complaint_alert",
    name="Open complaint",
    condition="open_complaints > 0",
    kind=RuleKind.ALERT,
    title="Open complaint",
    why="open complaints: {open_complaints}",
)


def banner_shown(window) -> bool:
    return window.card.alerts.isVisible() and bool(window.card.alerts.lines)


def test_a_fraud_flag_shows_red_then_amber_with_why_and_the_next_customer_clears_it(
    qtbot, window, services
) -> None:
    f.define_attributes(services.db, {"fraud_flag": "bool"})  # rules read imported columns
    publish(services, INVESTMENT, COMPLAINT, FRAUD)
    flagged = big_inflow_customer(services.db, "C1", fraud_flag=True)
    f.add_complaint(services.db, flagged, datetime.now(UTC) - timedelta(days=3))
    clean = big_inflow_customer(services.db, "C2", fraud_flag=False)
    window.resize(1024, 700)
    open_and_wait(qtbot, window, flagged)
    qtbot.waitUntil(lambda: banner_shown(window), timeout=10_000)
    red, amber = window.card.alerts.lines
    assert (red.severity, red.property("severity"), red.word.text()) == ("red", "red", "Urgent")
    assert red.text.full_text().startswith("Fraud suspicion: flagged by the security team")
    assert red.text.text().endswith("…")  # one line, cut, and the whole of it in the tooltip
    assert red.text.toolTip() == red.text.full_text()
    assert red.height() < 2 * red.fontMetrics().lineSpacing() + 8
    assert (amber.severity, amber.word.text()) == ("amber", "Caution")
    assert amber.text.full_text() == "Open complaint: open complaints: 1"
    # The first offer keeps its buttons on screen at 1024×700, under the banner's weight.
    offer = window.nba.offers()[0]
    assert offer.action.rule_id == "offer_investment"
    buttons = [b for b in offer.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert window.rect().contains(place), button.text()
    # Alerts are not offers: nothing about them is logged as presented.
    alerts = ("fraud_alert", "complaint_alert")
    assert count(services.db, OfferPresentation, OfferPresentation.rule_id.in_(alerts)) == 0

    open_and_wait(qtbot, window, clean)
    assert window.card.alerts.lines == [] and not window.card.alerts.isVisible()


def test_an_alert_shows_when_the_contact_policy_holds_every_offer_back(
    qtbot, window, services
) -> None:
    strict = ContactPolicy(cooldown_days=30, max_presentations=1)
    f.define_attributes(services.db, {"fraud_flag": "bool"})
    publish(
        services,
        INVESTMENT.with_changes(requires_consent="sms"),
        FRAUD.with_changes(requires_consent="sms", policy=strict, why="check the caller"),
    )
    cid = big_inflow_customer(services.db, "C1", fraud_flag=True)  # no marketing consent
    open_and_wait(qtbot, window, cid)
    assert window.nba.offers() == []
    assert window.nba.status_text() == "No offers for this customer right now."
    qtbot.waitUntil(lambda: banner_shown(window), timeout=10_000)
    (line,) = window.card.alerts.lines
    assert (line.word.text(), line.text.full_text()) == (
        "Urgent",
        "Fraud suspicion: check the caller",
    )
    window.open_customer(cid)  # the same customer again, later in the call: shown again
    qtbot.waitUntil(lambda: window.nba_controller.customer_id == cid, timeout=10_000)
    qtbot.waitUntil(lambda: banner_shown(window), timeout=10_000)


def test_more_alerts_than_lines_sum_up_the_rest(qtbot, window, services) -> None:
    many = [
        COMPLAINT.with_changes(id=f"alert_{n}", title=f"Warning {n}", priority=90 - n)
        for n in range(5)
    ]
    publish(services, *many)
    cid = big_inflow_customer(services.db, "C1")
    f.add_complaint(services.db, cid, datetime.now(UTC) - timedelta(days=3))
    open_and_wait(qtbot, window, cid)
    qtbot.waitUntil(lambda: banner_shown(window), timeout=10_000)
    lines = window.card.alerts.lines
    assert len(lines) == 3
    assert [line.text.full_text().split(":")[0] for line in lines[:2]] == ["Warning 0", "Warning 1"]
    assert lines[2].word.text() == "More alerts: 3"
    assert "Warning 4" in lines[2].toolTip()
