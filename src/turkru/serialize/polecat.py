"""POLECAT-style PLOVER JSON lines: one coded event a line, with evidence offsets and citations.

The keys follow the PLOVER/POLECAT JSON records (``id``, ``date``, ``enddate``, ``actor``,
``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``, ``text_info``,
``cite_info``); turkru adds the CAMEO code, the date precision codes, the reported-by bound
and, under ``turkru``, what the event was derived from. docs/interop.md lists every field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Final

from turkru.chronicle.entry import ChronicleEntry, evidence_key, source_key
from turkru.gazetteer import Gazetteer
from turkru.interop.actors import Actor
from turkru.interop.coding import CodedEvent, EventCoder
from turkru.interop.precision import date_precision, reported_by
from turkru.model.actors import Place
from turkru.model.dates import PartialDate

__all__ = ["POLECAT_KEYS", "polecat_record", "to_polecat"]

POLECAT_KEYS: Final = (
    "id", "date", "enddate", "date_precision", "reported_by", "event", "mode", "context", "cameo",
    "actor", "recipient", "event_loc", "event_text", "text_info", "cite_info", "turkru",
)  # fmt: skip
"""The keys of every line, in order."""


def _iso(date: PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country_alpha3,
        "country_iso2": actor.country,
        "sector": actor.sector,
        "title": actor.title,
        "code": actor.cameo_code or None,
    }


def _location(place: Place | None, gazetteer: Gazetteer) -> dict[str, Any] | None:
    """The place's own identifiers when the record carries them, else the gazetteer's."""
    if place is None:
        return None
    codes = gazetteer.codes(place)
    located = place.geonames_id is not None
    return {
        "placename": place.name,
        "country": gazetteer.codes(place.country).iso_alpha3 if place.country else None,
        "country_iso2": place.country,
        "geonames_id": place.geonames_id if located else codes.geonames_id,
        "lat": place.latitude if located else codes.latitude,
        "lon": place.longitude if located else codes.longitude,
    }


def polecat_record(event: CodedEvent, gazetteer: Gazetteer) -> dict[str, Any]:
    """One coded event as a POLECAT-style JSON object (keys in :data:`POLECAT_KEYS` order)."""
    evidence = sorted(event.record.evidence, key=evidence_key)
    sources = sorted(set(event.record.sources), key=source_key)
    precision = date_precision(event.date, event.end_date)
    bound = reported_by(event.record)
    return {
        "id": event.id,
        "date": _iso(event.date),
        "enddate": _iso(event.end_date),
        "date_precision": {"acled": precision.acled, "ucdp": precision.ucdp},
        "reported_by": _iso(bound),
        "event": event.event,
        "mode": event.mode,
        "context": list(event.contexts),
        "cameo": event.cameo,
        "actor": _actor(event.actor),
        "recipient": _actor(event.recipient),
        "event_loc": _location(event.place, gazetteer),
        "event_text": next((item.text for item in evidence if item.text), None),
        "text_info": [
            {"article_id": item.source.article_id, "start": item.start, "end": item.end, "text": item.text}
            for item in evidence
        ],
        "cite_info": [
            {
                "article_id": source.article_id,
                "url": source.url,
                "outlet": source.outlet,
                "published": _iso(source.published),
            }
            for source in sources
        ],
        "turkru": {"kind": event.record.KIND, "state": event.state, "setting": event.setting},
    }


def to_polecat(entries: Iterable[ChronicleEntry], *, gazetteer: Gazetteer | None = None) -> str:
    """JSON lines, one coded event per line, in the entries' order (a chronicle: timeline order)."""
    coder = EventCoder(gazetteer)
    lines = (
        json.dumps(polecat_record(event, coder.gazetteer), ensure_ascii=False)
        for event in coder.code_entries(entries)
    )
    return "".join(f"{line}\n" for line in lines)
