"""Source metadata from the command line: front matter and ``--sources`` tables reach the
records, their exports, and leave the evidence offsets on the text the user gave."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from turkru.cli import main

Capsys = pytest.CaptureFixture[str]

CALL = "Vladimir Putin and Serdar Berdimuhamedov held a telephone conversation on 5 September.\n"
FRONT = "---\nurl: https://wire.example/call\noutlet: Wire Example\npublished: 2024-09-06\n---\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class TestFrontMatter:
    def test_source_and_offsets(self, tmp_path: Path, capsys: Capsys) -> None:
        """The article's source carries the front matter's url, outlet and day; the event is dated by
        it; every evidence span indexes the file's own text."""
        path = _write(tmp_path / "call.txt", FRONT + CALL)
        status, out, err = _run(capsys, "extract", str(path), "-j", "1")
        assert (status, err) == (0, "")
        article = json.loads(out)
        assert article["source"]["url"] == "https://wire.example/call"
        assert article["source"]["outlet"] == "Wire Example"
        assert article["source"]["published"] == "2024-09-06"
        meeting = article["records"][0]
        assert meeting["date"] == "2024-09-05"
        text = path.read_text(encoding="utf-8")
        for evidence in meeting["evidence"]:
            assert evidence["start"] >= len(FRONT)
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]

    def test_csv_export_cites_it(self, tmp_path: Path, capsys: Capsys) -> None:
        """timeline --format csv: the row's outlets, urls and published columns."""
        _write(tmp_path / "call.txt", FRONT + CALL)
        status, out, _ = _run(capsys, "timeline", str(tmp_path), "--format", "csv")
        assert status == 0
        (row,) = list(csv.DictReader(io.StringIO(out)))
        assert (row["outlets"], row["urls"], row["published"]) == (
            "Wire Example", "https://wire.example/call", "2024-09-06"
        )
        assert row["evidence"] == CALL.strip()

    def test_bad_date_one_line(self, tmp_path: Path, capsys: Capsys) -> None:
        """A front matter date that is no day is one error line naming the file and line; others still read."""
        bad = _write(tmp_path / "a.txt", "---\npublished: soon\n---\n" + CALL)
        _write(tmp_path / "b.txt", CALL)
        status, out, err = _run(capsys, "extract", str(tmp_path), "--format", "facts", "-j", "1")
        assert status == 1
        assert [json.loads(line)["article"] for line in out.splitlines()] == ["b"]
        assert err.startswith(f"turkru: error: {bad}: line 2: published: ")
        assert err.count("\n") == 1


class TestSidecar:
    @pytest.mark.parametrize(("name", "sep"), [("sources.csv", ","), ("sources.tsv", "\t")])
    def test_merge_with_table(self, tmp_path: Path, capsys: Capsys, name: str, sep: str) -> None:
        """merge --sources: each article's row gives its source; an unlisted article has none."""
        _write(tmp_path / "news" / "call.txt", CALL)
        _write(tmp_path / "news" / "other.txt", CALL.replace("5 September", "6 October"))
        table = _write(
            tmp_path / name,
            sep.join(["file", "outlet", "url", "published"]) + "\n"
            + sep.join(["news/call.txt", "Daily Example", "https://daily.example/1", "2024-09-07"]) + "\n",
        )
        status, out, err = _run(capsys, "merge", str(tmp_path / "news"), "--sources", str(table), "--format", "csv")
        assert (status, err) == (0, "")
        rows = {row["sources"]: row for row in csv.DictReader(io.StringIO(out))}
        assert (rows["call"]["outlets"], rows["call"]["urls"], rows["call"]["published"]) == (
            "Daily Example", "https://daily.example/1", "2024-09-07"
        )
        assert rows["call"]["date"] == "2024-09-05"
        assert (rows["other"]["outlets"], rows["other"]["urls"], rows["other"]["published"]) == ("", "", "")

    def test_table_wins_over_front_matter_published_wins_over_both(self, tmp_path: Path, capsys: Capsys) -> None:
        """The sidecar's values win over the file's; --published over both (extract, -j 2 workers too)."""
        _write(tmp_path / "call.txt", FRONT + CALL)
        _write(tmp_path / "more.txt", CALL)
        table = _write(tmp_path / "s.csv", "file,outlet,published\ncall.txt,Table Outlet,2024-09-08\n")
        status, out, _ = _run(capsys, "extract", str(tmp_path), "--sources", str(table), "-j", "2")
        assert status == 0
        first, second = (json.loads(line)["source"] for line in out.splitlines())
        assert (first["outlet"], first["url"], first["published"]) == (
            "Table Outlet", "https://wire.example/call", "2024-09-08"
        )
        assert second["outlet"] is None
        status, out, _ = _run(capsys, "extract", str(tmp_path / "call.txt"), "--sources", str(table),
                              "--published", "2024-09-10")
        assert json.loads(out)["source"]["published"] == "2024-09-10"

    def test_bad_row_stops_before_reading(self, tmp_path: Path, capsys: Capsys) -> None:
        """A bad row is one located error line, exit 1, and no output file."""
        _write(tmp_path / "call.txt", CALL)
        table = _write(tmp_path / "s.csv", "file,published\ncall.txt,2024-02-30\n")
        target = tmp_path / "out.jsonl"
        status, out, err = _run(capsys, "merge", str(tmp_path / "call.txt"), "--sources", str(table),
                                "-o", str(target))
        assert (status, out) == (1, "")
        assert err.startswith(f"turkru: error: {table}: line 2: published: ")
        assert err.count("\n") == 1
        assert not target.exists()

    @pytest.mark.parametrize(
        "command", [["query", "meetings"], ["timeline"], ["plot", "-o", "x.png"], ["export", "--to", "polecat"]]
    )
    def test_every_reading_command_takes_it(self, command: list[str], tmp_path: Path, capsys: Capsys) -> None:
        """--sources is accepted wherever article texts are read (a missing table is the one error)."""
        _write(tmp_path / "call.txt", CALL)
        status, _, err = _run(capsys, *command, str(tmp_path / "call.txt"), "--sources", str(tmp_path / "none.csv"))
        assert status == 1
        assert err == f"turkru: error: {tmp_path / 'none.csv'}: cannot read (No such file or directory)\n"
