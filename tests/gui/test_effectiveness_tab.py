"""Effectiveness in the team workspace: the table models without a window, then the real tab
(reading the hand-computed fixture through the real report service, off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from app.services.reports.effectiveness import conversion
from app.services.reports.effectiveness_values import ChallengerPair
from app.services.reports.newcombe import newcombe_difference
from app.views.team.effectiveness_model import ConversionModel, PairsModel
from app.views.team.effectiveness_tab import EffectivenessTab
from tests.gui.test_team_workspace_models import sorted_by, texts
from tests.integration import effectiveness_fixture as fx

PL, RU, EN = QLocale("pl_PL"), QLocale("ru_RU"), QLocale("en_GB")
WAIT = 10_000


def pair(champion=(2, 5), challenger=(2, 2), share=20) -> ChallengerPair:
    difference, low, high = newcombe_difference(*challenger, *champion)
    both = champion[1] + challenger[1]
    return ChallengerPair(conversion("card", "", champion[1], champion[0]),
                          conversion("card_b", "", challenger[1], challenger[0]), share,
                          challenger[1] / both, difference, low, high)  # fmt: skip


def test_conversion_rows_in_polish_with_the_interval(qapp) -> None:
    model = ConversionModel(PL)
    model.set_breakdown("value_tier", [conversion("card", "High", 1234, 2),
                                       conversion("card", "not_scored", 5, 0)])  # fmt: skip
    row = [model.index(0, c).data() for c in range(5)]
    # Wilson 95 % for 2 of 1,234: 0.04 % to 0.59 % (rounded to one decimal in percent).
    assert row == ["card", "High value", "1\xa0234", "2", "0,2 % (0,0–0,6)"]
    assert texts(model, ConversionModel.GROUP) == ["High value", "not scored"]
    empty = ConversionModel(EN)
    empty.set_breakdown(None, [conversion("loan", "", 0, 0)])
    assert [empty.index(0, c).data() for c in range(5)] == ["loan", "", "0", "0", "—"]


def test_conversion_sorts_as_numbers_and_names_channels(qapp) -> None:
    model = ConversionModel(EN)
    rows = [conversion("card", "phone", 10, 9), conversion("card", "unknown", 100, 2),
            conversion("card", "chat", 0, 0)]  # fmt: skip
    model.set_breakdown("channel", rows)
    assert texts(model, ConversionModel.GROUP) == ["Phone", "no contact", "Chat"]
    by_rate = sorted_by(model, ConversionModel.CONVERSION)
    assert texts(by_rate, ConversionModel.GROUP) == ["Chat", "no contact", "Phone"]
    by_count = sorted_by(model, ConversionModel.PRESENTED, Qt.SortOrder.DescendingOrder)
    assert texts(by_count, ConversionModel.PRESENTED) == ["100", "10", "0"]


def test_pairs_show_shares_arms_and_uplift_in_russian(qapp) -> None:
    model = PairsModel(RU)
    model.set_rows([pair()])
    row = [model.index(0, c).data() for c in range(7)]
    assert row[:4] == ["card", "card_b", "20,0 %", "28,6 %"]
    assert row[4:6] == ["40,0 % (2/5)", "100,0 % (2/2)"]
    # 2/2 − 2/5 = +60 points; Newcombe's interval −15.4 to +88.2 (test_effectiveness.py).
    assert row[6] == "+60,0 pp (−15,4 pp … +88,2 pp)"
    none = PairsModel(EN)
    none.set_rows([ChallengerPair(conversion("a", "", 0, 0), conversion("b", "", 0, 0), 50,
                                  None, None, None, None)])  # fmt: skip
    assert [none.index(0, c).data() for c in range(7)] == ["a", "b", "50.0 %", "—", "—", "—",
                                                          "—"]  # fmt: skip


def test_the_breakdown_selector_reads_again_off_the_gui_thread(qtbot, runner, sqlite_db):
    fx.build(sqlite_db)
    tab = EffectivenessTab(runner, fx.reports(sqlite_db, "lead"), lambda: fx.PERIOD, EN)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.refresh()
    assert tab.error.text() == ""
    assert texts(tab.rules.proxy, ConversionModel.RULE) == ["card", "card_b", "loan"]
    assert tab.rules.table.isColumnHidden(ConversionModel.GROUP)
    assert texts(tab.pairs.proxy, PairsModel.UPLIFT)[0] == "+60.0 pp (−15.4 pp … +88.2 pp)"
    assert tab.note.text() == "Pairs from rule set version 1"
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.breakdown.setCurrentIndex(tab.breakdown.findData("value_tier"))
    assert not tab.rules.table.isColumnHidden(ConversionModel.GROUP)
    shown = list(zip(texts(tab.rules.proxy, ConversionModel.RULE),
                     texts(tab.rules.proxy, ConversionModel.GROUP),
                     texts(tab.rules.proxy, ConversionModel.CONVERSION), strict=True))  # fmt: skip
    assert shown[:3] == [("card", "High value", "50.0 % (9.5–90.5)"),
                         ("card", "Low value", "100.0 % (20.7–100.0)"),
                         ("card", "not scored", "0.0 % (0.0–65.8)")]  # fmt: skip
    assert len(shown) == 7
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.breakdown.setCurrentIndex(tab.breakdown.findData("channel"))
    assert "no contact" in texts(tab.rules.proxy, ConversionModel.GROUP)
    assert tab.loads == 3


def test_an_agent_gets_the_reason_not_a_table(qtbot, runner, sqlite_db):
    fx.build(sqlite_db, publish=False)
    tab = EffectivenessTab(runner, fx.reports(sqlite_db, "anna"), lambda: fx.PERIOD, EN)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.refresh()
    assert "team_lead" in tab.error.text() and tab.rules.proxy.rowCount() == 0
