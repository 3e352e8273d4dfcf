"""The chronicle commands through ``turkru.cli.main``: exact output, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from turkru.cli import main

from .test_commands import TIMELINE, inputs

__all__ = ["inputs"]


class TestMainChronicleCommands:
    """merge, query and timeline as a user runs them."""

    def test_timeline_table(self, inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru timeline PATH` prints the table and exits 0."""
        assert main(["timeline", str(inputs)]) == 0
        assert capsys.readouterr().out == TIMELINE

    def test_merge_to_file_then_query(self, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru merge -o` writes a chronicle that `turkru query` reads back."""
        chronicle = tmp_path / "chronicle.jsonl"
        assert main(["merge", str(inputs), "-o", str(chronicle)]) == 0
        assert capsys.readouterr().out == ""
        assert main(["query", "meetings", "--with", "Lavrow", str(chronicle), "--format", "jsonl"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["id"] for line in lines] == [
            "meeting-2021-05-07-8af6269b0bbe",
            "meeting-2025-06-25-c9deabddc4ea",
        ]

    def test_merge_to_store_then_query(self, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru merge -o FILE.sqlite` writes a store; query, timeline and merge read it like JSON Lines."""
        store, lines = tmp_path / "chronicle.sqlite", tmp_path / "chronicle.jsonl"
        assert main(["merge", str(inputs), "-o", str(store)]) == 0
        assert main(["merge", str(inputs), "-o", str(lines)]) == 0
        assert capsys.readouterr().out == ""
        assert store.read_bytes().startswith(b"SQLite format 3")
        for command in (["query", "meetings", "--with", "Lavrow"], ["query", "person", "Meredov"], ["timeline"]):
            assert main([*command, str(store)]) == 0
            from_store = capsys.readouterr().out
            assert main([*command, str(lines)]) == 0
            assert from_store == capsys.readouterr().out
        assert main(["merge", str(store)]) == 0
        assert capsys.readouterr().out == lines.read_text(encoding="utf-8")

    def test_merge_into_store(self, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru merge --into STORE NEW...` grows the store to what merging everything writes."""
        store, new = tmp_path / "grown.sqlite", tmp_path / "new.jsonl"
        (inputs / "tass.jsonl").rename(new)
        assert main(["merge", str(inputs), "-o", str(store)]) == 0
        assert main(["merge", "--into", str(store), str(new)]) == 0
        assert capsys.readouterr().out == ""
        assert main(["merge", str(store)]) == 0
        grown = capsys.readouterr().out
        assert main(["merge", str(inputs), str(new)]) == 0
        assert grown == capsys.readouterr().out
        assert main(["merge", "--into", str(new), str(inputs)]) == 1
        assert "new.jsonl: not a chronicle store" in capsys.readouterr().err

    def test_query_agreements_between(self, inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru query agreements --between TM RU --since 2020` finds the memorandum."""
        assert main(["query", "agreements", "--between", "TM", "RU", "--since", "2020", str(inputs)]) == 0
        out = capsys.readouterr().out
        assert "memorandum: memorandum on education" in out
        assert out.endswith("1 entry\n")

    def test_error_is_one_line(self, inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad query argument is one line on standard error and exit status 1."""
        assert main(["timeline", str(inputs), "--since", "soon"]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("turkru: error: since: 'soon' is not a date")
        assert captured.err.count("\n") == 1

    def test_missing_input(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing path is named in the error; no output file is left behind."""
        out_file = tmp_path / "out.jsonl"
        assert main(["merge", str(tmp_path / "nowhere"), "-o", str(out_file)]) == 1
        assert "nowhere: no such file or directory" in capsys.readouterr().err
        assert not out_file.exists()
