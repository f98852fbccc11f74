"""The packaged desk ships without SciPy and the fitting code (tools/frozen_bundle.py): it
starts, shows analytics, says it cannot refresh (the server computes) and never imports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools import frozen_bundle

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ("scipy", "app.services.analytics.fitting")
# As in the frozen folder: the modules are simply not there (None in sys.modules: not found).
PROGRAM = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None
from app.bootstrap import open_services
from app.cli import main
from app.services.config import resolve_settings
with open_services(resolve_settings({url!r})) as services:
    print("can_refresh", services.analytics.can_refresh())
print("show", main(["--db", {url!r}, "analytics", "show"]))
print("refresh", main(["--db", {url!r}, "analytics", "refresh"]))
loaded = [m for m in sys.modules if m.startswith({blocked!r}) and sys.modules[m] is not None]
print("loaded", sorted(loaded))
"""


def test_the_fitting_code_and_scipy_are_left_out_of_the_packaged_desk() -> None:
    assert set(BLOCKED) <= set(frozen_bundle.EXCLUDED_MODULES)


def test_without_them_the_desk_works_and_says_the_server_computes(sqlite_db, tmp_path) -> None:
    found = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(blocked=BLOCKED, url=sqlite_db.url)],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )  # fmt: skip
    lines = found.stdout.splitlines()
    assert "can_refresh False" in lines and "show 0" in lines and "refresh 2" in lines, found
    assert "no analytics yet" in found.stdout
    assert "ships without the fitting libraries (SciPy); the server computes" in found.stderr
    assert "loaded []" in lines and "Traceback" not in found.stderr
