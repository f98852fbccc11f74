"""What a presentation is grouped by: the customer's segment, scores or the contact's channel.

Scores are those of the analytics version in force (the newest model version); a customer
without a row of that version is "not scored". The channel is that of the contact during
which the offer was shown: presentations do not record it, so it is the customer's latest
contact started at most an hour (the desk's contact window) before the presentation.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select

from app.models import Contact, Customer, OfferPresentation
from app.models.analytics import AnalyticsModel, CustomerScore
from app.rules.arbitrate import CONTACT_WINDOW
from app.services.errors import ValidationError
from app.services.reports.dialect import at_most_seconds_before
from app.services.reports.effectiveness_values import (
    BREAKDOWNS,
    NO_CONTACT,
    NOT_SCORED,
    UNSPECIFIED,
)

P = OfferPresentation
S = CustomerScore
SCORE_COLUMNS = {"rfm_segment": S.segment_rfm, "value_tier": S.value_tier}


def check_breakdown(by: str | None) -> str | None:
    if by is not None and by not in BREAKDOWNS:
        raise ValidationError("by", f"{by!r} is not one of {', '.join(BREAKDOWNS)}")
    return by


def grouped(stmt: Select, by: str | None) -> tuple[Select, ColumnElement[str]]:
    """`stmt` (a select from offer_presentations) with what it needs joined, and the group.

    Customers and scores are joined (the planner picks a probe per presentation for a day and
    a hash of the scores for a month; see dialect.report_plans); the channel is a probe.
    """
    if by is None:
        return stmt, literal("")
    if by == "segment":
        stmt = stmt.outerjoin(Customer, Customer.id == P.customer_id)
        return stmt, _named(Customer.segment, Customer.id.is_(None))
    if by == "channel":
        return stmt, func.coalesce(_contact_channel(), NO_CONTACT)
    in_force = select(func.max(AnalyticsModel.version)).scalar_subquery()
    stmt = stmt.outerjoin(S, and_(S.customer_id == P.customer_id, S.model_version == in_force))
    return stmt, _named(SCORE_COLUMNS[by], S.customer_id.is_(None), NOT_SCORED)


def _named(column, missing, missing_name: str = UNSPECIFIED) -> ColumnElement[str]:
    """The column's value; `missing_name` without a row, "unspecified" for an empty value."""
    return case((missing, missing_name), (column == "", UNSPECIFIED), else_=column)


def _contact_channel() -> ColumnElement[str]:
    """The channel of the customer's latest contact in the hour up to the presentation.

    An index probe per presentation (customer_id, started_at), read backwards from shown_at.
    """
    window = int(CONTACT_WINDOW.total_seconds())
    return (
        select(Contact.channel)
        .where(
            Contact.customer_id == P.customer_id,
            Contact.started_at <= P.shown_at,
            at_most_seconds_before(Contact.started_at, P.shown_at, window),
        )
        .order_by(Contact.started_at.desc(), Contact.id.desc())
        .limit(1)
        .correlate(P)
        .scalar_subquery()
    )
