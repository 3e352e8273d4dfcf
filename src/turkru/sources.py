"""Where a plain-text article came from: its url, outlet and publication date, given beside it.

Two ways, both read by the command line (the library takes ``url=``, ``outlet=`` and
``published=`` on :func:`turkru.parse_article`):

- **Front matter**: the file starts with a line ``---``, then ``key: value`` lines, then a line
  ``---``. ``url``, ``outlet`` and ``published`` (``YYYY-MM-DD``) are read; other keys (``title``,
  ``author`` ...) are allowed and ignored. The block is blanked (its characters turned into
  spaces, its line breaks kept) before the text is parsed, so evidence offsets still count
  from the file's first character and index the text as the user gave it.
- **A sidecar table** (``--sources FILE``): CSV, or TSV when the file ends in ``.tsv`` or its
  header has tabs, with a ``file`` column and any of ``url``, ``outlet`` and ``published``.
  ``file`` is the article's path relative to the table's folder (or absolute). A bad row is
  an error naming the table, the line and the column.

A sidecar's value wins over the front matter's, and ``--published`` over both; the date the
text shows comes last.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
from pathlib import Path

import attrs

from turkru.errors import ParseError

__all__ = [
    "FENCE",
    "FIELDS",
    "SourceInfo",
    "SourceTable",
    "add_sources_option",
    "article_source",
    "read_front_matter",
    "read_source_table",
]

FIELDS = ("url", "outlet", "published")
"""What a front matter block or a sidecar table may say about an article."""

FENCE = "---"
"""The line that opens and closes a front matter block."""

MAX_FRONT_MATTER_LINES = 50
"""A block longer than this is not front matter (the text is read as it is)."""



def _key_line(line: str) -> tuple[str, str] | None:
    """A ``key: value`` line as its lower-cased key and stripped value, else None (a key is
    ASCII letters, digits, ``_`` and ``-``, starting with a letter)."""
    key, colon, value = line.partition(":")
    key = key.rstrip(" \t")
    if not colon or not key or not (key[0].isascii() and key[0].isalpha()):
        return None
    if not all(char.isascii() and (char.isalnum() or char in "_-") for char in key):
        return None
    if value and value[0] not in " \t":  # "url:https" is no key line ("https://..." has its colon later)
        return None
    return key.lower(), value.strip(" \t")


@attrs.frozen
class SourceInfo:
    """An article's url, outlet and publication day as given by the user (None: not given)."""

    url: str | None = None
    outlet: str | None = None
    published: str | None = None

    def over(self, other: SourceInfo) -> SourceInfo:
        """These values, with *other*'s where these have none."""
        return SourceInfo(
            url=self.url if self.url is not None else other.url,
            outlet=self.outlet if self.outlet is not None else other.outlet,
            published=self.published if self.published is not None else other.published,
        )


def _checked(where: str, values: dict[str, str]) -> SourceInfo:
    """A SourceInfo of the non-empty *values*; a published value that is not a day is an error at *where*."""
    given = {key: value.strip() for key, value in values.items() if key in FIELDS and value and value.strip()}
    if "published" in given:
        from turkru.extract.pipeline import parse_published

        try:
            parse_published(given["published"])
        except ParseError as error:
            raise ParseError(f"{where}: {error}") from None
    return SourceInfo(**given)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def read_front_matter(text: str, name: str = "-") -> tuple[SourceInfo, str]:
    """The front matter of article *text* (file *name*, for errors) and the text with the block
    blanked, the same length; text without front matter comes back as it is, with no info."""
    lines = _lines(text)
    if not lines or lines[0].rstrip("\r \t") != FENCE:
        return SourceInfo(), text
    values: dict[str, str] = {}
    where: dict[str, int] = {}
    for number, line in enumerate(lines[1 : MAX_FRONT_MATTER_LINES + 2], start=2):
        stripped = line.rstrip("\r")
        if stripped.rstrip(" \t") == FENCE:
            end = sum(len(item) + 1 for item in lines[:number])
            end = min(end, len(text))
            blanked = "".join(char if char == "\n" else " " for char in text[:end]) + text[end:]
            info = SourceInfo()
            for key, value in values.items():
                info = info.over(_checked(f"{name}: line {where[key]}", {key: value}))
            return info, blanked
        pair = _key_line(stripped)
        if pair is None:
            return SourceInfo(), text  # not key: value lines, so not front matter
        key, value = pair
        if key in FIELDS:
            if key in values:
                raise ParseError(f"{name}: line {number}: {key}: given twice (first on line {where[key]})")
            values[key], where[key] = value, number
    return SourceInfo(), text  # never closed: not front matter


@attrs.frozen
class SourceTable:
    """A sidecar table: the SourceInfo of each article file, by its real path."""

    name: str
    rows: dict[str, SourceInfo] = attrs.field(factory=dict)

    def lookup(self, path: str) -> SourceInfo:
        """What the table says about the input *path* (nothing for a file it does not list)."""
        return self.rows.get(os.path.realpath(path), SourceInfo())


def _dialect(name: str, text: str) -> str:
    header = text.split("\n", 1)[0]
    return "\t" if name.endswith(".tsv") or "\t" in header else ","


def read_source_table(path: str) -> SourceTable:
    """Read a sidecar table of article sources (CSV or TSV); a ParseError names the file, line and column."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ParseError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise ParseError(f"{path}: not UTF-8 text (undecodable byte at offset {error.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(path, text), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise ParseError(f"{path}: line 1: {error}") from None
    if header is None:
        raise ParseError(f"{path}: empty (expected a header: file,url,outlet,published)")
    columns = [cell.strip().lower() for cell in header]
    known = ("file", *FIELDS)
    for index, column in enumerate(columns, start=1):
        if column not in known:
            raise ParseError(
                f"{path}: line 1: column {index}: {column!r} is not one of {', '.join(map(repr, known))}"
            )
        if columns.index(column) != index - 1:
            raise ParseError(f"{path}: line 1: column {column!r} given twice")
    if "file" not in columns:
        raise ParseError(f"{path}: line 1: no 'file' column (the header is {','.join(columns)})")
    folder = os.path.dirname(os.path.abspath(path))
    rows: dict[str, SourceInfo] = {}
    first: dict[str, int] = {}
    try:
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise ParseError(f"{path}: line {number}: {len(row)} cells, the header has {len(columns)}")
            cells = dict(zip(columns, row, strict=True))
            name = cells.pop("file").strip()
            if not name:
                raise ParseError(f"{path}: line {number}: file: empty")
            real = os.path.realpath(os.path.join(folder, name))
            if real in rows:
                raise ParseError(f"{path}: line {number}: file: {name!r} listed twice (first on line {first[real]})")
            rows[real], first[real] = _checked(f"{path}: line {number}", cells), number
    except csv.Error as error:
        raise ParseError(f"{path}: line {reader.line_num}: {error}") from None
    return SourceTable(name=path, rows=rows)


def article_source(path: str, text: str, table: SourceTable | None = None) -> tuple[SourceInfo, str]:
    """What is known of article file *path* from its front matter and the sidecar *table* (whose
    values win), and the text to parse (the front matter blanked)."""
    front, text = read_front_matter(text, path)
    return (front if table is None else table.lookup(path).over(front)), text


def add_sources_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--sources FILE``: a CSV or TSV table of the article files' url, outlet and publication day."""
    parser.add_argument(
        "--sources",
        metavar="FILE",
        help="a CSV/TSV table with columns file,url,outlet,published for the article .txt files",
    )
