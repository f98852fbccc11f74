"""Search keys and phone numbers as people type them: Polish, Russian, partial numbers."""

from __future__ import annotations

import unicodedata

import pytest

from app.services.normalise import (
    fold,
    format_phone,
    national_digits,
    phone_query_digits,
    readable_phone,
    to_e164,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Łukasz Żółć", "lukasz zolc"),
        ("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc gesla jazn"),
        ("Wójcik-Nowak", "wojcik-nowak"),
        ("  Anna \t MARIA  ", "anna maria"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_fold_makes_latin_keys_lower_case_without_diacritics(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Иванов Павел", "иванов павел"),
        ("СМИРНОВА", "смирнова"),
        # ё is commonly written as е: both spellings must find the same person.
        ("Пётр Ёлкин", "петр елкин"),
        # й is a letter of its own, not и with a breve.
        ("Сергей Йодов", "сергей йодов"),
    ],
)
def test_fold_keeps_russian_as_cyrillic_lower_case(text: str, key: str) -> None:
    assert fold(text) == key
    assert all(unicodedata.name(ch).startswith("CYRILLIC") for ch in key if ch.isalpha())


def test_fold_treats_query_and_stored_name_alike() -> None:
    # Whatever a letter folds to, upper and lower case and ё/е must meet on the same key.
    assert fold("ЙОДОВ") == fold("йодов")
    assert fold("Семёнов") == fold("семенов")
    assert fold("ŁÓDŹ") == fold("łódź") == fold("Lodz")


def test_fold_is_idempotent() -> None:
    for text in ("Łukasz Żółć", "Пётр Ёлкин", "Ǆemal"):
        assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    "raw",
    [
        "601234567",
        "601 234 567",
        "601-234-567",
        "+48 601 234 567",
        "+48601234567",
        "0048 601 234 567",
        "(+48) 601 234 567",
        " 601.234.567 ",
    ],
)
def test_polish_mobile_in_any_common_format(raw: str) -> None:
    assert to_e164(raw) == "+48601234567"


def test_landline_and_foreign_numbers() -> None:
    assert to_e164("(22) 123 45 67") == "+48221234567"
    assert to_e164("+7 495 123-45-67") == "+74951234567"
    assert to_e164("8 495 123 45 67", region="RU") == "+74951234567"
    assert to_e164("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize("raw", ["", "abc", "12", "+48", "++48 601", "601 234 567 890 123"])
def test_not_a_phone_number(raw: str) -> None:
    assert to_e164(raw) is None


def test_national_digits_and_display() -> None:
    assert national_digits("+48601234567") == "601234567"
    assert national_digits("+74951234567") == "4951234567"
    assert format_phone("+48601234567") == "+48 601 234 567"
    assert format_phone("not a number") == "not a number"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("0048 500 000 111", "+48 500 000 111"),
        ("500000111", "+48 500 000 111"),
        ("+7 495 123-45-67", "+7 495 123-45-67"),
        (" 12 ", "12"),  # not a number: shown as it came, never hidden
    ],
)
def test_readable_phone_normalises_what_came_in(typed: str, shown: str) -> None:
    assert readable_phone(typed) == shown


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("601", "601"),
        ("601 23", "60123"),
        ("601-234-567", "601234567"),
        ("+48 601-23", "60123"),
        ("+48 6012", "6012"),
        ("+48601", "601"),
        ("0048601", "601"),
        ("0048 601 2", "6012"),
        ("+48 601 234 567", "601234567"),
    ],
)
def test_partial_numbers_give_national_prefixes(typed: str, digits: str) -> None:
    assert phone_query_digits(typed) == digits


@pytest.mark.parametrize("typed", ["", "  ", "60", "+4", "Kowalski", "601abc", "+7 495"])
def test_text_that_is_not_a_number_prefix(typed: str) -> None:
    # "+7 495" is a Russian number: it cannot prefix-match Polish national numbers.
    assert phone_query_digits(typed) is None


def test_partial_numbers_in_another_home_region() -> None:
    assert phone_query_digits("+7 495 12", region="RU") == "49512"
    assert phone_query_digits("+7 495 123-45-67", region="RU") == "4951234567"
