"""The bundled examples and README's code: they run, and they find something."""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from turkru import parse_article
from turkru.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def python_blocks(markdown: str) -> list[str]:
    """The ```python fenced blocks of a Markdown text, in order."""
    return re.findall(r"^```python\n(.*?)^```", markdown, re.M | re.S)


class TestExampleArticles:
    def test_there_are_examples(self) -> None:
        """The examples folder is not empty (so the tests below test something)."""
        assert len(EXAMPLES) >= 3

    @pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
    def test_each_parses_to_records(self, path: Path) -> None:
        """Every example article yields at least one record, with spans into its own text."""
        text = path.read_text(encoding="utf-8")
        article = parse_article(text, article_id=path.stem)
        assert article.records
        for record in article.records:
            for item in record.evidence:
                assert text[item.start : item.end] == item.text

    def test_readme_main_command(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`turkru extract examples/articles --format facts` prints one non-empty object per example."""
        monkeypatch.chdir(ROOT)
        assert "turkru extract examples/articles --format facts" in README
        assert main(["extract", "examples/articles", "--format", "facts"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [item["article"] for item in lines] == [path.stem for path in EXAMPLES]
        assert all(item["facts"] for item in lines)


class TestReadmeCode:
    def test_has_a_library_example(self) -> None:
        """README shows the library in a python block."""
        assert any("parse_article" in block for block in python_blocks(README))

    def test_python_blocks_run(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every python block of README runs from the repository root, and prints something."""
        monkeypatch.chdir(ROOT)
        for block in python_blocks(README):
            exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
        assert capsys.readouterr().out.strip()


def sh_commands(markdown: str, program: str = "turkru") -> list[str]:
    """The lines of the ```sh fenced blocks of a Markdown text that run *program*, in order."""
    blocks = re.findall(r"^```sh\n(.*?)^```", markdown, re.M | re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith(program)]


def run_shell_line(line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run one ``turkru ...`` line as a shell would: ``< file`` feeds standard input, ``> file``
    takes standard output; the exit status and what was printed."""
    words = shlex.split(line, comments=True)[1:]
    target = None
    if "<" in words:
        at = words.index("<")
        data = Path(words[at + 1]).read_bytes()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        del words[at : at + 2]
    if ">" in words:
        at = words.index(">")
        target = Path(words[at + 1])
        del words[at : at + 2]
    try:
        status = main(words)
    except SystemExit as stop:  # --version: argparse prints and exits
        status = int(stop.code or 0)
    out = capsys.readouterr().out
    if target is not None:
        target.write_text(out, encoding="utf-8")
    return status, out


class TestReadmeCommands:
    """Every command of README's command-line block runs as shown, in order, in a folder laid out
    as it assumes (the examples, an article.txt, a ../articles folder and its sources table)."""

    def test_every_command_runs(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each exits 0 and prints something, but the ones writing to a file or redirected."""
        pytest.importorskip("matplotlib")
        work = tmp_path / "work"
        work.mkdir()
        (work / "examples").symlink_to(ROOT / "examples")
        shutil.copytree(ROOT / "examples" / "articles", tmp_path / "articles")
        shutil.copy(EXAMPLES[0], work / "article.txt")
        (work / "sources.csv").write_text(
            f"file,url,outlet,published\n../articles/{EXAMPLES[0].name},https://news.example/a,Example Wire,\n",
            encoding="utf-8",
        )
        monkeypatch.chdir(work)
        commands = sh_commands(README)
        assert len(commands) >= 12
        for line in commands:
            status, out = run_shell_line(line, monkeypatch, capsys)
            assert status == 0, line
            quiet = " > " in line or " -o " in line
            assert quiet or out.strip(), line
        assert (work / "timeline.png").read_bytes().startswith(b"\x89PNG")
        chronicle = [json.loads(row) for row in (work / "chronicle.jsonl").read_text(encoding="utf-8").splitlines()]
        assert chronicle and {row["kind"] for row in chronicle} == {"chronicle_entry"}
