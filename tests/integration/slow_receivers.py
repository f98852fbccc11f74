"""Hostile webhook receivers on 127.0.0.1: one that never answers, one that trickles its answer."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

TRICKLED_HEAD = b"HTTP/1.1 200 OK\r\nX-Slow: "  # then one more byte per interval, never ending


@dataclass
class SlowReceiver:
    """Reads each request, then sends `head` and after it one more byte per `interval` until
    the client gives up or the test ends; with an empty `head` it never answers at all."""

    head: bytes = b""
    interval: float = 0.5
    keys: list[str] = field(default_factory=list)  # Idempotency-Key of each request, in order
    url: str = ""
    stop: threading.Event = field(default_factory=threading.Event)

    def serve(self, conn: socket.socket) -> None:
        with conn:
            head = _read_request(conn)
            if head is None:
                return
            self.keys.append(_header(head, "idempotency-key"))
            try:
                if not self.head:
                    self.stop.wait()  # hang: the connection stays open, nothing is sent
                    return
                conn.sendall(self.head)
                while not self.stop.wait(self.interval):
                    conn.sendall(b"a")
            except OSError:
                return  # the client gave up and closed the connection


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(_header(head, "content-length") or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head


def _header(head: bytes, name: str) -> str:
    for line in head.decode("latin-1").split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return ""


@contextmanager
def slow_receiver(receiver: SlowReceiver) -> Iterator[SlowReceiver]:
    """Serve in threads until the block ends; then every connection is let go."""
    listener = socket.create_server(("127.0.0.1", 0))
    host, port = listener.getsockname()[:2]
    receiver.url = f"http://{host}:{port}/hooks/acrm"
    listener.settimeout(0.1)

    def accept() -> None:
        while not receiver.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=receiver.serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.stop.set()
        thread.join(timeout=10)
        listener.close()


def hanging() -> SlowReceiver:
    """Takes the request, never answers."""
    return SlowReceiver()


def trickling(interval: float = 0.5) -> SlowReceiver:
    """A status line and a header that never end, one byte per `interval`."""
    return SlowReceiver(head=TRICKLED_HEAD, interval=interval)


def trickling_body(status: bytes, interval: float = 0.5) -> SlowReceiver:
    """A complete head with `status`, then a long body one byte per `interval`."""
    head = b"HTTP/1.1 " + status + b"\r\nContent-Length: 100000\r\n\r\n"
    return SlowReceiver(head=head, interval=interval)
