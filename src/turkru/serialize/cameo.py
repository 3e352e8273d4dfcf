"""CAMEO-coded dyadic rows, tab-separated, in the ICEWS field order (with GDELT's codes after).

The first twenty columns are those of the ICEWS coded event files, in their order; then
come the CAMEO actor codes, GDELT's QuadClass, the date precision codes, the reported-by
bound, the source address and turkru's own entry kind. docs/interop.md lists every column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Final

from turkru.chronicle.entry import ChronicleEntry, source_key
from turkru.gazetteer import Gazetteer
from turkru.interop.actors import ActorMaker
from turkru.interop.codebook import CAMEO_NAMES
from turkru.interop.coding import CodedEvent, EventCoder
from turkru.interop.precision import date_precision, reported_by

__all__ = ["CAMEO_COLUMNS", "cameo_row", "to_cameo"]

ICEWS_COLUMNS: Final = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
"""The ICEWS coded event columns, in their order."""

EXTRA_COLUMNS: Final = (
    "Source Code", "Target Code", "QuadClass", "ACLED Time Precision", "UCDP Date Precision",
    "Reported By", "Source URL", "Kind",
)  # fmt: skip
"""turkru's columns after ICEWS's: GDELT's actor codes and QuadClass, precision, provenance."""

CAMEO_COLUMNS: Final = (*ICEWS_COLUMNS, *EXTRA_COLUMNS)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def cameo_row(event: CodedEvent, actors: ActorMaker) -> tuple[str, ...]:
    """One coded event as a row of :data:`CAMEO_COLUMNS`."""
    gazetteer = actors.gazetteer
    sources = sorted(set(event.record.sources), key=source_key)
    first = sources[0] if sources else None
    place = event.place
    codes = gazetteer.codes(place) if place is not None and place.geonames_id is None else place
    precision = date_precision(event.date, event.end_date)
    country_name = actors.country_names.get
    values = (
        event.id,
        event.date.isoformat() if event.date else "",
        event.actor.name,
        event.actor.sector,
        country_name(event.actor.country or "", event.actor.country),
        CAMEO_NAMES[event.cameo],
        event.cameo,
        "",
        event.recipient.name,
        event.recipient.sector,
        country_name(event.recipient.country or "", event.recipient.country),
        first.article_id if first else "",
        "",
        first.outlet if first else "",
        place.name if place else "",
        "",
        "",
        country_name(place.country or "", place.country) if place else "",
        codes.latitude if codes else None,
        codes.longitude if codes else None,
        event.actor.cameo_code,
        event.recipient.cameo_code,
        event.quad_class,
        precision.acled,
        precision.ucdp,
        reported_by(event.record),
        first.url if first else "",
        event.record.KIND,
    )
    return tuple(_text(value) for value in values)


def to_cameo(entries: Iterable[ChronicleEntry], *, gazetteer: Gazetteer | None = None) -> str:
    """Tab-separated rows with a header, one coded event per row, in the entries' order."""
    coder = EventCoder(gazetteer)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CAMEO_COLUMNS)
    for event in coder.code_entries(entries):
        writer.writerow(cameo_row(event, coder.actors))
    return buffer.getvalue()
