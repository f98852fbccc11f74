"""Picking a data text's label for the viewer's language, and surviving odd stored labels."""

from __future__ import annotations

from app.services.data_language import clean_labels, language_of, pick_label
from app.services.dto import ContactRow, WrapUpCodeRow


def test_language_codes_of_locale_names() -> None:
    assert [language_of(n) for n in ("ru_RU", "pl_PL.UTF-8", "en_PL", "en", "ru-RU")] == [
        "ru",
        "pl",
        "en",
        "en",
        "ru",
    ]


def test_the_viewers_language_then_the_label_then_the_code() -> None:
    labels = clean_labels({"ru": "Продажа", "en": "Sale"})
    assert pick_label(labels, "ru_RU", "Sprzedaż", "SALE") == "Продажа"
    assert pick_label(labels, "pl", "Sprzedaż", "SALE") == "Sprzedaż"
    assert pick_label((), "ru", "", "SALE") == "SALE"


def test_stored_labels_that_are_not_texts_are_left_out() -> None:
    assert clean_labels(["ru"]) == ()
    assert clean_labels(None) == ()
    assert clean_labels({"ru": 5, "EN": " Sale ", "pl": "  ", 3: "x"}) == (("en", "Sale"),)


def test_rows_show_codes_in_the_viewers_language() -> None:
    row = WrapUpCodeRow("SALE", "Sprzedaż", (("ru", "Продажа"),))
    assert (row.shown("ru"), row.shown("pl")) == ("Продажа", "Sprzedaż")
    contact = ContactRow(
        id=None, customer_id=None, started_at=None, ended_at=None, channel="phone",
        direction="inbound", agent="", reason="", outcome="", codes=("SALE", "OLD"), notes="",
        code_labels=("Sprzedaż", "OLD"), code_label_sets=((("ru", "Продажа"),), ()),
    )  # fmt: skip
    assert contact.code_names("ru") == ("Продажа", "OLD")
    assert contact.code_names("pl") == ("Sprzedaż", "OLD")
