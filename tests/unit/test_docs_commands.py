"""Every `acrm` command line the README shows parses: README and CLI cannot drift apart."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from app.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_command_lines() -> list[str]:
    """The `acrm …` lines of the README's shell blocks, without their comments."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            command = line.split("#", 1)[0].strip()
            if command.startswith("acrm "):
                lines.append(command)
    return lines


def test_the_readme_shows_command_lines() -> None:
    assert len(readme_command_lines()) >= 4  # the set-up example at least


@pytest.mark.parametrize("line", readme_command_lines())
def test_each_readme_command_line_parses(line: str) -> None:
    if shlex.split(line)[1:] == ["--version"]:  # argparse prints it and exits 0
        with pytest.raises(SystemExit) as done:
            build_parser().parse_args(["--version"])
        assert done.value.code == 0
        return
    args = build_parser().parse_args(shlex.split(line)[1:])
    assert args.handler is not None


@pytest.mark.parametrize("where", ["before", "after"])
def test_db_goes_before_or_after_the_command(where: str) -> None:
    command = ["import", "DIR"]
    argv = (
        ["--db", "sqlite:///x", *command]
        if where == "before"
        else [*command, "--db", "sqlite:///x"]
    )
    assert build_parser().parse_args(argv).db == "sqlite:///x"


def test_db_after_a_nested_action_and_none_at_all() -> None:
    assert build_parser().parse_args(["rules", "versions", "--db", "u"]).db == "u"
    assert build_parser().parse_args(["rules", "versions"]).db is None
    assert build_parser().parse_args(["--db", "a", "rules", "versions"]).db == "a"
