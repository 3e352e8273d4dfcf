"""docs/guide.md: every chronicle command parses, and every output shown is what the command prints."""

from __future__ import annotations

import argparse
import os
import re
import shlex
from pathlib import Path

import pytest

from turkru.chronicle.commands import register
from turkru.cli import main

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


SHOWN = re.compile(r"```sh\n(?P<command>turkru [^\n]*)\n```\n\n```\n(?P<output>.*?)```", re.S)
"""A one-command ``sh`` block followed by a plain block: the command and the output it prints."""

MISTAKE = re.compile(r"```\n\$ (?P<command>turkru [^\n]*)\n(?P<output>.*?)```", re.S)
"""A plain block starting with ``$ turkru ...``: a failing command and its standard error."""

SETUP = "turkru merge examples/articles -o chronicle.jsonl"
"""The guide's first command, which makes the chronicle the others read."""

ROOT = GUIDE.parents[1]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the examples and the chronicle the guide builds from them."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    assert main(shlex.split(SETUP)[1:]) == 0
    return tmp_path


def _run(command: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(shlex.split(command)[1:])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class TestGuideOutputs:
    """Every output the guide shows is what its command prints (TURKRU_WRITE_DOCS=1 rewrites them)."""

    def test_shown(self, workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each command with an output block prints exactly that block."""
        text = GUIDE.read_text(encoding="utf-8")
        assert SETUP in text
        shown = list(SHOWN.finditer(text))
        assert len(shown) >= 4
        fixed = text
        for match in shown:
            status, out, _err = _run(match["command"], capsys)
            assert status == 0, match["command"]
            if os.environ.get("TURKRU_WRITE_DOCS"):
                fixed = fixed.replace(match[0], match[0].replace(match["output"], out), 1)
            else:
                assert out == match["output"], match["command"]
        if fixed != text:
            GUIDE.write_text(fixed, encoding="utf-8")

    def test_mistakes(self, workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each ``$ turkru ...`` block fails with exactly the error it shows."""
        mistakes = list(MISTAKE.finditer(GUIDE.read_text(encoding="utf-8")))
        assert mistakes
        for match in mistakes:
            status, out, err = _run(match["command"], capsys)
            assert (status, out, err) == (1, "", match["output"]), match["command"]
