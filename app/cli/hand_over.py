"""A screen pop's hand-over to the running desk over its local socket, without loading Qt.

The desk listens with QLocalServer; on POSIX that is a Unix-domain socket named
`$TMPDIR/<name>` (Qt's QDir::tempPath(), /tmp by default), which the standard library reaches
in a few milliseconds where importing QtNetwork costs ~200 ms. Elsewhere (Windows named pipes)
Qt's own client is used.
"""

from __future__ import annotations

import json
import os
import socket
import sys

from app.views.shell.instance_name import ACK


def socket_path(name: str) -> str:
    """Where QLocalServer puts a server called `name` on POSIX."""
    if os.path.isabs(name):
        return name
    temp = (os.environ.get("TMPDIR") or "/tmp").rstrip("/") or "/"
    return os.path.join(temp, name)


def hand_over(name: str, message: dict, timeout_s: float = 2.0) -> bool:
    """True when a running desk accepted the message; False when none listens."""
    if sys.platform == "win32":
        from app.views.shell.single_instance import send_to_running

        return send_to_running(name, message, int(timeout_s * 1000))
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout_s)
            conn.connect(socket_path(name))
            conn.sendall(json.dumps(message).encode() + b"\n")
            reply = b""
            while ACK not in reply:
                chunk = conn.recv(64)
                if not chunk:
                    break
                reply += chunk
    except OSError:  # no socket file, nobody listening, or no answer in time
        return False
    return reply.startswith(ACK)
