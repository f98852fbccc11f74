"""A threaded TCP proxy in front of PostgreSQL that cuts, refuses and randomly drops connections."""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url

from app.services.storage.db import Database
from app.services.sync.server import open_server
from app.services.sync.service import SyncService
from tests.sync_helpers import PASSWORD, Desktop, open_desktop, server_settings_for

CHUNK = 65536


class _Pair:
    """One client connection and its server connection, pumped by two threads."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self._closed = threading.Event()

    def start(self, on_done) -> None:
        for source, target in ((self.client, self.upstream), (self.upstream, self.client)):
            threading.Thread(target=self._pump, args=(source, target, on_done), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, on_done) -> None:
        try:
            while True:
                data = source.recv(CHUNK)
                if not data:
                    break
                target.sendall(data)
        except OSError:
            pass
        finally:
            self.close()
            on_done(self)

    def close(self) -> None:
        """Both sides at once: the client sees EOF and the backend sees EOF (and rolls back)."""
        if self._closed.is_set():
            return
        self._closed.set()
        for sock in (self.client, self.upstream):
            with suppress(OSError):  # the peer may have gone first
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class TcpProxy:
    """127.0.0.1:<port> forwarding to 127.0.0.1:<target_port>; a test's stand-in for the network."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        # close() from another thread does not wake accept(): poll so stopping is prompt.
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._pairs: set[_Pair] = set()
        self._lock = threading.Lock()
        self._accepting = threading.Event()
        self._accepting.set()
        self._stopped = threading.Event()
        self._chaos_stop: threading.Event | None = None
        self.cuts = 0  # connections cut so far (by cut() or chaos), for the test's report
        self._thread = threading.Thread(target=self._serve, name="tcp-proxy", daemon=True)
        self._thread.start()

    # --- controlling it ---------------------------------------------------------------------

    def url(self, pg_url: str) -> str:
        """`pg_url` with its port replaced by the proxy's."""
        return make_url(pg_url).set(host="127.0.0.1", port=self.port).render_as_string(False)

    def cut(self) -> int:
        """Drop every current connection; returns how many were cut."""
        with self._lock:
            pairs = list(self._pairs)
            self._pairs.clear()
        for pair in pairs:
            pair.close()
        self.cuts += len(pairs)
        return len(pairs)

    def cut_one(self, rng: random.Random) -> bool:
        with self._lock:
            if not self._pairs:
                return False
            pair = rng.choice(sorted(self._pairs, key=id))
            self._pairs.discard(pair)
        pair.close()
        self.cuts += 1
        return True

    def pause(self) -> None:
        """Refuse new connections (accepted and closed at once, like a stopped server)."""
        self._accepting.clear()

    def resume(self) -> None:
        self._accepting.set()

    def active(self) -> int:
        with self._lock:
            return len(self._pairs)

    @contextmanager
    def chaos(
        self, every_ms: tuple[int, int] = (50, 200), probability: float = 1.0, seed: int = 0
    ) -> Iterator[None]:
        """While inside: every `every_ms` (random in the range) cut one random connection."""
        stop = threading.Event()
        rng = random.Random(seed)

        def run() -> None:
            while not stop.wait(rng.uniform(*every_ms) / 1000):
                if rng.random() < probability:
                    self.cut_one(rng)

        thread = threading.Thread(target=run, name="tcp-proxy-chaos", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join(5)

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()
        self.cut()
        self._thread.join(5)

    # --- serving -----------------------------------------------------------------------------

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed
            client.settimeout(None)
            if not self._accepting.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            pair = _Pair(client, upstream)
            with self._lock:
                self._pairs.add(pair)
            pair.start(self._forget)

    def _forget(self, pair: _Pair) -> None:
        with self._lock:
            self._pairs.discard(pair)


def desktop_through(
    proxy: TcpProxy,
    pg_url: str,
    login: str,
    path: Path,
    template: Path | None,
    fault: Callable[[str], None] = lambda _p: None,
    on_statement: Callable[[str], None] | None = None,
    push_batch_size: int = 10,
) -> Desktop:
    """A desktop whose server traffic goes through `proxy`, with hooks for injecting faults."""
    desk = open_desktop(proxy.url(pg_url), login, path, template)
    settings = server_settings_for(proxy.url(pg_url), login)

    def connect() -> Database:
        db = open_server(settings, PASSWORD)
        if on_statement is not None:
            event.listen(
                db.engine,
                "before_cursor_execute",
                lambda _c, _cur, statement, *_rest: on_statement(statement),
            )
        return db

    desk.sync = SyncService(desk.db, settings, connect, push_batch_size=push_batch_size,
                            fault=fault)  # fmt: skip
    return desk
