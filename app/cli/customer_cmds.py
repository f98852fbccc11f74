"""`acrm customer show`: the same assembled card the desktop shows, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from app.bootstrap import open_services
from app.services.config import resolve_settings
from app.services.customers.card import card_to_json
from app.services.customers.card_text import card_to_text


def register(subparsers: argparse._SubParsersAction) -> None:
    customer = subparsers.add_parser("customer", help="look at customers")
    actions = customer.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print one customer's card")
    show.add_argument("ref", metavar="ID", help="external id (any case) or customer UUID")
    show.add_argument("--json", action="store_true", help="print the card as JSON")
    show.add_argument(
        "--at",
        metavar="ISO",
        type=parse_moment,
        help="show the card as of this moment (ISO date or date-time; UTC unless it says)",
    )
    show.set_defaults(handler=show_customer)


def parse_moment(text: str) -> datetime:
    """An ISO date or date-time; one without a zone is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date or date-time (e.g. 2026-03-01 or 2026-03-01T12:00+01:00)"
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def show_customer(args: argparse.Namespace) -> int:
    """Print the card; an unknown id raises NotFound, which `acrm` reports with exit code 2."""
    with open_services(resolve_settings(args.db)) as services:
        cards = services.cards
        card = cards.load(cards.resolve(args.ref), as_of=args.at)
    if args.json:
        json.dump(card_to_json(card), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(card_to_text(card))
    return 0
