"""Run code that might hang in a child process with a hard deadline, so a test fails, not hangs.

A thread cannot be used: Python's `re` holds the GIL while it backtracks, so the waiting
thread would never wake to notice the deadline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEADLINE = 20.0  # seconds; a fixed desk answers in well under one


def run_python(code: str, *args: str, deadline: float = DEADLINE) -> subprocess.CompletedProcess:
    """`python -c code args...`, this checkout first on the path; pytest.fail past the deadline."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    try:
        return subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            timeout=deadline,
            env=env,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {deadline:g} s (killed): {args!r}")


def run_json(code: str, *args: str, deadline: float = DEADLINE) -> object:
    """Like run_python for code that prints one JSON document; its exit must be 0."""
    done = run_python(code, *args, deadline=deadline)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def run_cli(*args: str, deadline: float = DEADLINE) -> subprocess.CompletedProcess:
    """`acrm args...` in a child process (the same entry point as the installed command)."""
    code = "import sys\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))"
    return run_python(code, *args, deadline=deadline)
