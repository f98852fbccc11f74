"""The bank's own entitlement codes are shown as written on the card (issue 13)."""

from __future__ import annotations

from app.views.common.labels import entitlement_text


def test_a_bank_code_keeps_its_case_and_a_plain_code_reads_as_words(qapp) -> None:
    assert entitlement_text("CARD:FEE-WAIVER", "31.05.2027") == "CARD:FEE-WAIVER until 31.05.2027"
    assert entitlement_text("Card.Fee:Waiver", "31.05.2027") == "Card.Fee:Waiver until 31.05.2027"
    assert entitlement_text("loyalty_bonus", "31.05.2027") == "Loyalty bonus until 31.05.2027"
