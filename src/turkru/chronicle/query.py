"""The query helpers of a chronicle: keyword arguments in, entries out, in date order.

Arguments are checked before anything runs (a bad one raises :class:`QueryError`
naming it); results are generators, so taking the first few is cheap. ``since``/``until``
bound the event dates; with ``include_undated=True`` undated entries come too when their
reported-by bound (the day their earliest report was published) falls within the range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from turkru.chronicle.args import (
    DateBounds,
    PartySpec,
    as_date,
    as_enum,
    as_party,
    as_people,
    as_person,
    bounds,
    show,
)
from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.index import Posting, Scanner, parties_of
from turkru.chronicle.names import Names, WantedPerson
from turkru.errors import QueryError
from turkru.model.actors import Party, Person
from turkru.model.records import (
    Agreement,
    BodyKind,
    CommissionSession,
    DocType,
    Event,
    Meeting,
    MeetingMode,
    Stage,
    Status,
    TradeFlow,
    Visit,
)
from turkru.text.similarity import name_key, stems, stems_of

__all__ = ["Queries"]

PERSON_KINDS = (Meeting.KIND, Visit.KIND, CommissionSession.KIND)
"""The kinds :meth:`Queries.person` looks through."""


def _postings_for(spec: PartySpec) -> Posting:
    if spec.country is not None:
        return (("country", spec.country),)
    wordings = spec.wordings or (tuple(name_key(spec.label).split()),)
    return tuple(dict.fromkeys(("word", words[0]) for words in wordings if words))


def _values(**members: Any) -> list[Posting]:
    """The posting lists of the one-value fields a query asks for (``mode=MeetingMode.PHONE``; None: any)."""
    return [((facet, member.value),) for facet, member in members.items() if member is not None]


def _person_postings(wanted: WantedPerson) -> Posting:
    return tuple(("person", key) for key in sorted(wanted.keys))


def _between(first: PartySpec, second: PartySpec, holders: Sequence[Any]) -> bool:
    """Whether two different holders (parties, or people by their side) match the two specs."""
    firsts = [number for number, holder in enumerate(holders) if _holds(first, holder)]
    if not firsts:
        return False
    seconds = [number for number, holder in enumerate(holders) if _holds(second, holder)]
    return any(one != two for one in firsts for two in seconds)


def _holds(spec: PartySpec, holder: Any) -> bool:
    if isinstance(holder, Person):
        return spec.matches_country(holder.country)
    return spec.matches_party(holder)


def _words(name: str, value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    words = stems(value) if isinstance(value, str) else frozenset()
    if not words:
        raise QueryError(f"{name}: {show(value)} has no word to look for")
    return words


def _status(value: Any, kind: type[Any]) -> Any:
    return as_enum("status", value, kind)


class Queries:
    """Query helpers, mixed into :class:`~turkru.chronicle.collection.Chronicle`."""

    __slots__ = ()

    def _query_index(self) -> Scanner:
        raise NotImplementedError

    def _query_names(self) -> Names:
        raise NotImplementedError

    def _party(self, name: str, value: Any) -> PartySpec:
        """The side *value* names, checked (:func:`as_party`) and resolved (:class:`Names`)."""
        spec = as_party(name, value)
        return spec if isinstance(value, Party) else self._query_names().party(name, value)

    def _person(self, name: str, value: Any) -> WantedPerson:
        """The person *value* names, checked (:func:`as_person`) and resolved (:class:`Names`)."""
        return self._query_names().person(name, as_person(name, value))

    def _select(
        self,
        kind: str | tuple[str, ...],
        postings: list[Posting],
        dates: DateBounds,
        test: Callable[[ChronicleEntry], bool],
    ) -> Iterator[ChronicleEntry]:
        index = self._query_index()
        kinds = (kind,) if isinstance(kind, str) else kind
        if len(kinds) == 1:
            postings = [(("kind", kinds[0]),), *postings]
        for entry in index.scan(postings, dates, kinds):
            if entry.kind in kinds and test(entry):
                yield entry

    def agreements_between(
        self,
        a: Any,
        b: Any,
        *,
        status: Stage | str | None = None,
        doc_type: DocType | str | None = None,
        since: Any = None,
        until: Any = None,
        include_undated: bool = False,
    ) -> Iterator[ChronicleEntry]:
        """Agreements with a party on each side: countries (``'TM'``), regions, organisations or
        ministries by name, or Party objects. A region, company or ministry counts for its
        country too, so an agreement of a Russian region with Turkmenistan is between TM and RU.
        """
        first, second = self._party("a", a), self._party("b", b)
        stage = _status(status, Stage)
        kind = as_enum("doc_type", doc_type, DocType)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, Agreement)
            if (stage and record.status is not stage) or (kind and record.doc_type is not kind):
                return False
            return _between(first, second, parties_of(entry))

        postings = [_postings_for(first), _postings_for(second), *_values(status=stage, doc_type=kind)]
        return self._select(Agreement.KIND, postings, dates, test)

    def meetings(
        self,
        *,
        with_: Any = None,
        between: Any = None,
        mode: MeetingMode | str | None = None,
        status: Status | str | None = None,
        since: Any = None,
        until: Any = None,
        include_undated: bool = False,
    ) -> Iterator[ChronicleEntry]:
        """Meetings with every person in ``with_`` (a name, a Person or a list), between two
        sides (``between=("TM", "RU")``: the participants' countries or the region), in a mode.
        """
        people = [self._query_names().person(name, value) for name, value in as_people("with_", with_)]
        sides = self._pair("between", between)
        wanted_mode = as_enum("mode", mode, MeetingMode)
        wanted_status = _status(status, Status)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, Meeting)
            if (wanted_mode and record.mode is not wanted_mode) or (
                wanted_status and record.status is not wanted_status
            ):
                return False
            if not all(person.takes_part(record.participants) for person in people):
                return False
            if sides is None:
                return True
            holders = (*record.participants, *([record.region] if record.region else []))
            return _between(*sides, holders)

        postings = [_person_postings(person) for person in people]
        postings += [_postings_for(side) for side in sides or ()]
        postings += _values(mode=wanted_mode, status=wanted_status)
        return self._select(Meeting.KIND, postings, dates, test)

    def visits(
        self,
        *,
        by: Any = None,
        to: Any = None,
        head: Any = None,
        status: Status | str | None = None,
        since: Any = None,
        until: Any = None,
        include_undated: bool = False,
    ) -> Iterator[ChronicleEntry]:
        """Visits by a side (the delegation's country, or its region) to a side (the host),
        headed by a person.
        """
        sender = None if by is None else self._party("by", by)
        host = None if to is None else self._party("to", to)
        leader = None if head is None else self._person("head", head)
        wanted_status = _status(status, Status)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, Visit)
            if wanted_status and record.status is not wanted_status:
                return False
            if leader is not None and not leader.matches(record.head):
                return False
            if sender is not None and not _visit_side(sender, record.delegation_of, record):
                return False
            return host is None or _visit_side(host, record.host, record)

        postings = [] if leader is None else [_person_postings(leader)]
        return self._select(Visit.KIND, [*postings, *_values(status=wanted_status)], dates, test)

    def sessions(
        self,
        body: BodyKind | str | None = None,
        *,
        status: Status | str | None = None,
        since: Any = None,
        until: Any = None,
        include_undated: bool = False,
    ) -> Iterator[ChronicleEntry]:
        """Sittings of a standing body (``'intergovernmental_commission'``, ...), or of any."""
        wanted = as_enum("body", body, BodyKind)
        wanted_status = _status(status, Status)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, CommissionSession)
            if wanted_status and record.status is not wanted_status:
                return False
            return wanted is None or record.commission.body is wanted

        return self._select(CommissionSession.KIND, _values(body=wanted, status=wanted_status), dates, test)

    def trade(
        self,
        *,
        exporter: Any = None,
        importer: Any = None,
        commodity: str | None = None,
        period: Any = None,
        status: Status | str | None = None,
    ) -> Iterator[ChronicleEntry]:
        """Trade figures by exporter and importer (code or region name), goods (a word such as
        ``'gas'``) and period: figures whose period lies within ``period`` (``2023`` finds
        the year's figure and its months').
        """
        sender = None if exporter is None else self._party("exporter", exporter)
        receiver = None if importer is None else self._party("importer", importer)
        goods = _words("commodity", commodity)
        within = as_date("period", period)
        wanted_status = _status(status, Status)
        dates = bounds(within, within) if within else DateBounds()

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, TradeFlow)
            if wanted_status and record.status is not wanted_status:
                return False
            if within is not None and (record.date is None or not within.contains(record.date)):
                return False
            if goods and not goods <= stems_of(record.commodities):
                return False
            if sender is not None and not _trade_side(sender, record.exporter, record):
                return False
            return receiver is None or _trade_side(receiver, record.importer, record)

        postings = [_postings_for(spec) for spec in (sender, receiver) if spec is not None and spec.country]
        return self._select(TradeFlow.KIND, [*postings, *_values(status=wanted_status)], dates, test)

    def events(
        self,
        name: str | None = None,
        *,
        status: Status | str | None = None,
        since: Any = None,
        until: Any = None,
        include_undated: bool = False,
    ) -> Iterator[ChronicleEntry]:
        """Events whose name has every content word of *name* (``'forum'``), or all events."""
        words = _words("name", name)
        wanted_status = _status(status, Status)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            assert isinstance(record, Event)
            if wanted_status and record.status is not wanted_status:
                return False
            return not words or words <= stems(record.name)

        return self._select(Event.KIND, _values(status=wanted_status), dates, test)

    def person(
        self, name: Any, *, since: Any = None, until: Any = None, include_undated: bool = False
    ) -> Iterator[ChronicleEntry]:
        """Every meeting, visit and session *name* took part in, whatever the spelling:
        ``person("Berdymukhammedov")`` finds records that spell it ``Berdimuhamedow``.
        """
        wanted = self._person("name", name)
        dates = bounds(since, until, include_undated)

        def test(entry: ChronicleEntry) -> bool:
            record = entry.record
            if isinstance(record, Meeting):
                return wanted.takes_part(record.participants)
            if isinstance(record, Visit):
                return wanted.matches(record.head)
            return isinstance(record, CommissionSession) and wanted.takes_part(record.co_chairs)

        return self._select(PERSON_KINDS, [_person_postings(wanted)], dates, test)

    def _pair(self, name: str, value: Any) -> tuple[PartySpec, PartySpec] | None:
        if value is None:
            return None
        if isinstance(value, (list, tuple)) and len(value) == 2:
            return self._party(f"{name}[0]", value[0]), self._party(f"{name}[1]", value[1])
        raise QueryError(f"{name}: {show(value)} is not a pair of parties such as ('TM', 'RU')")

    def timeline(
        self, *, since: Any = None, until: Any = None, include_undated: bool = False
    ) -> Iterator[ChronicleEntry]:
        """Every entry in date order: partial dates by their first day (coarser first on a
        tie), then by kind and id; undated entries last.
        """
        dates = bounds(since, until, include_undated)
        return self._query_index().scan([], dates)


def _visit_side(spec: PartySpec, code: str, record: Visit) -> bool:
    """Whether a visit's end (its country *code*, or its region on that side) is *spec*."""
    if spec.matches_country(code):
        return True
    region = record.region
    return region is not None and region.country in (None, code) and spec.matches_party(region)


def _trade_side(spec: PartySpec, code: str | None, record: TradeFlow) -> bool:
    """Whether a trade figure's end (country *code*, or its region on that side) is *spec*."""
    if spec.matches_country(code):
        return True
    region = record.region
    return region is not None and code is not None and region.country == code and spec.matches_party(region)
