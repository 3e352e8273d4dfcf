"""A chronicle as JSON Lines: one entry per line, read back as written.

An entry line is the stored form of :mod:`turkru.chronicle.restore`: id, conflicts,
sources, the merged record (without evidence) and the variants with their evidence.
Entry lines are restored without merging again and checked against what can be derived
from them. Lines may also hold articles or records as :func:`turkru.serialize.dumps_jsonl`
writes them; those are merged into the entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from turkru.chronicle.entry import ChronicleEntry, credit
from turkru.chronicle.restore import ENTRY_KIND, check_ids, entry_data, entry_records, restore_entry
from turkru.errors import SerializationError
from turkru.jsontext import JsonTextError, dump_json, load_json
from turkru.model.article import Article
from turkru.model.records import AnyRecord

__all__ = ["ENTRY_KIND", "read_jsonl", "read_jsonl_entries", "write_jsonl"]


def write_jsonl(entries: Iterable[ChronicleEntry]) -> str:
    """One JSON object per entry, one per line."""
    return "".join(entry_line(entry) for entry in entries)


def entry_line(entry: ChronicleEntry) -> str:
    """The JSON Lines line of one entry, newline included."""
    return dump_json(entry_data(entry)) + "\n"


def _document_records(data: Any) -> list[AnyRecord]:
    from turkru.serialize.jsonio import from_document

    document = from_document(data)
    if isinstance(document, Article):
        return [credit(record, document.source) for record in document.records]
    return [document]


def _lines(text: str | bytes) -> Iterator[tuple[int, Any]]:
    """Each non-blank line's number and JSON value; errors name the line."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SerializationError(f"invalid JSON Lines: not UTF-8 ({error})") from None
    if not isinstance(text, str):
        raise SerializationError(f"invalid JSON Lines: {text!r:.60} is not a string")
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, load_json(line)
        except JsonTextError as error:
            raise SerializationError(f"line {number}: invalid JSON: {error}") from None


def _is_entry(data: Any) -> bool:
    return isinstance(data, dict) and data.get("kind") == ENTRY_KIND


def read_jsonl_entries(text: str | bytes) -> tuple[list[ChronicleEntry], list[AnyRecord]]:
    """The entries of JSON Lines as written, and the records of any article or record lines."""
    entries: list[tuple[str, ChronicleEntry]] = []
    records: list[AnyRecord] = []
    for number, data in _lines(text):
        try:
            if _is_entry(data):
                entries.append((f"line {number}", restore_entry(data)))
            else:
                records.extend(_document_records(data))
        except SerializationError as error:
            raise SerializationError(f"line {number}: {error}") from None
    check_ids(entries)
    return [entry for _where, entry in entries], records


def read_jsonl(text: str | bytes) -> list[AnyRecord]:
    """Every reported record in JSON Lines of entries, articles or records; errors name the line."""
    records: list[AnyRecord] = []
    for number, data in _lines(text):
        try:
            records.extend(entry_records(data) if _is_entry(data) else _document_records(data))
        except SerializationError as error:
            raise SerializationError(f"line {number}: {error}") from None
    return records
