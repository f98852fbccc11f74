"""Rules that failed while evaluating, as rule authors see them: per rule and published version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import RuleFailureReport, RuleSetVersion


@dataclass(frozen=True, slots=True)
class RuleFailureInfo:
    """One rule of one published version that raised an error on some customers."""

    rule_id: str
    version: int
    message: str  # the latest error (the same rule may fail differently on another customer)
    evaluations: int  # customer evaluations that failed; a customer evaluated again counts again
    first_seen: datetime
    last_seen: datetime
    last_customer: str  # external id of the latest customer it failed on


def published_failures(session: Session) -> list[RuleFailureInfo]:
    """Failures of versions this desk knows as published; newest version, then latest, first.

    The join drops reports of a version that is not (or no longer) in `rule_set_versions`,
    so an author is never shown a failure of a rule set nobody can look up.
    """
    report = RuleFailureReport
    stmt = (
        select(report)
        .join(RuleSetVersion, RuleSetVersion.version == report.rule_version)
        .order_by(report.rule_version.desc(), report.last_seen.desc(), report.rule_id)
    )
    return [
        RuleFailureInfo(
            rule_id=row.rule_id,
            version=row.rule_version,
            message=row.message,
            evaluations=row.count,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            last_customer=row.last_customer,
        )
        for row in session.scalars(stmt)
    ]
