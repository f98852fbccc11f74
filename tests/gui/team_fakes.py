"""A stand-in report service for the workspace's widget tests and screenshots (not the real one).

It records the periods asked for, can hold a read until released, and can fail on demand.
"""

from __future__ import annotations

import random
import threading
from datetime import date, datetime

from app.services.reports.effectiveness_values import Effectiveness
from app.services.reports.figures import AgentFigures, HourlyFigures, OfferFigures, Period

NAMES = (
    "Anna Nowak", "Piotr Wiśniewski", "Ewa Kowalczyk", "Jan Zieliński", "Magdalena Lewandowska",
    "Tomasz Wójcik", "Katarzyna Kamińska", "Michał Szymański", "Agnieszka Dąbrowska",
    "Krzysztof Mazur", "Barbara Krawczyk", "Łukasz Piotrowski", "Joanna Grabowska",
    "Paweł Pawłowski", "Zofia Michalska", "Grzegorz Król", "Natalia Jabłońska", "Marek Wieczorek",
    "Olga Smirnova", "Dmitrij Iwanow",
)  # fmt: skip
REASONS = ("not_interested", "too_expensive", "has_it_elsewhere", "bad_moment", "other")


def agent(login: str, **changes) -> AgentFigures:
    values = dict(agent=login, display_name=login.title(), team="T1", contacts=10,
                  avg_handle_seconds=245.0, offers_presented=8, offers_accepted=2,
                  acceptance_rate=0.25, open_items=4, overdue=1, callbacks_due=3,
                  callbacks_on_time=2)  # fmt: skip
    values.update(changes)
    return AgentFigures(**values)


def offer(rule_id: str, **changes) -> OfferFigures:
    values = dict(rule_id=rule_id, presented=100, accepted=12, declined=50, later=20,
                  not_relevant=10, no_outcome=8, conversion=0.12, conversion_low=0.07,
                  conversion_high=0.2,
                  declined_by_reason={"too_expensive": 30, "other": 20})  # fmt: skip
    values.update(changes)
    return OfferFigures(**values)


def _wilson(accepted: int, presented: int) -> tuple[float, float]:
    z, p = 1.96, accepted / presented
    centre = (p + z * z / (2 * presented)) / (1 + z * z / presented)
    half = (
        z * ((p * (1 - p) + z * z / (4 * presented)) / presented) ** 0.5 / (1 + z * z / presented)
    )
    return max(0.0, centre - half), min(1.0, centre + half)


def realistic(agents: int = 20, rules: int = 30, seed: int = 14):
    """A plausible shift: `agents` agents and `rules` offers, contacts peaking late morning."""
    rnd = random.Random(seed)
    people = []
    for i in range(agents):
        name = NAMES[i % len(NAMES)]
        presented = rnd.randint(0, 40)
        accepted = rnd.randint(0, presented // 2) if presented else 0
        due = rnd.randint(0, 9)
        people.append(agent(name.split()[0].lower() + str(i), display_name=name,
                            team=f"Zespół {1 + i // 10}", contacts=rnd.randint(8, 64),
                            avg_handle_seconds=None if i == 7 else rnd.uniform(150, 520),
                            offers_presented=presented, offers_accepted=accepted,
                            acceptance_rate=accepted / presented if presented else None,
                            open_items=rnd.randint(0, 30), overdue=rnd.randint(0, 6),
                            callbacks_due=due, callbacks_on_time=rnd.randint(0, due)))  # fmt: skip
    offers = []
    for i in range(rules):
        presented = rnd.randint(0, 900)
        accepted = rnd.randint(0, presented // 4) if presented else 0
        declined = rnd.randint(0, presented - accepted) if presented else 0
        rest = presented - accepted - declined
        later = rest // 3
        low, high = _wilson(accepted, presented) if presented else (None, None)
        split = [rnd.randint(0, 9) for _ in REASONS]
        reasons = {
            r: declined * w // max(1, sum(split)) for r, w in zip(REASONS, split, strict=True)
        }
        product = rnd.choice(["karta", "lokata", "kredyt", "konto"])
        offers.append(offer(f"offer_{i + 1:02d}_{product}",
                            presented=presented, accepted=accepted, declined=declined,
                            later=later, not_relevant=rest // 3, no_outcome=rest - 2 * (rest // 3),
                            conversion=accepted / presented if presented else None,
                            conversion_low=low, conversion_high=high,
                            declined_by_reason={k: v for k, v in reasons.items() if v},
                            ))  # fmt: skip
    shape = [0, 0, 0, 0, 0, 0, 0, 2, 14, 31, 42, 45, 38, 35, 40, 37, 29, 18, 6, 0, 0, 0, 0, 0]
    today = tuple(round(n * rnd.uniform(0.8, 1.2)) if h <= 14 else 0 for h, n in enumerate(shape))
    last_week = tuple(round(n * rnd.uniform(0.8, 1.2)) for n in shape)
    return people, offers, today, last_week


class FakeReports:
    """Answers like ReportService; `calls` keeps (method, argument) pairs in order."""

    def __init__(self, agents=(), offers=(), today=(0,) * 24, last_week=(0,) * 24) -> None:
        self.agents_rows, self.offer_rows = list(agents), list(offers)
        self.today, self.last_week = tuple(today), tuple(last_week)
        self.calls: list[tuple[str, object]] = []
        self.gate: threading.Event | None = None  # set: reads wait until it is released
        self.entered = threading.Event()
        self.fail: Exception | None = None

    def _enter(self) -> None:
        self.entered.set()
        if self.gate is not None:
            assert self.gate.wait(10), "the test never released the read"
        if self.fail is not None:
            raise self.fail

    def agents(self, period: Period, now: datetime | None = None) -> list[AgentFigures]:
        self.calls.append(("agents", period))
        self._enter()
        return list(self.agents_rows)

    def offers(self, period: Period) -> list[OfferFigures]:
        self.calls.append(("offers", period))
        return list(self.offer_rows)

    def effectiveness(self, period: Period, by: str | None = None) -> Effectiveness:
        self.calls.append(("effectiveness", period))
        return Effectiveness(by=by, rule_set_version=None)

    def hourly(self, day: date, tz: str = "UTC") -> HourlyFigures:
        self.calls.append(("hourly", day))
        return HourlyFigures(day=day, tz=tz, today=self.today, last_week=self.last_week)
