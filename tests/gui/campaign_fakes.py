"""An in-test stand-in for CampaignService (the real one is written elsewhere in parallel).

It keeps the service's contract as documented in app/services/campaigns/service.py: create
checks the spec and names the field, generate reports progress and polls `cancelled`, close
keeps the results. Nothing here is committed under app/services/.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from app.services.campaigns.values import CampaignRow, CampaignSpec, GenerateReport
from app.services.errors import NotFound, ValidationError
from app.services.reports.figures import CampaignFigures

TEAMS = ("T1", "T2")


def campaign_row(name: str, **changes) -> CampaignRow:
    values = dict(id=uuid.uuid4(), name=name, status="open", rule_id="affluent_offer",
                  condition="", action="offer_investment", channel="phone",
                  starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 31), team="T1", cap=500,
                  created_by="anna.nowak", entries=120,
                  generated_at=datetime(2026, 12, 2, 8, 30, tzinfo=UTC))  # fmt: skip
    values.update(changes)
    return CampaignRow(**values)


def figures(name: str, **changes) -> CampaignFigures:
    values = dict(name=name, status="open", targeted=150, entries=120, reached=80,
                  presented=64, accepted=16, declined={"too_expensive": 9, "not_interested": 5},
                  conversion=0.25, conversion_low=0.16, conversion_high=0.37)  # fmt: skip
    values.update(changes)
    return CampaignFigures(**values)


class FakeCampaigns:
    """Thread-safe enough for one writer and the readers: every change under one lock."""

    def __init__(self, rows=(), total: int = 4, report: GenerateReport | None = None) -> None:
        self._lock = threading.Lock()
        self.rows = {row.name: row for row in rows}
        self.total = total  # customers a generation walks through
        self.report = report
        self.stepping = False  # True: each customer waits for a step the test releases
        self.steps = threading.Semaphore(0)
        self.calls: list[tuple] = []

    def create(self, spec: CampaignSpec) -> CampaignRow:
        self.calls.append(("create", spec))
        if not spec.name:
            raise ValidationError("name", "give the campaign a name")
        if spec.name in self.rows:
            raise ValidationError("name", f"a campaign {spec.name!r} exists already")
        if not spec.rule_id and not spec.condition:
            raise ValidationError("rule_id", "name a published rule or write a condition")
        if spec.condition and spec.condition.rstrip().endswith("=="):
            raise ValidationError("condition", "does not compile: unexpected end of condition")
        if spec.ends_on and spec.starts_on and spec.ends_on < spec.starts_on:
            raise ValidationError("ends_on", "the campaign ends before it starts")
        if spec.team and spec.team not in TEAMS:
            raise ValidationError("team", f"no team {spec.team!r}")
        if spec.cap is not None and spec.cap < 0:
            raise ValidationError("cap", "the cap is 0 or more")
        row = campaign_row(spec.name, rule_id=spec.rule_id, condition=spec.condition,
                           team=spec.team, cap=spec.cap, entries=0, generated_at=None,
                           starts_on=spec.starts_on, ends_on=spec.ends_on)  # fmt: skip
        with self._lock:
            self.rows[spec.name] = row
        return row

    def list(self) -> list[CampaignRow]:
        with self._lock:
            return sorted(self.rows.values(), key=lambda row: row.name)

    def status(self, name: str) -> CampaignFigures:
        row = self._get(name)
        return figures(name, status=row.status, entries=row.entries)

    def generate(self, name, at=None, *, progress=None, cancelled=lambda: False):
        self.calls.append(("generate", name))
        self._get(name)
        done = 0
        for done in range(1, self.total + 1):
            if self.stepping and not self.steps.acquire(timeout=10):
                raise TimeoutError("the test never let the generation go on")
            if cancelled():
                done -= 1
                break
            if progress is not None:
                progress(done, self.total)
        stopped = done < self.total
        with self._lock:
            self.rows[name] = replace(self.rows[name], entries=self.rows[name].entries + done,
                                      generated_at=datetime.now(UTC))  # fmt: skip
        if self.report is not None:
            return replace(self.report, cancelled=stopped)
        return GenerateReport(name, evaluated=done, targeted=done, added=done, already=0,
                              capped=0, cancelled=stopped)  # fmt: skip

    def close(self, name: str) -> CampaignRow:
        self.calls.append(("close", name))
        row = self._get(name)
        if row.status == "closed":
            raise ValidationError("name", f"campaign {name!r} is closed already")
        with self._lock:
            self.rows[name] = replace(row, status="closed")
            return self.rows[name]

    def _get(self, name: str) -> CampaignRow:
        with self._lock:
            if name not in self.rows:
                raise NotFound(f"no campaign {name!r}")
            return self.rows[name]
