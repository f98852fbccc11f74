"""A real HTTP receiver on 127.0.0.1 for webhook tests: fails the first N requests, then accepts."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict
    peer: tuple = ()  # the client's address and port: one per connection (kept alive)


@dataclass
class Receiver:
    """What the server answers and what it got; `fail_first` requests get `fail_status`.

    `hold`, if given, is called with each request's number (from 1) and the request before it
    is answered: a test can hold an answer back until something else has happened.
    """

    fail_first: int = 0
    fail_status: int = 503
    hold: Callable[[int, Received], None] | None = None
    requests: list[Received] = field(default_factory=list)
    accepted: list[Received] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, received: Received) -> int:
        with self.lock:
            self.requests.append(received)
            number = len(self.requests)
        if self.hold is not None:
            self.hold(number, received)
        with self.lock:
            if number <= self.fail_first:
                return self.fail_status
            self.accepted.append(received)
            return 200


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # connections kept alive, as real receivers do

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            headers = dict(self.headers.items())
            status = receiver.answer(Received(self.path, headers, body, self.client_address))
            text = b'{"ok": true}' if status < 300 else b'{"error": "not now"}'
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(text)))
                self.end_headers()
                self.wfile.write(text)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the sender is gone (a test killed it)

        def log_message(self, format: str, *args) -> None:  # keep test output clean
            return

    return Handler


@contextmanager
def running_receiver(receiver: Receiver | None = None, port: int = 0) -> Iterator[Receiver]:
    """Serve on `port` (0: a free one) in a thread; stopped and closed on exit."""
    receiver = receiver or Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(receiver))
    host, port = server.server_address[:2]
    receiver.url = f"http://{host}:{port}/hooks/acrm"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def unused_url() -> str:
    """A URL on a port nobody listens on (bound, then released)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    host, port = server.server_address[:2]
    server.server_close()
    return f"http://{host}:{port}/hooks/acrm"
