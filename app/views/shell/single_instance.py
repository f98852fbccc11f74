"""One desktop per user: a second `acrm desk --phone N` hands the number over a local socket."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.views.shell.instance_name import ACK

log = logging.getLogger(__name__)


def send_to_running(name: str, message: dict, timeout_ms: int = 2000) -> bool:
    """True when a running desktop accepted the message (it answers "ok")."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps(message).encode() + b"\n")
    # flush() may already write everything, so wait for the answer rather than for the write.
    socket.flush()
    reply = b""
    while ACK not in reply and socket.waitForReadyRead(timeout_ms):
        reply += socket.readAll().data()
    ok = reply.startswith(ACK)
    socket.disconnectFromServer()
    return bool(ok)


class InstanceServer(QObject):
    """Listens for hand-overs; emits `received(dict)` on the GUI thread for each message."""

    received = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        if self._server.listen(name):
            return True
        # A crashed desktop leaves its socket file behind; nobody answered on it, so reclaim it.
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            return True
        log.warning("single instance server %s: %s", name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + socket.readAll().data()
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line, _, rest = data.partition(b"\n")
        self._buffers[socket] = rest
        try:
            message = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            log.warning("ignored a malformed hand-over message")
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        if isinstance(message, dict):
            self.received.emit(message)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
