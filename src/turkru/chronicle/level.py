"""The level of an event: head of state, head of government, minister, or other.

An entry's level is the highest level of the people who took part, judged by the offices
they held on the day (from a gazetteer's terms of office) and by the roles the report
names ("President of Turkmenistan").
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.index import people_of
from turkru.chronicle.words import fold_text
from turkru.model.actors import Person
from turkru.model.dates import PartialDate

__all__ = ["Level", "OfficeLookup", "gazetteer_offices", "level_of", "office_level"]


class Level(enum.Enum):
    """How senior an event is, highest first."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    OTHER = "other"

    @property
    def label(self) -> str:
        """A short label for charts and tables."""
        return self.value.replace("_", " ")


_RANK = {level: rank for rank, level in enumerate(Level)}

OfficeLookup = Callable[[Person, PartialDate | None], Iterable[str]]
"""Office titles a person held on a date (every title they ever held when undated)."""

_GOVERNMENT_HEADS = ("prime minister", "chairman of the government", "chairman of the cabinet")
_COUNTRY_WORDS = ("turkmenistan", "russia", "russian federation")


def office_level(title: str) -> Level:
    """The level of an office or role title: ``'President of Turkmenistan'`` is head of state.

    Deputies of a head of government count as ministers; a president of a region or a
    company (a title naming no country) is "other".
    """
    text = " ".join(fold_text(title).replace("-", " ").split())
    if "deputy" in text or "vice" in text:
        return Level.MINISTER if any(head in text for head in _GOVERNMENT_HEADS) else Level.OTHER
    if any(head in text for head in _GOVERNMENT_HEADS):
        return Level.HEAD_OF_GOVERNMENT
    national = text in ("president", "presidents") or any(word in text for word in _COUNTRY_WORDS)
    if "president" in text and national:
        return Level.HEAD_OF_STATE
    if "minister" in text:
        return Level.MINISTER
    return Level.OTHER


def gazetteer_offices(gazetteer: Any) -> OfficeLookup:
    """An office lookup from a :class:`~turkru.gazetteer.Gazetteer`'s terms of office."""

    def lookup(person: Person, day: PartialDate | None) -> Iterable[str]:
        terms = gazetteer.terms_of(person)
        return [term.office.title for term in terms if day is None or term.covers(day)]

    return lookup


def _highest(levels: Iterable[Level]) -> Level:
    return min(levels, key=_RANK.__getitem__, default=Level.OTHER)


def level_of(entry: ChronicleEntry, offices: OfficeLookup | None = None) -> Level:
    """The highest level among the entry's people (by *offices*) and its named roles."""
    record = entry.record
    titles: list[str] = list(getattr(record, "roles", ()))
    if offices is not None:
        for person in people_of(entry):
            titles.extend(offices(person, record.date))
    return _highest(office_level(title) for title in titles)
