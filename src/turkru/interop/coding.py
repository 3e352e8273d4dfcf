"""Event codes derived from records: PLOVER type and mode, CAMEO code, actor and recipient.

The codes come from the tables in :mod:`turkru.interop.codebook`; this module only works
out each record's state, setting and two sides. One record gives one coded event, except an
agreement, which gives one per step of its lifecycle (planned, then signed, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs

from turkru.chronicle.entry import ChronicleEntry
from turkru.gazetteer import Gazetteer
from turkru.interop.actors import Actor, ActorMaker
from turkru.interop.codebook import (
    BODY_CONTEXTS,
    BODY_SECTORS,
    CAMEO_ROOT_QUAD,
    DOC_TYPE_CONTEXTS,
    KIND_CONTEXTS,
    PHONE,
    SIDES,
    STATE_PARTY_SECTOR,
    THIRD_LOCATION,
    UNLOCATED,
    VIDEO,
    VISIT,
    event_rule,
)
from turkru.model.actors import Party, PartyKind, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    MeetingMode,
    Visit,
)

__all__ = ["CodedEvent", "EventCoder"]

_MODE_SETTINGS = {MeetingMode.PHONE: PHONE, MeetingMode.VIDEO: VIDEO}


@attrs.frozen(kw_only=True)
class CodedEvent:
    """One event as PLOVER and CAMEO see it, with the record it was derived from.

    ``id`` is the chronicle entry's id (an agreement's steps add ``-signed``, ...);
    ``state`` the record's status or the agreement's stage; ``setting`` how the sides met.
    """

    id: str
    event: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    actor: Actor
    recipient: Actor
    date: PartialDate | None
    end_date: PartialDate | None
    place: Place | None
    state: str
    setting: str
    record: AnyRecord = attrs.field(eq=False, repr=False)

    @property
    def quad_class(self) -> int:
        """GDELT's QuadClass of the CAMEO code (1 verbal, 2 material cooperation)."""
        return CAMEO_ROOT_QUAD[self.cameo[:2]]


@attrs.frozen
class _Side:
    """One side of a record: its country and the actor standing for it."""

    country: str | None
    actor: Actor


class EventCoder:
    """Derives coded events from records and chronicle entries with one gazetteer's knowledge."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self.actors = ActorMaker(self.gazetteer)

    # entry points ------------------------------------------------------------------------------

    def code_entries(self, entries: Iterable[ChronicleEntry]) -> Iterator[CodedEvent]:
        """The coded events of every entry, in the entries' order."""
        for entry in entries:
            yield from self.code(entry.record, entry.id)

    def code(self, record: AnyRecord, event_id: str) -> tuple[CodedEvent, ...]:
        """The coded events of one record; none for trade flows and terminated agreements."""
        if isinstance(record, Agreement):
            return self._agreement(record, event_id)
        if isinstance(record, Meeting):
            sides = self._people_sides(record.participants, record.date)
            setting = _MODE_SETTINGS.get(record.mode) or _setting(record.place, sides)
        elif isinstance(record, Visit):
            visitor = self._visitor(record)
            sides = (visitor, _Side(record.host, self.actors.country(record.host)))
            setting = VISIT
        elif isinstance(record, CommissionSession):
            sector = BODY_SECTORS[record.commission.body]
            sides = self._people_sides(record.co_chairs, record.date, sector)
            setting = _setting(record.place, sides)
        elif isinstance(record, Event):
            sides = self._people_sides((), record.date)
            setting = _setting(record.place, sides)
        else:
            return ()
        coded = self._coded(record, event_id, record.status.value, setting, sides, record.date, record.end_date)
        return () if coded is None else (coded,)

    # records -----------------------------------------------------------------------------------

    def _coded(
        self,
        record: AnyRecord,
        event_id: str,
        state: str,
        setting: str,
        sides: tuple[_Side, _Side],
        date: PartialDate | None,
        end_date: PartialDate | None,
    ) -> CodedEvent | None:
        rule = event_rule(record.KIND, state, setting)
        if rule is None:
            return None
        ordered = setting == VISIT and not isinstance(record, Visit)
        actor, recipient = _visitor_first(record.place, sides) if ordered else sides
        return CodedEvent(
            id=event_id,
            event=rule.plover,
            mode=rule.mode,
            contexts=_contexts(record),
            cameo=rule.cameo,
            actor=actor.actor,
            recipient=recipient.actor,
            date=date,
            end_date=end_date,
            place=record.place,
            state=state,
            setting=setting,
            record=record,
        )

    def _agreement(self, record: Agreement, event_id: str) -> tuple[CodedEvent, ...]:
        sides = self._party_sides(record.parties, record.signatories, record.lifecycle[-1].date)
        setting = _setting(record.place, sides)
        found = []
        for step in record.lifecycle:
            step_id = f"{event_id}-{step.stage.value}"
            coded = self._coded(record, step_id, step.stage.value, setting, sides, step.date, None)
            if coded is not None:
                found.append(coded)
        return tuple(found)

    def _visitor(self, visit: Visit) -> _Side:
        if visit.head is not None:
            return _Side(visit.delegation_of, self.actors.person(visit.head, visit.date))
        if visit.region is not None:
            return _Side(visit.delegation_of, self.actors.party(visit.region))
        return _Side(visit.delegation_of, self.actors.country(visit.delegation_of))

    # sides -------------------------------------------------------------------------------------

    def _people_sides(
        self, people: Sequence[Person], on: PartialDate | None, sector: str | None = None
    ) -> tuple[_Side, _Side]:
        """The first person of each of the first two countries named, completed by the sides."""
        found: dict[str, Actor] = {}
        for person in people:
            if person.country is not None and person.country not in found:
                found[person.country] = self.actors.person(person, on)
        return self._complete(found, sector)

    def _party_sides(
        self, parties: Sequence[Party], signatories: Sequence[Person], on: PartialDate | None
    ) -> tuple[_Side, _Side]:
        """Parties in order; a country party is its signatory when one of that country signed."""
        signers: dict[str, Person] = {}
        for person in signatories:
            if person.country is not None:
                signers.setdefault(person.country, person)
        found: dict[str, Actor] = {}
        for party in parties:
            if party.country is None or party.country in found:
                continue
            if party.kind is not PartyKind.COUNTRY:
                found[party.country] = self.actors.party(party)
            elif party.country in signers:
                found[party.country] = self.actors.person(signers[party.country], on)
            else:
                found[party.country] = self.actors.country(party.country, STATE_PARTY_SECTOR)
        for country, person in signers.items():
            if country not in found:
                found[country] = self.actors.person(person, on)
        return self._complete(found, STATE_PARTY_SECTOR)

    def _complete(self, found: dict[str, Actor], sector: str | None) -> tuple[_Side, _Side]:
        sides = [_Side(country, actor) for country, actor in found.items()][:2]
        for country in SIDES:
            if len(sides) < 2 and all(side.country != country for side in sides):
                sides.append(_Side(country, self.actors.country(country, sector)))
        return sides[0], sides[1]


def _setting(place: Place | None, sides: tuple[_Side, _Side]) -> str:
    """In one side's country, in a third country, or unknown."""
    if place is None or place.country is None:
        return UNLOCATED
    if any(side.country == place.country for side in sides):
        return VISIT
    return THIRD_LOCATION


def _visitor_first(place: Place | None, sides: tuple[_Side, _Side]) -> tuple[_Side, _Side]:
    """The visiting side as actor, the host as recipient (a visit's sides come in that order)."""
    first, second = sides
    if place is not None and place.country is not None and first.country == place.country:
        return second, first
    return first, second


def _contexts(record: AnyRecord) -> tuple[str, ...]:
    if isinstance(record, CommissionSession):
        return BODY_CONTEXTS[record.commission.body]
    if isinstance(record, Agreement) and record.doc_type in DOC_TYPE_CONTEXTS:
        return DOC_TYPE_CONTEXTS[record.doc_type]
    return KIND_CONTEXTS.get(record.KIND, ())
