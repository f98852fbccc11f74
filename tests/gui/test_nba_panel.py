"""The next-best-action panel on real services: offers and "why", outcomes by keyboard, rules
that fail, rules held back, newly published versions and stale results."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from app.models import ActionLedgerEntry, OfferOutcomeEvent, OfferPresentation, QueueItem
from app.rules.definition import RuleDefinition
from app.views.common import formatting
from tests import factories as f
from tests.gui.test_formatting import plain
from tests.rule_fixtures import BIRTHDAY, BROKEN, INVESTMENT

NEWSLETTER = RuleDefinition(
    id="newsletter",
    name="Invite to the newsletter",
    condition='segment == "mass"',
    action="newsletter",
    script="Invite {first_name} to the newsletter",
    requires_consent="email",
)
CARD = RuleDefinition(
    id="card_upgrade",
    name="Upgrade the card",
    condition='segment == "mass"',
    action="card_upgrade",
    script="Offer a better card",
    priority=40,
)


def publish(services, *rules: RuleDefinition) -> None:
    services.rulebook.replace_draft(list(rules))
    services.rulebook.publish("test")


def big_inflow_customer(db, external_id: str = "C1", **attributes) -> uuid.UUID:
    cid = f.make_customer(db, external_id=external_id, first_name="Łucja", attributes=attributes)
    now = datetime.now(UTC)
    rows = [(now - timedelta(days=30 * m + 5), Decimal("4800.00"), "Pensja") for m in range(6)]
    rows.append((now - timedelta(days=1), Decimal("52000.00"), "Spadek"))
    f.add_transactions(db, cid, rows)
    return cid


def open_and_wait(qtbot, window, cid: uuid.UUID) -> None:
    """Open the customer and wait until the panel shows this customer's result."""
    window.open_customer(cid)

    def shown() -> bool:
        if window.nba_controller.customer_id != cid:
            return False
        return bool(window.nba.offers()) or window.nba.status_text() not in ("", "Checking offers…")

    qtbot.waitUntil(shown, timeout=10_000)


def wait_ready(qtbot, window) -> None:
    qtbot.waitUntil(
        lambda: all(o.presentation_id is not None for o in window.nba.offers()), timeout=10_000
    )


def count(db, model, *where) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_opening_a_customer_shows_the_offer_its_why_and_logs_it(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    (offer,) = window.nba.offers()
    assert offer.name.text() == "Offer an investment product"
    assert offer.script.text() == "Offer Łucja an investment product"
    why = plain(offer.why.text())  # the inflow's day, in Polish format, sits between
    assert why.startswith("Why: inflow 52 000,00 zł on ")
    assert why.endswith(" > 10 × average 4 800,00 zł")
    wait_ready(qtbot, window)
    assert offer.controls.button("accepted").isEnabled()
    assert count(services.db, OfferPresentation, OfferPresentation.customer_id == cid) == 1


def test_keyboard_a_records_accepted(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    wait_ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    offer = window.nba.offers()[0]
    assert offer.hasFocus()
    qtbot.keyClick(offer, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: offer.done, timeout=10_000)
    assert offer.result.text().startswith("Accepted ✓")
    assert not offer.controls.button("accepted").isVisible()
    where = (OfferOutcomeEvent.customer_id == cid, OfferOutcomeEvent.outcome == "accepted")
    assert count(services.db, OfferOutcomeEvent, *where) == 1


def test_d_then_a_reason_records_declined_with_it(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    wait_ready(qtbot, window)
    window.nba.focus_first()
    offer = window.nba.offers()[0]
    qtbot.keyClick(offer, Qt.Key.Key_D)
    reasons = offer.controls.reasons
    assert reasons.isVisible() and reasons.hasFocus()
    qtbot.keyClick(reasons, Qt.Key.Key_Down)
    qtbot.keyClick(reasons, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: offer.done, timeout=10_000)
    assert offer.result.text().startswith("Declined: Too expensive ✓")
    with services.db.reading() as session:
        row = session.execute(select(OfferOutcomeEvent.outcome, OfferOutcomeEvent.reason)).one()
    assert tuple(row) == ("declined", "too_expensive")


def test_l_then_enter_arranges_a_callback_and_escape_cancels(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    wait_ready(qtbot, window)
    window.nba.focus_first()
    offer = window.nba.offers()[0]
    qtbot.keyClick(offer, Qt.Key.Key_L)
    edit = offer.controls.callback
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert offer.hasFocus() and offer.controls.button("later").isVisible()
    qtbot.keyClick(offer, Qt.Key.Key_L)
    due = edit.moment()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: offer.done, timeout=10_000)
    stmt = select(QueueItem.kind, QueueItem.due_at).where(QueueItem.customer_id == cid)
    with services.db.reading() as session:
        kind, due_at = session.execute(stmt).one()
    assert kind == "callback"
    assert due_at.replace(tzinfo=UTC) == due
    local = due.astimezone()
    assert (local.hour, local.minute) == (10, 0)
    assert local.date() == (datetime.now().astimezone() + timedelta(days=1)).date()


def test_a_failing_rule_keeps_the_other_offers_and_says_so(qtbot, window, services) -> None:
    cid = big_inflow_customer(services.db, score=0)  # 10 / score fails
    publish(services, INVESTMENT, BROKEN)
    open_and_wait(qtbot, window, cid)
    assert [o.action.rule_id for o in window.nba.offers()] == ["offer_investment"]
    assert "could not be evaluated; rule authors have been told" in window.nba.failures.text()
    qtbot.waitUntil(lambda: services.rulebook.failures() != [], timeout=10_000)
    assert services.rulebook.failures()[0].rule_id == "broken"


def test_not_offered_names_the_missing_consent(qtbot, window, services) -> None:
    publish(services, NEWSLETTER)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    assert window.nba.offers() == []
    assert window.nba.status_text() == "No offers for this customer right now."
    assert window.nba.held_toggle.text() == "Not offered (1)"
    assert window.nba.held_texts() == ["Invite to the newsletter — no consent: E-mail marketing"]
    assert not window.nba.held_list.isVisible()
    window.nba.held_toggle.click()
    assert window.nba.held_list.isVisible()


def test_no_published_rules_says_so(qtbot, window, services) -> None:
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    assert window.nba.status_text() == "No rules are published yet."


def test_a_new_version_shows_on_the_next_opened_customer(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    first = big_inflow_customer(services.db, "C1")
    second = big_inflow_customer(services.db, "C2")
    open_and_wait(qtbot, window, first)
    assert [o.action.rule_id for o in window.nba.offers()] == ["offer_investment"]
    publish(services, INVESTMENT, CARD)
    open_and_wait(qtbot, window, second)
    assert [o.action.rule_id for o in window.nba.offers()] == ["offer_investment", "card_upgrade"]


def test_up_down_move_between_offers(qtbot, window, services) -> None:
    publish(services, INVESTMENT, CARD)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    first, second = window.nba.offers()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert first.hasFocus()


def test_only_the_offer_in_focus_is_expanded_and_an_answer_moves_on(
    qtbot, window, services
) -> None:
    publish(services, INVESTMENT, CARD)
    open_and_wait(qtbot, window, big_inflow_customer(services.db))
    first, second = window.nba.offers()
    assert first.script.isVisible() and not second.script.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: first.presentation_id is not None, timeout=10_000)
    qtbot.keyClick(first, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: first.done, timeout=10_000)
    qtbot.waitUntil(second.hasFocus, timeout=5_000)
    assert second.script.isVisible() and not first.script.isVisible()
    assert first.result.isVisible()  # the answer stays readable on the collapsed offer


def test_letter_keys_typed_in_the_wrapup_do_not_record_outcomes(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    wait_ready(qtbot, window)
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, "adln")
    window.runner.wait_idle(5000)  # a save, had one started, would have run by now
    assert count(services.db, OfferOutcomeEvent) == 0
    assert not window.nba.offers()[0].done


def test_a_stale_result_for_an_earlier_customer_is_not_shown(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    first = big_inflow_customer(services.db, "C1")
    second = f.make_customer(services.db, external_id="C2", first_name="Zenon")
    controller = window.nba_controller
    stale = services.nba.for_customer(first)
    open_and_wait(qtbot, window, second)
    assert window.nba.offers() == []
    controller._evaluated(first, stale)  # a late answer for the customer opened before
    assert window.nba.offers() == []
    assert window.nba.status_text() == "No offers for this customer right now."


def test_a_failed_save_shows_the_services_message(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    wait_ready(qtbot, window)
    offer = window.nba.offers()[0]
    offer.controls.chosen.emit("later", "", datetime.now(UTC) - timedelta(hours=1))
    qtbot.waitUntil(lambda: offer.error.isVisibleTo(offer), timeout=10_000)
    assert offer.error.text() == "Not saved: must be in the future"
    assert offer.controls.button("accepted").isEnabled() and not offer.done


def test_an_unidentified_caller_sees_no_ones_offers(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    open_and_wait(qtbot, window, cid)
    assert window.nba.offers()
    window.handle_phone("+48 500 000 999")
    qtbot.waitUntil(lambda: window.left.currentWidget() is window.caller, timeout=10_000)
    assert window.nba.offers() == [] and window.nba_controller.customer_id is None


def test_an_automatic_action_is_due_until_the_ledger_has_sent_it(
    qtbot, window, services, pl_locale
) -> None:
    publish(services, BIRTHDAY.with_changes(requires_consent=None))
    today = datetime.now(UTC).date()
    born = today.replace(year=today.year - 40) if (today.month, today.day) != (2, 29) else None
    cid = f.make_customer(services.db, "B1", "Łucja", birth_date=born, emails=("b1@example.pl",))
    open_and_wait(qtbot, window, cid)
    [line] = window.nba.automatic
    assert line.text().startswith("Birthday greetings")
    assert line.text().endswith(" — due: sent by tonight's run")
    shown = [label.text() for label in window.nba.findChildren(QLabel)]
    assert not any("sent by the system" in text for text in shown)
    [action] = [a for a in services.nba.for_customer(cid).actions if a.kind == "automatic"]
    sent_at = datetime.now(UTC) - timedelta(hours=2)
    with services.db.unit_of_work() as uow:
        uow.session.add(
            ActionLedgerEntry(
                rule_id=action.rule_id,
                rule_version=action.rule_version,
                customer_id=cid,
                period=action.period,
                action=action.action,
                channel=action.channel,
                status="pending",
                payload={},
                created_at=sent_at,
            )
        )
        uow.commit()
    open_and_wait(qtbot, window, cid)
    [line] = window.nba.automatic
    assert line.text().endswith(" — due: sent by tonight's run")  # recorded is not sent
    with services.db.unit_of_work() as uow:
        row = uow.session.scalar(
            select(ActionLedgerEntry).where(ActionLedgerEntry.customer_id == cid)
        )
        row.status, row.delivered_at = "delivered", sent_at
        uow.commit()
    open_and_wait(qtbot, window, cid)
    [line] = window.nba.automatic
    day = formatting.day(sent_at.astimezone().date(), pl_locale)
    assert line.text().endswith(f" — sent on {day}")
