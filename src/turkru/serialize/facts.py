"""The flat "facts v1" view of an article (the corpus gold format, read by ``score.py``).

People become surnames, countries their ISO codes, other parties their names, places
their names, partial dates ISO strings at their own precision. The view is lossy and
one-way: use :mod:`turkru.serialize.jsonio` to keep everything.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from turkru.chronicle.entry import ChronicleEntry
from turkru.errors import InvalidDateError, SerializationError
from turkru.jsontext import dump_json
from turkru.model.actors import Party, PartyKind, Person, Place
from turkru.model.article import Article
from turkru.model.dates import PartialDate
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    Record,
    TradeFlow,
    Visit,
)
from turkru.serialize.converter import RECORD_KINDS, show

__all__ = ["FACT_KINDS", "check_facts", "dumps_facts", "entry_fact", "fact_of", "to_facts"]

FACT_KINDS = tuple(RECORD_KINDS)
"""The ``kind`` values of facts, the same tags as the records'."""


def _date(date: PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def _place(place: Place | None) -> str | None:
    return None if place is None else place.name


def _party(party: Party | None) -> str | None:
    """A country party as its code, any other party by its name."""
    if party is None:
        return None
    if party.kind is PartyKind.COUNTRY:
        return party.country or party.name
    return party.name


def _surnames(people: Iterable[Person]) -> list[str]:
    return [person.surname for person in people]


def _number(value: Decimal) -> int | float:
    """An exact integer stays an int; anything else becomes the nearest float."""
    return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else float(value)


@functools.singledispatch
def _fields(record: Any) -> dict[str, Any]:
    raise SerializationError(f"$: {show(record)} is not a record")


@_fields.register
def _(record: Meeting) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "mode": record.mode.value,
        "participants": _surnames(record.participants),
        "roles": list(record.roles),
        "topics": list(record.topics),
        "region": _party(record.region),
    }
    if record.occasion is not None:
        fields["occasion"] = record.occasion
    return fields


@_fields.register
def _(record: Visit) -> dict[str, Any]:
    return {
        "delegation_of": record.delegation_of,
        "host": record.host,
        "head": None if record.head is None else record.head.surname,
        "region": _party(record.region),
    }


@_fields.register
def _(record: CommissionSession) -> dict[str, Any]:
    return {
        "body": record.commission.body.value,
        "session_number": record.session_number,
        "format": record.format.value,
        "co_chairs": _surnames(record.co_chairs),
    }


@_fields.register
def _(record: Agreement) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "doc_type": record.doc_type.value,
        "title": record.title,
        "count": record.count,
        "parties": [_party(party) for party in record.parties],
        "signatories": _surnames(record.signatories),
        "region": _party(record.region),
    }
    if record.period is not None:
        fields["period"] = list(record.period)
    return fields


@_fields.register
def _(record: TradeFlow) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "direction": record.direction.value,
        "exporter": record.exporter,
        "importer": record.importer,
        "region": _party(record.region),
        "commodities": list(record.commodities),
    }
    if record.amounts:
        first = record.amounts[0]
        fields["value"] = {"amount": float(first.amount), "unit": first.unit}
    if record.change_percent is not None:
        fields["change"] = {"percent": _number(record.change_percent)}
    return fields


@_fields.register
def _(record: Event) -> dict[str, Any]:
    return {"name": record.name}


def fact_of(record: AnyRecord) -> dict[str, Any]:
    """One fact: ``kind``, ``status``, ``date``, ``end_date``, ``place``, then the kind's fields."""
    if isinstance(record, Agreement):
        status, date, end_date = record.lifecycle[-1].stage.value, record.lifecycle[-1].date, None
    elif isinstance(record, Record):
        status, date, end_date = record.status.value, record.date, record.end_date
    else:
        raise SerializationError(f"$: {show(record)} is not a record")
    return {
        "kind": record.KIND,
        "status": status,
        "date": _date(date),
        "end_date": _date(end_date),
        "place": _place(record.place),
        **_fields(record),
    }


def to_facts(article: Article) -> dict[str, Any]:
    """The facts v1 object of *article*: its id, publication date and one fact per record."""
    if not isinstance(article, Article):
        raise SerializationError(f"$: {show(article)} is not an Article")
    return {
        "article": article.source.article_id,
        "published": _date(article.source.published),
        "facts": [fact_of(record) for record in article.records],
    }


def entry_fact(entry: ChronicleEntry) -> dict[str, Any]:
    """The facts view of a chronicle entry: its ``id``, the fact of its merged record, and the
    ids of the articles that reported it (``sources``)."""
    return {"id": entry.id, **fact_of(entry.record), "sources": [source.article_id for source in entry.sources]}


def dumps_facts(articles: Iterable[Article]) -> str:
    """Facts v1 JSON Lines: one article's facts per line (the predictions ``score.py`` reads)."""
    return "".join(dump_json(to_facts(article)) + "\n" for article in articles)


_DATE_KEYS = ("date", "end_date")


def _check_date(value: Any, path: str) -> None:
    """A facts date: null, an ISO partial date, or (gold) a list of acceptable ones."""
    values = value if isinstance(value, list) else [value]
    for index, item in enumerate(values):
        where = f"{path}[{index}]" if isinstance(value, list) else path
        if item is None:
            continue
        if not isinstance(item, str):
            raise SerializationError(f"{where}: {show(item)} is not an ISO date or null")
        try:
            PartialDate.parse(item)
        except InvalidDateError as error:
            raise SerializationError(f"{where}: {error}") from None


def check_facts(data: Any) -> dict[str, Any]:
    """Check the shape of one facts v1 object (gold or prediction) and return it.

    Checks the keys every object and fact has, the kinds and the dates; other keys
    (notes, ``optional``, kind-specific fields) are left to the scorer.
    """
    if not isinstance(data, dict):
        raise SerializationError(f"$: {show(data)} is not an object")
    for key in ("article", "published", "facts"):
        if key not in data:
            raise SerializationError(f"$.{key}: required field missing")
    if not isinstance(data["article"], str):
        raise SerializationError(f"$.article: {show(data['article'])} is not a string")
    _check_date(data["published"], "$.published")
    facts: Sequence[Any] = data["facts"]
    if not isinstance(facts, list):
        raise SerializationError(f"$.facts: {show(facts)} is not an array")
    for index, fact in enumerate(facts):
        path = f"$.facts[{index}]"
        if not isinstance(fact, dict):
            raise SerializationError(f"{path}: {show(fact)} is not an object")
        kind = fact.get("kind")
        if kind not in FACT_KINDS:
            allowed = ", ".join(repr(name) for name in FACT_KINDS)
            raise SerializationError(f"{path}.kind: {show(kind)} is not one of {allowed}")
        for key in _DATE_KEYS:
            if key in fact:
                _check_date(fact[key], f"{path}.{key}")
    return data
