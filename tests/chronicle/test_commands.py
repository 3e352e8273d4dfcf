"""The merge, query, timeline and plot commands as library functions, and their argparse wiring."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from turkru import Article, DocType, ParseError, SerializationError, TurkruError
from turkru.chronicle import Chronicle
from turkru.chronicle.commands import load_chronicle, register, run_merge, run_query, run_timeline
from turkru.serialize import dumps, dumps_jsonl

from .reports import agreement, meeting, source, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")
C = source("c", "2025-06-26", "nCa")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with records from two outlets as JSON Lines and an article as JSON."""
    (tmp_path / "trend.jsonl").write_text(
        dumps_jsonl(
            [meeting(A), visit(A), agreement(A, title="memorandum on education", doc_type=DocType.MEMORANDUM)]
        ),
        encoding="utf-8",
    )
    (tmp_path / "tass.jsonl").write_text(dumps_jsonl([meeting(B, date="2021-05-08")]), encoding="utf-8")
    article = Article(source=C, records=(meeting(C, date="2025-06-25", place="Ashgabat"),))
    (tmp_path / "nca.json").write_text(dumps(article), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


def _run(function: object, *args: object, **kwargs: object) -> str:
    out = io.StringIO()
    function(*args, out=out, **kwargs)  # type: ignore[operator]
    return out.getvalue()


TIMELINE = (
    "date        kind       status  what                                 place     reported    sources  conflicts  id\n"
    "2021-05-07  agreement  signed  memorandum: memorandum on education            2021-05-08  1                   "
    "agreement-2021-05-07-31f1cecb7aaa\n"
    "2021-05-07  meeting    held    Lavrov, Meredov                      Moscow    2021-05-08  2        date       "
    "meeting-2021-05-07-8af6269b0bbe\n"
    "2021-05-07  visit      held    TM -> RU: Meredov                    Moscow    2021-05-08  1                   "
    "visit-2021-05-07-a5aad710d4dc\n"
    "2025-06-25  meeting    held    Lavrov, Meredov                      Ashgabat  2025-06-26  1                   "
    "meeting-2025-06-25-c9deabddc4ea\n"
    "4 entries\n"
)


class TestLoad:
    """load_chronicle: folders, .jsonl, .json, .txt and standard input."""

    def test_folder(self, inputs: Path) -> None:
        """A folder: every .txt, .json and .jsonl file in it, merged."""
        chronicle = load_chronicle([str(inputs)])
        assert len(chronicle) == 4
        assert [len(entry.sources) for entry in chronicle] == [1, 2, 1, 1]

    def test_articles_are_parsed(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A .txt file is parsed as an article named by the file."""
        seen = []

        def parse(text: str, *, article_id: str | None = None, **data: object) -> Article:
            seen.append((text, article_id))
            # no --gazetteer/--lexicon: the defaults; no front matter or --sources: no source metadata
            assert data == {"gazetteer": None, "lexicon": None, "url": None, "outlet": None, "published": None}
            return Article(source=source(article_id or "?"), records=(meeting(source("ignored")),))

        monkeypatch.setattr("turkru.extract.pipeline.parse_article", parse)
        (tmp_path / "one.txt").write_text("Some text.", encoding="utf-8")
        chronicle = load_chronicle([str(tmp_path / "one.txt")])
        assert seen == [("Some text.", "one")]
        assert [item.article_id for item in chronicle.entries[0].sources] == ["ignored", "one"]

    def test_stdin(self) -> None:
        """No path: a chronicle or records as JSON Lines on standard input."""
        chronicle = load_chronicle([], stdin=io.StringIO(Chronicle.from_records([visit(A)]).to_jsonl()))
        assert len(chronicle) == 1

    def test_missing(self, tmp_path: Path) -> None:
        """A path that does not exist is a ParseError naming it."""
        with pytest.raises(ParseError) as caught:
            load_chronicle([str(tmp_path / "nope.jsonl")])
        assert str(caught.value) == f"{tmp_path / 'nope.jsonl'}: no such file or directory"

    def test_bad_line(self, tmp_path: Path) -> None:
        """A bad JSON line: the file, the line and what is wrong."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"kind": "visit"}\n', encoding="utf-8")
        with pytest.raises(SerializationError) as caught:
            load_chronicle([str(path)])
        assert str(caught.value).startswith(f"{path}: line 1: $.schema_version: required field missing")

    def test_repeated_key(self, tmp_path: Path) -> None:
        """A JSON Lines object giving a key twice is refused with the file, line and JSON path."""
        path = tmp_path / "twice.jsonl"
        line = dumps_jsonl([visit(A)]).strip()
        path.write_text(line + "\n" + line.replace('"kind": "visit"', '"kind": "visit", "kind": "meeting"'), "utf-8")
        with pytest.raises(SerializationError) as caught:
            load_chronicle([str(path)])
        assert str(caught.value) == (
            f"{path}: line 2: invalid JSON: $: key 'kind' appears more than once in one object"
        )

    def test_escaped_surrogate_merges_and_writes(self, tmp_path: Path) -> None:
        """A record holding an escaped lone surrogate merges, and the merged JSONL encodes as UTF-8."""
        path = tmp_path / "odd.json"
        path.write_text(dumps(Article(source=C, records=(meeting(C, place="Ash\ud800gabat"),))), "utf-8")
        written = _run(run_merge, [str(path)])
        written.encode("utf-8")
        assert "Ash\\ud800gabat" in written
        assert load_chronicle([], stdin=io.StringIO(written)) == load_chronicle([str(path)])

    def test_other_suffix(self, tmp_path: Path) -> None:
        """A file named on the command line must be .txt, .json, .jsonl or a SQLite store."""
        path = tmp_path / "notes.md"
        path.write_text("x", encoding="utf-8")
        with pytest.raises(ParseError, match=r"notes\.md: not a \.txt, \.json, \.jsonl or SQLite chronicle file$"):
            load_chronicle([str(path)])


class TestRun:
    """run_merge, run_query and run_timeline: exact output."""

    def test_merge_jsonl(self, inputs: Path) -> None:
        """merge writes the chronicle as JSON Lines, which reads back into the same chronicle."""
        text = _run(run_merge, [str(inputs)])
        assert [json.loads(line)["id"] for line in text.splitlines()] == [
            line.split()[-1] for line in TIMELINE.splitlines()[1:-1]
        ]
        assert Chronicle.from_jsonl(text) == load_chronicle([str(inputs)])

    def test_timeline_table(self, inputs: Path) -> None:
        """timeline prints the table."""
        assert _run(run_timeline, [str(inputs)]) == TIMELINE

    def test_timeline_since(self, inputs: Path) -> None:
        """--since narrows the timeline."""
        assert _run(run_timeline, [str(inputs)], since="2022").splitlines()[-1] == "1 entry"

    def test_query_agreements(self, inputs: Path) -> None:
        """agreements between TM and RU since 2020, as CSV."""
        text = _run(
            run_query, "agreements", [str(inputs)], options={"a": "TM", "b": "RU", "since": "2020"}, fmt="csv"
        )
        rows = text.splitlines()
        assert len(rows) == 2
        assert rows[1].startswith("agreement-2021-05-07-31f1cecb7aaa,agreement,signed,2021-05-07,")

    def test_query_meetings_json(self, inputs: Path) -> None:
        """meetings with Lavrov as a JSON array of entries, variants and conflicts included."""
        data = json.loads(
            _run(run_query, "meetings", [str(inputs)], options={"with_": ["Lavrow"]}, fmt="json")
        )
        assert [entry["id"] for entry in data] == [
            "meeting-2021-05-07-8af6269b0bbe",
            "meeting-2025-06-25-c9deabddc4ea",
        ]
        assert data[0]["conflicts"] == ["date"]
        assert data[0]["sources"] == ["a", "b"]
        assert [variant["record"]["date"] for variant in data[0]["variants"]] == ["2021-05-07", "2021-05-08"]

    def test_query_person_jsonl(self, inputs: Path) -> None:
        """person, whatever the spelling, as JSON Lines."""
        text = _run(run_query, "person", [str(inputs)], options={"name": "Meredow"}, fmt="jsonl")
        assert len(text.splitlines()) == 3

    def test_unknown_query(self, inputs: Path) -> None:
        """An unknown kind is an error naming the choices."""
        with pytest.raises(TurkruError, match=r"^query: 'treaties' is not one of 'agreements', "):
            _run(run_query, "treaties", [str(inputs)], options={})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="turkru")
    register(parser.add_subparsers(dest="command", required=True))
    return parser


def _cli(*argv: str) -> str:
    args = _parser().parse_args(argv)
    out = io.StringIO()
    args.handler(args, out)
    return out.getvalue()


class TestRegister:
    """register() wires the commands into an argparse parser."""

    def test_merge(self, inputs: Path) -> None:
        """turkru merge PATH --format table."""
        assert _cli("merge", str(inputs), "--format", "table") == TIMELINE

    def test_query_agreements(self, inputs: Path) -> None:
        """turkru query agreements --between TM RU --since 2020 PATH."""
        text = _cli("query", "agreements", "--between", "TM", "RU", "--since", "2020", str(inputs))
        assert text.splitlines()[-1] == "1 entry"

    def test_query_meetings(self, inputs: Path) -> None:
        """turkru query meetings --with Lavrov --until 2022 PATH."""
        text = _cli("query", "meetings", "--with", "Lavrov", "--until", "2022", str(inputs))
        assert "meeting-2021-05-07-8af6269b0bbe" in text
        assert text.splitlines()[-1] == "1 entry"

    def test_query_person_and_visits(self, inputs: Path) -> None:
        """turkru query person NAME PATH; turkru query visits --by TM PATH --format csv."""
        assert _cli("query", "person", "Meredov", str(inputs)).splitlines()[-1] == "3 entries"
        assert _cli("query", "visits", "--by", "TM", str(inputs), "--format", "csv").count("\n") == 2

    def test_query_needs_between(self, inputs: Path) -> None:
        """agreements without --between is an error saying so."""
        with pytest.raises(TurkruError, match=r"^query agreements: --between A B is required$"):
            _cli("query", "agreements", str(inputs))

    def test_bad_date(self, inputs: Path) -> None:
        """A bad --since reaches the user as the QueryError's message."""
        with pytest.raises(TurkruError, match=r"^since: 'soon' is not a date"):
            _cli("timeline", str(inputs), "--since", "soon")

    def test_plot(self, inputs: Path, tmp_path: Path) -> None:
        """turkru plot PATH -o chart.png writes the chart; nothing goes to standard output."""
        pytest.importorskip("matplotlib")
        chart = tmp_path / "chart.png"
        assert _cli("plot", str(inputs), "-o", str(chart)) == ""
        assert chart.read_bytes().startswith(b"\x89PNG")

    def test_plot_pdf(self, inputs: Path, tmp_path: Path) -> None:
        """turkru plot -o chart.pdf writes a PDF: any format matplotlib writes, by the suffix."""
        pytest.importorskip("matplotlib")
        chart = tmp_path / "chart.pdf"
        assert _cli("plot", str(inputs), "-o", str(chart)) == ""
        assert chart.read_bytes().startswith(b"%PDF")

    def test_plot_unknown_format(self, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """turkru plot -o chart.doc fails with exit 1, naming the file and what matplotlib writes."""
        pytest.importorskip("matplotlib")
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from turkru.cli import main

        chart = tmp_path / "chart.doc"
        assert main(["plot", str(inputs), "-o", str(chart)]) == 1
        formats = ", ".join("." + name for name in sorted(FigureCanvasAgg.get_supported_filetypes()))
        assert ".pdf" in formats and ".svg" in formats
        assert capsys.readouterr().err == (
            f"turkru: error: plot_timeline: {str(chart)!r} does not end in a format matplotlib writes"
            f" (one of {formats})\n"
        )
        assert not chart.exists()
