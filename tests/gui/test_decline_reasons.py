"""Issue 12: decline reasons 3-5 were cut off in the offers panel at 1024×700: all five must be
visible whole once D is pressed, in Polish, Russian and English, under the desk's style."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, Qt

from tests.gui.conftest import desk_in
from tests.gui.focus_walk import global_rect
from tests.gui.test_focus_chain import open_customer_with_offers


@pytest.fixture
def desk_style(qapp):
    """The application style sheet the desk runs with (taller rows), removed afterwards."""
    from app.views.shell.desk_app import apply_style

    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet("")


@pytest.mark.usefixtures("desk_style")
@pytest.mark.parametrize("language", ["pl_PL", "ru_RU", "en"])
def test_every_decline_reason_is_visible_whole(
    qtbot, qapp, monkeypatch, services, runner, language
):
    from app.views.shell.main_window import MainWindow

    with desk_in(qapp, monkeypatch, language):
        window = MainWindow(services, runner, QLocale(language))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        open_customer_with_offers(qtbot, window, services)
        offer = window.nba.offers()[0]
        offer.take_focus()
        qtbot.keyClick(offer, Qt.Key.Key_D)
        reasons = offer.controls.reasons
        qtbot.waitUntil(reasons.isVisible, timeout=5000)
        qtbot.wait(50)  # the panel scrolls the list into view after the layout has placed it
        shown = global_rect(window.nba.scroll.viewport())
        inside = global_rect(reasons.viewport())
        metrics = reasons.fontMetrics()
        for row in range(reasons.count()):
            item = reasons.item(row)
            local = reasons.visualItemRect(item)
            rect = QRect(reasons.viewport().mapToGlobal(local.topLeft()), local.size())
            assert inside.contains(rect), (language, item.text(), rect, inside)
            assert shown.contains(rect), (language, item.text(), rect, shown)
            assert metrics.horizontalAdvance(item.text()) <= local.width(), item.text()
        assert reasons.verticalScrollBar().maximum() == 0  # nothing scrolled away inside
