"""Commands and windows get their services from app/bootstrap.py only: none are built by hand.

A hand-built service misses the wiring the composition root adds (the server behind the rule
book, the keyring password, the engine's disposal); that is how `acrm rules publish` once
published into a desk's cache while a server was configured.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUARDED = ("app/cli", "app/views")


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def hand_built(source: str) -> list[tuple[int, str]]:
    """(line, name) of every `Database(...)` or `...Service(...)` constructed in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name == "Database" or name.endswith("Service"):
                found.append((node.lineno, name))
    return found


def test_the_check_sees_each_way_of_building_a_service() -> None:
    source = (
        "db = Database(url)\n"
        "book = RuleBookService(db, author='x')\n"
        "sim = simulation.SimulationService(nba)\n"
        "ok = services.rulebook.versions()\n"
    )
    assert hand_built(source) == [(1, "Database"), (2, "RuleBookService"), (3, "SimulationService")]


@pytest.mark.parametrize("folder", GUARDED)
def test_no_command_or_window_builds_a_database_or_a_service(folder: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}(...)"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, name in hand_built(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, (
        "build these in app/bootstrap.py (open_services / open_url) and take them from "
        "Services instead:\n" + "\n".join(offenders)
    )


def test_no_command_or_window_disposes_an_engine_by_hand() -> None:
    """open_services / open_url / Services.close dispose everything; a hand-written copy is how
    one is missed (the desk once disposed the local engine and left the server's pool open)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for folder in ("app/cli", "app/views")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and _called_name(node) == "dispose"
    ]
    assert not offenders, "use open_services(...), open_url(...) or close():\n" + "\n".join(
        offenders
    )
