"""Delivers automatic-action messages to the configured webhook, retrying what may pass later."""

from __future__ import annotations

import json
import logging

import httpx
from tenacity import (
    RetryError,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from app.services.errors import AcrmError

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"


class DeliveryFailed(AcrmError):
    """The webhook did not accept a message; the text says where, why and after how many tries."""

    def __init__(self, message: str, *, permanent: bool = False, attempts: int = 0) -> None:
        super().__init__(message)
        self.permanent = permanent  # a 4xx answer: sending the same message again will not help
        self.attempts = attempts


class _Transient(Exception):
    """A failure worth another try (connection trouble, 5xx, 429)."""


class WebhookClient:
    """POSTs JSON to one URL; retries connection errors, 5xx and 429 with exponential back-off.

    `wait` is the first back-off in seconds (doubling up to `max_wait`); tests pass tiny values.
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
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url
        self.attempts = max(1, attempts)
        self._wait = wait
        self._max_wait = max_wait
        self._client = httpx.Client(timeout=timeout, transport=transport)

    def send(self, payload: dict, idempotency_key: str) -> int:
        """Deliver one message and return the attempts it took.

        Raises DeliveryFailed once retries are used up, or at once on a 4xx other than 429.
        """
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: idempotency_key}
        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=self._wait, max=self._max_wait),
            retry=retry_if_exception_type(_Transient),
            reraise=False,
        )
        number = 0
        try:
            for attempt in retrying:
                with attempt:
                    number = attempt.retry_state.attempt_number
                    self._post(body, headers, number)
        except RetryError as error:
            last = error.last_attempt.exception()
            raise DeliveryFailed(
                f"webhook {self.url}: {last}; gave up after {self.attempts} attempts",
                attempts=self.attempts,
            ) from None
        return number

    def _post(self, body: bytes, headers: dict[str, str], number: int) -> None:
        try:
            response = self._client.post(self.url, content=body, headers=headers)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as error:
            message = f"webhook {self.url}: not a usable http(s) URL ({error})"
            raise DeliveryFailed(message, permanent=True, attempts=1) from error
        except httpx.HTTPError as error:
            log.info("webhook %s attempt %d: %s", self.url, number, error)
            raise _Transient(f"connection error ({type(error).__name__}: {error})") from error
        status = response.status_code
        if status < 300:
            return
        reason = f"HTTP {status} {response.reason_phrase}".rstrip()
        if status >= 500 or status == 429:
            log.info("webhook %s attempt %d: %s", self.url, number, reason)
            raise _Transient(reason)
        raise DeliveryFailed(
            f"webhook {self.url}: {reason} (refused, not retried): {_snippet(response)}",
            permanent=True,
            attempts=number,
        )

    def close(self) -> None:
        self._client.close()


def _snippet(response: httpx.Response, limit: int = 200) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:limit] or "(no body)"
