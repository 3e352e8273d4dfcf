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
from turkru.chronicle.rules import person_compatible
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.text.similarity import fold_text

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

_COUNTRY_WORDS = ("turkmenistan", "russia", "russian federation")
_GOVERNMENTS = ("cabinet", "government")


def office_level(title: str) -> Level:
    """The level of an office or role title, by its head noun (the words before "of").

    ``'President of Turkmenistan'`` is head of state and ``'Prime Minister of Russia'`` (or the
    chairman of a cabinet or government) head of government, when the title names one of the
    two countries or none; deputies of a head of government and ministers are ministers;
    anything else (a press secretary of the president, a region's prime minister, a
    governor, an ambassador) is "other".
    """
    text = " ".join(fold_text(title).replace("-", " ").split())
    head, _, rest = text.removeprefix("the ").partition(" of ")
    rest = rest.removeprefix("the ")
    national = not rest or any(word in rest for word in _COUNTRY_WORDS)
    governing = head == "prime minister" or (head == "chairman" and rest.startswith(_GOVERNMENTS))
    if head in ("president", "presidents") and national:
        return Level.HEAD_OF_STATE
    if governing and national:
        return Level.HEAD_OF_GOVERNMENT
    if head.endswith(("deputy prime minister", "deputy chairman")) and (
        "prime minister" in head or rest.startswith(_GOVERNMENTS)
    ):
        return Level.MINISTER
    minister = head.endswith("minister") and "deputy" not in head and not head.endswith("prime minister")
    if minister:
        return Level.MINISTER
    return Level.OTHER


def gazetteer_offices(gazetteer: Any) -> OfficeLookup:
    """An office lookup from a :class:`~turkru.gazetteer.Gazetteer`'s terms of office.

    People are matched by identity, not equality: a record's "Berdimuhamedov" without given
    names is whichever Berdimuhamedov held an office on the day.
    """
    by_key: dict[str, list[Any]] = {}
    for term in gazetteer.terms:
        by_key.setdefault(term.person.key, []).append(term)

    def lookup(person: Person, day: PartialDate | None) -> Iterable[str]:
        terms = by_key.get(person.key, ())
        return [
            term.office.title
            for term in terms
            if person_compatible(person, term.person) and (day is None or term.covers(day))
        ]

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
