"""The bundled examples and README's code: they run, and they find something."""

from __future__ import annotations

import json
import re
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
