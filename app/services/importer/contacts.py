"""Contacts with their agents (upserted into users) and wrap-up codes (see codes.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.models.enums import Channel, Direction, Role
from app.services.importer.context import Batch, ImportContext
from app.services.importer.events import KEY_SEPARATOR, count_file, suspended_indexes
from app.services.importer.fields import Field, open_for, parsed_rows
from app.services.importer.ids import EventIds, stable_id
from app.services.importer.pipeline import Job
from app.services.importer.store import BatchSpec
from app.services.importer.values import (
    BadValue,
    choice,
    split_multi,
    text,
    timestamp,
)

CONTACT_COLUMNS = (
    "id",
    "customer_id",
    "started_at",
    "ended_at",
    "channel",
    "direction",
    "agent_id",
    "reason",
    "outcome",
    "notes",
)
WRAPUPS = ("contact_wrapups", ("contact_id", "code", "position"))


def _contact_fields(ctx: ImportContext) -> tuple[Field, ...]:
    return (
        Field("customer_id", ctx.optional_customer_ref),  # empty: a caller never identified
        Field("started_at", timestamp(ctx.default_tz, window=ctx.window)),
        Field("ended_at", timestamp(ctx.default_tz, optional=True, window=ctx.window)),
        Field("channel", choice(Channel)),
        Field("direction", choice(Direction)),
        Field("agent", text(63)),
        Field("reason", text(200)),
        Field("outcome", text(200)),
        Field("notes", text(100_000)),
        Field("codes", _codes_parser(ctx), required=False, default=()),
    )


def _codes_parser(ctx: ImportContext):
    known = ctx.codes

    def parse(value: str) -> tuple[str, ...]:
        if value in known:  # the usual single code
            return (value,)
        codes = tuple(dict.fromkeys(split_multi(value)))
        for code in codes:
            if code not in known:
                raise BadValue(f"unknown wrap-up code {code!r} (not in the catalogue)")
        return codes

    return parse


def new_agent(ctx: ImportContext, login: str, send: Callable[[Job], None]) -> str:
    """The user id of an agent login; a login seen for the first time becomes a user."""
    found = stable_id("user", login)
    row = (found, login, login, Role.AGENT.value, None, True, ctx.store.now, ctx.store.now)
    columns = (
        "id",
        "login",
        "display_name",
        "role",
        "team_id",
        "active",
        "created_at",
        "updated_at",
    )
    # Sent before any contact batch that refers to it, so the row exists when they go in.
    send(lambda: ctx.store.insert_new("users", columns, [row]))
    ctx.users[login] = found
    ctx.report.new_agents += 1
    return found


def load_contacts(ctx: ImportContext, path: Path, send: Callable[[Job], None]) -> None:
    """Insert new contacts and their wrap-up codes (ids from the natural key, as for events)."""
    fields = _contact_fields(ctx)
    store = ctx.store
    with open_for(path, fields) as source:
        name, total = source.name, source.estimated_rows
        # Constants travel once per batch, not per row; codes ride along as a nested list.
        constants = (("caller_number", ""), ("created_at", store.now), ("updated_at", store.now))
        spec = BatchSpec("contacts", CONTACT_COLUMNS, constants, WRAPUPS)
        contacts = Batch(store, send, spec, on_flush=lambda done: ctx.tell(name, done, total))
        next_id = EventIds("contacts").next_id
        join, users = KEY_SEPARATOR.join, ctx.users
        with suspended_indexes(ctx, send, "contacts", total):
            for values in parsed_rows(source, fields):
                codes = values[9]
                values[9] = ";".join(codes)
                contact_id = next_id(join(map(str, values)))
                login = values[5]
                agent = (users.get(login) or new_agent(ctx, login, send)) if login else None
                contacts.add((contact_id, *values[:5], agent, *values[6:9], codes))
            contacts.flush()
    send(lambda: count_file(ctx, name, contacts))
