"""One set of ``--format`` choices on every command that prints records, with exact outputs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from turkru.cli import build_parser, main
from turkru.formats import FORMATS

Capsys = pytest.CaptureFixture[str]

CALL = "Vladimir Putin and Serdar Berdimuhamedov held a telephone conversation on 5 September 2024.\n"
CALL_ID = "meeting-2024-09-05-c4b12f03f9d8"
CALL_FACT = (
    '{"id": "meeting-2024-09-05-c4b12f03f9d8", "kind": "meeting", "status": "held", "date": "2024-09-05", '
    '"end_date": null, "place": null, "mode": "phone", "participants": ["Putin", "Berdimuhamedov"], '
    '"roles": [], "topics": [], "region": null, "sources": ["call"]}\n'
)
CALL_TABLE = (
    "date        kind     status  what                           place  reported  sources  conflicts  id\n"
    "2024-09-05  meeting  held    Putin, Berdimuhamedov (phone)                   1                   "
    "meeting-2024-09-05-c4b12f03f9d8\n"
    "1 entry\n"
)

PRINTING = (("extract",), ("merge",), ("timeline",), *(("query", kind) for kind in (
    "agreements", "meetings", "visits", "sessions", "trade", "events", "person")))
"""Every command that prints records (``export`` converts to other tools' formats with ``--to``)."""


def _subparser(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    return path


class TestSameChoices:
    @pytest.mark.parametrize("path", PRINTING, ids=" ".join)
    def test_format_bom_wide(self, path: tuple[str, ...]) -> None:
        """Each command offers exactly FORMATS, and --bom and --wide."""
        actions = {action.dest: action for action in _subparser(path)._actions}
        assert tuple(actions["format"].choices) == FORMATS
        assert {"bom", "wide"} <= set(actions)

    def test_the_formats(self) -> None:
        """The one list, in the order the help shows it."""
        assert FORMATS == ("table", "json", "jsonl", "csv", "tsv", "facts")


class TestExtractInEveryFormat:
    def test_table(self, call: Path, capsys: Capsys) -> None:
        """extract --format table: the article's records as a table, as timeline shows them."""
        assert main(["extract", str(call), "--format", "table"]) == 0
        assert capsys.readouterr().out == CALL_TABLE

    @pytest.mark.parametrize(("fmt", "separator"), [("csv", ","), ("tsv", "\t")])
    def test_csv_and_tsv(self, call: Path, capsys: Capsys, fmt: str, separator: str) -> None:
        """extract --format csv/tsv: one header, one row per record, the same row timeline writes."""
        assert main(["extract", str(call), "--format", fmt]) == 0
        extracted = capsys.readouterr().out
        assert main(["timeline", str(call), "--format", fmt]) == 0
        assert extracted == capsys.readouterr().out
        header, row = extracted.splitlines()
        assert header.startswith(separator.join(["id", "kind", "status", "date"]))
        assert row.startswith(separator.join([CALL_ID, "meeting", "held", "2024-09-05"]))

    def test_table_of_several_articles_has_one_header(self, call: Path, tmp_path: Path, capsys: Capsys) -> None:
        """Rows of every article in input order under one header; a bad input is reported, the rest written."""
        other = tmp_path / "again.txt"
        other.write_text(CALL, encoding="utf-8")
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff")
        assert main(["extract", str(call), str(bad), str(other), "--format", "csv"]) == 1
        captured = capsys.readouterr()
        lines = captured.out.splitlines()
        assert [line.split(",")[0] for line in lines] == ["id", CALL_ID, CALL_ID]
        assert str(bad) in captured.err

    def test_bom(self, call: Path, capsys: Capsys) -> None:
        """--bom on extract as on the chronicle commands."""
        assert main(["extract", str(call), "--format", "csv", "--bom"]) == 0
        assert capsys.readouterr().out.startswith("\ufeffid,kind,")

    def test_streamed_formats_unchanged(self, call: Path, capsys: Capsys) -> None:
        """json, jsonl and facts still write one article object per input."""
        assert main(["extract", str(call), "--format", "facts"]) == 0
        assert json.loads(capsys.readouterr().out)["article"] == "call"


class TestFactsOfEntries:
    @pytest.mark.parametrize(
        "command", [["merge"], ["timeline"], ["query", "meetings"], ["query", "person", "Putin"]], ids=" ".join
    )
    def test_one_fact_a_line(self, call: Path, capsys: Capsys, command: list[str]) -> None:
        """--format facts on a chronicle: each entry's id, flat fact and source article ids."""
        assert main([*command, str(call), "--format", "facts"]) == 0
        assert capsys.readouterr().out == CALL_FACT
