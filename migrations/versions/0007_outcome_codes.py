"""Contact outcomes stored as codes: the wrap-up form's English (or Polish) texts become codes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 03:15:00

Until now the wrap-up form stored the text of its outcome suggestion in the consultant's
language ("Follow-up needed", "Wymaga dalszych działań"); the desk now stores a code
(app.models.enums.ContactOutcome) and shows its label in the viewer's language. This turns
the texts the form offered into their codes, in the contacts and in the contact rows still
waiting in the outbox (so a desk's next push sends the code too). Any other text (typed by
hand, imported) is kept as written: the desk shows it as it is. Runs the same on SQLite and
PostgreSQL, inside the one transaction of the upgrade; on the server the feed triggers tell
the desks which contacts changed.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen here (not imported from the app): what the form offered, in each language the desk
# had a translation for then (acrm_pl_PL.ts, context WrapUpFields; Russian had none).
CODES = {
    "resolved": ("Resolved", "Rozwiązano"),
    "information_given": ("Information given", "Udzielono informacji"),
    "follow_up_needed": ("Follow-up needed", "Wymaga dalszych działań"),
    "escalated": ("Escalated", "Przekazano wyżej"),
    "no_answer": ("No answer", "Brak odpowiedzi"),
}
# Compared trimmed and case-folded: "follow-up needed " was the same choice.
FROM_TEXT = {text.casefold(): code for code, texts in CODES.items() for text in texts}
TO_TEXT = {code: texts[0] for code, texts in CODES.items()}  # downgrade: the English text

contacts = sa.table("contacts", sa.column("id"), sa.column("outcome", sa.String))
outbox = sa.table(
    "outbox",
    sa.column("id"),
    sa.column("entity", sa.String),
    sa.column("operation", sa.String),
    sa.column("payload", sa.JSON),
    sa.column("pushed_at"),
)


def upgrade() -> None:
    _convert(lambda text: FROM_TEXT.get(text.strip().casefold()))


def downgrade() -> None:
    _convert(TO_TEXT.get)


def _convert(new_value) -> None:
    """Rewrite every stored outcome `new_value` maps (None: keep it as it is)."""
    bind = op.get_bind()
    # The distinct outcomes are few even when the contacts are millions: one UPDATE each.
    stored = bind.execute(sa.select(contacts.c.outcome).distinct()).scalars().all()
    for old in stored:
        new = new_value(old)
        if new is not None and new != old:
            bind.execute(contacts.update().where(contacts.c.outcome == old).values(outcome=new))
    pending = sa.select(outbox.c.id, outbox.c.payload).where(
        outbox.c.entity == "contact", outbox.c.operation == "insert", outbox.c.pushed_at.is_(None)
    )
    for entry_id, payload in bind.execute(pending).all():
        data = json.loads(payload) if isinstance(payload, str) else payload
        old = data.get("outcome")
        new = new_value(old) if isinstance(old, str) else None
        if new is not None and new != old:
            data["outcome"] = new
            bind.execute(outbox.update().where(outbox.c.id == entry_id).values(payload=data))
