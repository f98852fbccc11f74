"""The wrap-up's outcome: chosen by its label in the consultant's language, stored as a code."""

from __future__ import annotations

import argparse
import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.cli import customer_cmds
from app.models import Contact
from app.models.enums import ContactOutcome
from app.views.history.model import COL_OUTCOME
from app.views.wrapup.fields import WrapUpFields
from tests.gui.conftest import desk_in
from tests.gui.test_wrapup import open_with_contact, tick


def test_polish_form_lists_labels_and_holds_codes(qtbot, qapp, monkeypatch) -> None:
    with desk_in(qapp, monkeypatch, "pl_PL"):
        fields = WrapUpFields()
        qtbot.addWidget(fields)
        outcome = fields.outcome
        shown = {outcome.itemData(i): outcome.itemText(i) for i in range(outcome.count())}
        assert list(shown) == [member.value for member in ContactOutcome]
        assert shown["follow_up_needed"] == "Wymaga dalszych działań"
        assert shown["escalated"] == "Przekazano wyżej"
        assert not outcome.isEditable()  # a closed list: no free text to store
        assert fields.outcome_code() == ""
        problems = dict(fields.local_problems())
        assert problems["outcome"] == "Wybierz wynik."


def test_saved_outcome_is_a_code_in_the_database_and_in_cli_json(
    qtbot, window, services, capsys
) -> None:
    cid = open_with_contact(qtbot, window, services)
    form = window.wrapup
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Card question")
    tick(form, "INFO")
    form.outcome.setFocus()
    qtbot.keyClicks(form.outcome, "Fo")  # keyboard search in the list: "Follow-up needed"
    assert form.outcome_code() == "follow_up_needed"
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    contact_id = saved.args[0].contact.id
    with services.db.reading() as session:
        stored = session.scalar(select(Contact.outcome).where(Contact.id == contact_id))
    assert stored == "follow_up_needed"
    assert window.history_model.data(window.history_model.index(0, COL_OUTCOME)) == (
        "Follow-up needed"
    )

    parser = argparse.ArgumentParser(prog="acrm")
    parser.add_argument("--db")
    customer_cmds.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--db", services.db.url, "customer", "show", str(cid), "--json"])
    capsys.readouterr()
    assert args.handler(args) == 0
    printed = json.loads(capsys.readouterr().out)
    newest = printed["recent_contacts"][0]
    assert (newest["outcome"], newest["codes"]) == ("follow_up_needed", ["INFO"])
    assert newest["code_labels"] == ["Information given"]
