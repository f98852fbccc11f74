"""Demo product numbers and balances, drawn from a hash of customer and product.

A hash rather than the demo's random stream: adding these columns must not change any
other demo row (the stories, the rules' test customers and the screenshots depend on them).
"""

from __future__ import annotations

from hashlib import blake2b

# Balance ranges in złoty per product: (lowest, highest); negative for what the customer owes.
_RANGES: dict[str, tuple[int, int]] = {
    "current_account": (150, 24_000),
    "savings_account": (500, 90_000),
    "term_deposit": (5_000, 150_000),
    "investment_fund": (2_000, 250_000),
    "credit_card": (-12_000, 0),
    "cash_loan": (-60_000, -2_000),
    "mortgage": (-640_000, -90_000),
}
_WEALTH = {"private": 4.0, "affluent": 2.0, "sme": 1.5, "youth": 0.3}
_ACCOUNTS = frozenset(
    {"current_account", "savings_account", "term_deposit", "cash_loan", "mortgage"}
)


def _draw(external_id: str, code: str) -> int:
    return int.from_bytes(blake2b(f"{external_id}:{code}".encode(), digest_size=8).digest())


def number(external_id: str, code: str) -> str:
    """As a bank's export writes it: an account as an IBAN, a card already masked."""
    digits = f"{_draw(external_id, code + '#'):020d}"[-16:]
    if code == "credit_card":
        return f"**** **** **** {digits[-4:]}"
    if code in _ACCOUNTS:
        account = f"{int(digits) * 7919 % 10**16:016d}"
        return (
            f"PL{digits[:2]} 1090 {digits[2:6]} {account[:4]} {account[4:8]} "
            f"{account[8:12]} {account[12:16]}"
        )
    return ""  # funds and insurance have their own registers: no number on the card


def balance(external_id: str, code: str, segment: str, closed: bool) -> str:
    """The balance in złoty with grosze ('-1234.56'), or '' (closed, or no balance kept)."""
    if closed or code not in _RANGES:
        return ""
    low, high = _RANGES[code]
    scale = _WEALTH.get(segment, 1.0)
    span_cents = int((high - low) * 100 * scale)
    cents = int(low * 100 * scale) + _draw(external_id, code) % (span_cents + 1)
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"
