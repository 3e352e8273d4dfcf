"""The progress line through ``turkru.cli.main``: on a terminal's standard error only, never
sharing a line with an error."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import turkru.progress
from turkru.cli import main

CALL = "Vladimir Putin and Serdar Berdimuhamedov held a telephone conversation on 5 September 2024.\n"


class FakeTerminal(io.StringIO):
    """Standard error as a terminal: a text stream that says it is a tty."""

    def isatty(self) -> bool:
        return True


def _blank(line: str) -> str:
    return "\r" + " " * len(line) + "\r"


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_text(CALL, encoding="utf-8")
        paths.append(str(path))
    return paths


def _terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """Standard error made a terminal, and the line shown at once (called in the test itself:
    pytest's own capture replaces standard error after the fixtures ran)."""
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(turkru.progress, "DELAY", 0.0)
    return stream


def test_extract_counts_and_wipes(
    articles: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """extract over three files: 1/3, 2/3, 3/3 drawn in place, then wiped; standard output untouched."""
    terminal = _terminal(monkeypatch)
    assert main(["extract", *articles, "-j", "1", "--format", "facts"]) == 0
    assert terminal.getvalue() == (
        "\rturkru: extract 1/3 files\rturkru: extract 2/3 files\rturkru: extract 3/3 files"
        + _blank("turkru: extract 3/3 files")
    )
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_error_line_starts_clean(articles: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A bad input's line comes after the progress line is wiped; counting goes on below it."""
    terminal = _terminal(monkeypatch)
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\n")
    assert main(["extract", *articles, "-j", "1", "-o", str(tmp_path / "out.jsonl")]) == 1
    error = f"turkru: error: {bad}: not UTF-8 text (undecodable byte 0xff at offset 0)\n"
    assert terminal.getvalue() == (
        "\rturkru: extract 1/3 files"
        + _blank("turkru: extract 1/3 files")
        + error
        + "\rturkru: extract 2/3 files\rturkru: extract 3/3 files"
        + _blank("turkru: extract 3/3 files")
    )
    shown = [line.rsplit("\r", 1)[-1] for line in terminal.getvalue().split("\n")]
    assert shown == [error.rstrip("\n"), ""]


def test_strict_stop_wipes_first(articles: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--strict: the line is wiped before the one error line, and nothing follows it."""
    terminal = _terminal(monkeypatch)
    (tmp_path / "b.txt").write_bytes(b"\xff\n")
    assert main(["extract", *articles, "-j", "1", "--strict"]) == 1
    value = terminal.getvalue()
    assert value.startswith("\rturkru: extract 1/3 files" + _blank("turkru: extract 1/3 files") + "turkru: error: ")
    assert value.endswith("offset 0)\n") and value.count("\n") == 1


def test_merge_counts_the_inputs_it_parses(articles: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """merge (and query, timeline ...): the inputs read and parsed, under 'reading'."""
    terminal = _terminal(monkeypatch)
    assert main(["merge", *articles, "-j", "1", "-o", str(Path(articles[0]).parent / "out.jsonl")]) == 0
    assert terminal.getvalue() == (
        "\rturkru: reading 1/3 files\rturkru: reading 2/3 files\rturkru: reading 3/3 files"
        + _blank("turkru: reading 3/3 files")
    )


def test_not_a_terminal(
    articles: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard error in a pipe or a file: no progress line at all."""
    monkeypatch.setattr(turkru.progress, "DELAY", 0.0)
    assert main(["merge", *articles, "-j", "1"]) == 0
    assert capsys.readouterr().err == ""


def _one_terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """Standard output and standard error on one terminal, as in an interactive shell."""
    terminal = _terminal(monkeypatch)
    monkeypatch.setattr(sys, "stdout", terminal)
    return terminal


def test_streamed_output_starts_on_a_clean_line(articles: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """extract streaming to the terminal the line is drawn on: the line is wiped before each
    article's output, so every output line reads whole; counting goes on below it."""
    terminal = _one_terminal(monkeypatch)
    assert main(["extract", *articles, "-j", "1", "--format", "facts"]) == 0
    value = terminal.getvalue()
    shown = [line.rsplit("\r", 1)[-1] for line in value.split("\n")]
    assert [line[:16] for line in shown] == ['{"article": "a",', '{"article": "b",', '{"article": "c",', ""]
    for number, line in enumerate(value.split("\n")[:3], start=1):
        drawn = f"turkru: extract {number}/3 files"
        assert line.startswith("\r" + drawn + _blank(drawn) + '{"article": ')


def test_output_to_a_pipe_leaves_the_line_alone(
    articles: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard output in a pipe: the terminal shows the line as before, not wiped per article."""
    terminal = _terminal(monkeypatch)
    assert main(["extract", *articles, "-j", "1", "--format", "facts"]) == 0
    assert terminal.getvalue().count(_blank("turkru: extract 3/3 files")) == 1
    assert terminal.getvalue().count("\r ") == 1
    assert len(capsys.readouterr().out.splitlines()) == 3
