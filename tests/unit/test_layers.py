"""Layering: each package under app/ imports only what its layer may (read with ast, not run)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

APP_DIR = Path(__file__).resolve().parents[2] / "app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph", "app.views")


@dataclass(frozen=True)
class Rule:
    """Modules under `layer` must not import any of `forbidden` (or their sub-modules)."""

    layer: str
    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()  # exceptions inside a forbidden package
    why: str = ""


RULES = (
    Rule("app.models", (*QT, "app.services", "app.cli", "app.bootstrap"), why="models know no UI"),
    Rule("app.services", (*QT, "app.cli", "app.bootstrap"), why="services run without Qt"),
    Rule(
        "app.rules",
        (*QT, "sqlalchemy", "app.services", "app.models", "app.cli", "app.bootstrap"),
        # Closed vocabularies (plain StrEnums) are shared data, not database access.
        allowed=("app.models.enums",),
        why="rules evaluate plain data: no database, no services, no UI",
    ),
    Rule("app.views", ("sqlalchemy", "app.cli"), why="views get DTOs, never sessions or rows"),
)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def imported_modules(module: str, source: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `source`, nested ones included."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(package, node.module, node.level)
            # Judge each name as base.name: `from app import views` imports app.views, and
            # `from app.models import enums` imports only the allowed app.models.enums.
            found += [
                (node.lineno, base if alias.name == "*" else f"{base}.{alias.name}")
                for alias in node.names
            ]
    return found


def _resolve(package: str, name: str | None, level: int) -> str:
    if level == 0:
        return name or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - level + 1])
    return f"{base}.{name}" if name else base


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    """Every import in `source` that the layer of `module` forbids, as readable messages."""
    problems: dict[int, str] = {}  # one message per import statement
    for rule in RULES:
        if not _within(module, rule.layer):
            continue
        for line, name in imported_modules(module, source, is_package):
            if line in problems or any(_within(name, ok) for ok in rule.allowed):
                continue
            if any(_within(name, bad) for bad in rule.forbidden):
                problems[line] = f"{module}:{line} imports {name} ({rule.why})"
    return [problems[line] for line in sorted(problems)]


def app_modules() -> list[tuple[str, Path]]:
    modules = []
    for path in sorted(APP_DIR.rglob("*.py")):
        parts = path.relative_to(APP_DIR.parent).with_suffix("").parts
        modules.append((".".join(parts), path))
    return modules


def test_no_layer_imports_what_it_must_not() -> None:
    problems = []
    for module, path in app_modules():
        is_package = path.name == "__init__.py"
        name = module.removesuffix(".__init__")
        problems += violations(name, path.read_text(encoding="utf-8"), is_package)
    assert problems == []


def test_the_walk_sees_every_layer() -> None:
    names = {module for module, _ in app_modules()}
    for layer in ("app.models", "app.services", "app.views"):
        assert any(_within(name, layer) for name in names), layer


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("app.services.customers.card", "from PySide6.QtCore import QObject"),
        ("app.services.customers.card", "import pyqtgraph as pg"),
        (
            "app.services.customers.card",
            "def later():\n    from app.views.shell.main_window import MainWindow",
        ),
        ("app.services.customers.card", "from ..views import main_window"),
        ("app.services.customers.card", "from app import views"),
        ("app.models.customer", "from app.services.storage.db import Database"),
        ("app.models.customer", "from ..services import db"),
        ("app.models", "from .views import x"),
        ("app.rules.engine", "from sqlalchemy.orm import Session"),
        ("app.rules.engine", "import sqlalchemy"),
        ("app.rules.engine", "from app.services.dto import CustomerCard"),
        ("app.rules.engine", "from app.models import Customer"),
        ("app.rules.features", "from ..models.customer import Customer"),
        ("app.rules.features", "from app.models import enums, Customer"),
        ("app.rules.features", "from sqlalchemy import *"),
        ("app.views.customer.card_view", "from sqlalchemy.orm import Session"),
    ],
)
def test_checker_catches_a_violation(module: str, source: str) -> None:
    assert len(violations(module, source)) == 1


@pytest.mark.parametrize(
    ("module", "source"),
    [
        (
            "app.services.customers.card",
            "from app.models import Customer\nfrom sqlalchemy import select",
        ),
        ("app.services.customers.card", "from .dto import CustomerCard"),
        ("app.rules.engine", "import rule_engine\nfrom app.models.enums import Channel"),
        ("app.rules.engine", "from .features import build"),
        ("app.rules.engine", "from app.models import enums"),
        ("app.rules.engine", "from ..models.enums import Channel"),
        ("app.views.customer.card_view", "from PySide6.QtWidgets import QWidget\nimport pyqtgraph"),
        ("app.views.customer.card_view", "from app.services.dto import CustomerCard"),
        ("app.cli.desk_cmd", "from app.views.shell.desk_app import run"),
    ],
)
def test_checker_allows_what_a_layer_may_import(module: str, source: str) -> None:
    assert violations(module, source) == []


def test_violation_message_names_module_line_and_import() -> None:
    source = "import json\n\nfrom PySide6.QtCore import Signal\n"
    [message] = violations("app.services.customers.search", source)
    assert message.startswith("app.services.customers.search:3 imports PySide6.QtCore")
