"""Reading article files: paths, folders of .txt files, or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from turkru.errors import ParseError

STDIN = "-"


def article_paths(paths: Sequence[str], *, suffix: str = ".txt") -> Iterator[str]:
    """Expand the given paths: a folder stands for every *suffix* file inside it, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob(f"*{suffix}")) if p.is_file())
        elif path.is_file():
            yield raw
        else:
            raise ParseError(f"{raw}: no such file or directory")


def read_text(path: str) -> str:
    """The UTF-8 text of a file (or of standard input for ``-``); undecodable bytes are an error."""
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
