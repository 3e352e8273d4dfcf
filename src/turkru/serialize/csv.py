"""Flat CSV (or TSV) for spreadsheets: one row per chronicle entry, every field, lists joined with ``"; "``."""

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

__all__ = ["BOM", "COLUMNS", "DELIMITERS", "EVIDENCE_SEPARATOR", "SEPARATOR", "entry_row", "rows", "to_csv"]

COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "status",
    "date",
    "end_date",
    "date_start",
    "date_end",
    "reported_by",
    "place",
    "region",
    "mode",
    "participants",
    "co_chairs",
    "signatories",
    "delegation_of",
    "host",
    "head",
    "body",
    "session_number",
    "session_format",
    "parties",
    "title",
    "doc_type",
    "count",
    "period",
    "direction",
    "exporter",
    "importer",
    "commodities",
    "amount",
    "unit",
    "more_amounts",
    "change_percent",
    "source_count",
    "sources",
    "outlets",
    "urls",
    "published",
    "reprint_count",
    "reprints",
    "reprint_outlets",
    "reprint_urls",
    "evidence",
    "conflicts",
    "place_geonames_id",
    "place_latitude",
    "place_longitude",
    "region_iso_3166_2",
    "parties_iso_3166_2",
    "participants_enwiki",
)
"""The CSV header, in order. ``title`` holds an agreement's title or an event's name;
``participants`` a meeting's participants, a session's co-chairs or an agreement's signatories
(also in ``co_chairs`` and ``signatories``), people by full name, given names included.
``date_start``/``date_end`` are the first and last day the date may denote; ``reported_by``
the day the earliest report was published (not the event's date). ``amount`` and ``unit``
are the first figure; ``more_amounts`` any others (``"5 bcm; 1.2 USD"``). ``outlets``,
``urls`` and ``published`` list the sources' in the order of ``sources``; ``reprint_count``
counts the other places the sources' texts appeared (copies with the same content hash, one
source each), ``reprints``, ``reprint_outlets`` and ``reprint_urls`` list those copies' article
ids, outlets and addresses, source by source in the order of ``sources``; ``evidence`` is
the text of every evidence span, joined with ``" | "``. The last columns are the identifiers the
record carries: its place's GeoNames id and WGS84 coordinates, its region's ISO 3166-2 code, and
an agreement's parties' ISO 3166-2 codes in the order of ``parties`` (blank for a party without one),
and the English Wikipedia titles of the people in ``participants``, in their order (blank for a
person the gazetteer holds no verified title for)."""

SEPARATOR = "; "
"""How several values share one cell."""

EVIDENCE_SEPARATOR = " | "
"""How the texts of several evidence spans share the ``evidence`` cell (they hold semicolons)."""

DELIMITERS = {"csv": ",", "tsv": "\t"}
"""The field delimiter of each flat format."""

BOM = "\ufeff"
"""The byte-order mark some spreadsheet programs need to read UTF-8 (``bom=True``)."""


def _people(people: Iterable[Person]) -> str:
    return SEPARATOR.join(person.full_name for person in people)


def _party(party: Party) -> str:
    return party.name


def _people_of(record: AnyRecord) -> tuple[Person, ...]:
    """The people of the ``participants`` column: participants, co-chairs or signatories."""
    if isinstance(record, Meeting):
        return record.participants
    if isinstance(record, CommissionSession):
        return record.co_chairs
    if isinstance(record, Agreement):
        return record.signatories
    return ()


def _value(value: Any) -> Any:
    """Enums by value, None as blank; everything else as it is."""
    if value is None:
        return None
    return getattr(value, "value", value)


def _joined(values: Iterable[str | None]) -> str | None:
    return SEPARATOR.join(value or "" for value in values) or None


def _reprints(entry: ChronicleEntry) -> dict[str, Any]:
    """Where else the texts of the entry's sources appeared (see :mod:`turkru.chronicle.reprints`)."""
    copies = [copy for source in entry.sources for copy in source.reprints]
    if not copies:
        return {"reprint_count": 0}
    return {
        "reprint_count": len(copies),
        "reprints": _joined(copy.article_id for copy in copies),
        "reprint_outlets": _joined(copy.outlet for copy in copies) if any(c.outlet for c in copies) else None,
        "reprint_urls": _joined(copy.url for copy in copies) if any(c.url for c in copies) else None,
    }


def _sources(entry: ChronicleEntry) -> dict[str, Any]:
    sources = entry.sources
    if not sources:
        return {"source_count": 0, "reprint_count": 0}
    return {
        **_reprints(entry),
        "source_count": len(sources),
        "sources": _joined(source.article_id for source in sources),
        "outlets": _joined(source.outlet for source in sources) if any(s.outlet for s in sources) else None,
        "urls": _joined(source.url for source in sources) if any(s.url for s in sources) else None,
        "published": _joined(s.published.isoformat() if s.published else None for s in sources)
        if any(s.published for s in sources)
        else None,
    }


def _dates(record: AnyRecord) -> dict[str, Any]:
    date, end = record.date, record.end_date
    return {
        "date": date.isoformat() if date else None,
        "end_date": end.isoformat() if end else None,
        "date_start": date.earliest.isoformat() if date else None,
        "date_end": (end or date).latest.isoformat() if date else None,
        "reported_by": record.reported_by.isoformat() if record.reported_by else None,
    }


def _identifiers(record: AnyRecord) -> dict[str, Any]:
    """The identifiers the record carries for its place, region and (an agreement's) parties."""
    place, region = record.place, getattr(record, "region", None)
    parties = record.parties if isinstance(record, Agreement) else ()
    people = _people_of(record)
    return {
        "place_geonames_id": place.geonames_id if place else None,
        "place_latitude": place.latitude if place else None,
        "place_longitude": place.longitude if place else None,
        "region_iso_3166_2": region.iso_3166_2 if region is not None else None,
        "parties_iso_3166_2": _joined(party.iso_3166_2 for party in parties)
        if any(party.iso_3166_2 for party in parties)
        else None,
        "participants_enwiki": _joined(person.enwiki_title for person in people)
        if any(person.enwiki_title for person in people)
        else None,
    }


def entry_row(entry: ChronicleEntry) -> dict[str, Any]:
    """The typed values of one row: strings, ints, Decimals, None for blanks (used by CSV and pandas)."""
    record = entry.record
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    region = getattr(record, "region", None)
    texts = [item.text for item in entry.evidence if item.text]
    row.update(
        id=entry.id,
        kind=entry.kind,
        status=_value(record.status),
        place=record.place.name if record.place else None,
        region=region.name if region is not None else None,
        participants=_people(_people_of(record)) or None,
        evidence=EVIDENCE_SEPARATOR.join(dict.fromkeys(texts)) or None,
        conflicts=SEPARATOR.join(entry.conflicts) or None,
        **_dates(record),
        **_sources(entry),
        **_identifiers(record),
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
        row.update(
            body=record.commission.body.value,
            session_number=record.session_number,
            session_format=record.format.value,
            co_chairs=_people(record.co_chairs) or None,
        )
    elif isinstance(record, Agreement):
        row.update(
            parties=SEPARATOR.join(_party(party) for party in record.parties) or None,
            title=record.title,
            doc_type=record.doc_type.value,
            count=record.count,
            period=f"{record.period[0]}-{record.period[1]}" if record.period else None,
            signatories=_people(record.signatories) or None,
        )
    elif isinstance(record, TradeFlow):
        first, *others = record.amounts or (None,)
        row.update(
            direction=record.direction.value,
            exporter=record.exporter,
            importer=record.importer,
            commodities=SEPARATOR.join(record.commodities) or None,
            amount=first.amount if first is not None else None,
            unit=first.unit if first is not None else None,
            more_amounts=SEPARATOR.join(f"{q.amount} {q.unit}" for q in others if q is not None) or None,
            change_percent=record.change_percent,
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


def _write(data: Any, handle: Any, delimiter: str) -> None:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n", delimiter=delimiter)
    writer.writeheader()
    for row in rows(data):
        writer.writerow({key: "" if value is None else value for key, value in row.items()})


def to_csv(
    data: Any, file: str | os.PathLike[str] | Any = None, *, delimiter: str = ",", bom: bool = False
) -> str:
    """Write *data* (a chronicle, entries or records) as CSV and return the text.

    *file* may be a path, an open text file, or None to only return the text.
    ``delimiter="\\t"`` writes TSV; ``bom=True`` starts the text with a byte-order mark, which
    some spreadsheet programs need to read UTF-8.
    """
    if delimiter not in DELIMITERS.values():
        raise SerializationError(f"delimiter: {delimiter!r} is not ',' or '\\t'")
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    _write(data, buffer, delimiter)
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
