"""Who takes part: countries, places, organisations, people and the offices they hold."""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from turkru.errors import InvalidRecordError
from turkru.model.dates import PartialDate, check_span

_COUNTRY_CODE = re.compile(r"[A-Z]{2}")

TURKMENISTAN = "TM"
RUSSIA = "RU"
SIDES = (TURKMENISTAN, RUSSIA)
"""The two countries whose relations turkru records, in this order."""
BOTH_SIDES = frozenset(SIDES)  # the two sides of the relations, as a set


def check_country(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """attrs validator: an ISO 3166-1 alpha-2 code such as ``'TM'`` (or None)."""
    if value is None:
        return
    if not isinstance(value, str) or _COUNTRY_CODE.fullmatch(value) is None:
        raise InvalidRecordError(
            f"{attribute.name}: {value!r} is not an ISO 3166-1 alpha-2 country code"
        )


def check_text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """attrs validator: a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not a non-empty string")


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: any iterable to a tuple (typed so that callers may pass lists under mypy)."""
    return tuple(value)


@functools.lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """A spelling-insensitive key for a surname: Berdymukhammedov == Berdimuhamedow (kept per
    name: every Person made and every name compared asks it, and the news repeats its names)."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    tokens = re.findall(r"[a-z]+", ascii_text)
    if not tokens:
        return ""
    key = tokens[-1]
    for variant, plain in (("kh", "h"), ("w", "v"), ("y", "i"), ("dzh", "j"), ("zh", "j")):
        key = key.replace(variant, plain)
    return re.sub(r"(.)\1+", r"\1", key)


_SUBDIVISION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def _optional_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_text(instance, attribute, value)


def _optional_positive(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (type(value) is not int or value <= 0):
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not a positive integer")


def _coordinate(limit: float) -> Any:
    """attrs validator: None, or a number of degrees within [-limit, limit]."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
            bounds = f"[-{limit:g}, {limit:g}]"
            raise InvalidRecordError(f"{attribute.name}: {value!r} is not a number of degrees in {bounds}")

    return check


def _optional_subdivision(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or _SUBDIVISION_CODE.fullmatch(value) is None):
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not an ISO 3166-2 code such as 'RU-TA'")


def _optional_float(value: Any) -> Any:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


@attrs.frozen
class Place:
    """A city or other named place, in its usual English spelling.

    ``geonames_id``, ``latitude`` and ``longitude`` (WGS84 degrees) locate it when the
    gazetteer knows them; they are left out of equality and repr: a place is its name and side.
    """

    name: str = attrs.field(validator=check_text)
    country: str | None = attrs.field(default=None, validator=check_country)
    geonames_id: int | None = attrs.field(default=None, eq=False, repr=False, validator=_optional_positive)
    latitude: float | None = attrs.field(
        default=None, eq=False, repr=False, converter=_optional_float, validator=_coordinate(90.0)
    )
    longitude: float | None = attrs.field(
        default=None, eq=False, repr=False, converter=_optional_float, validator=_coordinate(180.0)
    )

    def __str__(self) -> str:
        return self.name


class PartyKind(enum.Enum):
    """What sort of party an organisation is."""

    COUNTRY = "country"
    REGION = "region"
    MINISTRY = "ministry"
    COMPANY = "company"
    ORGANISATION = "organisation"


_COUNTRY = PartyKind.COUNTRY  # a module name: Python 3.11 reads Enum class attributes through a slow hook


def _check_party_kind(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, PartyKind):
        allowed = ", ".join(repr(member.value) for member in PartyKind)
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not one of {allowed}")


@attrs.frozen
class Party:
    """A party to relations: a country, a sub-national region, a ministry or a company.

    ``country`` is the side it belongs to (a Russian region belongs to ``RU``).
    """

    name: str = attrs.field(validator=check_text)
    kind: PartyKind = attrs.field(validator=_check_party_kind)
    country: str | None = attrs.field(default=None, validator=check_country)
    iso_3166_2: str | None = attrs.field(default=None, eq=False, repr=False, validator=_optional_subdivision)
    """The ISO 3166-2 code of a region, when the gazetteer knows it (out of equality and repr)."""

    @classmethod
    def of_country(cls, code: str) -> Party:
        """The party that is a whole country, named by its code."""
        return cls(name=code, kind=_COUNTRY, country=code)

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Person:
    """A named person: canonical surname, optional given names, side, spelling variants.

    Equality ignores spelling variants: the folded surname (``key``), the given names
    and the country identify a person, so Serdar and Gurbanguly Berdimuhamedov differ.
    ``enwiki_title`` is the person's English Wikipedia article title when the gazetteer holds
    a verified one; like the variants it is left out of equality.
    """

    surname: str = attrs.field(validator=check_text, eq=False)
    given_names: str | None = None
    country: str | None = attrs.field(default=None, validator=check_country)
    variants: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, eq=False)
    enwiki_title: str | None = attrs.field(default=None, eq=False, repr=False, validator=_optional_text)
    key: str = attrs.field(init=False, repr=False, eq=True)

    @key.default
    def _fold(self) -> str:
        return fold_name(self.surname)

    @property
    def full_name(self) -> str:
        """Given names and surname, as far as known."""
        return f"{self.given_names} {self.surname}" if self.given_names else self.surname

    def __str__(self) -> str:
        return self.full_name


@attrs.frozen
class Office:
    """A post such as President of Turkmenistan or Minister of Foreign Affairs of Russia."""

    title: str = attrs.field(validator=check_text)
    country: str | None = attrs.field(default=None, validator=check_country)

    def __str__(self) -> str:
        return self.title


def _check_term(instance: Term, _attribute: Any, _value: Any) -> None:
    check_span(instance.start, instance.end, where=f"Term of {instance.person} as {instance.office}")


@attrs.frozen
class Term:
    """A person holding an office from ``start`` to ``end`` (None: still in office)."""

    office: Office
    person: Person
    start: PartialDate | None = None
    end: PartialDate | None = attrs.field(default=None, validator=_check_term)

    def covers(self, day: PartialDate) -> bool:
        """Whether the office was held by the person at every day of *day*."""
        if self.start is not None and day.earliest < self.start.earliest:
            return False
        return self.end is None or day.latest <= self.end.latest
