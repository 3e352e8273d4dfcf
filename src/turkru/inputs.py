"""Reading inputs: paths, folders of files, or standard input, one bad input never costing the others.

A folder stands for the regular files inside it (any depth) with one of the wanted suffixes,
sorted; symbolic links are followed only to regular files inside the folder. A :class:`Reader`
decides what a bad input does: raise (the library default, and ``--strict``), or be reported
as one line and skipped while the others are read.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, TypeVar

import attrs

from turkru.errors import ParseError, TurkruError
from turkru.progress import Progress
from turkru.sources import SourceTable, add_sources_option

STDIN = "-"

INPUT_FORMATS = ("auto", "text", "json", "jsonl")
"""What ``--input-format`` accepts: ``auto`` decides by suffix and, for standard input, by content."""

SUFFIX_FORMATS = {".txt": "text", ".json": "json", ".jsonl": "jsonl"}
"""The format a file's suffix stands for."""

T = TypeVar("T")


def _kind_of_file(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_named(raw: str) -> str:
    """A path named on the command line: it must exist and be a regular file or a folder."""
    try:
        mode = os.stat(raw).st_mode
    except FileNotFoundError:
        if os.path.islink(raw):
            raise ParseError(f"{raw}: broken symbolic link (its target does not exist)") from None
        raise ParseError(f"{raw}: no such file or directory") from None
    except OSError as error:
        raise ParseError(f"{raw}: cannot read ({error.strerror})") from None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return raw
    if stat.S_ISFIFO(mode):
        raise ParseError(f"{raw}: a named pipe, not a regular file; pipe it to standard input instead (- < {raw})")
    raise ParseError(f"{raw}: {_kind_of_file(mode)}, not a regular file")


def _inside(path: str, folder: str) -> bool:
    real = os.path.realpath(path)
    return os.path.commonpath([real, folder]) == folder


def folder_files(folder: str, suffixes: tuple[str, ...]) -> Iterator[str | ParseError]:
    """The files of *folder* with one of *suffixes*, sorted, and a ParseError for each that cannot be read.

    Symbolic links are never followed out of the folder or into directories; broken links,
    named pipes, sockets and devices with a wanted suffix are reported, never opened.
    """
    root = os.path.realpath(folder)
    found: list[str] = []
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        linked = (os.path.join(directory, name) for name in subdirectories)
        found.extend(path for path in linked if os.path.islink(path))
        found.extend(os.path.join(directory, name) for name in files if name.endswith(suffixes))
    for path in sorted(found, key=Path):
        problem = _folder_file_problem(path, root)
        yield path if problem is None else ParseError(f"{path}: {problem}")


def _folder_file_problem(path: str, root: str) -> str | None:
    """Why a file found in a folder is not read, or None when it is a regular file inside it."""
    if os.path.islink(path):
        target = os.readlink(path)
        if not os.path.exists(path):
            return f"broken symbolic link (to {target}), skipped"
        if os.path.isdir(path):
            return f"symbolic link to the directory {target}, not followed"
        if not _inside(path, root):
            return f"symbolic link to {os.path.realpath(path)}, outside the folder, not followed"
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot read ({error.strerror})"
    if stat.S_ISREG(mode):
        return None
    return f"{_kind_of_file(mode)}, not a regular file, skipped"


def expand_paths(paths: Sequence[str], *, suffixes: tuple[str, ...] = (".txt",)) -> Iterator[str | ParseError]:
    """Each input in order: ``-``, a file, or a folder's files; a ParseError stands for a bad one."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        try:
            check_named(raw)
        except ParseError as error:
            yield error
            continue
        if os.path.isdir(raw):
            yield from folder_files(raw, suffixes)
        else:
            yield raw


def article_paths(paths: Sequence[str], *, suffixes: tuple[str, ...] = (".txt",)) -> Iterator[str]:
    """The inputs :func:`expand_paths` finds; the first bad one raises its ParseError."""
    for item in expand_paths(paths, suffixes=suffixes):
        if isinstance(item, ParseError):
            raise item
        yield item


def read_text(path: str, stdin: TextIO | None = None) -> str:
    """The UTF-8 text of a file (or of standard input for ``-``); undecodable bytes are an error.

    *stdin*, when given, is read as text instead of the process's standard input.
    """
    if path == STDIN and stdin is not None:
        return stdin.read()
    if path == STDIN and sys.stdin is None:
        raise ParseError("-: standard input is closed")
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as error:
        raise ParseError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(
            f"{path}: not UTF-8 text (undecodable byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def sniff_format(text: str) -> str:
    """``json``, ``jsonl`` or ``text``, from the content: a ``[`` or a multi-line object is JSON,
    a first line that is a whole JSON object is JSON Lines, anything else is article text."""
    import json

    start = text.lstrip(" \t\r\n\ufeff")
    if start.startswith("["):
        return "json"
    if not start.startswith("{"):
        return "text"
    first_line = start.split("\n", 1)[0]
    try:
        json.loads(first_line)
    except (ValueError, RecursionError):
        return "json"
    return "jsonl"


def article_id(path: str) -> str:
    """The article id of a path: the file name without its suffix (``stdin`` for ``-``)."""
    return "stdin" if path == STDIN else Path(path).stem


def _located(path: str, error: TurkruError) -> TurkruError:
    """*error* with its message starting with the input's name."""
    message = str(error)
    name = "-" if path == STDIN else path
    if message.startswith(f"{name}:"):
        return error
    return type(error)(f"{name}: {message}")


@attrs.define
class Reader:
    """How a command reads its inputs: the format, and what a bad input does.

    With a *report* function and ``strict`` off, a bad input is reported (one line naming it
    and why) and skipped; otherwise its error is raised. ``failed`` and ``read`` count inputs.
    *sources* (``--sources``) gives article files' url, outlet and publication day; *progress*
    counts the inputs read within :meth:`tracking` (the command line's line on a terminal).
    """

    input_format: str = "auto"
    strict: bool = True
    report: Callable[[str], None] | None = None
    failed: int = 0
    read: int = 0
    sources: SourceTable | None = None
    progress: Progress | None = None

    def __attrs_post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise TurkruError(
                f"input format: {self.input_format!r} is not one of {', '.join(map(repr, INPUT_FORMATS))}"
            )

    def fail(self, error: TurkruError) -> None:
        """Count a bad input and report its error (which names it), or raise it when strict."""
        self.failed += 1
        if self.strict or self.report is None:
            raise error from None
        self.report(str(error))

    def paths(self, paths: Sequence[str], *, suffixes: tuple[str, ...]) -> Iterator[str]:
        """The inputs under *paths*; bad ones are failed on the way."""
        for item in expand_paths(paths, suffixes=suffixes):
            if isinstance(item, ParseError):
                self.fail(item)
            else:
                yield item

    def attempt(self, path: str, work: Callable[[str], T], *, counts: bool = True) -> T | None:
        """``work(path)`` for one input; its TurkruError fails the input (None is returned when reported).

        *counts*: whether success means the input has been read (not just its first step done).
        """
        try:
            result = work(path)
        except TurkruError as error:
            self.fail(_located(path, error))
            return None
        self.read += counts
        if counts:
            self._step()
        return result

    def _step(self) -> None:
        if self.progress is not None:
            self.progress.step()

    @contextmanager
    def tracking(self, total: int, label: str) -> Iterator[None]:
        """Within the block, each input settled (or attempted) moves the progress line of *total*
        inputs under *label*; the line is wiped when the block ends, by an error too."""
        if self.progress is None:
            yield
            return
        self.progress.start(total, label)
        try:
            yield
        finally:
            self.progress.finish()

    def settle(self, path: str, outcome: T | TurkruError) -> T | None:
        """The outcome of work done elsewhere (a worker process) on one input: its result, or
        None once its error has been failed (reported, or raised when strict)."""
        if isinstance(outcome, TurkruError):
            self.fail(_located(path, outcome))
            self._step()
            return None
        self.read += 1
        self._step()
        return outcome

    def format_of(self, path: str, text: str) -> str | None:
        """The format to read input *path* in: the override, else by suffix, else (stdin) by content.

        A ``.txt`` file that holds JSON Lines (a chronicle saved under the wrong name) is read as
        such. None for a file whose suffix names no format.
        """
        if self.input_format != "auto":
            return self.input_format
        if path == STDIN:
            return sniff_format(text)
        by_suffix = SUFFIX_FORMATS.get(Path(path).suffix)
        if by_suffix == "text" and sniff_format(text) == "jsonl":
            return "jsonl"
        return by_suffix

    @property
    def nothing_read(self) -> bool:
        """Whether every input failed (or there was none that could be read)."""
        return self.failed > 0 and self.read == 0


def add_strict_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--strict``: stop at the first bad input instead of reporting it and going on."""
    parser.add_argument(
        "--strict", action="store_true", help="stop at the first bad input (default: report it, read the others)"
    )


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--strict``, ``--input-format`` and ``--sources`` to a command that reads chronicles,
    records or articles."""
    add_strict_option(parser)
    add_sources_option(parser)
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="read every input as this (default auto: by suffix; standard input by its content)",
    )


def reader_of(args: argparse.Namespace) -> Reader:
    """The Reader the command line set on *args*, or a raising one with the format *args* give."""
    reader = getattr(args, "reader", None)
    if isinstance(reader, Reader):
        return reader
    return Reader(input_format=getattr(args, "input_format", "auto"))
