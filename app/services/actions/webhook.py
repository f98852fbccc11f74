"""Delivers automatic-action messages to the configured webhook, within a deadline per message."""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.errors import AcrmError

if TYPE_CHECKING:  # imported when a message is sent: a desk without a webhook never loads it
    import httpx

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"
DEFAULT_MESSAGE_DEADLINE = 15.0  # seconds for one message, retries and slow answers included
ANSWER_LIMIT = 64 * 1024  # bytes of an answer read at most (the error shows 200 characters)


class DeliveryFailed(AcrmError):
    """The webhook did not accept a message; the text says where, why and after how many tries."""

    def __init__(self, message: str, *, permanent: bool = False, attempts: int = 0) -> None:
        super().__init__(message)
        self.permanent = permanent  # a 4xx answer: sending the same message again will not help
        self.attempts = attempts


class _Transient(Exception):
    """A failure worth another try (connection trouble, 5xx, 429, no answer in time)."""


@dataclass
class _Exchange:
    """What one attempt learnt, filled in by the thread that talks to the receiver."""

    status: int | None = None
    reason: str = ""
    answer: bytearray = field(default_factory=bytearray)
    error: BaseException | None = None
    cancelled: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class WebhookClient:
    """POSTs JSON to one URL; retries connection errors, 5xx and 429 with exponential back-off.

    httpx's `timeout` bounds each network operation only (one connect, one read): a server
    that trickles a byte per read never trips it. So every message also has a `deadline` in
    seconds covering all its attempts, the pauses between them and the slowest answer; each
    attempt runs in a helper thread that the sender stops waiting for when the deadline
    passes. `wait` is the first back-off (doubling up to `max_wait`); tests pass tiny values.
    A 4xx answer other than 429 is permanent: the receiver refused this message as it is.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        attempts: int = 4,
        wait: float = 0.5,
        max_wait: float = 8.0,
        deadline: float = DEFAULT_MESSAGE_DEADLINE,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url
        self.attempts = max(1, attempts)
        self.deadline = deadline
        self._timeout = timeout
        self._wait = wait
        self._max_wait = max_wait
        self._transport = transport
        self._client = self._new_client()

    def send(
        self,
        payload: dict,
        idempotency_key: str,
        *,
        deadline: float | None = None,
        until: float | None = None,
    ) -> int:
        """Deliver one message and return the attempts it took.

        `deadline` (seconds) replaces the client's own for this message; `until` (a
        `time.monotonic()` moment: the run's deadline) cuts it short. Raises DeliveryFailed
        once retries or time are used up, or at once on a 4xx other than 429.
        """
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: idempotency_key}
        seconds = self.deadline if deadline is None else deadline
        end = time.monotonic() + seconds
        limit = f"the deadline of {seconds:g} s per message"
        if until is not None and until < end:
            end, limit = until, "the run's deadline"
        number = 0
        while True:
            number += 1
            try:
                self._post(body, headers, number, end, limit)
                return number
            except _Transient as error:
                last = error
            if number >= self.attempts:
                message = f"webhook {self.url}: {last}; gave up after {_tries(number)}"
                raise DeliveryFailed(message, attempts=number)
            pause = min(self._max_wait, self._wait * 2 ** (number - 1))
            if time.monotonic() + pause >= end:
                message = f"webhook {self.url}: {last}; {limit} passed after {_tries(number)}"
                raise DeliveryFailed(message, attempts=number)
            time.sleep(pause)

    def _post(
        self, body: bytes, headers: dict[str, str], number: int, end: float, limit: str
    ) -> None:
        """One attempt, given up at `end`; a status line that arrived in time is judged."""
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise _Transient("not sent: no time left")
        exchange = _Exchange()
        worker = threading.Thread(
            target=self._talk,
            args=(self._client, body, headers, end, exchange),
            name="webhook-post",
            daemon=True,  # never keeps the program alive
        )
        worker.start()
        if not exchange.done.wait(remaining):
            exchange.cancelled = True
            self._abandon()
            if exchange.status is None:
                log.info("webhook %s attempt %d: no answer in time (%s)", self.url, number, limit)
                raise _Transient("no complete answer in time")
        self._judge(exchange, number)

    def _talk(
        self, client: httpx.Client, body: bytes, headers: dict, end: float, exchange: _Exchange
    ) -> None:
        """Runs in the helper thread: one request, and at most ANSWER_LIMIT of its answer."""
        try:
            each = max(0.001, min(self._timeout, end - time.monotonic()))
            with client.stream(
                "POST", self.url, content=body, headers=headers, timeout=each
            ) as response:
                exchange.reason = response.reason_phrase
                exchange.status = response.status_code
                for chunk in response.iter_bytes():
                    exchange.answer += chunk
                    # Checked between reads: a trickled answer stops at the deadline.
                    if exchange.cancelled or time.monotonic() >= end:
                        break
                    if len(exchange.answer) >= ANSWER_LIMIT:
                        break
        except BaseException as error:  # handed over to the sending thread
            exchange.error = error
        finally:
            exchange.done.set()

    def _judge(self, exchange: _Exchange, number: int) -> None:
        import httpx

        error, status = exchange.error, exchange.status
        if status is None:  # no status line: the error says why
            if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
                message = f"webhook {self.url}: not a usable http(s) URL ({error})"
                raise DeliveryFailed(message, permanent=True, attempts=1) from error
            if isinstance(error, httpx.HTTPError):
                log.info("webhook %s attempt %d: %s", self.url, number, error)
                text = f"connection error ({type(error).__name__}: {error})"
                raise _Transient(text) from error
            raise error or RuntimeError("webhook attempt ended without an answer or an error")
        # A status line is the receiver's verdict, even if the rest of its answer got lost.
        if status < 300:
            return
        reason = f"HTTP {status} {exchange.reason}".rstrip()
        if status >= 500 or status == 429:
            log.info("webhook %s attempt %d: %s", self.url, number, reason)
            raise _Transient(reason)
        raise DeliveryFailed(
            f"webhook {self.url}: {reason} (refused, not retried): {_snippet(exchange.answer)}",
            permanent=True,
            attempts=number,
        )

    def _abandon(self) -> None:
        """Drop the client a stalled attempt is using: closing it closes that attempt's socket,
        so its thread ends at its next read instead of lingering; later attempts get a new one.
        """
        stalled, self._client = self._client, self._new_client()
        try:
            stalled.close()
        except Exception:  # its connections are being torn down anyway
            log.debug("closing a stalled webhook client failed", exc_info=True)

    def _new_client(self) -> httpx.Client:
        import httpx

        return httpx.Client(timeout=self._timeout, transport=self._transport)

    def close(self) -> None:
        self._client.close()


def _tries(number: int) -> str:
    return "1 attempt" if number == 1 else f"{number} attempts"


def _snippet(answer: bytes, limit: int = 200) -> str:
    text = bytes(answer).decode("utf-8", "replace").strip().replace("\n", " ")
    return text[:limit] or "(no body)"
