"""The wrap-up code catalogue: code, label and optional labels per language (label_ru, ...)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.models import WrapUpCode
from app.services.data_language import DATA_LANGUAGES, clean_labels
from app.services.importer.context import ImportContext
from app.services.importer.fields import Field, open_for, parsed_rows
from app.services.importer.values import BadValue, required_text, text

LABEL_LIMIT = 200  # WrapUpCode.label's length


def _one_line(parse: Callable[[str], str]) -> Callable[[str], str]:
    """A label is one line of the codes list: a line break or control character is refused."""

    def checked(value: str) -> str:
        value = parse(value)
        if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value):
            raise BadValue("contains a line break or control character (a label is one line)")
        return value

    return checked


# A column per language the desk can be shown in; absent columns leave stored labels alone.
LANGUAGE_FIELDS = tuple(
    Field(f"label_{lang}", _one_line(text(LABEL_LIMIT)), required=False, default=None)
    for lang in DATA_LANGUAGES
)
CODE_FIELDS = (
    Field("code", required_text(40)),
    Field("label", _one_line(required_text(LABEL_LIMIT))),
    *LANGUAGE_FIELDS,
)


def load_wrapup_codes(ctx: ImportContext, path: Path) -> None:
    """Upsert the catalogue: new codes inserted, changed labels updated, order as in the file.

    An empty label_ru cell removes the Russian label; a file without the column keeps it.
    """
    with open_for(path, CODE_FIELDS) as source:
        rows: list[tuple[str, str, dict[str, str | None]]] = []
        for code, label, *per_language in parsed_rows(source, CODE_FIELDS):
            if any(code == seen for seen, _, _ in rows):
                raise source.fail(source.line, "code", f"code {code!r} appears twice")
            given = dict(zip(DATA_LANGUAGES, per_language, strict=True))
            rows.append((code, label, given))
    store, counts = ctx.store, ctx.counts(path.name)
    existing = {
        code: (label, dict(clean_labels(labels)))
        for code, label, labels in store.conn.execute(
            select(WrapUpCode.code, WrapUpCode.label, WrapUpCode.labels)
        )
    }
    new, changed = [], []
    for order, (code, label, given) in enumerate(rows):
        before_label, before = existing.get(code, (None, {}))
        labels = _merged(before, given)
        if code not in existing:
            new.append((code, label, _json(labels), True, order))
        elif (before_label, before) != (label, labels):
            changed.append((code, label, _json(labels), order))
    columns = ("code", "label", "labels", "active", "sort_order")
    store.insert_new("wrapup_codes", columns, new)
    store.update_many("wrapup_codes", "code", ("label", "labels", "sort_order"), changed)
    counts.read += len(rows)
    counts.inserted += len(new)
    counts.updated += len(changed)
    counts.unchanged += len(rows) - len(new) - len(changed)
    ctx.codes.update(code for code, _, _ in rows)
    ctx.tell(path.name, len(rows), len(rows))


def _merged(before: dict[str, str], given: dict[str, str | None]) -> dict[str, str]:
    """The stored labels with the file's columns applied (None: the file has no such column)."""
    labels = dict(before)
    for lang, value in given.items():
        if value is None:
            continue
        if value:
            labels[lang] = value
        else:
            labels.pop(lang, None)
    return dict(sorted(labels.items()))


def _json(labels: dict[str, str]) -> str:
    # As JSON text: the import writes through untyped statements on both back ends.
    return json.dumps(labels, ensure_ascii=False, sort_keys=True)
