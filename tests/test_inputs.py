"""Tests for turkru.inputs: finding inputs safely, reading them, sniffing standard input, the Reader."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from turkru.errors import ParseError, SerializationError
from turkru.inputs import Reader, article_paths, expand_paths, sniff_format


def touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def failing(error: Exception) -> Callable[[str], str]:
    """Work that raises *error* for any input."""

    def work(_path: str) -> str:
        raise error

    return work


def found(*paths: str | Path) -> list[str]:
    """What expand_paths gives, errors as their messages."""
    return [str(item) for item in expand_paths([str(path) for path in paths])]


class TestFolders:
    """A folder stands for its regular files with a wanted suffix; nothing unsafe is opened."""

    def test_sorted_at_any_depth(self, tmp_path: Path) -> None:
        """Files with the suffix, in sorted path order, at any depth; other suffixes are ignored."""
        touch(tmp_path / "b.txt")
        touch(tmp_path / "a" / "c.txt")
        touch(tmp_path / "notes.md")
        assert found(tmp_path) == [str(tmp_path / "a" / "c.txt"), str(tmp_path / "b.txt")]

    def test_link_inside_is_followed(self, tmp_path: Path) -> None:
        """A symbolic link to a regular file inside the folder is read."""
        touch(tmp_path / "a.txt")
        (tmp_path / "b.txt").symlink_to("a.txt")
        assert found(tmp_path) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]

    def test_link_outside_is_not_followed(self, tmp_path: Path) -> None:
        """A symbolic link out of the folder is reported with its target and never read."""
        outside = touch(tmp_path / "secret.txt")
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "s.txt").symlink_to(outside)
        assert found(folder) == [f"{folder / 's.txt'}: symbolic link to {outside}, outside the folder, not followed"]

    def test_broken_link(self, tmp_path: Path) -> None:
        """A broken symbolic link is reported with what it points to."""
        (tmp_path / "gone.txt").symlink_to("nowhere.txt")
        assert found(tmp_path) == [f"{tmp_path / 'gone.txt'}: broken symbolic link (to nowhere.txt), skipped"]

    def test_linked_directory_not_followed(self, tmp_path: Path) -> None:
        """A symbolic link to a directory is reported, not walked (no loops, no escapes)."""
        (tmp_path / "loop").symlink_to(tmp_path)
        assert found(tmp_path) == [f"{tmp_path / 'loop'}: symbolic link to the directory {tmp_path}, not followed"]

    def test_fifo_in_folder_is_not_opened(self, tmp_path: Path) -> None:
        """A named pipe with a wanted suffix is reported and never opened (which would block)."""
        os.mkfifo(tmp_path / "pipe.txt")
        assert found(tmp_path) == [f"{tmp_path / 'pipe.txt'}: a named pipe, not a regular file, skipped"]

    def test_directory_named_like_a_file_is_walked(self, tmp_path: Path) -> None:
        """A directory whose name ends in .txt is a folder like any other: its files are read."""
        touch(tmp_path / "odd.txt" / "inner.txt")
        assert found(tmp_path) == [str(tmp_path / "odd.txt" / "inner.txt")]


class TestNamedPaths:
    """A path named directly must be a regular file or a folder."""

    def test_missing(self, tmp_path: Path) -> None:
        """A missing path says so."""
        assert found(tmp_path / "no.txt") == [f"{tmp_path / 'no.txt'}: no such file or directory"]

    def test_broken_link(self, tmp_path: Path) -> None:
        """A broken link named directly is not 'no such file': it says it is a broken link."""
        (tmp_path / "l.txt").symlink_to("none.txt")
        assert found(tmp_path / "l.txt") == [
            f"{tmp_path / 'l.txt'}: broken symbolic link (its target does not exist)"
        ]

    def test_fifo(self, tmp_path: Path) -> None:
        """A named pipe named directly gets an honest message and the way to read it."""
        pipe = tmp_path / "p.txt"
        os.mkfifo(pipe)
        message = f"{pipe}: a named pipe, not a regular file; pipe it to standard input instead (- < {pipe})"
        assert found(pipe) == [message]

    def test_device(self) -> None:
        """A device is not read."""
        assert found("/dev/null") == ["/dev/null: a device, not a regular file"]

    def test_order_kept_and_bad_ones_in_place(self, tmp_path: Path) -> None:
        """Inputs come in the order given, a bad one in its place among the others."""
        a, b = touch(tmp_path / "a.txt"), touch(tmp_path / "b.txt")
        assert found(b, tmp_path / "x.txt", a) == [str(b), f"{tmp_path / 'x.txt'}: no such file or directory", str(a)]

    def test_article_paths_raises_the_first_problem(self, tmp_path: Path) -> None:
        """article_paths (the library's strict form) raises at the first bad input."""
        with pytest.raises(ParseError, match="no such file"):
            list(article_paths([str(tmp_path / "x.txt")]))


class TestSniff:
    """Standard input is read as what it holds."""

    @pytest.mark.parametrize(
        ("text", "fmt"),
        [
            ('[{"kind": "visit"}]', "json"),
            ('  \n[\n  {"a": 1}\n]', "json"),
            ('{\n  "schema_version": 1,\n  "kind": "visit"\n}\n', "json"),
            ('{"schema_version": 1}\n{"schema_version": 1}\n', "jsonl"),
            ('\ufeff{"schema_version": 1}', "jsonl"),
            ("Putin met Berdimuhamedov in Moscow.", "text"),
            ("{Updated} Putin met Berdimuhamedov.", "json"),
            ("", "text"),
        ],
    )
    def test_formats(self, text: str, fmt: str) -> None:
        """An array or a multi-line object is JSON, whole-object lines are JSON Lines, the rest text."""
        assert sniff_format(text) == fmt


class TestReader:
    """The Reader: what a bad input does, and which format an input is read in."""

    def test_library_default_raises(self) -> None:
        """Without a report function a bad input raises its error, named."""
        with pytest.raises(SerializationError, match=r"^x\.json: boom$"):
            Reader().attempt("x.json", failing(SerializationError("boom")))

    def test_reporting_goes_on(self) -> None:
        """With a report function and strict off, a bad input is one line and None, and counted."""
        lines: list[str] = []
        reader = Reader(strict=False, report=lines.append)

        def work(path: str) -> str:
            if path == "bad.txt":
                raise ParseError("not UTF-8 text")
            return path.upper()

        assert [reader.attempt(path, work) for path in ("a.txt", "bad.txt", "c.txt")] == ["A.TXT", None, "C.TXT"]
        assert lines == ["bad.txt: not UTF-8 text"]
        assert (reader.read, reader.failed, reader.nothing_read) == (2, 1, False)

    def test_strict_raises_even_with_a_report(self) -> None:
        """Strict stops at the first bad input."""
        reader = Reader(strict=True, report=print)
        with pytest.raises(ParseError, match=r"^b: bad$"):
            reader.attempt("b", failing(ParseError("bad")))

    @pytest.mark.parametrize(
        ("path", "text", "override", "fmt"),
        [
            ("a.jsonl", "{}", "auto", "jsonl"),
            ("a.json", "{}", "auto", "json"),
            ("a.txt", "Talks in Ashgabat.", "auto", "text"),
            ("chronicle.txt", '{"schema_version": 1, "kind": "chronicle_entry"}\n', "auto", "jsonl"),
            ("-", '[{"schema_version": 1}]', "auto", "json"),
            ("-", "Talks.", "auto", "text"),
            ("-", "[Talks] held.", "text", "text"),
            ("a.txt", "Talks.", "jsonl", "jsonl"),
            ("a.md", "x", "auto", None),
        ],
    )
    def test_format_of(self, path: str, text: str, override: str, fmt: str | None) -> None:
        """The override wins; else the suffix; stdin by content; a .txt holding JSON Lines is JSON Lines."""
        assert Reader(input_format=override).format_of(path, text) == fmt
