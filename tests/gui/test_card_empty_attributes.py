"""The card lists a custom attribute without a value as empty, in the desk's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests import factories as f
from tests.gui.conftest import desk_in

EMPTY = {"en_US": "(empty)", "pl_PL": "(puste)", "ru_RU": "(пусто)"}


def shown_pairs(grid) -> dict[str, str]:
    return {left.text(): right.text() for left, right in grid._rows if not left.isHidden()}


@pytest.mark.parametrize("language", ["pl_PL", "ru_RU"])
def test_an_attribute_without_a_value_reads_empty_not_none(
    qtbot, qapp, monkeypatch, services, runner, language: str
) -> None:
    from app.views.shell.main_window import MainWindow

    f.make_customer(services.db, external_id="T2", attributes={"total_charges": 12, "tenure": 3})
    cid = f.make_customer(
        services.db, external_id="T1", attributes={"total_charges": None}, phones=()
    )
    with desk_in(qapp, monkeypatch, language):
        window = MainWindow(services, runner, QLocale(language))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.cardPainted, timeout=5000):
            window.open_customer(cid)
        shown = shown_pairs(window.card.attributes)
    # A NULL row (total charges) and no row at all (tenure, from another customer's file).
    assert shown == {"total charges": EMPTY[language], "tenure": EMPTY[language]}
    assert "None" not in "".join(shown.values())
