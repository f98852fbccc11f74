"""The workspace's table models without a window: text, numbers that sort as numbers, nulls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from app.views.team import figures_text as ft
from app.views.team.agents_model import AgentsModel
from app.views.team.figure_model import SORT_ROLE
from app.views.team.offers_model import OffersModel
from app.views.team.period import CUSTOM, MONTH, TODAY, WEEK, period_for
from tests.gui.team_fakes import agent, offer

PL, EN = QLocale("pl_PL"), QLocale("en_GB")


def texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def sorted_by(model, column: int, order=Qt.SortOrder.AscendingOrder) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(column, order)
    return proxy


def test_agent_row_reads_as_the_lead_expects_in_polish(qapp) -> None:
    model = AgentsModel(PL)
    ewa = agent("ewa", display_name="Ewa Kowalczyk", contacts=1234, avg_handle_seconds=245.4,
                offers_presented=8, offers_accepted=1, acceptance_rate=0.125,
                callbacks_due=15, callbacks_on_time=12)  # fmt: skip
    model.set_rows([ewa])
    assert model.columnCount() == 9
    row = [model.index(0, c).data() for c in range(9)]
    assert row == ["Ewa Kowalczyk", "T1", "4", "1", "1\xa0234", "4:05", "8", "12,5 %", "12/15"]
    assert model.index(0, AgentsModel.AGENT).data(Qt.ItemDataRole.ToolTipRole) == "ewa"
    tip = model.index(0, AgentsModel.ACCEPTANCE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1 accepted of 8 presented"
    right = model.index(0, AgentsModel.CONTACTS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight)


def test_missing_agent_figures_show_a_dash_and_sort_below_zero(qapp) -> None:
    model = AgentsModel(EN)
    model.set_rows([
        agent("a", acceptance_rate=0.0, avg_handle_seconds=61),
        agent("b", acceptance_rate=None, offers_presented=0, avg_handle_seconds=None,
              callbacks_due=0, callbacks_on_time=0),
        agent("c", acceptance_rate=0.5, avg_handle_seconds=3725),
    ])  # fmt: skip
    assert texts(model, AgentsModel.ACCEPTANCE) == ["0.0 %", "—", "50.0 %"]
    assert texts(model, AgentsModel.HANDLE) == ["1:01", "—", "62:05"]
    assert texts(model, AgentsModel.ON_TIME) == ["2/3", "—", "2/3"]
    ascending = sorted_by(model, AgentsModel.ACCEPTANCE)
    assert texts(ascending, AgentsModel.AGENT) == ["B", "A", "C"]
    descending = sorted_by(model, AgentsModel.HANDLE, Qt.SortOrder.DescendingOrder)
    assert texts(descending, AgentsModel.AGENT) == ["C", "A", "B"]


def test_numbers_sort_as_numbers_not_as_text(qapp) -> None:
    model = AgentsModel(PL)
    model.set_rows([agent("a", contacts=9), agent("b", contacts=1234), agent("c", contacts=80)])
    # As text "1 234" < "80" < "9"; as numbers 9 < 80 < 1234.
    assert texts(sorted_by(model, AgentsModel.CONTACTS), AgentsModel.CONTACTS) == [
        "9", "80", "1\xa0234"]  # fmt: skip


def test_offer_row_with_interval_in_the_viewers_locale(qapp) -> None:
    model = OffersModel(PL)
    model.set_rows([offer("card_upgrade", conversion=0.123, conversion_low=0.098,
                          conversion_high=0.151)])  # fmt: skip
    assert model.columnCount() == 8
    row = [model.index(0, c).data() for c in range(8)]
    assert row == ["card_upgrade", "100", "12", "50", "20", "10", "8", "12,3 % (9,8–15,1)"]
    assert OffersModel(EN).headerData(OffersModel.CONVERSION, Qt.Orientation.Horizontal) == (
        "Conversion (95 % interval)"
    )


def test_declined_by_reason_is_the_declined_cells_tooltip(qapp) -> None:
    model = OffersModel(EN)
    model.set_rows([offer("a", declined_by_reason={"other": 20, "too_expensive": 30}),
                    offer("b", declined=0, declined_by_reason={})])  # fmt: skip
    tip = model.index(0, OffersModel.DECLINED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Too expensive: 30\nOther reason: 20"
    tip = model.index(1, OffersModel.DECLINED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "No reasons recorded"


def test_an_offer_never_presented_has_no_conversion_and_sorts_last_descending(qapp) -> None:
    model = OffersModel(EN)
    model.set_rows([
        offer("never", presented=0, accepted=0, conversion=None, conversion_low=None,
              conversion_high=None),
        offer("half", conversion=0.5, conversion_low=0.4, conversion_high=0.6),
        offer("tenth", conversion=0.1, conversion_low=0.05, conversion_high=0.18),
    ])  # fmt: skip
    assert texts(model, OffersModel.CONVERSION)[0] == "—"
    descending = sorted_by(model, OffersModel.CONVERSION, Qt.SortOrder.DescendingOrder)
    assert texts(descending, OffersModel.RULE) == ["half", "tenth", "never"]


def test_figure_texts() -> None:
    assert ft.minutes_seconds(59.6) == "1:00"
    assert ft.minutes_seconds(0) == "0:00"
    assert ft.percent(1.0, EN) == "100.0 %"
    assert ft.with_interval(0.2, None, None, EN) == "20.0 %"
    assert ft.sort_key(None) < ft.sort_key(0)


def test_periods_start_on_monday_and_on_the_first_and_end_today() -> None:
    friday = date(2026, 12, 4)
    assert period_for(TODAY, friday, "Europe/Warsaw", friday, friday).start == friday
    week = period_for(WEEK, friday, "Europe/Warsaw", friday, friday)
    assert (week.start, week.end, week.tz) == (date(2026, 11, 30), friday, "Europe/Warsaw")
    assert period_for(MONTH, friday, "UTC", friday, friday).start == date(2026, 12, 1)
    chosen = period_for(CUSTOM, friday, "UTC", date(2026, 10, 1), date(2026, 10, 31))
    assert (chosen.start, chosen.end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_counts_in_tooltips_take_the_languages_plural_forms(qapp, monkeypatch) -> None:
    from tests.gui.conftest import desk_in

    def on_time_tip(due: int, kept: int) -> str:
        model = AgentsModel(PL)
        model.set_rows([agent("ewa", callbacks_due=due, callbacks_on_time=kept)])
        return model.index(0, AgentsModel.ON_TIME).data(Qt.ItemDataRole.ToolTipRole)

    with desk_in(qapp, monkeypatch, "pl_PL"):
        assert on_time_tip(1, 1) == "1 oddzwonienie na ten okres · 1 na czas"
        assert on_time_tip(3, 2) == "3 oddzwonienia na ten okres · 2 na czas"
        assert on_time_tip(5, 5) == "5 oddzwonień na ten okres · 5 na czas"
    with desk_in(qapp, monkeypatch, "ru_RU"):
        assert on_time_tip(21, 21) == "21 обратный звонок за период · 21 вовремя"
        assert on_time_tip(5, 3) == "5 обратных звонков за период · 3 вовремя"
    with desk_in(qapp, monkeypatch, "en_GB"):
        assert on_time_tip(15, 1) == "15 callbacks due in the period · 1 kept on time"
