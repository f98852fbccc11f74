"""Every compile in the app says which attribute catalogue it types custom attributes by.

The compiler's `catalogue` defaults to None (unchecked) so rule tests stay short; a caller in
the app that forgot it would let `attributes["tenur"]` through again, silently.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
# function -> index of its `catalogue` parameter
COMPILERS = {
    "compile_condition": 1,
    "check_rule": 1,
    "compile_rule": 1,
    "check_rules": 1,
    "compile_rule_set": 2,
}


def _calls_without_catalogue(source: str, where: str) -> list[str]:
    missing = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in COMPILERS:
            continue
        given = len(node.args) > COMPILERS[name] or any(
            keyword.arg == "catalogue" for keyword in node.keywords
        )
        if not given:
            missing.append(f"{where}:{node.lineno} {name}")
    return missing


def test_every_compile_in_the_app_passes_the_catalogue() -> None:
    missing = []
    for path in sorted(APP.rglob("*.py")):
        where = str(path.relative_to(APP.parent))
        missing += _calls_without_catalogue(path.read_text(encoding="utf-8"), where)
    assert missing == []


def test_the_check_finds_a_call_that_forgets_it() -> None:
    source = "compile_rule(rule)\nbook.check_rules(r, catalogue=None)\ncompile_rule_set(1, r)\n"
    assert _calls_without_catalogue(source, "x.py") == [
        "x.py:1 compile_rule",
        "x.py:3 compile_rule_set",
    ]
