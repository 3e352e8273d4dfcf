"""The command line: ``turkru extract`` and ``turkru schema`` run through ``turkru.cli.main``."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import turkru
from turkru.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
Capsys = pytest.CaptureFixture[str]

CALL = "Vladimir Putin and Serdar Berdimuhamedov held a telephone conversation on 5 September 2024.\n"
TALKS = "Sergey Lavrov held talks with his Turkmen counterpart Rashid Meredov in Ashgabat on Tuesday.\n"
CALL_FACTS = (
    '{"article": "call", "published": null, "facts": [{"kind": "meeting", "status": "held", '
    '"date": "2024-09-05", "end_date": null, "place": null, "mode": "phone", '
    '"participants": ["Putin", "Berdimuhamedov"], "roles": [], "topics": [], "region": null}]}\n'
)


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI; its exit status, standard output and standard error."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def facts_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def assert_one_line_error(err: str, *names: str) -> None:
    """A single 'turkru: error:' line naming each of *names*, and no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("turkru: error: ")
    for name in names:
        assert name in lines[0]


class TestExtractFormats:
    def test_facts_output_is_pinned(self, tmp_path: Path, capsys: Capsys) -> None:
        """A one-sentence article gives exactly this facts line."""
        path = write(tmp_path, "call.txt", CALL)
        status, out, err = run(capsys, "extract", str(path), "--format", "facts")
        assert (status, err) == (0, "")
        assert out == CALL_FACTS

    def test_jsonl_loads_back_to_the_parsed_article(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        """The default format is one JSON line per article, equal to parse_article's result."""
        path = write(tmp_path, "call.txt", CALL)
        status, out, _ = run(capsys, "extract", str(path))
        assert status == 0
        (line,) = out.splitlines()
        assert turkru.loads(line) == turkru.parse_article(CALL, article_id="call")

    def test_json_is_indented_and_valid_against_the_schema(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        """--format json prints an indented article object that the JSON Schema accepts."""
        path = write(tmp_path, "call.txt", CALL)
        status, out, _ = run(capsys, "extract", str(path), "--format", "json")
        assert status == 0
        assert out.startswith("{\n  ")
        document = json.loads(out)
        assert document["kind"] == "article"
        assert document["source"]["article_id"] == "call"
        status, schema_out, _ = run(capsys, "schema")
        jsonschema.validate(document, json.loads(schema_out))

    def test_facts_article_is_the_file_stem(self, tmp_path: Path, capsys: Capsys) -> None:
        """In the facts format ``article`` is the file name without ``.txt``."""
        path = write(tmp_path, "2024-09-05 phone call.txt", CALL)
        _, out, _ = run(capsys, "extract", str(path), "--format", "facts")
        assert [item["article"] for item in facts_lines(out)] == ["2024-09-05 phone call"]


class TestInputs:
    def test_directory_every_txt_sorted(self, tmp_path: Path, capsys: Capsys) -> None:
        """A folder stands for every .txt inside it (subfolders too), in sorted path order."""
        write(tmp_path, "b.txt", CALL)
        write(tmp_path, "a.txt", TALKS)
        write(tmp_path, "sub/c.txt", CALL)
        write(tmp_path, "notes.md", CALL)
        status, out, _ = run(capsys, "extract", str(tmp_path), "--format", "facts")
        assert status == 0
        assert [item["article"] for item in facts_lines(out)] == ["a", "b", "c"]

    def test_several_paths_keep_their_order(self, tmp_path: Path, capsys: Capsys) -> None:
        """Paths given one by one are read in the order given."""
        second = write(tmp_path, "z.txt", CALL)
        first = write(tmp_path, "y.txt", TALKS)
        _, out, _ = run(capsys, "extract", str(second), str(first), "--format", "facts")
        assert [item["article"] for item in facts_lines(out)] == ["z", "y"]

    def test_stdin(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """'-' reads standard input as UTF-8; the article is called 'stdin'."""
        feed_stdin(monkeypatch, CALL.encode("utf-8"))
        status, out, _ = run(capsys, "extract", "-", "--format", "facts")
        assert status == 0
        assert out == CALL_FACTS.replace('"article": "call"', '"article": "stdin"')

    def test_stdin_with_a_byte_order_mark(
        self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
    ) -> None:
        """A UTF-8 byte order mark does not end up in the text."""
        feed_stdin(monkeypatch, b"\xef\xbb\xbf" + CALL.encode("utf-8"))
        _, out, _ = run(capsys, "extract", "-")
        article = turkru.loads(out)
        assert isinstance(article, turkru.Article)
        assert article.text == CALL.strip()

    def test_empty_directory_prints_nothing(self, tmp_path: Path, capsys: Capsys) -> None:
        """A folder with no .txt files is not an error; there is simply no article."""
        assert run(capsys, "extract", str(tmp_path)) == (0, "", "")


class TestPublished:
    def test_option_sets_and_anchors_the_date(self, tmp_path: Path, capsys: Capsys) -> None:
        """--published becomes the article's date and resolves 'on Tuesday' against it."""
        path = write(tmp_path, "talks.txt", TALKS)
        _, out, _ = run(capsys, "extract", str(path), "--format", "facts", "--published", "2023-05-12")
        (item,) = facts_lines(out)
        assert item["published"] == "2023-05-12"
        meetings = [fact for fact in item["facts"] if fact["kind"] == "meeting"]
        assert [fact["date"] for fact in meetings] == ["2023-05-09"]

    def test_option_overrides_the_text(self, tmp_path: Path, capsys: Capsys) -> None:
        """A date the text shows loses to the option."""
        path = write(tmp_path, "talks.txt", "date 2024-03-14 " + TALKS)
        _, shown, _ = run(capsys, "extract", str(path), "--format", "facts")
        _, given, _ = run(capsys, "extract", str(path), "--format", "facts", "--published", "2023-05-12")
        assert facts_lines(shown)[0]["published"] == "2024-03-14"
        assert facts_lines(given)[0]["published"] == "2023-05-12"

    @pytest.mark.parametrize("value", ["2021-13-01", "2021", "12/05/2023", "yesterday"])
    def test_bad_value(self, value: str, tmp_path: Path, capsys: Capsys) -> None:
        """A value that is not a calendar day is a one-line error naming it."""
        path = write(tmp_path, "talks.txt", TALKS)
        status, out, err = run(capsys, "extract", str(path), "--published", value)
        assert status == 1
        assert out == ""
        assert_one_line_error(err, value)


class TestErrors:
    def test_missing_path(self, tmp_path: Path, capsys: Capsys) -> None:
        """A path that does not exist is a one-line error naming it."""
        missing = tmp_path / "nowhere.txt"
        status, out, err = run(capsys, "extract", str(missing))
        assert (status, out) == (1, "")
        assert_one_line_error(err, str(missing))

    def test_undecodable_file(self, tmp_path: Path, capsys: Capsys) -> None:
        """Bytes that are not UTF-8: exit 1, one line naming the file, no traceback."""
        path = write(tmp_path, "latin.txt", "Ashgabat \u2013 talks".encode("cp1252") + b"\xff\xfe")
        status, out, err = run(capsys, "extract", str(path))
        assert (status, out) == (1, "")
        assert_one_line_error(err, str(path), "UTF-8")

    def test_undecodable_stdin(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """Undecodable standard input is the same one-line error."""
        feed_stdin(monkeypatch, b"talks \xff\xfe\xfd")
        status, _, err = run(capsys, "extract", "-")
        assert status == 1
        assert_one_line_error(err, "UTF-8")

    def test_articles_stream_before_a_failure(self, tmp_path: Path, capsys: Capsys) -> None:
        """On standard output each article is written when parsed, so earlier ones precede the error."""
        write(tmp_path, "a.txt", CALL)
        bad = write(tmp_path, "b.txt", b"\xff\xfe")
        status, out, err = run(capsys, "extract", str(tmp_path), "--format", "facts")
        assert status == 1
        assert [item["article"] for item in facts_lines(out)] == ["a"]
        assert_one_line_error(err, str(bad))

    @pytest.mark.parametrize(
        "argv",
        [["extract"], ["extract", "x.txt", "--format", "xml"], ["frobnicate"]],
    )
    def test_usage_errors_exit_2(self, argv: list[str], capsys: Capsys) -> None:
        """Bad usage is argparse's exit status 2 with a usage message."""
        with pytest.raises(SystemExit) as raised:
            main(argv)
        assert raised.value.code == 2
        assert "usage:" in capsys.readouterr().err

    def test_no_command_is_help_and_exit_2(self, capsys: Capsys) -> None:
        """No command at all: the help (usage first) on standard error, exit status 2 (tests/test_cli_front.py)."""
        assert main([]) == 2
        assert capsys.readouterr().err.startswith("usage: turkru")


class TestOutputFile:
    def test_writes_the_file_not_stdout(self, tmp_path: Path, capsys: Capsys) -> None:
        """-o FILE gets the output; standard output stays empty."""
        path = write(tmp_path, "call.txt", CALL)
        target = tmp_path / "out.jsonl"
        status, out, _ = run(capsys, "extract", str(path), "--format", "facts", "-o", str(target))
        assert (status, out) == (0, "")
        assert target.read_text(encoding="utf-8") == CALL_FACTS

    def test_bad_input_does_not_cost_the_good_ones(self, tmp_path: Path, capsys: Capsys) -> None:
        """A failing input after a good one: the good one is written, the bad one named, exit 1."""
        inputs = tmp_path / "in"
        write(inputs, "a.txt", CALL)
        write(inputs, "b.txt", b"\xff\xfe")
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        status, _, err = run(capsys, "extract", str(inputs), "--format", "facts", "-o", str(out_dir / "facts.jsonl"))
        assert status == 1
        assert_one_line_error(err, "b.txt")
        assert [p.name for p in out_dir.iterdir()] == ["facts.jsonl"]
        assert (out_dir / "facts.jsonl").read_text(encoding="utf-8") == CALL_FACTS.replace('"call"', '"a"')

    def test_strict_failure_leaves_no_file(self, tmp_path: Path, capsys: Capsys) -> None:
        """With --strict a failing input stops the run: no output file, no temporary file left behind."""
        inputs = tmp_path / "in"
        write(inputs, "a.txt", CALL)
        write(inputs, "b.txt", b"\xff\xfe")
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        status, _, err = run(capsys, "extract", str(inputs), "--strict", "-o", str(out_dir / "facts.jsonl"))
        assert status == 1
        assert_one_line_error(err, "b.txt")
        assert list(out_dir.iterdir()) == []

    def test_failure_keeps_an_existing_file(self, tmp_path: Path, capsys: Capsys) -> None:
        """A failed run does not truncate the file a previous run wrote."""
        target = write(tmp_path, "facts.jsonl", "previous\n")
        bad = write(tmp_path, "bad.txt", b"\xff")
        status, _, _ = run(capsys, "extract", str(bad), "-o", str(target))
        assert status == 1
        assert target.read_text(encoding="utf-8") == "previous\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "facts.jsonl"]

    def test_unwritable_destination(self, tmp_path: Path, capsys: Capsys) -> None:
        """An output path in a missing folder is a one-line error naming it."""
        path = write(tmp_path, "call.txt", CALL)
        target = tmp_path / "missing" / "out.jsonl"
        status, _, err = run(capsys, "extract", str(path), "-o", str(target))
        assert status == 1
        assert_one_line_error(err, str(target))

    def test_destination_is_a_directory(self, tmp_path: Path, capsys: Capsys) -> None:
        """An output path that is a folder is a one-line error, and nothing is left in it."""
        path = write(tmp_path, "call.txt", CALL)
        target = tmp_path / "folder"
        target.mkdir()
        status, _, err = run(capsys, "extract", str(path), "-o", str(target))
        assert status == 1
        assert_one_line_error(err, str(target))
        assert list(target.iterdir()) == []


class TestSchema:
    def test_prints_valid_json_schema(self, capsys: Capsys) -> None:
        """`turkru schema` prints a JSON Schema that is itself valid."""
        status, out, err = run(capsys, "schema")
        assert (status, err) == (0, "")
        schema = json.loads(out)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_output_file(self, tmp_path: Path, capsys: Capsys) -> None:
        """`turkru schema -o FILE` writes the same text to the file."""
        _, printed, _ = run(capsys, "schema")
        target = tmp_path / "schema.json"
        assert run(capsys, "schema", "-o", str(target)) == (0, "", "")
        assert target.read_text(encoding="utf-8") == printed


class TestDocumentation:
    def test_every_subcommand_is_in_the_readme(self) -> None:
        """README.md shows `turkru <command>` for every subcommand the parser has."""
        parser = build_parser()
        commands = [
            name
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        ]
        assert "extract" in commands and "schema" in commands
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        missing = [name for name in commands if not re.search(rf"\bturkru {re.escape(name)}\b", readme)]
        assert missing == []
