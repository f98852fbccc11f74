"""Send a command's recorded change to the server at once, where one is configured."""

from __future__ import annotations

import sys

from app.bootstrap import Services
from app.services.sync.errors import ServerUnavailable


def send_now(services: Services) -> int:
    """Push at once where a server is configured; offline, the next sync takes it.
    The exit code: 1 when the server refused a row (named on stderr), else 0."""
    if services.sync is None:
        return 0
    try:
        report = services.sync.run_once()
    except ServerUnavailable as error:
        print(f"saved here; it goes to the server at the next sync ({error})", file=sys.stderr)
        return 0
    for row in report.rejected:
        print(f"acrm: refused by the server: {row.message}", file=sys.stderr)
    return 1 if report.rejected else 0
