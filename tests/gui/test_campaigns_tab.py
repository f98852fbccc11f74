"""The campaigns tab: the model alone, the create form's refusals per field, generating with
progress and Cancel, the report in words, closing with an inline confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QThread
from PySide6.QtWidgets import QApplication

from app.services.campaigns.values import GenerateReport
from app.views.team.campaign_model import SORT_ROLE, CampaignLine, CampaignModel
from app.views.team.campaign_texts import conversion_text, report_words
from app.views.team.campaigns_tab import CampaignsTab
from tests.gui.campaign_fakes import FakeCampaigns, campaign_row, figures
from tests.gui.conftest import desk_in
from tests.rule_fixtures import AFFLUENT, MASS

EN = QLocale("en_GB")
TODAY = date(2026, 12, 6)


def test_the_model_shows_definition_and_results_by_named_columns(qapp):
    model = CampaignModel(EN)
    big = campaign_row("Deposits", team="", cap=None, condition="segment == 'mass'",
                       rule_id="", entries=1200, generated_at=None, ends_on=None)  # fmt: skip
    model.set_rows([CampaignLine(campaign_row("Affluent"), figures("Affluent")),
                    CampaignLine(big, None)])  # fmt: skip
    assert model.columnCount() == 13
    assert model.headerData(CampaignModel.CONVERSION, Qt.Orientation.Horizontal) == "Conversion"

    def cell(row, column):
        return model.index(row, column).data()

    assert cell(0, CampaignModel.TARGET) == "rule affluent_offer"
    assert cell(0, CampaignModel.TEAM) == "T1"
    assert cell(0, CampaignModel.DATES) == "01/12/2026 – 31/12/2026"
    assert cell(0, CampaignModel.CAP) == "500"
    assert cell(0, CampaignModel.TARGETED) == "150"
    assert cell(0, CampaignModel.ACCEPTED) == "16"
    assert cell(0, CampaignModel.CONVERSION) == "25.0%"
    assert cell(1, CampaignModel.TARGET) == "segment == 'mass'"
    assert cell(1, CampaignModel.TEAM) == "whole centre"
    assert cell(1, CampaignModel.CAP) == "no cap"
    assert cell(1, CampaignModel.ENTRIES) == "1,200"
    assert cell(1, CampaignModel.GENERATED) == "never"
    assert cell(1, CampaignModel.DATES) == "from 01/12/2026"
    assert cell(1, CampaignModel.REACHED) == ""  # figures unreadable: blank, not zero
    # Numbers sort as numbers: 1,200 entries after 120.
    assert model.index(1, CampaignModel.ENTRIES).data(SORT_ROLE) == 1200
    assert model.index(0, CampaignModel.ENTRIES).data(SORT_ROLE) == 120
    assert model.find("Deposits") == 1 and model.find("nothing") == -1


def test_conversion_reads_with_its_interval_in_the_viewers_locale(qapp):
    assert conversion_text(0.25, 0.16, 0.37, EN) == "25.0% (95% interval 16.0% – 37.0%)"
    assert conversion_text(0.125, 0.05, 0.2, QLocale("pl_PL")).startswith("12,5%")
    assert conversion_text(0.125, None, None, QLocale("ru_RU")) == "12,5\u00a0%"
    assert conversion_text(None, None, None, EN) == "nothing presented yet"


def test_a_generation_report_reads_as_sentences(qapp, monkeypatch):
    with desk_in(qapp, monkeypatch, "en_GB"):  # English plural forms
        said_in_english(qapp)


def said_in_english(qapp) -> None:
    report = GenerateReport("Affluent", evaluated=10, targeted=8, added=1, already=4,
                            capped=2, held={"no_consent": 2, "cooldown_declined": 1})  # fmt: skip
    assert report_words(report) == (
        "10 customers evaluated; 1 added to the call list; 4 already on the campaign; "
        "2 left out by the cap. 3 held back (no consent: 2, declined recently: 1)."
    )
    stopped = GenerateReport("A", evaluated=1, targeted=0, added=0, already=0, capped=0,
                             cancelled=True)  # fmt: skip
    assert report_words(stopped).startswith("Cancelled; what was added stays. 1 customer ")


def make_tab(qtbot, runner, services, fake) -> CampaignsTab:
    services.rulebook.replace_draft([AFFLUENT, MASS])
    services.rulebook.publish("first")
    tab = CampaignsTab(runner, fake, services.rulebook, EN, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    return tab


@pytest.fixture
def fake() -> FakeCampaigns:
    return FakeCampaigns([campaign_row("Affluent"), campaign_row("Winter", team="T2")])


def test_the_form_offers_the_published_rules_and_the_whole_centre(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.isVisible() and tab.form.name.hasFocus()
    rules = [tab.form.rule.itemData(i) for i in range(tab.form.rule.count())]
    assert rules == ["affluent_offer", "mass_offer"]
    teams = [tab.form.team.itemText(i) for i in range(tab.form.team.count())]
    assert teams == ["whole centre", "T1", "T2"]
    assert not tab.form.condition.isEnabled()
    tab.form.by_condition.click()
    assert tab.form.condition.isEnabled() and not tab.form.rule.isEnabled()


def submit(qtbot, tab, **fields) -> None:
    form = tab.form
    form.name.setText(fields.get("name", ""))
    if "condition" in fields:
        form.by_condition.setChecked(True)
        form.condition.setText(fields["condition"])
    if "ends" in fields:
        form.ends.setDate(QDate(*fields["ends"]))
    form.team.setEditText(fields.get("team", "whole centre"))
    form.cap.setText(fields.get("cap", ""))
    with qtbot.waitSignal(tab.failed, timeout=5000) as refused:
        qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return refused.args[0]


@pytest.mark.parametrize(("fields", "field", "said"), [
    ({}, "name", "give the campaign a name"),
    ({"name": "Affluent"}, "name", "a campaign 'Affluent' exists already"),
    ({"name": "X", "condition": "segment =="}, "condition", "does not compile"),
    ({"name": "X", "ends": (2026, 11, 1)}, "ends_on", "ends before it starts"),
    ({"name": "X", "team": "Nowhere"}, "team", "no team 'Nowhere'"),
    ({"name": "X", "cap": "-1"}, "cap", "the cap is 0 or more"),
])  # fmt: skip
def test_each_refusal_shows_under_the_field_it_names(qtbot, runner, services, fake,
                                                      fields, field, said):  # fmt: skip
    tab = make_tab(qtbot, runner, services, fake)
    tab.open_form()
    submit(qtbot, tab, **fields)
    assert said in tab.form.error_text(field)
    others = [name for name in tab.form.errors if name != field]
    assert all(tab.form.error_text(name) == "" for name in others)
    assert tab.form.isVisible() and tab.model.rowCount() == 2  # nothing created


def test_a_cap_that_is_not_a_number_is_caught_before_the_service(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    tab.open_form()
    tab.form.name.setText("X")
    tab.form.cap.setText("ten")
    qtbot.keyClick(tab.form.cap, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "whole number" in tab.form.error_text("cap")
    assert tab.form.cap.hasFocus()
    assert not [call for call in fake.calls if call[0] == "create"]


def test_creating_sends_the_spec_and_selects_the_new_campaign(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    tab.open_form()
    tab.form.name.setText("Spring")
    tab.form.rule.setCurrentIndex(tab.form.rule.findData("mass_offer"))
    tab.form.team.setCurrentIndex(tab.form.team.findText("T2"))
    tab.form.cap.setText("250")
    tab.form.ends.setDate(QDate(2027, 3, 31))
    loaded, created = tab.loaded, tab.created
    with qtbot.waitSignal(loaded, timeout=5000), qtbot.waitSignal(created, timeout=5000):
        tab.form.create.click()
    spec = fake.calls[-1][1]
    assert (spec.name, spec.rule_id, spec.condition, spec.team, spec.cap) == (
        "Spring", "mass_offer", "", "T2", 250)  # fmt: skip
    assert (spec.starts_on, spec.ends_on, spec.channel) == (TODAY, date(2027, 3, 31), "phone")
    assert not tab.form.isVisible()
    assert tab.selected_line().row.name == "Spring"
    assert "Campaign Spring created" in tab.message.text()


def select(qtbot, tab, name: str) -> None:
    tab.select(name)
    assert tab.selected_line().row.name == name


def test_generate_shows_progress_and_cancel_stops_it(qtbot, runner, services, fake):
    fake.total = 10
    tab = make_tab(qtbot, runner, services, fake)
    select(qtbot, tab, "Affluent")
    seen = []
    fake.stepping = True  # each customer waits for the test to release it
    gui = QApplication.instance().thread()
    tab.panel.progress.valueChanged.connect(
        lambda value: seen.append((value, QThread.currentThread() is gui))
    )
    qtbot.keyClick(tab.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert not tab.panel.generate_button.isEnabled()  # one at a time
    assert tab.panel.cancel_button.isVisible() and tab.panel.progress.isVisible()
    with qtbot.waitSignal(tab.panel.progress.valueChanged, timeout=5000):
        fake.steps.release()
    assert tab.panel.progress.maximum() == 10 and tab.panel.progress.value() == 1
    assert seen == [(1, True)]  # marshalled to the GUI thread
    assert tab.panel.progress.format() == "1 of 10 customers"
    with qtbot.waitSignal(tab.generated, timeout=5000) as done:
        tab.panel.cancel_button.click()
        assert tab.panel.report.text() == "Cancelling…"
        fake.steps.release(9)
    report = done.args[0]
    assert report.cancelled and report.added == 1
    assert tab.panel.report.text().startswith("Cancelled; what was added stays.")
    assert not tab.panel.progress.isVisible() and tab.panel.generate_button.isEnabled()


def test_the_report_of_a_finished_generation_is_said_in_words(qtbot, runner, services):
    report = GenerateReport("Affluent", evaluated=9, targeted=7, added=3, already=2, capped=1,
                            held={"no_consent": 2})  # fmt: skip
    fake = FakeCampaigns([campaign_row("Affluent")], total=3, report=report)
    tab = make_tab(qtbot, runner, services, fake)
    select(qtbot, tab, "Affluent")
    loaded, generated = tab.loaded, tab.generated  # the list reloads after a run
    with qtbot.waitSignal(loaded, timeout=5000), qtbot.waitSignal(generated, timeout=5000):
        tab.panel.generate_button.click()
    assert tab.panel.report.text() == (
        "9 customer(s) evaluated; 3 added to the call list; 2 already on the campaign; "
        "1 left out by the cap. 2 held back (no consent: 2)."
    )  # the English plural forms are tested above, with the English translation loaded
    assert tab.selected_line().row.entries == 123  # 120 + 3, read again; still selected


def test_close_asks_inline_and_closes_only_when_confirmed(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    select(qtbot, tab, "Winter")
    tab.panel.close_button.click()
    assert tab.panel.confirm.isVisible()
    assert "Close Winter?" in tab.panel.confirm_text.text()
    tab.panel.keep_open.click()  # changed the mind: nothing happens
    assert not tab.panel.confirm.isVisible() and ("close", "Winter") not in fake.calls
    tab.panel.close_button.click()
    with qtbot.waitSignal(tab.loaded, timeout=5000), qtbot.waitSignal(tab.closed, timeout=5000):
        tab.panel.confirm_close.click()
    assert fake.rows["Winter"].status == "closed"
    assert tab.selected_line().row.status == "closed"
    assert tab.model.index(tab.model.find("Winter"), CampaignModel.STATUS).data() == "closed"
    assert not tab.panel.generate_button.isEnabled() and not tab.panel.close_button.isEnabled()
    assert "its results stay" in tab.message.text()


def test_a_refused_generation_is_said_in_the_tab(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    select(qtbot, tab, "Winter")
    del fake.rows["Winter"]  # removed elsewhere since the list was read
    with qtbot.waitSignal(tab.failed, timeout=5000):
        tab.generate()
    assert tab.message.text() == "no campaign 'Winter'"
    assert tab.panel.generate_button.isEnabled()


def test_refresh_coalesces_and_keeps_the_selection(qtbot, runner, services, fake):
    tab = make_tab(qtbot, runner, services, fake)
    select(qtbot, tab, "Winter")
    before = tab._loader.loads
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        for _ in range(5):
            tab.refresh()
    qtbot.waitUntil(lambda: not tab._loader.busy, timeout=5000)
    assert tab._loader.loads - before == 2  # one now, one folded for the four that waited
    assert tab.selected_line().row.name == "Winter"


@pytest.mark.parametrize(("language", "expected"), [
    ("pl_PL", "Sprawdzono 22 klientów; 1 dodany do listy połączeń; 5 już w kampanii. "
              "2 wstrzymanych (brak zgody: 2)."),
    ("ru_RU", "Проверено 22 клиента; 1 добавлен в список обзвона; 5 уже в кампании. "
              "2 отложено (нет согласия: 2)."),
])  # fmt: skip
def test_the_report_reads_in_polish_and_russian_plurals(qapp, monkeypatch, language, expected):
    report = GenerateReport("A", evaluated=22, targeted=8, added=1, already=5, capped=0,
                            held={"no_consent": 2})  # fmt: skip
    with desk_in(qapp, monkeypatch, language):
        assert report_words(report) == expected


def test_escape_closes_the_panel_and_a_failed_read_is_said(qtbot, runner, services, fake):
    from app.services.errors import ValidationError

    tab = make_tab(qtbot, runner, services, fake)
    tab.open_form()
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Escape)
    assert not tab.form.isVisible() and tab.table.hasFocus()
    tab.open_form()
    tab.form.close_button.click()
    assert not tab.form.isVisible()

    def refuse():
        raise ValidationError("role", "campaigns need the team_lead role")

    fake.list = refuse
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    assert tab.message.text() == "role: campaigns need the team_lead role"
    assert tab.message.objectName() == "fieldError"
