"""The README documents every command, and every command has --help (sqlite-utils' habit)."""

from __future__ import annotations

import argparse
import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from timeline.cli import main, parser

ROOT = Path(__file__).resolve().parent.parent


def commands() -> list[str]:
    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_readme_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && timeline build" in readme
    assert "python -m pip install '.[test]' && python -m pytest" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "python -m pip install '.[test]' && python -m pytest"


@pytest.mark.parametrize("command", commands())
def test_command_documented_and_has_help(command: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`timeline {command}\b", readme), f"README does not document `timeline {command}`"
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main([command, "--help"])
    assert code == 0
    assert buf.getvalue().startswith(f"usage: timeline {command}")
