"""Running `acrm` in the test's process with text on its standard input (e.g. a password)."""

from __future__ import annotations

import io
import sys

from app.cli import main


def acrm(args: list[str], stdin: str = "") -> int:
    """`acrm args` with `stdin` as standard input; returns the exit code."""
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(args)
    finally:
        sys.stdin = old
