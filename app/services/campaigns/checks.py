"""Checking a campaign request field by field, and who may run campaigns for which team.

Who may: an administrator, any campaign (a team's or the whole centre's); a team lead, only
their own team's (the whole centre is the administrators'); nobody else. The server enforces
the same with row-level security (migration 0015); these checks say it early and plainly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Campaign, Team, User
from app.models.enums import Channel, Role
from app.rules.compiler import ConditionError, compile_condition
from app.rules.definition import ACTION_CODE, CODE_RULE, RuleDefinition, RuleKind
from app.services.campaigns.values import CampaignSpec
from app.services.customers.attribute_catalogue import load_catalogue
from app.services.errors import AcrmError, ValidationError

MAX_NAME = 100  # campaigns.name


class NotAllowed(AcrmError):
    """The signed-in person may not do this with campaigns (the message says why)."""


@dataclass(frozen=True, slots=True)
class Actor:
    login: str
    role: str
    team_id: uuid.UUID | None


def actor(session: Session, login: str) -> Actor:
    row = session.execute(
        select(User.role, User.team_id).where(User.login == login, User.active.is_(True))
    ).first()
    if row is None:
        raise NotAllowed(
            f"{login!r} is not an active user of this desk: campaigns are for team leads"
        )
    return Actor(login, row.role, row.team_id)


def may_run(person: Actor, team_id: uuid.UUID | None, what: str) -> None:
    """NotAllowed unless `person` may `what` a campaign of `team_id` (None: whole centre)."""
    if person.role == Role.ADMIN.value:
        return
    if person.role != Role.TEAM_LEAD.value:
        raise NotAllowed(f"only team leads and administrators may {what} campaigns")
    if team_id is None:
        raise NotAllowed(f"only an administrator may {what} a campaign for the whole centre")
    if team_id != person.team_id:
        raise NotAllowed(f"a team lead may {what} campaigns of their own team only")


def checked_name(session: Session, name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", "give the campaign a name")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"at most {MAX_NAME} characters")
    if session.scalar(select(func.count()).where(Campaign.name == name)):
        raise ValidationError("name", f"a campaign named {name!r} exists already")
    return name


def checked_target(
    session: Session, spec: CampaignSpec, published: dict[str, RuleDefinition] | None
) -> tuple[str, str, str]:
    """(rule_id, condition, action): exactly one target, the action it calls for."""
    rule_id, condition = spec.rule_id.strip(), spec.condition.strip()
    if bool(rule_id) == bool(condition):
        field = "rule_id" if not rule_id else "condition"
        raise ValidationError(field, "name exactly one target: a published rule or a condition")
    action = spec.action.strip()
    if action and not ACTION_CODE.fullmatch(action):
        raise ValidationError("action", CODE_RULE)
    if rule_id:
        rule = _published_rule(rule_id, published)
        return rule_id, "", action or rule.action
    try:
        compile_condition(condition, load_catalogue(session))
    except ConditionError as error:
        raise ValidationError("condition", str(error)) from None
    if not action:
        raise ValidationError("action", "a campaign on a condition names the action to offer")
    return "", condition, action


def _published_rule(rule_id: str, published: dict[str, RuleDefinition] | None) -> RuleDefinition:
    if published is None:
        raise ValidationError("rule_id", "no rule set has been published yet")
    rule = published.get(rule_id)
    if rule is None:
        raise ValidationError("rule_id", f"{rule_id!r} is not a rule of the latest published set")
    if not rule.enabled:
        raise ValidationError("rule_id", f"{rule_id!r} is switched off in the published set")
    if rule.kind is not RuleKind.PROMPT:
        raise ValidationError(
            "rule_id", f"{rule_id!r} is {rule.kind.value}: only prompt rules make call lists"
        )
    return rule


def checked_channel(channel: str) -> str:
    try:
        return Channel(channel.strip()).value
    except ValueError:
        allowed = ", ".join(member.value for member in Channel)
        raise ValidationError("channel", f"{channel!r} is not one of {allowed}") from None


def checked_dates(starts_on: date, ends_on: date | None) -> None:
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(
            "ends_on", f"{ends_on.isoformat()} is before the start {starts_on.isoformat()}"
        )


def checked_team(session: Session, team: str) -> uuid.UUID | None:
    team = team.strip()
    if not team:
        return None
    team_id = session.scalar(select(Team.id).where(Team.name == team))
    if team_id is None:
        raise ValidationError("team", f"there is no team {team!r}")
    return team_id


def checked_cap(cap: int | None) -> int | None:
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
        raise ValidationError("cap", f"{cap!r}: give a whole number of customers, 0 or more")
    return cap
