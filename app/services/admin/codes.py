"""The wrap-up code catalogue as administrators keep it: add, relabel, deactivate, reactivate.

Codes are never deleted (contacts' history refers to them). With a shared server every change
is made there in one transaction (the server decides who may: admin only; its trigger writes
the audit row) and copied into this desk's cache; the change feed brings it to the others.
On an embedded database the change and its audit row are written in one transaction here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.models import AuditLogEntry, WrapUpCode
from app.services.data_language import DATA_LANGUAGES
from app.services.errors import AcrmError, NotFound, ValidationError
from app.services.storage.db import Database

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
REQUIRED_LANGUAGES = ("pl", "ru")  # the desk's languages: every code is shown in both
LABEL_LIMIT = 200  # WrapUpCode.label's length
LANGUAGE_NAMES = {"pl": "Polish", "ru": "Russian", "en": "English"}


@dataclass(frozen=True, slots=True)
class CatalogueCode:
    code: str
    labels: tuple[tuple[str, str], ...]  # (language, text) for pl, ru, en (those given)
    active: bool
    sort_order: int

    def label(self, language: str) -> str:
        return dict(self.labels).get(language, "")


class WrapUpCatalogue:
    """Read and change the catalogue; writes go to the server when there is one."""

    def __init__(
        self, db: Database, actor: str, server: Callable[[], Database] | None = None
    ) -> None:
        self._db, self._actor, self._server = db, actor, server

    def list(self) -> list[CatalogueCode]:
        """Every code, active or not, in the business's order."""
        with self._db.reading() as session:
            rows = session.scalars(select(WrapUpCode).order_by(WrapUpCode.sort_order,
                                                               WrapUpCode.code))  # fmt: skip
            return [_entry(row) for row in rows]

    def add(self, code: str, labels: Mapping[str, str]) -> CatalogueCode:
        """A new active code, last in the order; labels in Polish and Russian are required."""
        code = code.strip()
        if not CODE_PATTERN.match(code):
            raise ValidationError(
                "code",
                f"{code!r}: use 1-40 letters, digits, _ or -, starting with a letter or digit",
            )
        given = {lang: _checked_label(lang, labels.get(lang, "")) for lang in DATA_LANGUAGES}
        for lang in REQUIRED_LANGUAGES:
            if not given[lang]:
                raise ValidationError(
                    f"label_{lang}", f"give the label in {LANGUAGE_NAMES[lang]} (it is empty)"
                )
        kept = {lang: text for lang, text in given.items() if text}

        def insert(session: Session) -> WrapUpCode:
            taken = session.scalar(
                select(WrapUpCode.code).where(func.lower(WrapUpCode.code) == code.lower())
            )
            if taken is not None:
                raise ValidationError("code", f"{code!r} already exists (as {taken!r})")
            order = (session.scalar(select(func.max(WrapUpCode.sort_order))) or 0) + 1
            row = WrapUpCode(code=code, label=kept["pl"], labels=kept, active=True,
                             sort_order=order)  # fmt: skip
            session.add(row)
            self._audit(session, "insert", code, None, row)
            return row

        return self._write(insert, code)

    def set_label(self, code: str, language: str, text: str) -> CatalogueCode:
        """Change one language's label (Polish also sets the business label); English may be
        emptied, Polish and Russian may not."""
        if language not in DATA_LANGUAGES:
            raise ValidationError(
                "language", f"{language!r} is not one of {', '.join(DATA_LANGUAGES)}"
            )
        label = _checked_label(language, text)
        if not label and language in REQUIRED_LANGUAGES:
            raise ValidationError(
                f"label_{language}",
                f"give the label in {LANGUAGE_NAMES[language]} (it is empty)",
            )

        def relabel(session: Session) -> WrapUpCode:
            row = _existing(session, code)
            before = _snapshot(row)
            labels = dict(_entry(row).labels)
            if label:
                labels[language] = label
            else:
                labels.pop(language, None)
            row.labels = dict(sorted(labels.items()))
            if language == "pl":
                row.label = label
            self._audit(session, "update", code, before, row)
            return row

        return self._write(relabel, code)

    def deactivate(self, code: str) -> CatalogueCode:
        """No longer offered in the wrap-up form; the history that used it keeps it."""
        return self._set_active(code, False)

    def reactivate(self, code: str) -> CatalogueCode:
        return self._set_active(code, True)

    def _set_active(self, code: str, active: bool) -> CatalogueCode:
        def change(session: Session) -> WrapUpCode:
            row = _existing(session, code)
            if row.active == active:
                state = "active" if active else "inactive"
                raise ValidationError("code", f"{code!r} is already {state}")
            before = _snapshot(row)
            row.active = active
            self._audit(session, "update", code, before, row)
            return row

        return self._write(change, code)

    # --- one transaction, on the server when there is one ---------------------------------

    def _write(self, change: Callable[[Session], WrapUpCode], code: str) -> CatalogueCode:
        with _refusals(code):
            target = self._server() if self._server is not None else self._db
            with target.unit_of_work() as uow:
                entry = _entry(change(uow.session))
                uow.commit()
        if target is not self._db:  # the cache shows it now; the feed brings the same row
            with self._db.unit_of_work() as uow:
                uow.session.merge(
                    WrapUpCode(code=entry.code, label=entry.label("pl") or entry.code,
                               labels=dict(entry.labels), active=entry.active,
                               sort_order=entry.sort_order)
                )  # fmt: skip
                uow.commit()
        return entry

    def _audit(self, session: Session, op: str, code: str, before: dict | None,
               row: WrapUpCode) -> None:  # fmt: skip
        # PostgreSQL's audit trigger writes this row itself (and clients may not); SQLite has
        # no trigger, so the embedded desk writes the same row in the same transaction.
        if session.get_bind().dialect.name == "postgresql":
            return
        session.flush()
        session.add(AuditLogEntry(actor=self._actor, action=f"wrapup_codes.{op}", target=code,
                                  details={"old": before, "new": _snapshot(row)}))  # fmt: skip


def _checked_label(language: str, text: str) -> str:
    label = (text or "").strip()
    field = f"label_{language}"
    if len(label) > LABEL_LIMIT:
        raise ValidationError(field, f"at most {LABEL_LIMIT} characters (it has {len(label)})")
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in label):
        raise ValidationError(field, "contains a line break or control character")
    return label


def _existing(session: Session, code: str) -> WrapUpCode:
    row = session.get(WrapUpCode, code.strip())
    if row is None:
        raise NotFound(f"code: no wrap-up code {code!r}")
    return row


def _entry(row: WrapUpCode) -> CatalogueCode:
    stored = row.labels if isinstance(row.labels, dict) else {}
    labels = {lang: stored[lang].strip() for lang in DATA_LANGUAGES
              if isinstance(stored.get(lang), str) and stored[lang].strip()}  # fmt: skip
    if "pl" not in labels and row.label:
        labels["pl"] = row.label  # codes imported before per-language labels: their label
    return CatalogueCode(row.code, tuple(sorted(labels.items())), bool(row.active),
                         int(row.sort_order or 0))  # fmt: skip


def _snapshot(row: WrapUpCode) -> dict:
    return {"code": row.code, "label": row.label, "labels": dict(row.labels or {}),
            "active": bool(row.active), "sort_order": row.sort_order}  # fmt: skip


@contextmanager
def _refusals(code: str) -> Iterator[None]:
    """A server's refusal or a lost race in plain words; an unreachable server is left to the
    caller (the CLI's on_the_server, the desk's error line) to say as everywhere else."""
    try:
        yield
    except IntegrityError as error:
        raise ValidationError("code", f"{code!r} already exists; nothing was changed") from error
    except DBAPIError as error:
        refused = _refusal(error)
        if refused is None:
            raise
        message = f"the wrap-up code was not changed: {refused}; nothing was changed"
        raise AcrmError(message) from error


def _refusal(error: DBAPIError) -> str | None:
    if error.orig is None or not type(error.orig).__module__.startswith("psycopg"):
        return None
    from app.services.admin.server_admin import refusal_message  # psycopg: servers only

    return refusal_message(error)
