"""The JSON Schema of what turkru writes besides articles and records: chronicle entries
(``merge``, ``query``, ``timeline`` in ``json``/``jsonl``), the facts view (``--format facts``)
and the POLECAT-style export (``export --to polecat``).

An entry holds records of the model (``$defs/Record``); a fact is the flat view of
:mod:`turkru.serialize.facts`, one object per kind, its enums those of the model; a POLECAT
line is :func:`turkru.serialize.polecat.polecat_record`'s object.
"""

from __future__ import annotations

from typing import Any

from turkru.chronicle.restore import ENTRY_KIND
from turkru.serialize.converter import PARTIAL_DATE_PATTERN, RECORD_KINDS
from turkru.serialize.jsonio import SCHEMA_VERSION, VERSION_KEY

__all__ = ["ENTRY_ID_PATTERN", "view_defs"]

ENTRY_ID_PATTERN = (
    "^(" + "|".join(RECORD_KINDS) + f")-(undated|{PARTIAL_DATE_PATTERN})-[0-9a-z][0-9a-z_-]*$"
)
"""An entry id: kind, the founding report's date (or ``undated``), a digest (and a suffix)."""

_TEXT: dict[str, Any] = {"type": "string"}
_TEXTS: dict[str, Any] = {"type": "array", "items": _TEXT}
_OPTIONAL_TEXT: dict[str, Any] = {"type": ["string", "null"]}
_DATE: dict[str, Any] = {"anyOf": [{"type": "string", "pattern": f"^{PARTIAL_DATE_PATTERN}$"}, {"type": "null"}]}
_COUNT: dict[str, Any] = {"type": ["integer", "null"], "minimum": 0}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _entry_defs() -> dict[str, dict[str, Any]]:
    variant = {
        "type": "object",
        "description": "One value of the record as one or more sources reported it (with its evidence).",
        "properties": {"sources": _TEXTS, "record": _ref("Record")},
        "required": ["sources", "record"],
        "additionalProperties": False,
    }
    entry = {
        "type": "object",
        "description": "A chronicle entry: one real event, its merged record and every variant reported.",
        "properties": {
            VERSION_KEY: {"const": SCHEMA_VERSION},
            "kind": {"const": ENTRY_KIND},
            "id": {"type": "string", "pattern": ENTRY_ID_PATTERN},
            "conflicts": _TEXTS,
            "sources": {**_TEXTS, "minItems": 1},
            "record": _ref("Record"),
            "variants": {"type": "array", "items": _ref("ChronicleVariant"), "minItems": 1},
        },
        "required": [VERSION_KEY, "kind", "id", "conflicts", "sources", "record", "variants"],
        "additionalProperties": False,
    }
    return {"ChronicleVariant": variant, "ChronicleEntryDocument": entry}


def _fact_fields() -> dict[str, tuple[dict[str, dict[str, Any]], tuple[str, ...]]]:
    """Per kind, the fact's own fields and those that may be left out (written only when set)."""
    return {
        "meeting": (
            {
                "mode": _ref("MeetingMode"),
                "participants": _TEXTS,
                "roles": _TEXTS,
                "topics": _TEXTS,
                "region": _OPTIONAL_TEXT,
                "occasion": _TEXT,
            },
            ("occasion",),
        ),
        "visit": (
            {"delegation_of": _TEXT, "host": _TEXT, "head": _OPTIONAL_TEXT, "region": _OPTIONAL_TEXT},
            (),
        ),
        "commission_session": (
            {"body": _ref("BodyKind"), "session_number": _COUNT, "format": _ref("SessionFormat"), "co_chairs": _TEXTS},
            (),
        ),
        "agreement": (
            {
                "doc_type": _ref("DocType"),
                "title": _OPTIONAL_TEXT,
                "count": _COUNT,
                "parties": {"type": "array", "items": _OPTIONAL_TEXT},
                "signatories": _TEXTS,
                "region": _OPTIONAL_TEXT,
                "period": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
            },
            ("period",),
        ),
        "trade_flow": (
            {
                "direction": _ref("Direction"),
                "exporter": _OPTIONAL_TEXT,
                "importer": _OPTIONAL_TEXT,
                "region": _OPTIONAL_TEXT,
                "commodities": _TEXTS,
                "value": {
                    "type": "object",
                    "properties": {"amount": {"type": "number"}, "unit": _TEXT},
                    "required": ["amount", "unit"],
                    "additionalProperties": False,
                },
                "change": {
                    "type": "object",
                    "properties": {"percent": {"type": "number"}},
                    "required": ["percent"],
                    "additionalProperties": False,
                },
            },
            ("value", "change"),
        ),
        "event": ({"name": _TEXT}, ()),
    }


def _fact(kind: str, fields: dict[str, dict[str, Any]], optional: tuple[str, ...], *, entry: bool) -> dict[str, Any]:
    status = _ref("Stage") if kind == "agreement" else _ref("Status")
    head = {"id": {"type": "string", "pattern": ENTRY_ID_PATTERN}} if entry else {}
    tail = {"sources": {**_TEXTS, "minItems": 1}} if entry else {}
    properties = {
        **head,
        "kind": {"const": kind},
        "status": status,
        "date": _DATE,
        "end_date": _DATE,
        "place": _OPTIONAL_TEXT,
        **fields,
        **tail,
    }
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def _fact_defs() -> dict[str, dict[str, Any]]:
    defs: dict[str, dict[str, Any]] = {}
    facts, entry_facts = [], []
    for kind, (fields, optional) in _fact_fields().items():
        name = "".join(part.title() for part in kind.split("_"))
        defs[f"{name}Fact"] = _fact(kind, fields, optional, entry=False)
        defs[f"{name}EntryFact"] = _fact(kind, fields, optional, entry=True)
        facts.append(_ref(f"{name}Fact"))
        entry_facts.append(_ref(f"{name}EntryFact"))
    defs["Fact"] = {"description": "One fact of an article's facts view, by kind.", "oneOf": facts}
    defs["EntryFact"] = {
        "description": "The facts view of a chronicle entry: its id, its merged record's fact, its articles.",
        "oneOf": entry_facts,
    }
    defs["FactsArticle"] = {
        "type": "object",
        "description": "An article's facts view (facts v1, the corpus gold format): ``extract --format facts``.",
        "properties": {"article": _TEXT, "published": _DATE, "facts": {"type": "array", "items": _ref("Fact")}},
        "required": ["article", "published", "facts"],
        "additionalProperties": False,
    }
    return defs


def _object(properties: dict[str, Any], *, nullable: bool = False) -> dict[str, Any]:
    """An object with exactly *properties*, every one required."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    return {"anyOf": [schema, {"type": "null"}]} if nullable else schema


def _polecat_defs() -> dict[str, dict[str, Any]]:
    actor = _object(
        {
            "name": _OPTIONAL_TEXT,
            "kind": _TEXT,
            "country": _OPTIONAL_TEXT,
            "country_iso2": _OPTIONAL_TEXT,
            "sector": _OPTIONAL_TEXT,
            "title": _OPTIONAL_TEXT,
            "code": _OPTIONAL_TEXT,
        }
    )
    number = {"type": ["number", "null"]}
    event = _object(
        {
            "id": {"type": "string", "pattern": ENTRY_ID_PATTERN},
            "date": _DATE,
            "enddate": _DATE,
            "date_precision": _object({"acled": {"type": "integer"}, "ucdp": {"type": "integer"}}),
            "reported_by": _DATE,
            "event": _TEXT,
            "mode": _OPTIONAL_TEXT,
            "context": _TEXTS,
            "cameo": _OPTIONAL_TEXT,
            "actor": {"anyOf": [_ref("PolecatActor"), {"type": "null"}]},
            "recipient": {"anyOf": [_ref("PolecatActor"), {"type": "null"}]},
            "event_loc": _object(
                {
                    "placename": _TEXT,
                    "country": _OPTIONAL_TEXT,
                    "country_iso2": _OPTIONAL_TEXT,
                    "geonames_id": {"type": ["integer", "null"]},
                    "lat": number,
                    "lon": number,
                },
                nullable=True,
            ),
            "event_text": _OPTIONAL_TEXT,
            "text_info": {
                "type": "array",
                "items": _object(
                    {"article_id": _TEXT, "start": {"type": "integer"}, "end": {"type": "integer"}, "text": _TEXT}
                ),
            },
            "cite_info": {
                "type": "array",
                "items": _object(
                    {"article_id": _TEXT, "url": _OPTIONAL_TEXT, "outlet": _OPTIONAL_TEXT, "published": _DATE}
                ),
            },
            "turkru": _object({"kind": {"enum": list(RECORD_KINDS)}, "state": _TEXT, "setting": _OPTIONAL_TEXT}),
        }
    )
    event["description"] = "One coded event of ``export --to polecat`` (PLOVER/POLECAT-style JSON lines)."
    return {"PolecatActor": actor, "PolecatEvent": event}


def view_defs() -> dict[str, dict[str, Any]]:
    """The ``$defs`` of chronicle entries, the facts views and the POLECAT export (they refer to
    the model's)."""
    return {**_entry_defs(), **_fact_defs(), **_polecat_defs()}
