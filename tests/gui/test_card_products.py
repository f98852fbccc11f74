"""The card's products: masked number and balance in Polish, money right-aligned and whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from tests import factories as f
from tests.gui.conftest import desk_in
from tests.gui.test_formatting import plain


def test_products_show_the_masked_number_and_the_balance_in_polish(
    qtbot, qapp, monkeypatch, services, runner
) -> None:
    from PySide6.QtCore import QLocale

    from app.views.shell.main_window import MainWindow

    cid = f.make_customer(services.db, external_id="PL-4821")
    now = datetime.now(UTC)
    f.add_product(services.db, cid, "credit_card", now - timedelta(days=400),
                  number_last4="4821", balance=Decimal("12345.67"))  # fmt: skip
    f.add_product(services.db, cid, "overdraft", now - timedelta(days=90),
                  balance=Decimal("-1234.50"))  # fmt: skip
    f.add_product(services.db, cid, "savings", now - timedelta(days=30))  # no number, no balance
    with desk_in(qapp, monkeypatch, "pl_PL"):
        window = MainWindow(services, runner, QLocale("pl_PL"))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.cardPainted, timeout=5000):
            window.open_customer(cid)
        table = window.card.products
        model = table.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        assert headers[1:3] == ["Numer", "Saldo"]
        rows = {table.text(r, 0): r for r in range(table.row_count())}
        card_row = next(r for name, r in rows.items() if "4821" in table.text(r, 1))
        assert table.text(card_row, 1) == "\u2022\u2022\u2022\u2022\u00a04821"
        assert plain(table.text(card_row, 2)) == "12 345,67 zł"
        tip = model.index(card_row, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "Numer kończący się na 4821"
        balances = sorted(plain(table.text(r, 2)) for r in range(table.row_count()))
        assert balances == ["", "-1 234,50 zł", "12 345,67 zł"]
        assert "4821" not in "".join(table.text(r, 1) for r in rows.values() if r != card_row)
        # Right-aligned, and the whole amount fits in its column inside the visible table.
        alignment = model.index(card_row, 2).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment & int(Qt.AlignmentFlag.AlignRight)
        header = table.horizontalHeader()
        needed = table.fontMetrics().horizontalAdvance(table.text(card_row, 2))
        for width, height in ((1366, 768), (1920, 1080)):
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w, timeout=2000)
            table.doItemsLayout()
            assert header.sectionSize(2) >= needed, (width, height)
            right_edge = header.sectionViewportPosition(2) + header.sectionSize(2)
            assert right_edge <= table.viewport().width(), (width, height)
        # The names stay readable at 1366 px (the opening date went into the name's tip).
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
        table.doItemsLayout()
        longest = max(table.fontMetrics().horizontalAdvance(name) for name in rows)
        assert header.sectionSize(0) >= longest
        tip = model.index(card_row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(table.text(card_row, 0) + ", otwarto ")
        window.close()
