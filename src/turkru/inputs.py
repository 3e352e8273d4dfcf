"""Reading article files: paths, folders of .txt files, or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from turkru.errors import ParseError

STDIN = "-"


def article_paths(paths: Sequence[str], *, suffixes: tuple[str, ...] = (".txt",)) -> Iterator[str]:
    """Expand the given paths: a folder stands for every file inside it with one of *suffixes*, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in suffixes)
        elif path.is_file():
            yield raw
        else:
            raise ParseError(f"{raw}: no such file or directory")


def read_text(path: str, stdin: TextIO | None = None) -> str:
    """The UTF-8 text of a file (or of standard input for ``-``); undecodable bytes are an error.

    *stdin*, when given, is read as text instead of the process's standard input.
    """
    if path == STDIN and stdin is not None:
        return stdin.read()
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


def article_id(path: str) -> str:
    """The article id of a path: the file name without its suffix (``stdin`` for ``-``)."""
    return "stdin" if path == STDIN else Path(path).stem
