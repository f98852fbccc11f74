"""The desk and the rule editor laid out at 1024×700, 1366×768 and 1920×1080, Polish and Russian:
nothing interactive outside its window or over another widget, the first offer readable and
answerable without scrolling, money and consents never cut, chart labels apart."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from app.services.demo.rules import demo_rules
from app.views.rule_editor import RuleEditorWindow
from tests.factories import define_attributes
from tests.gui.conftest import desk_in, rich_customer
from tests.gui.geometry import fully_visible, layout_problems, table_problems

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
LOCALES = ["pl_PL", "ru_RU"]
WAIT = 10_000
# The custom columns the demo rule pack reads (publishing checks them; no demo data here).
DEMO_COLUMNS = {"kyc_review_date": "date", "fraud_flag": "bool"}


@pytest.fixture
def customer(services):
    cid = rich_customer(services.db)
    define_attributes(services.db, DEMO_COLUMNS)
    services.rulebook.replace_draft(demo_rules(datetime.now(UTC).date()))
    services.rulebook.publish("layout")
    return cid


def open_desk(qtbot, services, runner, locale: str, size: tuple[int, int], customer):
    """As `acrm desk` does it: the window first, the style sheet after its widgets, then the
    services; the customer's card with its offers, chart and history."""
    from app.views.shell.desk_app import apply_style
    from app.views.shell.main_window import MainWindow

    window = MainWindow(None, runner, QLocale(locale), settings=services.settings)
    qtbot.addWidget(window)
    apply_style(QApplication.instance())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.use_services(services)
    window.card.prepare_chart()
    window.open_customer(customer)
    qtbot.waitUntil(lambda: len(window.nba.offers()) > 0, timeout=WAIT)
    qtbot.wait(50)  # the splitters size themselves one event-loop turn after showing
    return window


def settle(qtbot, window) -> None:
    qtbot.wait(20)
    window.layout().activate()
    qtbot.wait(20)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_desk_fits_and_nothing_overlaps(
    qapp, qtbot, monkeypatch, services, runner, customer, locale, size
) -> None:
    with desk_in(qapp, monkeypatch, locale):
        window = open_desk(qtbot, services, runner, locale, size, customer)
        try:
            hint = window.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 700, hint
            assert (window.width(), window.height()) == size
            settle(qtbot, window)
            problems = layout_problems(window) + table_problems(window)
            assert not window.card.horizontalScrollBar().maximum(), "the card scrolls sideways"
            window.show_tab(1)
            qtbot.waitUntil(lambda: window.history_model.rowCount() > 0, timeout=WAIT)
            settle(qtbot, window)
            problems += layout_problems(window) + table_problems(window)
            assert not problems, "\n".join(problems)
        finally:
            window.close()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_first_offer_is_readable_and_answerable_without_scrolling(
    qapp, qtbot, monkeypatch, services, runner, customer, locale, size
) -> None:
    with desk_in(qapp, monkeypatch, locale):
        window = open_desk(qtbot, services, runner, locale, size, customer)
        try:
            settle(qtbot, window)
            first = window.nba.offers()[0]
            for part in (first.name, first.script, first.why):
                assert fully_visible(part), part.text()
            buttons = first.controls.buttons.findChildren(type(window.wrapup.save_button))
            assert buttons and all(fully_visible(button) for button in buttons)
            # The wrap-up may be compact during the call; F9 brings all of it into view.
            window.focus_wrapup()
            settle(qtbot, window)
            for field in (window.wrapup.reason, window.wrapup.codes, window.wrapup.notes,
                          window.wrapup.outcome, window.wrapup.save_button):  # fmt: skip
                assert fully_visible(field), field.accessibleName()
            assert not layout_problems(window)
        finally:
            window.close()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chart_month_labels_never_touch(
    qapp, qtbot, monkeypatch, services, runner, customer, locale, size
) -> None:
    with desk_in(qapp, monkeypatch, locale):
        window = open_desk(qtbot, services, runner, locale, size, customer)
        try:
            settle(qtbot, window)
            chart = window.card.chart
            assert chart is not None
            axis = chart.plot.getPlotItem().getAxis("bottom")
            ticks = [(x, text) for x, text in axis._tickLevels[0] if text]
            assert len(ticks) >= 4
            metrics = QFontMetrics(axis.style["tickFont"] or chart.font())
            view = chart.plot.getPlotItem().getViewBox()
            left, right = view.viewRange()[0]
            per_unit = view.width() / (right - left)
            for (x1, a), (x2, b) in itertools.pairwise(ticks):
                room = (x2 - x1) * per_unit
                needed = (metrics.horizontalAdvance(a) + metrics.horizontalAdvance(b)) / 2 + 4
                assert room >= needed, f"{a!r} and {b!r}: {room:.0f} px apart, need {needed:.0f}"
        finally:
            window.close()


@pytest.mark.parametrize("size", [(1920, 1080)], ids=["1920x1080"])
def test_extra_room_goes_to_content(
    qapp, qtbot, monkeypatch, services, runner, customer, size
) -> None:
    with desk_in(qapp, monkeypatch, "pl_PL"):
        window = open_desk(qtbot, services, runner, "pl_PL", size, customer)
        try:
            settle(qtbot, window)
            # rich_customer has seven contacts: a big screen shows them all on the card.
            assert window.card.contacts.row_count() == 7
            assert window.card.contacts.height() >= 7 * 24
            window.show_tab(1)
            qtbot.waitUntil(lambda: window.history_model.rowCount() > 0, timeout=WAIT)
            settle(qtbot, window)
            assert not table_problems(window)
        finally:
            window.close()


@pytest.fixture
def editor_rules(services):
    define_attributes(services.db, DEMO_COLUMNS)
    services.rulebook.replace_draft(demo_rules(datetime.now(UTC).date()))
    services.rulebook.publish("layout")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_rule_editor_is_usable_at_every_size(
    qapp, qtbot, monkeypatch, services, runner, editor_rules, locale, size
) -> None:
    from app.views.shell.desk_app import apply_style

    with desk_in(qapp, monkeypatch, locale):
        apply_style(qapp)
        editor = RuleEditorWindow(services, runner, QLocale(locale), lambda: None)
        qtbot.addWidget(editor)
        editor.resize(*size)
        editor.show()
        qtbot.waitExposed(editor)
        qtbot.waitUntil(lambda: editor.model.rowCount() > 0, timeout=WAIT)
        qtbot.waitUntil(lambda: editor.form.original is not None, timeout=WAIT)
        try:
            hint = editor.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 700, hint
            assert (editor.width(), editor.height()) == size
            problems = []
            for tab in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(tab)
                settle(qtbot, editor)
                problems += layout_problems(editor)
            assert fully_visible(editor.versions.publish_button)
            assert not problems, "\n".join(problems)
        finally:
            editor.close()
