"""Reading gazetteer data (parsed JSON) into entries, with errors that name the file and the entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from turkru.errors import GazetteerError, InvalidRecordError
from turkru.gazetteer.entries import (
    BODY,
    COMMODITY,
    COUNTRY,
    PARTY_KINDS,
    PLACE,
    SECTORS,
    Codes,
    OfficeEntry,
    PersonEntry,
    PhraseEntry,
    Sense,
)
from turkru.gazetteer.templates import TemplateError, expand
from turkru.gazetteer.tokens import phrase_key
from turkru.jsontext import load_document, read_document
from turkru.model.actors import Office, Party, PartyKind, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind

_ID = re.compile(r"[a-z0-9_]+")
_NOTE = "note"
_ONE_TEXT_FIELDS = ("name", "title", "given_names")
"""Fields holding one template (the others that hold templates hold lists of them)."""
_ALPHA3 = re.compile(r"[A-Z]{3}")
_SUBDIVISION = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")
_PLACE_CODES = ("geonames_id", "latitude", "longitude")
_COORDINATES = ("latitude", "longitude")
_WIKI_FIELDS = ("enwiki_title", "enwiki_source")
"""An English Wikipedia title and the en.wikipedia.org page it was read from: the title is loaded
(records carry it), the page is checked by tests."""
_SOURCES = ("geonames_source", "coordinates_source", "iso_3166_2_source")
"""Where an identifier the packages lack was read (a URL); checked by tools/gazetteer_codes.py, not loaded."""
_COORDINATE_LIMITS = {"latitude": 90.0, "longitude": 180.0}


@attrs.frozen
class RawTerm:
    """A term as written in a file: office and person by id, resolved once all files are read."""

    office: str
    person: str
    start: PartialDate | None
    end: PartialDate | None
    where: str


@attrs.define
class Parsed:
    """Everything read from one or more data files, in file order."""

    people: list[PersonEntry] = attrs.Factory(list)
    offices: list[OfficeEntry] = attrs.Factory(list)
    terms: list[RawTerm] = attrs.Factory(list)
    phrases: list[PhraseEntry] = attrs.Factory(list)
    given_names: list[str] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)
    not_names: list[str] = attrs.Factory(list)
    surname_endings: list[str] = attrs.Factory(list)
    sources: list[str] = attrs.Factory(list)
    counterpart_refs: list[tuple[str, str]] = attrs.Factory(list)
    """(where, office id) of every counterpart named, checked once all files are read."""
    person_ids: set[str] = attrs.Factory(set)
    office_ids: set[str] = attrs.Factory(set)


class _Entry:
    """One JSON object of a section, with typed accessors that raise located errors."""

    def __init__(self, raw: Any, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(raw, dict):
            raise GazetteerError(f"{where}: expected an object, got {raw!r}")
        extra = sorted(set(raw) - set(allowed) - {_NOTE})
        if extra:
            raise GazetteerError(f"{where}: unknown field {extra[0]!r} (allowed: {', '.join(allowed)})")
        self.raw: dict[str, Any] = raw
        self.where = where

    def text(self, key: str) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or not value.strip():
            if key not in self.raw:
                raise GazetteerError(f"{self.where}: field {key!r} is missing")
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not a non-empty string")
        return value.strip()

    def optional_text(self, key: str) -> str | None:
        return None if self.raw.get(key) is None else self.text(key)

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not true or false")
        return value

    def texts(self, key: str) -> list[str]:
        value = self.raw.get(key, [])
        if not isinstance(value, list):
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not a list of strings")
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise GazetteerError(f"{self.where}: {key}[{index}]: {item!r} is not a non-empty string")
        return [item.strip() for item in value]

    def date(self, key: str) -> PartialDate | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not an ISO date string or null")
        try:
            return PartialDate.parse(value)
        except InvalidRecordError as error:
            raise GazetteerError(f"{self.where}: {key}: {error}") from None

    def identifier(self) -> str:
        value = self.text("id")
        if _ID.fullmatch(value) is None:
            raise GazetteerError(f"{self.where}: id: {value!r} is not lower-case letters, digits and '_'")
        return value

    def templates(self, key: str) -> list[tuple[str, str]]:
        """The templates of a field holding one string or a list of them, each with its field label."""
        if key in _ONE_TEXT_FIELDS:
            return [(key, self.text(key))]
        return [(f"{key}[{index}]", text) for index, text in enumerate(self.texts(key))]

    def phrases(self, *keys: str, lower: bool = False) -> tuple[str, ...]:
        """All phrases the templates in the fields *keys* stand for; each must contain a word."""
        found: dict[str, None] = {}
        for label, template in (pair for key in keys for pair in self.templates(key)):
            try:
                expanded = expand(template.lower() if lower else template)
            except TemplateError as error:
                raise GazetteerError(f"{self.where}: {label}: {error}") from None
            for phrase in expanded:
                if not any(part[:1].isalnum() for part in phrase_key(phrase)):
                    raise GazetteerError(f"{self.where}: {label}: {phrase!r} contains no word")
                found[phrase] = None
        return tuple(found)

    def sector(self) -> str | None:
        """The CAMEO role code of the entry, one of :data:`SECTORS`, or None."""
        value = self.optional_text("sector")
        if value is not None and value not in SECTORS:
            raise GazetteerError(f"{self.where}: sector: {value!r} is not one of {', '.join(SECTORS)}")
        return value

    def coded(self, key: str, pattern: re.Pattern[str], what: str) -> str | None:
        """An optional code that must match *pattern* in full."""
        value = self.optional_text(key)
        if value is not None and pattern.fullmatch(value) is None:
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not {what}")
        return value

    def positive_int(self, key: str) -> int | None:
        """An optional whole number above zero."""
        value = self.raw.get(key)
        if value is None:
            return None
        if type(value) is not int or value <= 0:
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not a positive integer")
        return value

    def coordinate(self, key: str) -> float | None:
        """An optional latitude or longitude in degrees, within its range."""
        value = self.raw.get(key)
        if value is None:
            return None
        limit = _COORDINATE_LIMITS[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
            raise GazetteerError(f"{self.where}: {key}: {value!r} is not a number between -{limit:g} and {limit:g}")
        return float(value)

    def place_codes(self) -> Codes:
        """GeoNames id and WGS84 coordinates: both coordinates or none, and an id only with coordinates."""
        given = [key for key in _PLACE_CODES if self.raw.get(key) is not None]
        needed = _PLACE_CODES if "geonames_id" in given else _COORDINATES if given else ()
        missing = sorted(set(needed) - set(given))
        if missing:
            raise GazetteerError(f"{self.where}: {', '.join(given)} given without {', '.join(missing)}")
        return Codes(
            geonames_id=self.positive_int("geonames_id"),
            latitude=self.coordinate("latitude"),
            longitude=self.coordinate("longitude"),
        )

    def region_code(self, country: str | None) -> str | None:
        """An ISO 3166-2 code, whose country part must be the entry's country."""
        code = self.coded("iso_3166_2", _SUBDIVISION, "an ISO 3166-2 code such as 'RU-TA'")
        if code is not None and code[:2] != country:
            raise GazetteerError(f"{self.where}: iso_3166_2: {code!r} is not a code of country {country!r}")
        return code

    def build(self, make: Callable[[], Any]) -> Any:
        """Run a model constructor, turning its invariant errors into located ones."""
        try:
            return make()
        except InvalidRecordError as error:
            raise GazetteerError(f"{self.where}: {error}") from None


def _fresh(entry: _Entry, seen: set[str], what: str) -> str:
    """The entry's id, which must not name another entry of its kind."""
    identifier = entry.identifier()
    if identifier in seen:
        raise GazetteerError(f"{entry.where}: id: {what} id {identifier!r} is already defined")
    seen.add(identifier)
    return identifier


def _people(entry: _Entry, parsed: Parsed) -> None:
    surname = entry.text("surname")
    given = entry.optional_text("given_names")
    variants = entry.phrases("variants")
    person = entry.build(
        lambda: Person(
            surname=surname,
            given_names=given,
            country=entry.optional_text("country"),
            variants=variants,
            enwiki_title=entry.optional_text("enwiki_title"),
        )
    )
    given_variants = entry.phrases(*(["given_names"] if given else []), "given_variants")
    identifier = _fresh(entry, parsed.person_ids, "person")
    parsed.people.append(
        PersonEntry(
            id=identifier, person=person, given_variants=given_variants, bare=entry.flag("bare", True)
        )
    )


def _offices(entry: _Entry, parsed: Parsed) -> None:
    title = entry.text("title")
    counterparts = tuple(entry.texts("counterparts"))
    parsed.counterpart_refs.extend((f"{entry.where}: counterparts", other) for other in counterparts)
    office = entry.build(lambda: Office(title=title, country=entry.optional_text("country")))
    parsed.offices.append(
        OfficeEntry(
            id=_fresh(entry, parsed.office_ids, "office"),
            office=office,
            phrases=entry.phrases("title", "variants"),
            single=entry.flag("single", True),
            counterparts=counterparts,
            codes=Codes(sector=entry.sector()),
        )
    )


def _terms(entry: _Entry, parsed: Parsed) -> None:
    parsed.terms.append(
        RawTerm(
            entry.text("office"), entry.text("person"), entry.date("start"), entry.date("end"), entry.where
        )
    )


def _places(entry: _Entry, parsed: Parsed) -> None:
    name = entry.text("name")
    codes = entry.place_codes()
    place = entry.build(
        lambda: Place(
            name=name,
            country=entry.optional_text("country"),
            geonames_id=codes.geonames_id,
            latitude=codes.latitude,
            longitude=codes.longitude,
        )
    )
    sense = Sense(PLACE, place, place.country)
    parsed.phrases.append(PhraseEntry(sense, entry.phrases("name", "variants"), codes))


def _parties(entry: _Entry, parsed: Parsed) -> None:
    name = entry.text("name")
    kind_name = entry.text("kind")
    kinds = {kind.value: kind for kind in PARTY_KINDS}
    if kind_name not in kinds:
        raise GazetteerError(f"{entry.where}: kind: {kind_name!r} is not one of {', '.join(kinds)}")
    kind: PartyKind = kinds[kind_name]
    country = entry.optional_text("country")
    codes = Codes(sector=entry.sector(), iso_3166_2=entry.region_code(country))
    party = entry.build(lambda: Party(name=name, kind=kind, country=country, iso_3166_2=codes.iso_3166_2))
    sense = Sense(PARTY_KINDS[kind], party, party.country)
    parsed.phrases.append(PhraseEntry(sense, entry.phrases("name", "variants"), codes))


def _bodies(entry: _Entry, parsed: Parsed) -> None:
    entry.text("name")
    kind_name = entry.text("kind")
    kinds = {kind.value: kind for kind in BodyKind}
    if kind_name not in kinds:
        raise GazetteerError(f"{entry.where}: kind: {kind_name!r} is not one of {', '.join(kinds)}")
    sense = Sense(BODY, kinds[kind_name], None)
    parsed.phrases.append(PhraseEntry(sense, entry.phrases("name", "variants")))


def _countries(entry: _Entry, parsed: Parsed) -> None:
    code = entry.text("code")
    entry.text("name")
    sense = entry.build(lambda: Sense(COUNTRY, code, code))
    codes = Codes(iso_alpha3=entry.coded("iso_alpha3", _ALPHA3, "an ISO 3166-1 alpha-3 code such as 'TKM'"))
    parsed.phrases.append(PhraseEntry(sense, entry.phrases("name", "words"), codes))


def _commodities(raw: Any, where: str, parsed: Parsed) -> None:
    entry = _Entry({"name": raw} if isinstance(raw, str) else raw, where, ("name", "variants"))
    name = entry.text("name").lower()
    parsed.phrases.append(
        PhraseEntry(
            Sense(COMMODITY, name, None),
            tuple(dict.fromkeys(entry.phrases("name", lower=True) + entry.phrases("variants"))),
        )
    )


_SECTIONS: dict[str, tuple[tuple[str, ...], Callable[[_Entry, Parsed], None]]] = {
    "people": (
        ("id", "surname", "given_names", "country", "variants", "given_variants", "bare", *_WIKI_FIELDS),
        _people,
    ),
    "offices": (("id", "title", "country", "variants", "single", "counterparts", "sector"), _offices),
    "terms": (("office", "person", "start", "end"), _terms),
    "places": (("name", "country", "variants", *_PLACE_CODES, *_SOURCES), _places),
    "parties": (("name", "kind", "country", "variants", "sector", "iso_3166_2", *_SOURCES), _parties),
    "bodies": (("name", "kind", "variants"), _bodies),
    "countries": (("code", "name", "words", "iso_alpha3"), _countries),
}
_WORD_LISTS = ("given_names", "roles", "not_names", "surname_endings")
SECTION_NAMES = (*_SECTIONS, "commodities", *_WORD_LISTS)


def _label(raw: Any) -> str:
    if isinstance(raw, dict):
        for key in ("id", "code", "name", "title", "surname"):
            if isinstance(raw.get(key), str):
                return f" ({raw[key]!r})"
    return ""


def parse_data(data: Any, source: str, parsed: Parsed) -> None:
    """Add the entries of one parsed JSON document to *parsed*; *source* names it in errors."""
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{source}: expected a JSON object with sections {', '.join(SECTION_NAMES)}")
    for section, items in data.items():
        if section in ("description", _NOTE):
            continue
        if section not in SECTION_NAMES:
            raise GazetteerError(
                f"{source}: unknown section {section!r} (allowed: {', '.join(SECTION_NAMES)})"
            )
        if not isinstance(items, list):
            raise GazetteerError(f"{source}: {section}: expected a list, got {type(items).__name__}")
        for index, raw in enumerate(items):
            where = f"{source}: {section}[{index}]{_label(raw)}"
            if section in _WORD_LISTS:
                if not isinstance(raw, str) or not raw.strip():
                    raise GazetteerError(f"{where}: {raw!r} is not a non-empty string")
                getattr(parsed, section).append(raw.strip())
            elif section == "commodities":
                _commodities(raw, where, parsed)
            else:
                allowed, handler = _SECTIONS[section]
                handler(_Entry(raw, where, allowed), parsed)
    parsed.sources.append(source)


def parse_file(path: Path, parsed: Parsed) -> None:
    """Read one JSON data file into *parsed*; unreadable or invalid JSON is a GazetteerError."""
    parse_text(read_document(path, "gazetteer", GazetteerError), str(path), parsed)


def parse_text(text: str, source: str, parsed: Parsed) -> None:
    """Parse one JSON document into *parsed*; invalid JSON is a GazetteerError naming *source*."""
    parse_data(load_document(text, source, GazetteerError), source, parsed)
