"""Parsing one CSV cell into its canonical stored form; BadValue says what is wrong with it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal, InvalidOperation

from app.services.importer.bounds import DEFAULT_DATE_WINDOW, MAX_CENTS, MAX_MONEY, DateWindow
from app.services.normalise import national_digits, to_e164

BOOL_WORDS = {
    "true": True,
    "false": False,
    "yes": True,
    "no": False,
    "tak": True,
    "nie": False,
}
_DECIMAL_CHARS = frozenset("0123456789.+-")
_ISO_SECONDS = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d")
_PLAIN_AMOUNT = re.compile(r"-?\d{1,15}\.\d\d")  # always within MAX_MONEY
_CENT = Decimal("0.01")
_EMAIL = re.compile(r"[^@\s;,]+@[^@\s;,]+\.[^@\s;,.]+")
# Separators people type inside phone numbers; anything else goes the slow, general way.
_PHONE_NOISE = str.maketrans("", "", " -().\u00a0/")
_PL_FAST = re.compile(r"(?:\+48|0048)?([1-9]\d{8})")
# An account or card number: an optional IBAN country code, then digits, some perhaps already
# masked by the bank's export ('*', 'X', '•'); separators people type are dropped first.
_NUMBER_NOISE = str.maketrans("", "", " -\u00a0")
_ACCOUNT_NUMBER = re.compile(r"(?:[A-Z]{2}\d{2})?[0-9*X•]{0,30}\d{4}")


class BadValue(ValueError):
    """A cell that cannot be read; the message says why and quotes the value."""


def text(limit: int) -> Callable[[str], str]:
    """A free-text cell of at most `limit` characters (surrounding blanks dropped)."""

    def parse(value: str) -> str:
        value = value.strip()
        if len(value) > limit:
            raise BadValue(f"longer than {limit} characters ({len(value)})")
        return value

    return parse


def required_text(limit: int) -> Callable[[str], str]:
    parse_text = text(limit)

    def parse(value: str) -> str:
        value = parse_text(value)
        if not value:
            raise BadValue("must not be empty")
        return value

    return parse


def choice(allowed: Iterable[str], *, optional: bool = False) -> Callable[[str], str | None]:
    """One value of a closed list (exact, lower-case); empty gives None when optional."""
    values = frozenset(allowed)
    listed = ", ".join(sorted(values))

    def parse(value: str) -> str | None:
        value = value.strip()
        if value in values:
            return value
        if optional and not value:
            return None
        raise BadValue(f"must be one of {listed}{' or empty' if optional else ''}: {value!r}")

    return parse


def parse_date(value: str, window: DateWindow = DEFAULT_DATE_WINDOW) -> str:
    """An ISO date within the window; returns it as 'YYYY-MM-DD'."""
    value = value.strip()
    try:
        day = date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadValue(f"not an ISO date: {value!r}") from None
    if not window.holds_text(day):
        raise BadValue(window.refusal(value))
    return day


def birth_date(window: DateWindow, today: date) -> Callable[[str], str | None]:
    """An optional ISO birth date: not after `today` (the import's as-of) and in the window."""
    latest = today.isoformat()

    def parse(value: str) -> str | None:
        if not value.strip():
            return None
        try:
            day = date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise BadValue(f"not an ISO date: {value.strip()!r}") from None
        if day > latest:
            raise BadValue(f"a birth date in the future (after {latest}): {value.strip()!r}")
        if not window.holds_text(day):
            raise BadValue(window.refusal(value.strip()))
        return day

    return parse


def timestamp(
    default_tz: tzinfo, *, optional: bool = False, window: DateWindow = DEFAULT_DATE_WINDOW
) -> Callable[[str], str | None]:
    """An ISO date or date-time; returns naive UTC text 'YYYY-MM-DD HH:MM:SS.ffffff'.

    A value without an offset is a wall-clock time in `default_tz`. The text form is the one
    UTCDateTime stores on SQLite, so string order is time order and it can be bound as is.
    With optional=True an empty cell is None. The date as written must lie in `window`, which
    keeps the conversion to UTC (an offset of under a day) inside the calendar.
    """
    naive_is_utc = default_tz is UTC
    first, last = window.first_text, window.last_text

    def parse(value: str) -> str | None:
        if optional and (not value or value.isspace()):
            return None
        # Fast path for 'YYYY-MM-DDTHH:MM:SSZ' (and naive when naive means UTC): shape by regex,
        # calendar by fromisoformat, then rewritten by slicing instead of datetime arithmetic.
        fast = (len(value) == 20 and value[19] == "Z") or (naive_is_utc and len(value) == 19)
        if fast and _ISO_SECONDS.fullmatch(value, 0, 19):
            try:
                datetime.fromisoformat(value[:19])
            except ValueError:
                raise BadValue(f"not an ISO date or date-time: {value!r}") from None
            if not first <= value[:10] <= last:
                raise BadValue(window.refusal(value))
            return f"{value[:10]} {value[11:19]}.000000"
        value = value.strip()
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise BadValue(f"not an ISO date or date-time: {value!r}") from None
        if not window.first <= moment.date() <= window.last:
            raise BadValue(window.refusal(value))
        if moment.tzinfo is None:
            if naive_is_utc:
                return moment.isoformat(" ", "microseconds")
            moment = moment.replace(tzinfo=default_tz)
        try:
            return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        except OverflowError:  # cannot happen inside a valid window; never a traceback anyway
            raise BadValue(window.refusal(value)) from None

    return parse


def optional(parse: Callable[[str], str]) -> Callable[[str], str | None]:
    """The same parser, but an empty cell is None."""

    def parse_optional(value: str) -> str | None:
        return parse(value) if value and not value.isspace() else None

    return parse_optional


def parse_cents(value: str) -> int:
    """An amount with '.' as decimal point and at most two decimals, as integer cents.

    Only digits, one sign and one point: no exponent, NaN or Infinity. |amount| may not exceed
    MAX_MONEY (what NUMERIC(18,2) holds), checked before any rounding arithmetic.
    """
    if _PLAIN_AMOUNT.fullmatch(value):  # the common "-123.45": no Decimal needed
        return int(value[:-3] + value[-2:])
    value = value.strip()
    if not value or not _DECIMAL_CHARS.issuperset(value):
        raise BadValue(f"not a number (use '.' for decimals): {value!r}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise BadValue(f"not a number (use '.' for decimals): {value!r}") from None
    if abs(amount) > MAX_MONEY:  # an exact comparison, whatever the number of digits
        raise BadValue(f"beyond the largest amount (±{MAX_MONEY}): {value!r}")
    cents = amount.quantize(_CENT)  # exact: at most 18 digits fit the default 28
    if cents != amount:
        raise BadValue(f"more than two decimal places: {value!r}")
    result = int(cents.scaleb(2))
    assert -MAX_CENTS <= result <= MAX_CENTS
    return result


def optional_cents(value: str) -> int | None:
    """As parse_cents, but an empty cell is None (no amount known)."""
    return parse_cents(value) if value and not value.isspace() else None


def number_last4(value: str) -> str | None:
    """The last four digits of an account or card number (IBAN, NRB, card, masked or not).

    Only they are kept: the card shows '•••• 4821', and a full number stored nowhere cannot
    leak from the server or a desk's cache. An empty cell is None.
    """
    if not value or value.isspace():
        return None
    compact = value.translate(_NUMBER_NOISE).upper()
    if not _ACCOUNT_NUMBER.fullmatch(compact):
        raise BadValue(
            "not an account or card number (digits, optionally masked with * or X, "
            f"ending in four digits): {value.strip()!r}"
        )
    return compact[-4:]


def parse_bool(value: str) -> bool:
    """true/false, yes/no, tak/nie or 1/0 (any case)."""
    word = value.strip().lower()
    found = BOOL_WORDS.get(word)
    if found is None:
        if word in ("1", "0"):
            return word == "1"
        raise BadValue(f"not a yes/no value (true/false, yes/no, tak/nie, 1/0): {value!r}")
    return found


def split_multi(value: str) -> list[str]:
    """Several values in one cell, separated by ';' (blanks and empty parts dropped)."""
    return [part.strip() for part in value.split(";") if part.strip()]


def parse_phone(raw: str, region: str = "PL") -> tuple[str, str]:
    """(E.164, national digits) of one phone number, or BadValue.

    Common Polish forms take a fast path that gives exactly what normalise.to_e164 and
    national_digits give (a test holds them equal); the rest go through phonenumbers.
    """
    if region == "PL":
        fast = _PL_FAST.fullmatch(raw.translate(_PHONE_NOISE))
        if fast is not None:
            return "+48" + fast[1], fast[1]
    e164 = to_e164(raw, region)
    if e164 is None:
        raise BadValue(f"not a valid phone number: {raw!r}")
    return e164, national_digits(e164)


def parse_email(raw: str) -> str:
    """A lower-cased e-mail address of the basic shape local@domain.tld."""
    email = raw.strip().lower()
    if len(email) > 254 or not _EMAIL.fullmatch(email):
        raise BadValue(f"not an e-mail address: {raw!r}")
    return email
