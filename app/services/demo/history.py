"""Demo history of one customer: products, transactions, complaints, consents and contacts."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta

from app.services.demo import holdings, names
from app.services.demo.people import Person, Weighted
from app.services.demo.phrases import CHANNELS, CONSENT_SOURCES, TOPICS

_CHANNELS = Weighted([((channel, direction), weight) for channel, weight, direction in CHANNELS])
_MARKETING_CHANNELS = ("phone", "email", "sms")
# Marketing consents a story needs (the rest are drawn at random and may change later).
_STORY_CONSENTS: dict[str, dict[str, bool]] = {
    "no_marketing": dict.fromkeys(_MARKETING_CHANNELS, False),
    "birthday": {"email": True},
    "birthday_no_email": {"email": False},
}


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


PAYS_BEFORE_GONE = 3
GONE_PAY = 3  # times their salary: pay and bonuses of the bank's wealthiest customers


def wealthy_gone_months(person: Person) -> int:
    """Months since a wealthy customer's inflows stopped (0: they still come): about one in
    twelve private, affluent and business customers, six to eight months before the demo
    day, after three large monthly inflows: high value, and now a high churn risk (the
    demo's retention rule finds them). From the id: the demo's random stream stays as it was."""
    digest = zlib.crc32(person.external_id.encode(), 16)
    if person.segment not in ("private", "affluent", "sme") or digest % 12:
        return 0
    return 6 + (digest >> 8) % 3


def unpaid_months(person: Person, salaries: int) -> int:
    """How many of the customer's most recent pay months never came (0: they all did).

    Some customers leave, as the analytics' activity model (BG/NBD) supposes: after each
    pay, a customer stops with their own probability, drawn from a beta distribution
    (mean 0.1; wealthier customers no less likely to go), so a retention rule finds
    valuable customers slipping away. Drawn from the customer's id, not the demo's random
    stream, so everything else in the demo stays as it was."""
    own = random.Random(zlib.crc32(person.external_id.encode()))
    leaves = own.betavariate(0.5, 4.5)
    for paid in range(1, salaries):
        if own.random() < leaves:
            return salaries - paid
    return 0


def _pick(rng: random.Random, items):
    return items[int(rng.random() * len(items))]


class Clock:
    """UTC timestamps as text, counted in days before as_of (fast: tables, no datetime math)."""

    def __init__(self, as_of: date, days: int = 6 * 365) -> None:
        self.as_of = as_of
        self.days = [(as_of - timedelta(days=d)).isoformat() for d in range(days)]
        self.times = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]

    def at(self, days_back: int, second: int) -> str:
        return f"{self.days[days_back]}T{self.times[second]}Z"

    def day_of_month_back(self, months: int, day: int) -> int:
        """Days before as_of of `day` of the month `months` before as_of's month."""
        month_index = self.as_of.year * 12 + self.as_of.month - 1 - months
        when = date(month_index // 12, month_index % 12 + 1, day)
        return (self.as_of - when).days


class History:
    """Writes one person's rows into the open CSV writers (one object per demo run)."""

    def __init__(self, rng: random.Random, clock: Clock, tx_mean: float, contact_mean: float):
        self.rng, self.clock = rng, clock
        self.tx_mean, self.contact_mean = tx_mean, contact_mean

    def _count(self, mean: float) -> int:
        return int(mean * (0.5 + self.rng.random()) + 0.5)

    def _office_second(self) -> int:
        return 8 * 3600 + int(self.rng.random() * 12 * 3600)

    def products(self, person: Person) -> list[list[str]]:
        rng, clock, rows = self.rng, self.clock, []
        for code in person.products:
            opened = (
                person.since_days
                if code == "current_account"
                else 1 + int(rng.random() * person.since_days)
            )
            closed = ""
            if code in ("cash_loan", "term_deposit") and opened > 400 and rng.random() < 0.5:
                closed = clock.at(opened - 365 - int(rng.random() * (opened - 400)), 43200)
            rows.append(
                [
                    person.external_id,
                    code,
                    clock.at(opened, 36000),
                    closed,
                    holdings.number(person.external_id, code),
                    holdings.balance(person.external_id, code, person.segment, bool(closed)),
                ]
            )
        return rows

    def transactions(self, person: Person) -> list[list[str]]:
        rng, clock, rows = self.rng, self.clock, []
        n = self._count(self.tx_mean)
        salary = self._salary(person)
        salaries = max(1, round(n * 0.25)) if salary and n >= 2 else 0
        if person.story in ("big_inflow", "inflows_stopped"):
            salaries = max(salaries, 12)  # a steady year of pay makes the inflow stand out
        salaries = min(salaries, person.since_days // 31)
        employer = _pick(rng, names.EMPLOYERS)
        payday = 1 + int(rng.random() * 28)
        start = 0 if payday < clock.as_of.day else 1
        gone = 0
        if person.story == "inflows_stopped":
            start += 3  # the salary moved to another bank three months ago
        elif salaries and rng.random() < 0.03:
            start += 2 + int(rng.random() * 3)  # now and then, by chance
        elif salaries:
            gone = wealthy_gone_months(person)
        leaving = not person.story and start <= 1 and not gone
        unpaid = unpaid_months(person, salaries) if leaving else 0
        text = f"Wynagrodzenie - {employer}" if person.segment != "sme" else "Wpływ od kontrahenta"
        for month in range(start, start + salaries):
            back = clock.day_of_month_back(month, payday)
            amount = salary + int((rng.random() - 0.5) * salary * 0.06)
            # Amounts are drawn even when not written, so the random stream stays as it was.
            if not gone and month >= start + unpaid:
                rows.append([person.external_id, clock.at(back, 28800), money(amount), "PLN", text])
        if gone:
            rows += self._pay_then_gone(person, salary, payday, start + gone, text)
        if person.story == "big_inflow":
            at = clock.at(1, 38520)
            rows.append([person.external_id, at, money(salary * 14), "PLN", names.LARGE_INFLOWS[1]])
        elif rng.random() < 0.04:
            back = 2 + int(rng.random() * person.since_days)
            big = money(max(salary, 300000) * (5 + int(rng.random() * 15)))
            rows.append(
                [
                    person.external_id,
                    clock.at(back, 40000),
                    big,
                    "PLN",
                    _pick(rng, names.LARGE_INFLOWS),
                ]
            )
        for _ in range(max(n - salaries, 0)):
            back = 1 + int(rng.random() ** 1.4 * person.since_days)
            rows.append(
                [person.external_id, clock.at(back, self._office_second()), *self._outflow()]
            )
        rows.sort(key=lambda row: row[1])
        return rows

    def _pay_then_gone(
        self, person: Person, salary: int, payday: int, first: int, text: str
    ) -> list[list[str]]:
        """PAYS_BEFORE_GONE months of pay ending `first` months before as_of
        (wealthy_gone_months), drawn from the customer's own stream."""
        own = random.Random(zlib.crc32(person.external_id.encode(), 12))
        rows = []
        for month in range(first, first + PAYS_BEFORE_GONE):
            back = self.clock.day_of_month_back(month, payday)
            if back >= person.since_days:
                break
            amount = GONE_PAY * salary + int((own.random() - 0.5) * salary * 0.06)
            rows.append(
                [person.external_id, self.clock.at(back, 28800), money(amount), "PLN", text]
            )
        return rows

    def _salary(self, person: Person) -> int:
        base = {"private": 3_500_000, "affluent": 1_400_000, "sme": 2_500_000, "youth": 280_000}
        if person.segment == "youth" and self.rng.random() < 0.4:
            return 0
        top = base.get(person.segment, 650_000)
        return top // 2 + int(self.rng.random() * top // 2) // 100 * 100

    def _outflow(self) -> list[str]:
        rng, kind = self.rng, self.rng.random()
        if kind < 0.7:
            cents = 500 + int(rng.random() ** 3 * 60000)
            return [money(-cents), "PLN", f"Płatność kartą {_pick(rng, names.MERCHANTS)}"]
        if kind < 0.85:
            text, low, high = _pick(rng, names.BILLS)
            return [money(-(low + int(rng.random() * (high - low)))), "PLN", text]
        if kind < 0.95:
            return [money(-(10000 + int(rng.random() * 19) * 5000)), "PLN", "Wypłata z bankomatu"]
        return [money(-(2000 + int(rng.random() * 50000))), "PLN", "Przelew BLIK na telefon"]

    def complaints(self, person: Person) -> list[list[str]]:
        rng, clock = self.rng, self.clock
        if person.story == "complaints":
            count, upheld = 3, True
        elif person.story == "overdue_complaint":
            return self._overdue_complaint(person)
        else:
            draw = rng.random()
            count, upheld = (2 if draw < 0.02 else 1 if draw < 0.12 else 0), None
        rows = []
        for _ in range(count):
            opened = 5 + int(rng.random() * min(person.since_days, 900))
            subject = _pick(rng, names.COMPLAINT_SUBJECTS)
            duration = 3 + int(rng.random() * 40)
            if upheld is None and (duration >= opened or rng.random() < 0.1):
                rows.append(
                    [
                        person.external_id,
                        clock.at(opened, self._office_second()),
                        "",
                        "open",
                        "",
                        subject,
                    ]
                )
                continue
            verdict = "upheld" if upheld or (upheld is None and rng.random() < 0.5) else "rejected"
            closed = clock.at(max(opened - duration, 1), self._office_second())
            rows.append(
                [
                    person.external_id,
                    clock.at(opened, self._office_second()),
                    closed,
                    "closed",
                    verdict,
                    subject,
                ]
            )
        return rows

    def _overdue_complaint(self, person: Person) -> list[list[str]]:
        """One complaint still open well past the 30 days the law allows for an answer."""
        opened = 38 + int(self.rng.random() * 20)
        subject = _pick(self.rng, names.COMPLAINT_SUBJECTS)
        at = self.clock.at(opened, self._office_second())
        return [[person.external_id, at, "", "open", "", subject]]

    def consents(self, person: Person) -> list[list[str]]:
        rng, clock, since = self.rng, self.clock, person.since_days
        rows = [
            [
                person.external_id,
                "email",
                "service",
                "true",
                clock.at(since, 36000),
                CONSENT_SOURCES[0],
            ]
        ]
        fixed = _STORY_CONSENTS.get(person.story, {})
        for channel in _MARKETING_CHANNELS:
            granted = fixed.get(channel, rng.random() < 0.7)
            rows.append(
                [
                    person.external_id,
                    channel,
                    "marketing",
                    "true" if granted else "false",
                    clock.at(since, 36000),
                    CONSENT_SOURCES[0],
                ]
            )
            if channel not in fixed and rng.random() < 0.12:
                back = 1 + int(rng.random() * (since - 1))
                rows.append(
                    [
                        person.external_id,
                        channel,
                        "marketing",
                        "false" if granted else "true",
                        clock.at(back, self._office_second()),
                        _pick(rng, CONSENT_SOURCES[1:]),
                    ]
                )
        return rows

    def contacts(self, person: Person) -> list[list[str]]:
        rng, clock, rows = self.rng, self.clock, []
        for _ in range(self._count(self.contact_mean)):
            channel, direction = _CHANNELS.draw(rng)
            if rng.random() < 0.1:
                direction = "outbound" if direction == "inbound" else "inbound"
            topic = _pick(rng, TOPICS)
            back = 1 + int(rng.random() ** 1.5 * person.since_days)
            start = self._office_second()
            end = min(start + 60 + int(rng.random() * 900), 86399)
            automated = channel in ("sms", "letter")
            codes = topic.codes[:1] if len(topic.codes) == 1 or rng.random() < 0.75 else topic.codes
            rows.append(
                [
                    person.external_id,
                    clock.at(back, start),
                    "" if automated else clock.at(back, end),
                    channel,
                    direction,
                    "" if automated else _pick(rng, names.AGENTS),
                    topic.reason,
                    _pick(rng, topic.outcomes),
                    "" if rng.random() < 0.05 else _pick(rng, topic.notes),
                    ";".join(codes),
                ]
            )
        return rows
