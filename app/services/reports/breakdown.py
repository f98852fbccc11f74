"""What a presentation is grouped by: the customer's segment, scores or the contact's channel.

Scores are those of the analytics version in force (the newest model version); a customer
without a row of that version is "not scored". The channel is that of the contact during
which the offer was shown: presentations do not record it, so it is the customer's latest
contact started at most an hour (the desk's contact window) before the presentation.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, func, literal, select

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


def group_of(by: str | None) -> ColumnElement[str]:
    """The group of a presentation (a column on offer_presentations) for the breakdown `by`.

    Each is one index probe per presentation (a correlated subquery), never a join: a day's
    presentations then cost a few thousand probes, where a hash join read every score.
    """
    if by is None:
        return literal("")
    if by == "segment":
        segment = _probe(Customer.segment, Customer.id == P.customer_id)
        return func.coalesce(segment, UNSPECIFIED)
    if by == "channel":
        return func.coalesce(_contact_channel(), NO_CONTACT)
    in_force = select(func.max(AnalyticsModel.version)).scalar_subquery()
    scores = (S.customer_id == P.customer_id, S.model_version == in_force)
    return func.coalesce(_probe(SCORE_COLUMNS[by], *scores), NOT_SCORED)


def _probe(column, *where) -> ColumnElement[str]:
    """`column` of the row `where` picks, "unspecified" when it is empty; NULL without a row."""
    named = case((column == "", UNSPECIFIED), else_=column)
    return select(named).where(*where).correlate(P).scalar_subquery()


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
