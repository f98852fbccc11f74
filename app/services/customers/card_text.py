"""A CustomerCard as plain text for the terminal (`acrm customer show`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from app.services.dto import CustomerCard, Identity
from app.services.normalise import format_phone


def money(amount: Decimal, currency: str = "PLN") -> str:
    """Polish convention without Qt: space between thousands, decimal comma ("1 234,50 PLN")."""
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} {currency}"


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def card_to_text(card: CustomerCard) -> str:
    sections = [
        _identity(card.identity),
        _section("Products", _products(card)),
        _section("Recent transactions", _transactions(card)),
        _section("Monthly flows (in / out)", _flows(card)),
        _section("Complaints", _complaints(card)),
        _section("Consents in force", _consents(card)),
        _section("Attributes", _attributes(card)),
        _section("Entitlements", _entitlements(card)),
        _section(f"Recent contacts ({card.contact_count} in total)", _contacts(card)),
    ]
    return "\n\n".join(sections) + f"\n\n(as of {when(card.as_of)})\n"


def _section(title: str, lines: Iterable[str]) -> str:
    body = list(lines) or ["(none)"]
    return "\n".join([title, "-" * len(title), *body])


def _identity(who: Identity) -> str:
    lines = [f"{who.full_name}  [{who.external_id}]", f"id: {who.id}"]
    if who.birth_date:
        birthday = (
            " — birthday today!"
            if who.is_birthday
            else f", birthday in {who.days_to_birthday} days"
        )
        lines.append(f"born {who.birth_date.isoformat()}, age {who.age}{birthday}")
    lines.append(f"city: {who.city or '-'}   segment: {who.segment or '-'}")
    lines.append("phones: " + (", ".join(format_phone(p) for p in who.phones) or "-"))
    lines.append("e-mails: " + (", ".join(who.emails) or "-"))
    return "\n".join(lines)


def _products(card: CustomerCard) -> Iterable[str]:
    for row in card.products:
        state = "active" if row.active else f"closed {when(row.closed_at)}"
        number = f"**** {row.number_last4}" if row.number_last4 else ""
        balance = money(row.balance) if row.balance is not None else ""
        yield (
            f"{row.product:<24} {number:<9} {balance:>22}  opened {when(row.opened_at)}  {state}"
        )


def _transactions(card: CustomerCard) -> Iterable[str]:
    for row in card.recent_transactions:
        yield f"{when(row.booked_at)}  {money(row.amount, row.currency):>18}  {row.description}"


def _flows(card: CustomerCard) -> Iterable[str]:
    for row in card.monthly_flows:
        yield f"{row.month:%Y-%m}  {money(row.inflow):>18}  {money(row.outflow):>18}"


def _complaints(card: CustomerCard) -> Iterable[str]:
    for row in card.complaints:
        outcome = f" ({row.resolution})" if row.resolution else ""
        yield f"{when(row.opened_at)}  {row.status}{outcome}  {row.subject}"


def _consents(card: CustomerCard) -> Iterable[str]:
    for row in card.consents:
        state = "granted" if row.granted else "withdrawn"
        yield f"{row.channel}/{row.purpose}: {state} {when(row.at)} {row.source}".rstrip()


def _attributes(card: CustomerCard) -> Iterable[str]:
    for row in card.attributes:
        yield f"{row.label or row.name}: {_value(row.value)}"


def _entitlements(card: CustomerCard) -> Iterable[str]:
    for row in card.entitlements:
        name = row.code.replace("_", " ")
        span = f"valid {when(row.valid_from)} until {when(row.valid_to)}"
        yield f"{name}: {span} (rule {row.rule_id})"


def _value(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _contacts(card: CustomerCard) -> Iterable[str]:
    for row in card.recent_contacts:
        kind = f"{row.channel}/{row.direction}"
        codes = ", ".join(row.codes)
        yield f"{when(row.started_at)}  {kind}  {row.reason} -> {row.outcome} [{codes}]"
