"""docs/guide.md: every command parses and runs, every output shown is what the command prints,
and the Python walk-through runs and writes what the command line writes."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shlex
import shutil
import sqlite3
from pathlib import Path

import pytest

from turkru.chronicle import Chronicle
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
    status = main(shlex.split(command, comments=True)[1:])
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


FRONT_MATTER = re.compile(r"```\n(?P<text>---\nurl: .*?)```", re.S)
"""The guide's front-matter example: a whole article file."""

SIDECAR = re.compile(r"```\n(?P<table>file,url,outlet,published\n.*?)```", re.S)
"""The guide's sidecar table of sources."""

NEW_ARTICLE = (
    "Deputy Prime Minister of Russia Alexei Overchuk and Deputy Chairman of the Cabinet of Ministers of "
    "Turkmenistan Rashid Meredov co-chaired a meeting of the intergovernmental commission in Moscow on "
    "20 May 2024.\n"
)
"""The article the guide's ``new-articles/`` folder stands for (our own words)."""


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def _every_command(program: str) -> list[str]:
    """Every line of the guide's ``sh`` blocks that runs *program*, in the order shown."""
    return [
        line.strip()
        for block in _blocks("sh")
        for line in block.splitlines()
        if line.strip().startswith(program + " ")
    ]


@pytest.fixture
def guide_folders(workspace: Path) -> Path:
    """The folders the guide's commands name besides the examples: new articles, and an
    ``articles/`` folder of the front-matter example and a call, with the guide's sidecar table."""
    text = GUIDE.read_text(encoding="utf-8")
    (workspace / "new-articles").mkdir()
    (workspace / "new-articles" / "session.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    articles = workspace / "articles"
    articles.mkdir()
    front = FRONT_MATTER.search(text)
    table = SIDECAR.search(text)
    assert front is not None and table is not None
    (articles / "talks.txt").write_text(front["text"], encoding="utf-8")
    shutil.copy(ROOT / "examples" / "articles" / "presidents-phone-call.txt", articles / "call.txt")
    (articles / "sources.csv").write_text(table["table"], encoding="utf-8")
    return workspace


class TestGuideRuns:
    """Every example of the guide runs as shown, not only the ones with an output block."""

    def test_every_turkru_command(self, guide_folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each ``turkru ...`` line of every ``sh`` block, in order, exits 0 (the store grows by the
        new article; the sidecar table's outlets reach the chronicle)."""
        pytest.importorskip("matplotlib")  # the guide draws the chart too
        commands = _every_command("turkru")
        assert len(commands) >= 20
        for command in commands:
            status, _out, err = _run(command, capsys)
            assert (status, err) == (0, ""), command
            if command.startswith("turkru merge --into"):
                store = Chronicle.open(guide_folders / "chronicle.sqlite")
                added = [entry.kind for entry in store if "session" in {s.article_id for s in entry.sources}]
                assert "commission_session" in added and len(store) == 9 + len(added), command
        written = Chronicle.from_jsonl((guide_folders / "chronicle.jsonl").read_text(encoding="utf-8"))
        assert "Wire Service" in {source.outlet for entry in written for source in entry.sources}

    def test_sqlite_query(self, guide_folders: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The guide's sqlite3 query reads the store the guide makes: the entries in conflict."""
        assert main(["merge", "examples/articles", "-o", "chronicle.sqlite"]) == 0
        (line,) = _every_command("sqlite3")
        _program, path, query = shlex.split(line)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            rows = connection.execute(query).fetchall()
        assert rows and all(row[1] in ("meeting", "visit", "agreement") and row[2] == 2 for row in rows)

    def test_python_walkthrough(self, workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The Python block runs, prints Lavrov's meeting and the disputed date, and writes the
        chronicle the command line writes, the CSV and the chart."""
        pytest.importorskip("pandas")
        pytest.importorskip("matplotlib")
        (block,) = _blocks("python")
        (workspace / "chronicle.jsonl").unlink()
        exec(compile(block, str(GUIDE), "exec"), {"__name__": "guide"})
        printed = capsys.readouterr().out
        assert "2024-03-13 ['Lavrov', 'Meredov']" in printed
        assert re.search(r"meeting-\S+ date 2024-03-1[34] \[", printed)
        assert (workspace / "chronicle.csv").read_text(encoding="utf-8").startswith("id,kind,status,")
        assert (workspace / "timeline.png").read_bytes().startswith(b"\x89PNG")
        from_python = (workspace / "chronicle.jsonl").read_text(encoding="utf-8")
        assert main(shlex.split(SETUP)[1:]) == 0
        assert (workspace / "chronicle.jsonl").read_text(encoding="utf-8") == from_python
