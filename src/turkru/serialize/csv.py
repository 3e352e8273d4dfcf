"""Flat CSV for spreadsheets: one row per chronicle entry, lists joined with ``"; "``."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from typing import Any

from turkru.chronicle.entry import ChronicleEntry
from turkru.errors import SerializationError
from turkru.model.actors import Party, Person
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    TradeFlow,
    Visit,
)

__all__ = ["COLUMNS", "SEPARATOR", "entry_row", "rows", "to_csv"]

COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "status",
    "date",
    "end_date",
    "place",
    "mode",
    "participants",
    "delegation_of",
    "host",
    "head",
    "body",
    "session_number",
    "parties",
    "title",
    "doc_type",
    "count",
    "direction",
    "exporter",
    "importer",
    "commodities",
    "amount",
    "unit",
    "source_count",
    "sources",
    "conflicts",
)
"""The CSV header, in order. ``title`` holds an agreement's title or an event's name;
``participants`` a meeting's participants, a session's co-chairs or an agreement's signatories."""

SEPARATOR = "; "
"""How several values share one cell."""


def _people(people: Iterable[Person]) -> str:
    return SEPARATOR.join(person.full_name for person in people)


def _party(party: Party) -> str:
    return party.name


def _participants(record: AnyRecord) -> str:
    if isinstance(record, Meeting):
        return _people(record.participants)
    if isinstance(record, CommissionSession):
        return _people(record.co_chairs)
    if isinstance(record, Agreement):
        return _people(record.signatories)
    return ""


def _value(value: Any) -> Any:
    """Enums by value, None as blank; everything else as it is."""
    if value is None:
        return None
    return getattr(value, "value", value)


def entry_row(entry: ChronicleEntry) -> dict[str, Any]:
    """The typed values of one row: strings, ints, None for blanks (used by CSV and pandas)."""
    record = entry.record
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(
        id=entry.id,
        kind=entry.kind,
        status=_value(record.status),
        date=record.date.isoformat() if record.date else None,
        end_date=record.end_date.isoformat() if record.end_date else None,
        place=record.place.name if record.place else None,
        participants=_participants(record) or None,
        source_count=len(entry.sources),
        sources=SEPARATOR.join(source.article_id for source in entry.sources) or None,
        conflicts=SEPARATOR.join(entry.conflicts) or None,
    )
    if isinstance(record, Meeting):
        row["mode"] = record.mode.value
    elif isinstance(record, Visit):
        row.update(
            delegation_of=record.delegation_of,
            host=record.host,
            head=record.head.full_name if record.head else None,
        )
    elif isinstance(record, CommissionSession):
        row.update(body=record.commission.body.value, session_number=record.session_number)
    elif isinstance(record, Agreement):
        row.update(
            parties=SEPARATOR.join(_party(party) for party in record.parties) or None,
            title=record.title,
            doc_type=record.doc_type.value,
            count=record.count,
        )
    elif isinstance(record, TradeFlow):
        row.update(
            direction=record.direction.value,
            exporter=record.exporter,
            importer=record.importer,
            commodities=SEPARATOR.join(record.commodities) or None,
            amount=SEPARATOR.join(str(quantity.amount) for quantity in record.amounts) or None,
            unit=SEPARATOR.join(quantity.unit for quantity in record.amounts) or None,
        )
    elif isinstance(record, Event):
        row["title"] = record.name
    return row


def _entries(data: Any) -> Iterator[ChronicleEntry]:
    """Entries of a chronicle, or of records merged into one on the fly."""
    from turkru.chronicle.collection import Chronicle

    if isinstance(data, Chronicle):
        yield from data
        return
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes, dict)):
        items = list(data)
        if all(isinstance(item, ChronicleEntry) for item in items):
            yield from items
            return
        yield from Chronicle.from_records(items)
        return
    raise SerializationError(f"$: {data!r:.60} is not a chronicle, entries or records")


def rows(data: Any) -> Iterator[dict[str, Any]]:
    """One typed row per entry of a chronicle, entries, or records (merged first)."""
    for entry in _entries(data):
        yield entry_row(entry)


def _write(data: Any, handle: Any) -> None:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(data):
        writer.writerow({key: "" if value is None else value for key, value in row.items()})


def to_csv(data: Any, file: str | os.PathLike[str] | Any = None) -> str:
    """Write *data* (a chronicle, entries or records) as CSV and return the text.

    *file* may be a path, an open text file, or None to only return the text.
    """
    buffer = io.StringIO()
    _write(data, buffer)
    text = buffer.getvalue()
    if file is None:
        return text
    if isinstance(file, (str, os.PathLike)):
        try:
            with open(file, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            raise SerializationError(f"{os.fspath(file)}: cannot write CSV ({error.strerror})") from None
    else:
        file.write(text)
    return text
