"""As-you-type customer search by phone, name, e-mail or external id, on indexed range queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.customers import search_sql as q
from app.services.customers.identity import external_id_variants
from app.services.dto import CustomerHit
from app.services.normalise import fold, national_digits, phone_query_digits, to_e164
from app.services.storage.db import Database
from app.services.storage.sql import run

BY_ID, EXACT, PREFIX = 0, 1, 2  # ranks: lower sorts first


@dataclass(frozen=True, slots=True)
class _Ranked:
    """A hit with its sort key: external id (rank 0), other exact matches (1), prefixes (2)."""

    rank: int
    hit: CustomerHit
    last_key: str
    first_key: str

    def key(self) -> tuple:
        return (self.rank, self.last_key, self.first_key, self.hit.external_id)


def prefix_range(prefix: str) -> tuple[str, str]:
    """[low, high) bounds for `col >= low AND col < high`: an index range, unlike LIKE '%x%'."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


class SearchService:
    """Finds customers while the consultant types; every query is a bounded index range."""

    def __init__(self, db: Database, region: str = "PL") -> None:
        self._db = db
        self._region = region

    def search(self, query: str, limit: int = 50) -> list[CustomerHit]:
        """Customers matching what was typed so far, best first; [] below two characters.

        An exact external id always ranks first; then, by the shape of the query, phone
        prefix (number-like, any format), e-mail prefix (one word with "@", ".", "_" or "+":
        "anna.now") or name tokens (any order, case and Polish diacritics ignored). Exact
        matches before prefixes, then by name.
        """
        text = query.strip()
        if len(text) < 2 or limit <= 0:
            return []
        found: dict = {}
        with self._db.reading() as session:
            # External id first: an exact id match is the strongest signal.
            for item in self._by_external_id(session, text):
                found.setdefault(item.hit.id, item)
            for item in self._by_content(session, text, limit):
                found.setdefault(item.hit.id, item)
        return [item.hit for item in sorted(found.values(), key=_Ranked.key)[:limit]]

    def find_by_phone(self, number: str) -> list[CustomerHit]:
        """Customers holding exactly this number (screen pop); several may share one."""
        e164 = to_e164(number, self._region)
        if e164 is None:
            return []
        with self._db.reading() as session:
            rows = run(session, q.BY_PHONE_EXACT, national=national_digits(e164), e164=e164)
            items = {row.id: _ranked(row, "phone", EXACT) for row in rows}
        return [item.hit for item in sorted(items.values(), key=_Ranked.key)]

    def _by_content(self, session: Session, text: str, limit: int) -> list[_Ranked]:
        digits = None if "@" in text else phone_query_digits(text, self._region)
        if digits is not None:  # before e-mail: "601.234" is a number written with dots
            return self._by_phone_prefix(session, digits, limit)
        if _looks_like_email(text):
            return self._by_email(session, text.lower(), limit)
        return self._by_name(session, fold(text).split(), limit)

    def _by_external_id(self, session: Session, text: str) -> list[_Ranked]:
        rows = run(session, q.BY_EXTERNAL_ID, ids=sorted(external_id_variants(text)))
        return [_ranked(row, "external_id", BY_ID) for row in rows]

    def _by_phone_prefix(self, session: Session, digits: str, limit: int) -> list[_Ranked]:
        low, high = prefix_range(digits)
        rows = run(session, q.BY_PHONE_PREFIX, low=low, high=high, limit=limit)
        return [_ranked(row, "phone", EXACT if row.national == digits else PREFIX) for row in rows]

    def _by_email(self, session: Session, text: str, limit: int) -> list[_Ranked]:
        low, high = prefix_range(text)
        rows = run(session, q.BY_EMAIL_PREFIX, low=low, high=high, limit=limit)
        return [_ranked(row, "email", EXACT if row.email == text else PREFIX) for row in rows]

    def _by_name(self, session: Session, tokens: list[str], limit: int) -> list[_Ranked]:
        """Every token must prefix the first or the last name key, in any order."""
        if not tokens:
            return []
        rows = []
        for statement, params in _name_queries(tokens, limit):
            rows.extend(run(session, statement, **params))
        return [_ranked(row, "name", EXACT if _exact_name(row, tokens) else PREFIX) for row in rows]


# Characters no name has but e-mail local parts often do ("anna.nowak", "j_kowal").
_EMAIL_MARKS = frozenset("@._+")


def _looks_like_email(text: str) -> bool:
    """One word carrying an e-mail mark: "anna.now" is the start of an address, not a name."""
    return not any(ch.isspace() for ch in text) and any(ch in _EMAIL_MARKS for ch in text)


def _name_queries(tokens: list[str], limit: int) -> list[tuple]:
    """The index ranges that together find every match, each walked in order and cut at `limit`.

    One token: a last-name range and a first-name range. Several tokens: one last-name range
    per distinct token, the other tokens checked against the (last_key, first_key) index
    entries themselves, so rows that fail them are never fetched. (A query whose tokens all
    match the first name only, like "jan ja", is not a search anyone means.)
    """
    if len(tokens) == 1:
        by_last, by_first = q.by_name(0)
        params = _bounds(tokens[0], [], limit)
        return [(by_last, params), (by_first, params)]
    queries = []
    for driver in dict.fromkeys(tokens):
        others = list(tokens)
        others.remove(driver)
        by_last, _ = q.by_name(len(others))
        queries.append((by_last, _bounds(driver, others, limit)))
    return queries


def _bounds(driver: str, others: list[str], limit: int) -> dict:
    low, high = prefix_range(driver)
    params = {"low": low, "high": high, "limit": limit}
    for i, token in enumerate(others):
        params[f"o{i}_low"], params[f"o{i}_high"] = prefix_range(token)
    return params


def _exact_name(row, tokens: list[str]) -> bool:
    """Every token equals a whole name key, e.g. "kowalski jan" for Jan Kowalski."""
    keys = {row.first_key, row.last_key}
    return all(token in keys for token in tokens)


def _ranked(row, matched_on: str, rank: int) -> _Ranked:
    # Column 9 is the phone (matched or first), column 10 the e-mail (matched or first).
    phone, email = row[9], row[10]
    hit = CustomerHit(
        id=row.id,
        external_id=row.external_id,
        full_name=f"{row.first_name} {row.last_name}".strip(),
        birth_date=row.birth_date,
        city=row.city,
        segment=row.segment,
        phone=phone or "",
        email=email or "",
        matched_on=matched_on,
    )
    return _Ranked(rank, hit, row.last_key, row.first_key)
