"""Demo customers: Polish names, mobile numbers in mixed formats, e-mails, custom attributes."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from app.services.demo import names
from app.services.normalise import fold

CUSTOMER_HEADER = (
    "id",
    "first_name",
    "last_name",
    "birth_date",
    "phone",
    "email",
    "city",
    "segment",
    "risk_score",
    "credit_limit",
    "vip",
    "kyc_review_date",
    "preferred_language",
    "street_address",
    "fraud_flag",
)
# Each custom column's type, declared as a bank would: a small demo may leave a column empty
# (no one fraud-flagged among 3 customers), and an empty column alone would infer as text,
# under which the demo pack's `attributes["fraud_flag"]` alert is refused at publish.
COLUMN_TYPES = {
    "risk_score": "int",
    "credit_limit": "decimal",
    "vip": "bool",
    "kyc_review_date": "date",
    "preferred_language": "text",
    "street_address": "text",
    "fraud_flag": "bool",
}
# k -> (k * STEP + OFFSET) mod (prefixes x 10^6) is one-to-one because STEP is coprime with
# that modulus (2^a 3 5^b): every generated number is unique, and they do not look sequential.
_PHONE_STEP = 91_234_567
_PHONE_OFFSET = 1_234_567


class Weighted:
    """Draws from (value, weight) pairs with one random() call."""

    def __init__(self, pairs: Sequence[tuple[object, int]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random):
        return self.values[bisect(self.cumulative, rng.random() * self.total)]


_SEGMENTS = Weighted(names.SEGMENTS)
_CITIES = Weighted(names.CITIES)
_LANGUAGES = Weighted(names.LANGUAGES)


@dataclass(slots=True)
class Person:
    """One demo customer and what their history is generated from."""

    number: int
    external_id: str
    first_name: str
    last_name: str
    female: bool
    birth_date: date
    city: str
    segment: str
    since_days: int  # the account was opened this many days before as_of
    products: tuple[str, ...]
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    story: str = ""

    def row(self, rng: random.Random, as_of: date) -> list[str]:
        """The customers.csv row, custom attributes drawn here."""
        return [
            self.external_id,
            self.first_name,
            self.last_name,
            self.birth_date.isoformat(),
            ";".join(self.phones),
            ";".join(self.emails),
            self.city,
            self.segment,
            "" if rng.random() < 0.04 else str(1 + int(rng.random() ** 1.6 * 100)),
            _credit_limit(rng, self),
            "tak" if self.segment == "private" or rng.random() < 0.04 else "nie",
            (as_of + timedelta(days=int(rng.random() * 700) - 200)).isoformat(),
            _LANGUAGES.draw(rng),
            _street(rng),
            # Set by a bank's security team, never at random: only the story customer has it.
            "tak" if self.number == FRAUD_FLAGGED else "",
        ]


def _credit_limit(rng: random.Random, person: Person) -> str:
    if "credit_card" not in person.products:
        return ""
    base = {"private": 60, "affluent": 25, "sme": 30}.get(person.segment, 8)
    return f"{(1 + int(rng.random() * base)) * 1000}.00"


def _street(rng: random.Random) -> str:
    street = names.STREETS[int(rng.random() * len(names.STREETS))]
    number = 1 + int(rng.random() ** 2 * 120)
    flat = f"/{1 + int(rng.random() * 60)}" if rng.random() < 0.6 else ""
    return f"ul. {street} {number}{flat}"


def phone_number(k: int) -> str:
    """The k-th unique Polish mobile number, as nine national digits."""
    prefixes = names.MOBILE_PREFIXES
    slot = (k * _PHONE_STEP + _PHONE_OFFSET) % (len(prefixes) * 1_000_000)
    return f"{prefixes[slot % len(prefixes)]}{slot // len(prefixes):06d}"


def written_phone(national: str, style: int) -> str:
    """The same number as people write it: spaced, dashed, with +48 or 0048, or bare."""
    a, b, c = national[:3], national[3:6], national[6:]
    return (
        f"+48 {a} {b} {c}",
        f"{a}-{b}-{c}",
        national,
        f"0048{national}",
        f"(+48) {a} {b} {c}",
        f"+48{national}",
        f"{a} {b} {c}",
    )[style % 7]


def _emails(rng: random.Random, person: Person) -> tuple[str, ...]:
    first = fold(person.first_name).replace(" ", "")
    last = fold(person.last_name).replace(" ", "").replace("-", "")
    domain = names.EMAIL_DOMAINS[int(rng.random() * len(names.EMAIL_DOMAINS))]
    local = (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}")[int(rng.random() * 3)]
    main = f"{local}{person.number % 997 if rng.random() < 0.5 else ''}@{domain}"
    if rng.random() < 0.12:
        return (main, f"{last}@{last}-firma.pl") if person.segment == "sme" else (main,)
    return () if rng.random() < 0.08 else (main,)


def _age(rng: random.Random, segment: str) -> int:
    if segment == "youth":
        return 18 + int(rng.random() * 9)
    return 24 + int(rng.random() ** 1.3 * 60)


def _products(rng: random.Random, segment: str, age: int) -> tuple[str, ...]:
    wealthy = segment in ("affluent", "private")
    chances = (
        ("savings_account", 0.45 if wealthy else 0.3),
        ("credit_card", 0.6 if wealthy else 0.3),
        ("mortgage", 0.25 if 28 <= age <= 60 else 0.02),
        ("cash_loan", 0.05 if wealthy else 0.15),
        ("investment_fund", 0.45 if wealthy else 0.06),
        ("insurance", 0.2),
        ("term_deposit", 0.2 if wealthy else 0.08),
    )
    return ("current_account", *(code for code, p in chances if rng.random() < p))


def make_person(rng: random.Random, number: int, as_of: date) -> Person:
    """Person number `number` (1-based); each person has three phone-number slots of their own."""
    female = rng.random() < 0.52
    first_pool = names.FEMALE_FIRST if female else names.MALE_FIRST
    surname = names.SURNAMES[int(rng.random() * len(names.SURNAMES))]
    segment = _SEGMENTS.draw(rng)
    age = _age(rng, segment)
    person = Person(
        number=number,
        external_id=f"C{number:07d}",
        first_name=first_pool[int(rng.random() * len(first_pool))],
        last_name=names.feminine_surname(surname) if female else surname,
        female=female,
        birth_date=as_of - timedelta(days=age * 365 + int(rng.random() * 365)),
        city=_CITIES.draw(rng),
        segment=segment,
        since_days=3 * 365 + int(rng.random() * 2 * 365),
        products=_products(rng, segment, age),
    )
    count = 1 + (rng.random() < 0.25) + (rng.random() < 0.05)
    person.phones = tuple(
        written_phone(phone_number(3 * number + i), int(rng.random() * 7)) for i in range(count)
    )
    person.emails = _emails(rng, person)
    return person


# The story customers come first in the file: each makes a rule of the demo rule pack
# (resources/rules/demo_rules.json) visible on the as_of day; the rest of the base adds
# a few more by chance (birthdays, big inflows, overdue complaints, stopped salaries).
STORIES = (
    ("birthday", "Małgorzata", "Szczęsna", True, "affluent"),  # greeting e-mail goes out
    ("big_inflow", "Łukasz", "Wójcik", False, "mass"),  # investment offer
    ("complaints", "Żaneta", "Kowalczyk", True, "mass"),  # card fee waiver
    ("no_marketing", "Grzegorz", "Brzęczyszczykiewicz", False, "private"),  # consent refresh
    ("birthday_no_email", "Krzysztof", "Zieliński", False, "mass"),  # greeting: no consent
    ("big_inflow", "Katarzyna", "Lewandowska", True, "affluent"),
    ("complaints", "Paweł", "Dąbrowski", False, "affluent"),  # fraud_flag: red alert
    ("inflows_stopped", "Agnieszka", "Wiśniewska", True, "affluent"),  # retention offer
    ("overdue_complaint", "Tomasz", "Kamiński", False, "mass"),  # apology; amber alert
)
BIRTHDAY_STORIES = ("birthday", "birthday_no_email")
FRAUD_FLAGGED = 7  # Paweł Dąbrowski: the red fraud-suspicion alert on his card


def story_person(rng: random.Random, number: int, as_of: date) -> Person:
    """Story customer `number` (1..len(STORIES)): a normal person with fixed name and story."""
    person = make_person(rng, number, as_of)
    story, first, last, female, segment = STORIES[number - 1]
    person.story, person.first_name, person.last_name = story, first, last
    person.female, person.segment = female, segment
    if story in BIRTHDAY_STORIES:
        person.birth_date = _same_day(as_of, as_of.year - (40 if story == "birthday" else 33))
    person.emails = _emails(rng, person)
    return person


def _same_day(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)
