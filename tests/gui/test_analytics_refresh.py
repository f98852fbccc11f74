"""Refresh analytics from the desk (Ctrl+Shift+K): the real AnalyticsService on a real SQLite
base, fitted on a worker while a strip shows each step; Esc cancels and nothing is written; a
base the models cannot fit says why and the previous version stays in force."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from sqlalchemy import delete

from app.models import Transaction
from app.views.shell import refresh_texts as texts
from tests.integration.analytics_helpers import build_base

WAIT = 120_000  # a real fit on a 2-core machine shared by several test runs


@pytest.fixture
def desk(qtbot, services, runner):
    from app.views.shell.main_window import MainWindow

    ids = build_base(services.db, 300)
    window = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    refresh = window.tools.analytics
    # Anyone may refresh on the embedded database: the button shows once the check is back.
    qtbot.waitUntil(lambda: refresh.allowed, timeout=10_000)
    with qtbot.waitSignal(window.cardPainted, timeout=10_000):
        window.open_customer(ids[0])
    assert window.card.value_risk.not_scored.isVisible()
    return window


def press_refresh(window) -> None:
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip


def test_refresh_shows_each_step_then_the_summary_and_the_open_card_gets_its_scores(
    qtbot, desk, services
) -> None:
    refresh = desk.tools.analytics
    seen: list[tuple[str, int]] = []
    values: list[int] = []
    refresh.strip.bar.valueChanged.connect(values.append)
    refresh.started.connect(
        lambda job: job.progress.connect(lambda step, done, total: seen.append((step, done)))
    )
    with qtbot.waitSignal(refresh.refreshed, timeout=WAIT) as done:
        press_refresh(desk)
        assert refresh.strip.isVisible()
        assert refresh.strip.cancel_button.isVisible()
        assert refresh.strip.cancel_button.hasFocus()  # Esc cancels at once
    steps = list(dict.fromkeys(step for step, _ in seen))
    assert steps == list(texts.STEPS)
    assert values == sorted(values) and values[-1] == 1000  # never backwards, then full
    result = done.args[0]
    latest = services.analytics.latest()
    assert (latest.version, result.version) == (1, 1)
    loc = QLocale("pl_PL")
    bgnbd = latest.parameters["bgnbd"]
    r = texts.significant(bgnbd["r"], loc)
    assert "," in r and "." not in r  # Polish decimals
    message = refresh.strip.message.text()
    assert message.startswith("Version 1 as of ")
    assert "300 customers scored" in message
    assert f"BG/NBD r {r}, α {texts.significant(bgnbd['alpha'], loc)}, " in message
    assert message.endswith("churn: from activity (1 − P(alive))")
    assert refresh.strip.property("state") == "ok"
    assert not refresh.strip.bar.isVisible() and refresh.strip.close_button.isVisible()
    # The open card reloads with the new scores.
    section = desk.card.value_risk
    qtbot.waitUntil(lambda: section.facts.isVisible(), timeout=10_000)
    assert section.model.text().endswith("(version 1)")
    # Esc closes the summary.
    QTest.keyClick(refresh.strip.close_button, Qt.Key.Key_Escape)
    assert not refresh.strip.isVisible()


def test_esc_cancels_the_refresh_and_nothing_is_written(qtbot, desk, services) -> None:
    refresh = desk.tools.analytics
    # Esc on the strip as soon as the job exists: the service stops at its first check.
    refresh.started.connect(
        lambda _job: QTest.keyClick(refresh.strip.cancel_button, Qt.Key.Key_Escape)
    )
    # From the desk's menu ("Server") this time (the key is shown there, bound by the window).
    action = refresh.button
    assert action.text() == "Refresh analytics\tCtrl+Shift+K"
    assert action in desk.tools.session_button.menu().actions()
    with qtbot.waitSignal(refresh.stopped, timeout=WAIT) as stopped:
        action.trigger()
    assert stopped.args[0] == "Analytics refresh cancelled: nothing was changed."
    assert refresh.strip.message.text() == stopped.args[0]
    assert refresh.job is None
    assert services.analytics.latest() is None
    assert desk.card.value_risk.not_scored.isVisible()


def test_a_base_the_models_cannot_fit_says_why_and_the_previous_version_stays(
    qtbot, desk, services
) -> None:
    refresh = desk.tools.analytics
    with qtbot.waitSignal(refresh.refreshed, timeout=WAIT):
        press_refresh(desk)
    section = desk.card.value_risk
    qtbot.waitUntil(lambda: section.facts.isVisible(), timeout=10_000)
    with services.db.unit_of_work() as uow:  # no inflows left: nothing to fit
        uow.session.execute(delete(Transaction))
        uow.commit()
    with qtbot.waitSignal(refresh.stopped, timeout=WAIT) as stopped:
        press_refresh(desk)
    message = stopped.args[0]
    assert message.startswith("Analytics not refreshed: too few customers with inflows before ")
    assert message.endswith(" are needed). The previous version stays in force.")
    assert "Traceback" not in message
    assert refresh.strip.property("state") == "bad"
    assert services.analytics.latest().version == 1
    assert section.facts.isVisible() and section.model.text().endswith("(version 1)")


def test_an_agent_on_the_server_is_not_offered_the_refresh_and_the_key_says_why(
    qtbot, runner, pg_url
) -> None:
    from sqlalchemy.engine import make_url

    from app.bootstrap import build_services
    from app.services.config import Settings
    from app.services.verification_settings import VerificationSettings
    from app.views.shell.main_window import MainWindow
    from tests.sync_helpers import PASSWORD, add_server_user, unique_login

    agent = unique_login("agent")
    add_server_user(pg_url, agent)  # a login role in the agent group: the server says no
    url = make_url(pg_url).set(username=agent, password=PASSWORD)
    off = VerificationSettings(enabled=False)
    settings = Settings(db_url=url.render_as_string(hide_password=False), agent_login=agent,
                        verification=off)  # fmt: skip
    services = build_services(settings)
    try:
        window = MainWindow(services, runner, QLocale("pl_PL"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        refresh = window.tools.analytics
        qtbot.waitUntil(lambda: refresh.checked, timeout=10_000)
        assert services.analytics.on_server and not refresh.allowed
        assert not refresh.button.isVisible()  # not in the menu
        press_refresh(window)  # the key still answers, in words
        assert refresh.strip.isVisible() and refresh.job is None
        assert refresh.strip.message.text() == (
            "This desk cannot refresh analytics: an administrator refreshes them on the server."
        )
        QTest.keyClick(refresh.strip.close_button, Qt.Key.Key_Escape)
        assert not refresh.strip.isVisible()
        assert services.analytics.latest() is None
        window.close()
    finally:
        services.db.dispose()


def test_a_write_during_the_fits_does_not_wait_for_the_refresh(qtbot, desk, runner) -> None:
    """The base is read and the models fitted on a reader thread: a wrap-up saved while the
    fits run goes through at once, not after the whole refresh (only storing the version
    takes the writer thread)."""
    from app.views.common.workers import Operation

    refresh = desk.tools.analytics
    order: list[str] = []

    def write_now(step: str, done: int, total: int) -> None:
        if step == "bgnbd" and "write submitted" not in order:
            order.append("write submitted")
            runner.submit(Operation(work=lambda: "saved", on_success=order.append, write=True))

    refresh.started.connect(lambda job: job.progress.connect(write_now))
    refresh.refreshed.connect(lambda result: order.append("refreshed"))
    with qtbot.waitSignal(refresh.refreshed, timeout=WAIT):
        press_refresh(desk)
    assert order == ["write submitted", "saved", "refreshed"]


def test_the_summary_names_p_when_the_drop_out_is_the_same_for_everyone(qapp, monkeypatch):
    """The homogeneous drop-out limit stores a and b as null and p: the summary shows p and
    says what it means, in the desk's language; a full model still shows a and b."""
    from datetime import UTC, datetime

    from app.views.common.i18n import install_locale

    loc = QLocale("pl_PL")
    as_of = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    limit = {
        "bgnbd": {
            "r": 0.4707,
            "alpha": 0.20328,
            "a": None,
            "b": None,
            "p": 0.14884,
            "limit": "homogeneous_dropout",
            "time_unit": "week",
            "customers": 300,
        }
    }
    full = {"bgnbd": {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}}  # fmt: skip
    text = texts.summary(4, as_of, 300, limit, loc)
    assert text.endswith(
        "BG/NBD r 0,471, α 0,203, p 0,149 (the same drop-out chance for every customer)"
    )
    assert texts.summary(4, as_of, 300, full, loc).endswith(
        "BG/NBD r 0,243, α 4,41, a 0,793, b 2,43"
    )
    previous = QLocale()
    said_in = {
        "pl_PL": "(ta sama szansa odejścia dla każdego klienta)",
        "ru_RU": "(одинаковая вероятность ухода для всех клиентов)",
    }
    for language, said in said_in.items():
        monkeypatch.setenv("ACRM_LOCALE", language)
        translator = install_locale(qapp)
        try:
            assert texts.summary(4, as_of, 300, limit, QLocale(language)).endswith(said)
        finally:
            qapp.removeTranslator(translator)
            QLocale.setDefault(previous)
