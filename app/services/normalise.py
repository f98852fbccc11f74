"""Normalising what people type: phone numbers to E.164, names to diacritic-free search keys."""

from __future__ import annotations

import unicodedata

import phonenumbers

# Letters NFKD does not decompose into base + combining mark.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "ß": "ss", "đ": "d", "æ": "ae"})


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "Łukasz Żółć" -> "lukasz zolc", "Пётр" -> "петр".

    Marks go only from Latin letters: й is a Cyrillic letter of its own (not и with a
    breve), while ё is commonly written as е, so Russian names keep their spelling.
    """
    text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and not (kept and _keeps_mark(kept[-1], ch)):
            continue
        kept.append(ch)
    recomposed = unicodedata.normalize("NFC", "".join(kept))
    return " ".join(recomposed.casefold().split())


_BREVE = "\u0306"


def _keeps_mark(base: str, mark: str) -> bool:
    """Only the breve of й/Й survives folding."""
    return mark == _BREVE and base in "иИ"


def to_e164(raw: str, region: str = "PL") -> str | None:
    """A full phone number in E.164 ("+48601234567"), or None if it cannot be a number.

    "Possible" (right length for the country), not "valid": numbering plans change faster
    than the metadata, and a bank's records must not be refused for a new range.
    """
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_digits(e164: str) -> str:
    """The national significant number of an E.164 number ("+48601234567" -> "601234567")."""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.national_significant_number(number)


def phone_query_digits(text: str, region: str = "PL") -> str | None:
    """Digits to prefix-match national numbers with, from a partial number typed by a person.

    "+48 601-23" -> "60123"; "0048601" -> "601"; "601 234 567" -> "601234567".
    Returns None when the text is not number-like (letters, or fewer than 3 digits).
    """
    cleaned = text.strip()
    if not cleaned or any(ch.isalpha() for ch in cleaned):
        return None
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if len(digits) < 3:
        return None
    full = to_e164(cleaned, region)
    if full is not None:
        return national_digits(full)
    code = str(phonenumbers.country_code_for_region(region))
    if cleaned.startswith("+"):
        return digits[len(code) :] if digits.startswith(code) else None
    if digits.startswith("00" + code):
        return digits[2 + len(code) :]
    return digits


def format_phone(e164: str) -> str:
    """Human display in international format ("+48 601 234 567")."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def readable_phone(raw: str, region: str = "PL") -> str:
    """A number as people read it ("0048 500 000 111" -> "+48 500 000 111"), else as typed.

    What a softphone passes is not always E.164; an impossible number is shown unchanged
    rather than hidden, so the consultant still sees what came in.
    """
    e164 = to_e164(raw, region)
    return format_phone(e164) if e164 is not None else raw.strip()
