"""The import contracts in pyproject.toml ([tool.importlinter]) hold, and they catch a breach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts over the `app` package found under `root` (no cache: fresh graph)."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_code_keeps_every_contract() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def copy_of_the_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("code")
    shutil.copytree(REPO / "app", root / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


BREACHES = [
    # (module, line planted at its end, the contract that must say BROKEN)
    ("app/services/errors.py", "from PySide6.QtCore import QObject", "Qt only in the views"),
    ("app/rules/features.py", "import sqlalchemy", "Rules evaluate plain data"),
    ("app/rules/features.py", "from app.models import Customer", "Rules evaluate plain data"),
    ("app/views/customer/card_view.py", "from sqlalchemy.orm import Session", "Views get data"),
    ("app/models/customer.py", "from app.services.storage.db import Database", "Layers"),
    (
        "app/services/storage/sql.py",
        "def later():\n    from app.views.shell.main_window import MainWindow",
        "Layers",
    ),
    ("app/services/storage/sql.py", "from app.services.customers import card", "No import cycles"),
]


@pytest.mark.parametrize(("module", "line", "contract"), BREACHES)
def test_a_planted_breach_is_caught(
    copy_of_the_code: Path, module: str, line: str, contract: str
) -> None:
    path = copy_of_the_code / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n" + line + "\n", encoding="utf-8")
    try:
        result = lint_imports(copy_of_the_code)
    finally:
        path.write_text(original, encoding="utf-8")
    broken = [row for row in result.stdout.splitlines() if row.endswith("BROKEN")]
    assert result.returncode == 1, result.stdout + result.stderr
    assert any(row.startswith(contract) for row in broken), broken
