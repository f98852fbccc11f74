"""One "write committed" signal: every write operation wakes the sync, and nothing else does.

The desk is wired by the composition root with a real server (the test PostgreSQL); a push is
observed as the sync loop's report and as the row on the server, never through a stand-in.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from app.bootstrap import build_services
from app.models import Customer, OfferPresentation
from app.rules.definition import RuleDefinition
from app.services.config import Settings
from app.services.errors import NotFound
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database
from app.services.verification_settings import VerificationSettings
from app.views.common.workers import Operation, SyncRunner
from tests import factories as f
from tests.sync_helpers import PASSWORD, add_server_user, server_settings_for, unique_login

SYNC_S = 30_000  # a first sync or a push on a busy machine: generous, never a timing assertion
CARD = RuleDefinition(
    id="card_upgrade",
    name="Upgrade the card",
    condition='segment == "mass"',
    action="card_upgrade",
    script="Offer a better card",
)


# -- the runner's signal ---------------------------------------------------------------------


def test_only_a_write_that_succeeded_emits_write_committed(qtbot, runner) -> None:
    committed: list[int] = []
    runner.writeCommitted.connect(lambda: committed.append(1))
    done: list[object] = []
    runner.submit(Operation(work=lambda: "read", on_success=done.append))
    runner.submit(Operation(work=_not_found, on_success=done.append, on_failure=done.append,
                            write=True))  # fmt: skip
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert committed == []  # a read, and a write that failed (rolled back), wake nobody
    runner.submit(Operation(work=lambda: "write", on_success=done.append, write=True))
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert committed == [1]


def test_the_signal_arrives_on_the_gui_thread_even_for_a_stale_write(qtbot, runner) -> None:
    release = threading.Event()
    seen: list[object] = []
    runner.writeCommitted.connect(lambda: seen.append(threading.current_thread()))

    def slow_write() -> str:
        release.wait(5)
        return "old"

    runner.submit(Operation(work=slow_write, on_success=seen.append, key="k", write=True))
    runner.submit(Operation(work=lambda: "new", on_success=seen.append, key="k", write=True))
    release.set()
    qtbot.waitUntil(lambda: "new" in seen, timeout=5000)
    # Both writes committed, so both wake the sync; only the newer result reaches its widget.
    assert seen == [threading.main_thread(), threading.main_thread(), "new"]


def test_the_synchronous_runner_emits_it_too(qapp) -> None:
    runner = SyncRunner()
    committed: list[int] = []
    runner.writeCommitted.connect(lambda: committed.append(1))
    runner.submit(Operation(work=lambda: 1, on_success=lambda _r: None))
    runner.submit(Operation(work=lambda: 1, on_success=lambda _r: None, write=True))
    assert committed == [1]


def _not_found() -> None:
    raise NotFound("customer 7 does not exist")


# -- the desk with a server ------------------------------------------------------------------


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    f.seed_wrapup_codes(db)
    customer = f.make_customer(db, external_id="C1", first_name="Ewa", segment="mass")
    yield db, customer
    db.dispose()


@pytest.fixture
def desk(qtbot, server, sqlite_db, runner, pg_url):
    """The main window on services from the composition root, synced with the test server."""
    from app.views.shell.main_window import MainWindow

    login = unique_login()
    add_server_user(pg_url, login)
    # A long interval: after the first sync only a wake-up makes the loop run again.
    remote = replace(server_settings_for(pg_url, login), sync_interval=600.0)
    # No identity check: offers count as shown when opened (with it, once the caller is
    # verified: tests/gui/test_verification.py).
    off = VerificationSettings(enabled=False)
    settings = Settings(db_url=sqlite_db.url, agent_login=login, server=remote, verification=off)
    services = build_services(settings, password=lambda: PASSWORD)
    window = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    controller = window.sync
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.bridge.report, timeout=SYNC_S) as first:
            controller.start()
        assert first.args[0].full_resync  # the first sync brought the customer and the rules
        yield window
    finally:
        controller.stop()
        assert runner.shutdown(10_000)
        services.db.dispose()


def pushed(report) -> bool:
    return report.pushed > 0


def count(db: Database, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def published_on_server(server):
    """A rule author's version on the server, pulled by the desk's first sync."""
    db, _ = server
    book = RuleBookService(db, author="author")
    book.replace_draft([CARD])
    book.publish("test")


def test_showing_an_offer_makes_the_sync_push_it(qtbot, server, published_on_server, desk):
    server_db, customer = server
    loop = desk.sync.loop
    wakes = loop.wakes
    with qtbot.waitSignal(desk.sync.bridge.report, check_params_cb=pushed, timeout=SYNC_S):
        desk.open_customer(customer)  # the prompt is shown, and its presentation logged
    assert loop.wakes == wakes + 1
    assert count(server_db, OfferPresentation) == 1
    assert [offer.action.rule_id for offer in desk.nba.offers()] == ["card_upgrade"]


def test_a_new_customer_makes_the_sync_push_it(qtbot, server, desk):
    server_db, _ = server
    desk.handle_phone("+48 500 600 700")
    qtbot.waitUntil(lambda: desk.caller.pages.currentIndex() == 1, timeout=5000)
    qtbot.mouseClick(desk.caller.create_button, Qt.MouseButton.LeftButton)
    form = desk.new_customer
    qtbot.keyClicks(form.first_name, "Ewa")
    qtbot.keyClicks(form.last_name, "Nowicka")
    with qtbot.waitSignal(desk.sync.bridge.report, check_params_cb=pushed, timeout=SYNC_S) as got:
        qtbot.keyClick(form.last_name, Qt.Key.Key_Return)
    assert got.args[0].pushed == 1
    with server_db.reading() as session:
        names = session.scalars(select(Customer.last_name).order_by(Customer.last_name)).all()
    assert names == ["Nowicka", "Wójcik"]


def test_reading_wakes_no_sync(qtbot, server, desk, runner):
    _, customer = server
    loop = desk.sync.loop
    wakes = loop.wakes
    # Opening a customer reads the card, the offers (no rules: no prompt to log) and history.
    with qtbot.waitSignal(desk.cardPainted, timeout=5000):
        desk.open_customer(customer)
    qtbot.waitUntil(lambda: desk.nba.status_text() not in ("", "Checking offers…"), timeout=5000)
    assert runner.wait_idle(5000)
    done: list[object] = []
    # Delivered after every result of the work above (Qt keeps the order of queued calls).
    runner.submit(Operation(work=lambda: "read", on_success=done.append))
    qtbot.waitUntil(lambda: done == ["read"], timeout=5000)
    assert loop.wakes == wakes
    # The same runner's next write does wake it: the count above could have moved.
    runner.submit(Operation(work=lambda: "write", on_success=done.append, write=True))
    qtbot.waitUntil(lambda: done == ["read", "write"], timeout=5000)
    assert loop.wakes == wakes + 1
