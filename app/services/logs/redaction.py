"""Secrets never reach a log line: passwords in URLs, key=value pairs, tokens, known passwords.

Every handler the program installs carries `RedactingFilter`: it formats the record's
message (and its traceback) once, rewrites what looks like a secret, and leaves the record
with the clean text only, so no later handler or formatter sees the original. Shapes
redacted, wherever they occur in a line:

- a URL's password: `postgresql://anna:s3cret@db/acrm` -> `postgresql://anna:***@db/acrm`;
- key=value and key: value pairs whose key names a secret (`password=...`, `"token": "..."`,
  `sslpassword='...'`, `?password=...` in a query string), quoted or not;
- SQL's `PASSWORD '...'` (a role's password or SCRAM verifier);
- `Authorization: ...` headers and `Bearer`/`Basic` credentials;
- the literal value of every password the program has handled (`remember_secret`: the
  keyring's, one typed at a prompt or on standard input), also URL-encoded and repr-escaped,
  so even a library quoting it raw in an error message is caught.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from urllib.parse import quote, quote_plus

HIDDEN = "***"
# Shorter values are not worth hunting for (they would match ordinary words).
MIN_SECRET_LENGTH = 4

_SECRET_KEY = (
    r"[\w.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|"
    r"private[_-]?key|credentials?|scram_client_key|scram_server_key)"
)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled on first use: a command that logs nothing (a screen pop's hand-over) never
    pays for them."""
    return (
        # A URL's password: scheme://user:PASSWORD@host
        (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s:/?#@'\"<>]*:)([^\s@'\"<>]+)(@)"),
         rf"\g<1>{HIDDEN}\g<3>"),
        (re.compile(r"(?i)(\b(?:proxy-)?authorization['\"]?\s*[:=]\s*['\"]?)([^'\"\r\n,}]+)"),
         rf"\g<1>{HIDDEN}"),
        (re.compile(r"(?i)(\b(?:bearer|basic)\s+)([A-Za-z0-9._~+/=-]{4,})"), rf"\g<1>{HIDDEN}"),
        (re.compile(r"(?i)(\bPASSWORD\s+)('(?:[^']|'')*'|E'[^']*')"), rf"\g<1>'{HIDDEN}'"),
    )  # fmt: skip


@functools.cache
def _key_value() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(\b{_SECRET_KEY}['\"]?\s*(?:=|:)\s*)"
        r"('[^']*'|\"[^\"]*\"|[^\s&,;'\"}})\]>]+)"
    )


_known: set[str] = set()
_known_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Hide `value` in every log line from now on (a password the program has in hand)."""
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    forms = {value, quote(value, safe=""), quote_plus(value), repr(value)[1:-1]}
    with _known_lock:
        _known.update(form for form in forms if len(form) >= MIN_SECRET_LENGTH)


def forget_secrets() -> None:
    """Drop the remembered values (tests; a process that signs out)."""
    with _known_lock:
        _known.clear()


def redact(text: str) -> str:
    """`text` with every secret shape and remembered password replaced by ***."""
    if not text:
        return text
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)  # longest first: no half-hidden forms
    for value in known:
        if value in text:
            text = text.replace(value, HIDDEN)
    for pattern, replacement in _patterns():
        text = pattern.sub(replacement, text)
    return _key_value().sub(_hide_value, text)


def _hide_value(match: re.Match[str]) -> str:
    value = match.group(2)
    if value in (HIDDEN, f"'{HIDDEN}'", f'"{HIDDEN}"'):
        return match.group(0)
    quote_mark = value[0] if value[:1] in ("'", '"') else ""
    return f"{match.group(1)}{quote_mark}{HIDDEN}{quote_mark}"


class RedactingFilter(logging.Filter):
    """On a handler: the record leaves with its message and traceback redacted, args gone."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the template, never the arguments
            message = f"{record.msg} (unformattable arguments dropped)"
        record.msg = redact(str(message))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        # The formatter would format exc_info again only when exc_text is empty; drop the
        # live exception so no handler can render it unredacted.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
