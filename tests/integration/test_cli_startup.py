"""Start-up: `acrm --version` and a screen pop's hand-over load no database, rules or widgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMAND_MODULES, MODULE_OF_COMMAND, build_parser, command_of

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "rule_engine", "PySide6.QtWidgets", "psycopg")
PROBE = """
import contextlib, io, json, sys
from app.cli import main
from app.cli import desk_cmd
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    main(["--version"])
after_version = sorted({m.split(".")[0] if m.startswith(("sqlalchemy", "rule_engine", "psycopg"))
                        else m for m in sys.modules if m.startswith(%(heavy)r)})
handed = desk_cmd._handed_over("+48500000111")  # no desk runs here: nothing takes it
after_hand_over = sorted({m.split(".")[0] if m.startswith(("sqlalchemy", "rule_engine", "psycopg"))
                          else m for m in sys.modules if m.startswith(%(heavy)r)})
print(json.dumps([after_version, handed, after_hand_over]))
"""


def test_version_and_hand_over_load_nothing_heavy(tmp_path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "ACRM_INSTANCE_NAME": f"acrm-test-{tmp_path.name}",
           "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", PROBE % {"heavy": HEAVY}],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    after_version, handed, after_hand_over = json.loads(result.stdout.splitlines()[-1])
    assert after_version == [] and after_hand_over == [] and handed is False


def test_every_command_is_found_in_its_module() -> None:
    for module in COMMAND_MODULES:
        parser = build_parser((module,))
        commands = next(a for a in parser._actions if a.dest == "command").choices
        for name in commands:
            assert MODULE_OF_COMMAND[name] == module, name


@pytest.mark.parametrize(
    ("argv", "command"),
    [(["--db", "x", "import", "D"], "import"), (["-v", "sync", "--once"], "sync"),
     (["--version"], None), (["--help"], None), ([], None), (["rules", "--help"], "rules")],
)  # fmt: skip
def test_the_command_is_read_past_global_options(argv, command) -> None:
    assert command_of(argv) == command
