"""The issue's "done when", in the real desk: change a rule, test it, publish, see the panel."""

from __future__ import annotations

from tests.gui.test_nba_panel import INVESTMENT, big_inflow_customer, open_and_wait, publish

WAIT = 10_000


def test_a_business_user_changes_tests_and_publishes_a_rule(qtbot, window, services) -> None:
    publish(services, INVESTMENT)
    first = big_inflow_customer(services.db, "C1")
    second = big_inflow_customer(services.db, "C2")
    open_and_wait(qtbot, window, first)
    assert [o.action.rule_id for o in window.nba.offers()] == ["offer_investment"]

    window.tools.open_editor()  # Ctrl+Shift+R
    editor = window.tools.editor
    qtbot.waitUntil(lambda: editor.form.original == INVESTMENT, timeout=WAIT)
    # The consultant's bank decides an inflow must be 100x the average now.
    editor.form.fields.condition.edit.setPlainText(
        "last_inflow != null and avg_prior_inflow != null and last_inflow > 100 * avg_prior_inflow"
    )
    editor.test_panel.run()  # Ctrl+T, on the customer open in the desk
    qtbot.waitUntil(lambda: editor.test_panel.verdict.text() == "Does not fire", timeout=WAIT)
    editor.form.save()
    qtbot.waitUntil(lambda: "100 *" in services.rulebook.draft()[0].condition, timeout=WAIT)
    editor.versions.note.setText("only really unusual inflows")
    editor.versions.publish_button.click()
    qtbot.waitUntil(lambda: services.rulebook.latest_version() == 2, timeout=WAIT)

    open_and_wait(qtbot, window, second)
    assert window.nba.offers() == []
    assert window.nba.status_text() == "No offers for this customer right now."
    editor.close()
