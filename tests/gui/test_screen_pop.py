"""Screen pop: a second `acrm desk --phone` hands over; one, several or no matching customers."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Contact
from app.views.shell.desk_app import DeskLauncher, DeskOptions
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def test_second_invocation_hands_the_number_to_the_running_desk(qtbot, qapp, services) -> None:
    f.seed_wrapup_codes(services.db)
    cid = f.make_customer(
        services.db, first_name="Jan", last_name="Kowal", phones=("+48601234567",)
    )
    name = f"acrm-test-{uuid.uuid4().hex[:10]}"
    launcher = DeskLauncher(
        qapp, services.settings, DeskOptions(instance_name=name), build=lambda _s: services
    )
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=5000)
        env = {**os.environ, "ACRM_INSTANCE_NAME": name, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "app", "--db", services.settings.db_url, "desk"]
        second = subprocess.Popen(
            [*command, "--phone", "601 234 567"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The event loop must keep running here: the desk answers the hand-over.
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "handed over" in out
        window = launcher.window
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=5000)
        assert window.card.card.identity.id == cid
        qtbot.waitUntil(lambda: window.wrapup.clock.running, timeout=5000)
        assert window.wrapup.contact.caller_number == "601 234 567"
        # Shown as people read it, whatever the softphone passed.
        assert "+48 601 234 567" in window.wrapup.context.text()
        assert window.wrapup.channel.currentData() == "phone"
        assert window.wrapup.direction.currentData() == "inbound"
    finally:
        launcher.shutdown()


def test_several_matches_show_a_pick_list(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    f.make_customer(services.db, "H1", "Anna", "Lis", phones=("+48221234567",))
    bob = f.make_customer(services.db, "H2", "Piotr", "Lis", phones=("+48221234567",))
    window.handle_phone("+48221234567")
    qtbot.waitUntil(lambda: window.left.currentWidget() is window.caller, timeout=5000)
    assert window.caller.matches.rowCount() == 2
    assert "2" in window.caller.explain.text()
    rows = [window.caller.matches.hit(r).id for r in range(2)]
    window.caller.match_list.setCurrentIndex(window.caller.matches.index(rows.index(bob)))
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        qtbot.keyClick(window.caller.match_list, Qt.Key.Key_Return)
    assert window.card.card.identity.id == bob
    assert window.wrapup.contact.caller_number == "+48221234567"
    assert window.left.currentWidget() is window.search


def test_unknown_caller_can_become_a_new_customer(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    window.handle_phone("+48 500 600 700")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    assert window.caller.log_button.isVisible()
    qtbot.mouseClick(window.caller.create_button, Qt.MouseButton.LeftButton)
    form = window.new_customer
    assert form.isVisible() and form.phone.text() == "+48 500 600 700"
    form.submit()
    assert form.errors["first_name"].text() == "Enter the first name."
    qtbot.keyClicks(form.first_name, "Ewa")
    qtbot.keyClicks(form.last_name, "Nowicka")
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        qtbot.keyClick(form.last_name, Qt.Key.Key_Return)
    identity = window.card.card.identity
    assert identity.full_name == "Ewa Nowicka"
    assert identity.phones == ("+48500600700",)
    assert window.wrapup.clock.running
    assert window.wrapup.contact.customer_id == identity.id


def test_unknown_caller_can_be_logged_without_a_customer(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    window.handle_phone("+48 500 600 701")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    qtbot.mouseClick(window.caller.log_button, Qt.MouseButton.LeftButton)
    form = window.wrapup
    assert "Unknown caller" in form.context.text()
    qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=5000)
    qtbot.keyClicks(form.reason, "Wrong number")
    form.codes.set_checked(["INFO"])
    form.outcome.setCurrentIndex(form.outcome.findData("information_given"))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with services.db.reading() as session:
        row = session.get(Contact, saved.args[0].contact.id)
        assert row.customer_id is None
        assert row.caller_number.replace(" ", "") in ("+48500600701", "500600701")
        assert session.scalar(select(Contact.id).where(Contact.customer_id.is_(None))) == row.id


def test_an_unknown_call_hides_the_previous_customer(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    known = f.make_customer(services.db, "K1", "Olga", "Nowak", phones=("+48601000001",))
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(known, _call(known))
    assert window.wrapup.clock.running
    window.handle_phone("+48 500 600 702")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    assert window.card.card is None and not window.card.content.isVisible()
    assert window.header.name.text() == "Incoming call +48 500 600 702"
    assert window.wrapup.contact is None and not window.wrapup.clock.running


def test_logging_an_unknown_caller_keeps_the_calls_timer(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    window.handle_phone("+48 500 600 703")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    identified = datetime.now(UTC)
    while datetime.now(UTC) <= identified:  # the click below is strictly later than this
        pass
    qtbot.mouseClick(window.caller.log_button, Qt.MouseButton.LeftButton)
    form = window.wrapup
    assert form.clock.running
    qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=5000)
    qtbot.keyClicks(form.reason, "Wrong number")
    form.codes.set_checked(["INFO"])
    form.outcome.setCurrentIndex(form.outcome.findData("information_given"))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with services.db.reading() as session:
        started = session.get(Contact, saved.args[0].contact.id).started_at
    # The call began at the pop, before the consultant chose to log it; so did its clock.
    assert started.replace(tzinfo=UTC) <= identified
    assert form.clock.since == started.replace(tzinfo=UTC)


def test_an_unknown_number_is_shown_normalised(qtbot, window, services) -> None:
    window.handle_phone("0048 500 000 111")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    assert window.caller.heading.text() == "Incoming call +48 500 000 111"
    assert window.header.name.text() == "Incoming call +48 500 000 111"


def _call(customer_id):
    from app.views.wrapup.form import ContactStart

    return ContactStart(customer_id, "Olga Nowak", caller_number="+48601000001")
