"""Unsaved wrap-ups kept on disk as drafts, so a crash, a closed window or a second call loses none.

One JSON file per contact in a private directory (0700, files 0600): the text is about a
customer. Each write goes to a temporary file that then replaces the draft (os.replace), so a
crash mid-write leaves the previous draft whole, never half of one. A file that cannot be read
is renamed to `*.corrupt` and named in a problem message; the desk carries on without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path

from app.services.storage.private_files import FILE_MODE, private_dir

SUFFIX = ".draft.json"
# A wrap-up is a few kilobytes; anything far larger is not one of ours and is not parsed.
MAX_FILE_BYTES = 256 * 1024
# Bounds each text so a pasted novel cannot grow the file past MAX_FILE_BYTES; well above the
# 4,000-character notes limit, so a draft that failed validation on length keeps every word.
MAX_TEXT_CHARS = 20_000
VERSION = 1


@dataclass(frozen=True)
class Draft:
    """A wrap-up in progress: who it is with, what is typed, and what was wrong at the last save."""

    contact_id: str
    customer_id: str | None
    display_name: str
    channel: str
    direction: str
    caller_number: str
    started_at: str  # ISO 8601, UTC: the contact's real start, kept across restores
    elapsed_s: int  # the handle clock when the draft was taken
    reason: str = ""
    codes: tuple[str, ...] = ()
    notes: str = ""
    outcome: str = ""
    callback_at: str | None = None  # ISO 8601, UTC
    errors: dict[str, str] = field(default_factory=dict)  # field -> message from the last save
    # The identity checklist's ticks (app.services.contacts.verification.Answer values):
    # a wrap-up finished after the call keeps how the caller was verified during it.
    verification: tuple[str, ...] = ()
    # The queue item the contact works ("Next", My queue) and the outcome chosen for it so far:
    # a desk restarted mid-wrap-up shows the same "Queue outcome" row. Older drafts have none.
    queue_item: str | None = None  # its id
    queue_outcome: str = ""  # a QueueOutcome code, "" for none chosen yet
    queue_reschedule_to: str | None = None  # ISO 8601, UTC


@dataclass(frozen=True)
class DraftLoad:
    drafts: list[Draft]
    problems: list[str]  # one readable line per file set aside


def drafts_folder(data_dir: Path, db_url: str, agent_login: str) -> Path:
    """One folder per person and database: a draft names customers of that database only."""
    digest = hashlib.sha256(f"{agent_login}\n{db_url}".encode()).hexdigest()[:16]
    return data_dir / "drafts" / digest


class DraftStore:
    """Reads and writes drafts in `directory`; every method is meant for a worker thread."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, contact_id: str) -> Path:
        return self.directory / f"{uuid.UUID(contact_id)}{SUFFIX}"  # never a path from the text

    def save(self, draft: Draft) -> Path:
        """Write `draft` atomically: a 0600 temporary file, flushed, then renamed over the old."""
        private_dir(self.directory)
        target = self.path_for(draft.contact_id)
        payload = json.dumps({"version": VERSION, "draft": _bounded(draft)}, ensure_ascii=False)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return target

    def delete(self, contact_id: str) -> None:
        self.path_for(contact_id).unlink(missing_ok=True)

    def load_all(self) -> DraftLoad:
        """Every readable draft, oldest first; unreadable files are set aside and named."""
        if not self.directory.is_dir():
            return DraftLoad([], [])
        drafts: list[tuple[float, Draft]] = []
        problems: list[str] = []
        for path in sorted(self.directory.glob(f"*{SUFFIX}")):
            try:
                drafts.append((path.stat().st_mtime, _read(path)))
            except DraftUnreadable as error:
                problems.append(_set_aside(path, str(error)))
        return DraftLoad([draft for _at, draft in sorted(drafts, key=lambda d: d[0])], problems)


class DraftUnreadable(Exception):
    pass


def _read(path: Path) -> Draft:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DraftUnreadable(f"larger than {MAX_FILE_BYTES // 1024} KiB")
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DraftUnreadable(f"line {error.lineno}, column {error.colno}: {error.msg}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DraftUnreadable(str(error)) from None
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise DraftUnreadable("not a wrap-up draft of this version")
    return _draft_from(document.get("draft"))


def _draft_from(raw: object) -> Draft:
    if not isinstance(raw, dict):
        raise DraftUnreadable("field 'draft': expected an object")
    values = {}
    for spec in fields(Draft):
        value = raw.get(spec.name)
        if spec.name == "verification":  # drafts written before it have none
            answers = _checked(spec.name, value if value is not None else [], list)
            values[spec.name] = tuple(_checked(spec.name, a, str) for a in answers)[:20]
        elif spec.name in _OPTIONAL and value is None:
            values[spec.name] = None
        elif spec.name == "queue_outcome":  # drafts written before queue items have none
            values[spec.name] = _checked(spec.name, value if value is not None else "", str)
        elif spec.name == "elapsed_s":
            values[spec.name] = _checked(spec.name, value, int)
        elif spec.name == "codes":
            codes = _checked(spec.name, value, list)
            values[spec.name] = tuple(_checked(spec.name, code, str) for code in codes)
        elif spec.name == "errors":
            errors = _checked(spec.name, value, dict)
            values[spec.name] = {str(k): _checked(spec.name, v, str) for k, v in errors.items()}
        else:
            values[spec.name] = _checked(spec.name, value, str)
    for name in ("contact_id", "customer_id", "queue_item"):
        try:
            if values[name] is not None:
                uuid.UUID(values[name])
        except ValueError:
            raise DraftUnreadable(f"field {name!r}: not an id") from None
    try:
        if values["queue_reschedule_to"] is not None:
            datetime.fromisoformat(values["queue_reschedule_to"])
    except ValueError:
        raise DraftUnreadable("field 'queue_reschedule_to': not a date and time") from None
    return Draft(**values)


# Fields a draft may leave out or set to null (older drafts have no queue fields at all).
_OPTIONAL = ("customer_id", "callback_at", "queue_item", "queue_reschedule_to")


def _checked(name: str, value: object, kind: type):
    if not isinstance(value, kind) or isinstance(value, bool):
        raise DraftUnreadable(f"field {name!r}: expected {kind.__name__}")
    return value


def _bounded(draft: Draft) -> dict:
    data = asdict(draft)
    for key in ("display_name", "reason", "notes", "outcome", "caller_number"):
        data[key] = data[key][:MAX_TEXT_CHARS]
    data["codes"] = list(data["codes"])[:200]
    return data


def _set_aside(path: Path, reason: str) -> str:
    aside = path.with_name(path.name + ".corrupt")
    try:
        os.replace(path, aside)
    except OSError as error:
        return f"Draft {path} cannot be read ({reason}) nor set aside: {error.strerror}"
    return f"Draft {path} cannot be read ({reason}); set aside as {aside.name}"
