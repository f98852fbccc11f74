"""The floor's last four weeks: contacts by every agent (the lead too) and the offers they made.

Written as rows of contacts.csv and offer_outcomes.csv, so they go in by the one import path.
Agents differ on purpose (some quick, some slow, some convert well), so the team lead's
figures have something to show; story customers are left out, so their panels stay as their
stories say.
"""

from __future__ import annotations

import random

from app.models.enums import DECLINE_REASONS
from app.services.demo.history import Clock
from app.services.demo.people import STORIES, Weighted
from app.services.demo.phrases import TOPICS

RECENT_DAYS = 28
DAY_SECONDS = 86_400
FIRST_CALL, LAST_CALL = 7 * 3600, 19 * 3600  # the centre's hours in UTC (8-20 in Warsaw)
# Prompts of the demo pack a consultant offers on a call: (rule id, action, how often, how
# well it converts, the first day back it may be offered (None: any day of the four weeks)).
SALES = (
    ("credit_card_cross_sell", "offer_credit_card", 6, 1.0, None),
    ("seasonal_deposit_campaign", "offer_seasonal_deposit", 4, 1.3, 18),  # runs since 19 days
    ("investment_offer_large_inflow", "offer_investment", 2, 0.8, None),
    ("youth_account_upgrade", "upgrade_youth_account", 2, 1.4, None),
    ("private_banking_invite", "invite_private_banking", 1, 0.5, None),
    ("retention_inflows_stopped", "offer_retention_package", 1, 0.7, None),
)
_SALES = Weighted([(sale, sale[2]) for sale in SALES])
REASONS = Weighted(list(zip(DECLINE_REASONS, (40, 25, 20, 10, 5), strict=True)))
# Busy weekdays, a quieter Saturday, a few chats on Sunday (weekday() numbers).
_DAY_LOAD = (1.0, 1.0, 0.95, 0.95, 0.9, 0.45, 0.15)
_CHANNELS = Weighted(
    [(("phone", "inbound"), 75), (("phone", "outbound"), 12), (("chat", "inbound"), 13)]
)


class Recent:
    """Rows of the last RECENT_DAYS days, the moment `now_second` of as_of being 'now'."""

    def __init__(self, rng: random.Random, clock: Clock, customers: int, now_second: int) -> None:
        self.rng, self.clock, self.now_second = rng, clock, now_second
        self.first_customer = len(STORIES) + 1
        self.customers = customers

    def rows(self, agents: list[str], count: int) -> tuple[list[list[str]], list[list[str]]]:
        """`count` contacts shared among `agents` (the last one, the lead, takes fewer)."""
        contacts: list[list[str]] = []
        offers: list[list[str]] = []
        if self.customers < self.first_customer:
            return contacts, offers
        rng = self.rng
        # Per agent: handle-time factor and how well they sell, fixed for the run.
        skills = {agent: (0.6 + rng.random() * 0.9, 0.5 + rng.random()) for agent in agents}
        share = Weighted([(agent, 2 if agent != agents[-1] else 1) for agent in agents])
        weekday = self.clock.as_of.weekday()
        loads = [_DAY_LOAD[(weekday - back) % 7] for back in range(RECENT_DAYS)]
        days = Weighted([(back, int(load * 100)) for back, load in enumerate(loads)])
        for _ in range(count):
            back, agent = days.draw(rng), share.draw(rng)
            start = self._second()
            speed, sells = skills[agent]
            end = min(start + int((90 + rng.random() * 480) * speed), DAY_SECONDS - 1)
            if back == 0 and end >= self.now_second:
                continue  # not yet: today's calls end before the demo's 'now'
            contacts.append(self._contact(back, start, end, agent))
            if rng.random() < 0.55:
                offer = self._offer(back, start, end, agent, sells, contacts[-1][0])
                if offer is not None:
                    offers.append(offer)
        return contacts, offers

    def _second(self) -> int:
        # Two humps (late morning, early afternoon) inside the centre's hours.
        rng = self.rng
        hump = 10.5 * 3600 if rng.random() < 0.55 else 14.5 * 3600
        second = int(hump + (rng.random() + rng.random() + rng.random() - 1.5) * 3 * 3600)
        return min(max(second, FIRST_CALL), LAST_CALL)

    def _contact(self, back: int, start: int, end: int, agent: str) -> list[str]:
        rng, clock = self.rng, self.clock
        channel, direction = _CHANNELS.draw(rng)
        topic = TOPICS[int(rng.random() * len(TOPICS))]
        customer = self.first_customer + int(rng.random() * (self.customers - len(STORIES)))
        return [
            f"C{customer:07d}",
            clock.at(back, start),
            clock.at(back, end),
            channel,
            direction,
            agent,
            topic.reason,
            topic.outcomes[int(rng.random() * len(topic.outcomes))],
            topic.notes[int(rng.random() * len(topic.notes))],
            topic.codes[0],
        ]

    def _offer(
        self, back: int, start: int, end: int, agent: str, sells: float, customer: str
    ) -> list[str] | None:
        rng = self.rng
        rule_id, action, _, converts, since = _SALES.draw(rng)
        if since is not None and back > since:
            return None
        at = self.clock.at(back, start + int((end - start) * (0.3 + rng.random() * 0.6)))
        draw = rng.random()
        accept = 0.22 * converts * sells
        reason = ""
        if draw < accept:
            outcome = "accepted"
        elif draw < accept + 0.12:
            outcome = "later"
        elif draw < accept + 0.27:
            outcome = "not_relevant"
        elif draw < accept + 0.33:
            outcome = ""  # the consultant moved on without recording anything
        else:
            outcome, reason = "declined", REASONS.draw(rng)
        return [customer, rule_id, action, at, outcome, reason, agent]
