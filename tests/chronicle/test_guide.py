"""Every chronicle command in docs/guide.md parses with the arguments the guide gives it."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from turkru.chronicle.commands import register

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide.md"
COMMANDS = ("merge", "query", "timeline", "plot")


def _commands() -> list[list[str]]:
    found = []
    for block in re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if len(words) > 1 and words[0] == "turkru" and words[1] in COMMANDS:
                found.append(words[1:])
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="turkru")
    register(parser.add_subparsers(dest="command", required=True))
    return parser


class TestGuideCommands:
    """The guide's commands are real."""

    def test_found(self) -> None:
        """The guide shows every chronicle command."""
        assert {words[0] for words in _commands()} == set(COMMANDS)

    @pytest.mark.parametrize("argv", _commands(), ids=" ".join)
    def test_parses(self, argv: list[str]) -> None:
        """argparse accepts the command as written, with nothing left over."""
        args = _parser().parse_args(argv)
        assert callable(args.handler)
