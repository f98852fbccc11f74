"""The card's "Value and risk" section: every figure in Polish through QLocale, the whys, the
model's date, a quiet line before any refresh, and High churn risk in words beside its colour."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from tests import factories as f
from tests.gui.analytics_rows import add_model, add_score
from tests.gui.conftest import desk_in
from tests.gui.test_formatting import plain


def shown(label) -> str:
    """What the label reads, markup and no-break spaces aside."""
    from app.views.customer.value_risk import plain as read

    return plain(read(label)).strip()


def open_card(qtbot, services, runner, cid, size=(1024, 700)):
    from app.views.shell.main_window import MainWindow

    window = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    return window


def test_a_scored_customer_shows_value_activity_risk_segment_and_affinity_in_polish(
    qtbot, qapp, monkeypatch, services, runner
) -> None:
    cid = f.make_customer(services.db)
    add_model(services.db, version=3)
    add_score(services.db, cid)  # 1234.50 zł, P(alive) 0.874, 12.34 days, churn 0.126 Low
    with desk_in(qapp, monkeypatch, "pl_PL"):
        window = open_card(qtbot, services, runner, cid)
        section = window.card.value_risk
        assert section.isVisible()
        assert not section.not_scored.isVisible()
        assert shown(section.value) == "Wysoka wartość   CLV 12 mies.: 1 234,50 zł"
        assert section.states["value"] == "info"
        assert section.activity.text() == (
            "P(alive) 87% · oczekiwane dni z wpływami w 12 mies.: 12,3"
        )
        assert shown(section.churn) == "Niskie ryzyko   13% · z aktywności (1 − P(alive))"
        assert section.states["churn"] == "ok"
        assert shown(section.segment) == "Lojalny, wysoka wartość · RFM 5-4-5"
        why = "Dlaczego: R ≥ 4, F ≥ 4 and M ≥ 4"  # the rule as the model version states it
        assert section.segment_why.text() == why
        assert section.segment.toolTip() == why
        assert section.affinity.text().split("\n") == [
            "• 78% klientów z produktami: Karta kredytowa i Konto oszczędnościowe ma też: "
            "Fundusz inwestycyjny; lift 2,4",
            "• 41% klientów z produktami: Konto oszczędnościowe ma też: Lokata terminowa; lift 1,6",
        ]
        assert section.affinity.toolTip().startswith("Wsparcie: 6% wszystkich klientów")
        assert section.model.text() == "Model na dzień 5 grudnia 2026 (wersja 3)"
        # Every line is in sight at 1024×700: scrolled to, nothing cut at the right edge.
        window.card.ensureWidgetVisible(section)
        for label in (section.value, section.activity, section.churn, section.affinity):
            right = label.mapTo(window.card.viewport(), label.rect().topRight()).x()
            assert right <= window.card.viewport().width(), label.text()
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert "Wysoka wartość, CLV 12 mies.: 1" in section.accessibleDescription()
        assert section.churn.accessibleName().startswith("Niskie ryzyko, 13% · ")
        window.close()


def test_a_customer_without_scores_shows_one_quiet_line(qtbot, services, runner) -> None:
    cid = f.make_customer(services.db)
    add_model(services.db)  # a refresh ran, but before this customer was imported
    window = open_card(qtbot, services, runner, cid)
    section = window.card.value_risk
    assert section.not_scored.isVisible()
    assert not section.facts.isVisible()
    assert section.texts() == ["Not scored yet — run analytics refresh"]
    assert window.card.value_risk.not_scored.objectName() == "muted"  # quiet, not an error
    window.close()


def test_high_churn_risk_from_a_logistic_model_is_said_in_words_beside_its_colour(
    qtbot, services, runner
) -> None:
    cid = f.make_customer(services.db)
    churn = {"method": "logistic", "label": "churn", "auc": 0.8149, "holdout": 120}
    add_model(services.db, version=4, churn=churn)
    add_score(services.db, cid, version=4, churn_method="logistic", churn_risk="High",
              churn_probability=0.715, p_alive=0.002, value_tier="Medium", clv_12m=Decimal("87.05"),
              segment_rfm="winback_soon", rfm="213", affinity="[]")  # fmt: skip
    window = open_card(qtbot, services, runner, cid)
    section = window.card.value_risk
    assert shown(section.churn) == "High risk   72% · logistic model on churn (AUC 0,81)"
    assert section.states["churn"] == "bad"  # red, and the words say it too
    assert "background-color:#fbe0dc" in section.churn.text()
    assert shown(section.value).startswith("Medium value   CLV 12 months: 87,05 zł")
    assert section.activity.text().startswith("P(alive) <1% · ")  # not "0%": it is not nil
    # A segment code this desk does not know yet is shown as the model wrote it, without a why.
    assert shown(section.segment) == "winback_soon · RFM 2-1-3"
    assert not section.segment_why.isVisible()
    assert section.affinity.text() == "No product stands out."
    assert "High risk, 72% · logistic model on churn (AUC 0,81)" in section.texts()
    window.close()


def test_the_card_json_names_the_churn_label_and_auc(services) -> None:
    cid = f.make_customer(services.db)
    churn = {"method": "logistic", "label": "churn", "auc": 0.8, "holdout": 120}
    add_model(services.db, version=5, churn=churn)
    add_score(services.db, cid, version=5, churn_method="logistic")
    analytics = services.cards.load(cid).analytics
    assert (analytics.churn_label, analytics.churn_auc) == ("churn", 0.8)


def test_percentages_never_round_a_chance_to_nil_or_certainty() -> None:
    from app.views.customer.value_risk_text import percent

    loc = QLocale("pl_PL")
    shown = [percent(p, loc) for p in (0.0, 0.004, 0.005, 0.874, 0.994, 0.995, 1.0, None)]
    assert shown == ["0%", "<1%", "1%", "87%", "99%", ">99%", "100%", "—"]
