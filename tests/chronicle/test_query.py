"""The query helpers: keyword arguments, date order, spelling-blind people, pinned errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import report_lists
from turkru import (
    BodyKind,
    Direction,
    DocType,
    MeetingMode,
    PartialDate,
    Party,
    PartyKind,
    QueryError,
    Stage,
    Status,
)
from turkru.chronicle import Chronicle, ChronicleEntry
from turkru.chronicle.index import Index
from turkru.model.records import AnyRecord

from .reports import GAZPROM, TATARSTAN, agreement, event, meeting, session, source, trade, visit

TM, RU = Party.of_country("TM"), Party.of_country("RU")


def _chronicle() -> Chronicle:
    a, b, c, d, e = (
        source(name, published)
        for name, published in (
            ("a", "2019-02-06"),
            ("b", "2019-02-07"),
            ("c", "2021-05-08"),
            ("d", "2025-06-26"),
            ("e", None),
        )
    )
    return Chronicle.from_records(
        [
            meeting((a,), date="2019-02-06", place="Ashgabat"),
            meeting((b,), date="2019-02-06", people=("Lavrow", "Meredow"), place="Ashgabat"),
            meeting(
                c, date="2021-05-07", people=("Putin", "Berdimuhamedov"), mode=MeetingMode.PHONE, place=None
            ),
            meeting(d, date="2025-06-25", people=("Lavrov", "Meredow"), place="Ashgabat"),
            meeting(e, date=None, people=("Putin", "Berdymukhammedov"), place=None),
            meeting(d, date="2025-07", people=("Overchuk",), status=Status.PLANNED, place=None),
            visit(
                a,
                date="2019-02-05",
                end_date=PartialDate(2019, 2, 6),
                by="RU",
                to="TM",
                head="Lavrov",
                place="Ashgabat",
            ),
            visit(c, date="2022-06-10", head="Berdymukhammedov"),
            visit(e, date="2010-08", by="RU", to="TM", head="Minnikhanov", place="Avaza", region=TATARSTAN),
            session(a, date="2017-02", number=10, place="Moscow"),
            session(d, date="2023-10-10", number=None, body=BodyKind.BUSINESS_COUNCIL, chairs=("Overchuk",)),
            agreement(
                c,
                date="2022-06-10",
                title="declaration on strategic partnership",
                doc_type=DocType.DECLARATION,
            ),
            agreement(
                b,
                date="2019",
                title="contract on gas purchases",
                doc_type=DocType.CONTRACT,
                parties=(GAZPROM, TM),
            ),
            agreement(
                c,
                date="2021-05",
                title="memorandum on trade",
                doc_type=DocType.MEMORANDUM,
                parties=(TATARSTAN, TM),
            ),
            agreement(
                e, date=None, title="action plan for 2025-2027", doc_type=DocType.PLAN, stage=Stage.PLANNED
            ),
            trade(d, date="2023"),
            trade(
                b,
                date="2019",
                direction=Direction.EXPORT,
                exporter="TM",
                importer="RU",
                goods=("natural gas",),
            ),
            trade(
                c,
                date="2021-04",
                direction=Direction.EXPORT,
                exporter="RU",
                importer="TM",
                goods=("trucks",),
                region=TATARSTAN,
                amount="40",
                unit="units",
            ),
            event(c, name="Caspian Economic Forum", date="2021-08"),
            event(d, name="Days of Russian Culture", date="2024-10-16", place="Ashgabat"),
        ]
    )


CHRONICLE = _chronicle()


def _dates(entries: object) -> list[str]:
    return [entry.date.isoformat() if entry.date else "-" for entry in entries]  # type: ignore[attr-defined]


def _what(entries: object) -> list[str]:
    found = []
    for entry in entries:  # type: ignore[attr-defined]
        assert isinstance(entry, ChronicleEntry)
        record = entry.record
        found.append(getattr(record, "title", None) or getattr(record, "name", None) or entry.kind)
    return found


class TestAgreementsBetween:
    """agreements_between(a, b, ...): countries, regions, companies or Party objects."""

    def test_countries(self) -> None:
        """TM and RU: national documents, and those of Russian regions and companies, by date."""
        assert _what(CHRONICLE.agreements_between("TM", "RU")) == [
            "contract on gas purchases",
            "memorandum on trade",
            "declaration on strategic partnership",
            "action plan for 2025-2027",
        ]

    def test_order_of_sides_does_not_matter(self) -> None:
        """between(RU, TM) is between(TM, RU)."""
        assert list(CHRONICLE.agreements_between("RU", "TM")) == list(
            CHRONICLE.agreements_between("TM", "RU")
        )

    def test_region_by_name(self) -> None:
        """A region by a word of its name; a region does not count as the other side."""
        assert _what(CHRONICLE.agreements_between("Tatarstan", "tm")) == ["memorandum on trade"]
        assert _what(CHRONICLE.agreements_between("Tatarstan", "RU")) == []

    def test_company_by_party_object(self) -> None:
        """A Party object matches that party only."""
        assert _what(CHRONICLE.agreements_between(GAZPROM, TM)) == ["contract on gas purchases"]
        other = Party(name="Rosneft", kind=PartyKind.COMPANY, country="RU")
        assert _what(CHRONICLE.agreements_between(other, TM)) == []

    def test_country_name(self) -> None:
        """'Turkmenistan' and 'Russia' stand for the codes."""
        assert len(list(CHRONICLE.agreements_between("Turkmenistan", "Russia"))) == 4

    def test_filters(self) -> None:
        """status, doc_type, since and until narrow the answer."""
        assert _what(CHRONICLE.agreements_between("TM", "RU", status="planned")) == [
            "action plan for 2025-2027"
        ]
        assert _what(CHRONICLE.agreements_between("TM", "RU", doc_type=DocType.MEMORANDUM)) == [
            "memorandum on trade"
        ]
        assert _what(CHRONICLE.agreements_between("TM", "RU", since=2020, until="2021-12")) == [
            "memorandum on trade"
        ]
        assert _what(
            CHRONICLE.agreements_between("TM", "RU", since=PartialDate(2022), status=Stage.SIGNED)
        ) == ["declaration on strategic partnership"]


class TestMeetings:
    """meetings(with_=, between=, mode=, since=, until=)."""

    def test_with_any_spelling(self) -> None:
        """with_='Lavrow' finds Lavrov's meetings: the merged 2019 one and 2025."""
        found = list(CHRONICLE.meetings(with_="Lavrow"))
        assert _dates(found) == ["2019-02-06", "2025-06-25"]
        assert [len(entry.sources) for entry in found] == [2, 1]

    def test_with_several(self) -> None:
        """A list of people: all must take part."""
        assert _dates(CHRONICLE.meetings(with_=["Putin", "Berdimuhamedov"])) == ["2021-05-07", "-"]
        assert _dates(CHRONICLE.meetings(with_=["Putin", "Lavrov"])) == []

    def test_between_and_mode(self) -> None:
        """Sides by the participants' countries; mode by value or member."""
        assert len(list(CHRONICLE.meetings(between=("TM", "RU")))) == 4
        assert _dates(CHRONICLE.meetings(mode="phone")) == ["2021-05-07"]
        assert _dates(CHRONICLE.meetings(mode=MeetingMode.PHONE, since=2022)) == []

    def test_status(self) -> None:
        """Planned meetings only."""
        assert _dates(CHRONICLE.meetings(status="planned")) == ["2025-07"]

    def test_dates(self) -> None:
        """since/until take years, ISO strings, dates and PartialDates; undated ones drop out."""
        assert _dates(CHRONICLE.meetings(since=2021)) == ["2021-05-07", "2025-06-25", "2025-07"]
        assert _dates(CHRONICLE.meetings(until=dt.date(2021, 5, 7))) == ["2019-02-06", "2021-05-07"]
        assert _dates(CHRONICLE.meetings(since="2025-07-15")) == ["2025-07"]


class TestVisits:
    """visits(by=, to=, head=, ...)."""

    def test_by_and_to(self) -> None:
        """Sides by code; a region counts for its side."""
        assert _dates(CHRONICLE.visits(by="RU")) == ["2010-08", "2019-02-05"]
        assert _dates(CHRONICLE.visits(to="RU")) == ["2022-06-10"]
        assert _dates(CHRONICLE.visits(by="Tatarstan")) == ["2010-08"]
        assert _dates(CHRONICLE.visits(to="Tatarstan")) == []

    def test_head(self) -> None:
        """The head in any spelling; a span reaching into the bounds counts."""
        assert _dates(CHRONICLE.visits(head="Berdimuhamedov")) == ["2022-06-10"]
        assert _dates(CHRONICLE.visits(head="Lavrov", since="2019-02-06")) == ["2019-02-05"]


class TestSessionsTradeEvents:
    """sessions(body), trade(...), events(name)."""

    def test_sessions(self) -> None:
        """By body member or value, or all."""
        assert _dates(CHRONICLE.sessions()) == ["2017-02", "2023-10-10"]
        assert _dates(CHRONICLE.sessions("intergovernmental_commission")) == ["2017-02"]
        assert _dates(CHRONICLE.sessions(BodyKind.BUSINESS_COUNCIL, since=2020)) == ["2023-10-10"]

    def test_trade(self) -> None:
        """By exporter, importer (or region), a goods word, and a period containing the figure."""
        assert _dates(CHRONICLE.trade()) == ["2019", "2021-04", "2023"]
        assert _dates(CHRONICLE.trade(exporter="TM", commodity="gas")) == ["2019"]
        assert _dates(CHRONICLE.trade(exporter="Tatarstan")) == ["2021-04"]
        assert _dates(CHRONICLE.trade(importer="TM", period=2021)) == ["2021-04"]
        assert _dates(CHRONICLE.trade(period="2021-04-01")) == []

    def test_events(self) -> None:
        """By the content words of the name."""
        assert _what(CHRONICLE.events("forum")) == ["Caspian Economic Forum"]
        assert _what(CHRONICLE.events(since=2024)) == ["Days of Russian Culture"]


class TestPerson:
    """person(name): every meeting, visit and session, whatever the spelling."""

    def test_spellings(self) -> None:
        """Berdymukhammedov, Berdimuhamedov and Berdimuhamedow are one surname."""
        for spelling in ("Berdimuhamedov", "Berdymukhammedov", "Berdimuhamedow"):
            assert [entry.kind for entry in CHRONICLE.person(spelling)] == ["meeting", "visit", "meeting"]

    def test_kinds(self) -> None:
        """Meetings, visits and sessions (co-chairs) alike."""
        assert [entry.kind for entry in CHRONICLE.person("Overchuk")] == ["commission_session", "meeting"]
        assert [entry.kind for entry in CHRONICLE.person("Lavrov", until=2020)] == ["visit", "meeting"]

    def test_given_names(self) -> None:
        """Given names narrow the search when the records know them."""
        assert list(CHRONICLE.person("Sergey Lavrov")) == list(CHRONICLE.person("Lavrov"))


class TestTimeline:
    """timeline(): every entry by first day, coarser first on a tie, then kind and id; undated last."""

    def test_order(self) -> None:
        """Dates never go backwards; undated entries close the list."""
        entries = list(CHRONICLE.timeline())
        assert len(entries) == len(CHRONICLE)
        dated = [entry for entry in entries if entry.date is not None]
        keys = [(e.date.earliest, e.date.precision.rank, e.kind, e.id) for e in dated]  # type: ignore[union-attr]
        assert keys == sorted(keys)
        assert [entry.date for entry in entries[len(dated) :]] == [None] * (len(entries) - len(dated))
        assert [entry.kind for entry in entries[len(dated) :]] == ["agreement", "meeting"]

    def test_partial_dates_by_first_day(self) -> None:
        """'2019' comes before '2019-02-05', which comes before '2019-02-06'."""
        assert _dates(CHRONICLE.timeline(until="2019-02"))[-4:] == [
            "2019",
            "2019",
            "2019-02-05",
            "2019-02-06",
        ]

    def test_iteration_is_the_timeline(self) -> None:
        """Iterating the chronicle yields the timeline."""
        assert list(CHRONICLE) == list(CHRONICLE.timeline())


class TestQueryErrors:
    """Bad arguments raise QueryError naming the argument and the value, before anything runs."""

    @pytest.mark.parametrize(
        ("call", "message"),
        [
            (
                lambda c: c.meetings(since="2021-13"),
                "since: '2021-13' is not a date (expected a PartialDate, "
                "a date, an ISO date such as '2021-03' or a year)",
            ),
            (
                lambda c: c.meetings(until=True),
                "until: True is not a date (expected a PartialDate, a date, "
                "an ISO date such as '2021-03' or a year)",
            ),
            (lambda c: c.meetings(since=2022, until=2021), "since: 2022 is after until: 2021"),
            (lambda c: c.meetings(mode="fax"), "mode: 'fax' is not one of 'in_person', 'video', 'phone'"),
            (lambda c: c.meetings(with_=""), "with_: '' is not a person's name"),
            (lambda c: c.meetings(with_=["Lavrov", 3]), "with_[1]: 3 is not a person's name"),
            (
                lambda c: c.meetings(between="TM"),
                "between: 'TM' is not a pair of parties such as ('TM', 'RU')",
            ),
            (
                lambda c: c.agreements_between("TM", 7),
                "b: 7 is not a party (expected a country code such as "
                "'TM', a region, organisation or ministry name, or a Party)",
            ),
            (
                lambda c: c.agreements_between("TM", "RU", status="held"),
                "status: 'held' is not one of 'planned', 'signed', 'ratified', 'in_force', 'terminated'",
            ),
            (
                lambda c: c.agreements_between("TM", "RU", doc_type="pact"),
                "doc_type: 'pact' is not one of "
                "'agreement', 'memorandum', 'programme', 'declaration', 'protocol', 'roadmap', 'treaty', "
                "'contract', 'plan', 'documents'",
            ),
            (
                lambda c: c.sessions("council"),
                "body: 'council' is not one of 'intergovernmental_commission', "
                "'business_council', 'trade_investment_group', 'other'",
            ),
            (lambda c: c.trade(commodity="of the"), "commodity: 'of the' has no word to look for"),
            (
                lambda c: c.trade(period="last year"),
                "period: 'last year' is not a date (expected a "
                "PartialDate, a date, an ISO date such as '2021-03' or a year)",
            ),
            (
                lambda c: c.visits(head=None, by=""),
                "by: '' is not a party (expected a country code such as "
                "'TM', a region, organisation or ministry name, or a Party)",
            ),
            (lambda c: c.person(42), "name: 42 is not a person's name"),
        ],
    )
    def test_message(self, call: object, message: str) -> None:
        """The whole message is pinned, and it is raised at the call, not at iteration."""
        with pytest.raises(QueryError) as caught:
            call(CHRONICLE)  # type: ignore[operator]
        assert str(caught.value) == message

    def test_is_a_value_error(self) -> None:
        """QueryError is a TurkruError and a ValueError."""
        with pytest.raises(ValueError, match=r"^since: "):
            CHRONICLE.timeline(since="soon")


class TestLaziness:
    """Queries are generators over an index built once."""

    def test_generator(self) -> None:
        """Taking the first result does not need the rest."""
        results = CHRONICLE.meetings()
        assert next(results).date == PartialDate(2019, 2, 6)

    def test_index_built_once(self) -> None:
        """The index is made on the first query and reused."""
        chronicle = _chronicle()
        list(chronicle.meetings())
        index = chronicle._query_index()
        list(chronicle.visits())
        assert chronicle._query_index() is index

    def test_get(self) -> None:
        """get(id) finds an entry; an unknown id gives None."""
        entry = CHRONICLE.entries[3]
        assert CHRONICLE.get(entry.id) is entry
        assert CHRONICLE.get("meeting-1900-01-01-000000000000") is None


_QUERIES = [
    lambda c: c.agreements_between("TM", "RU"),
    lambda c: c.agreements_between("Tatarstan", "TM", since=2021),
    lambda c: c.agreements_between(Party(name="Gazprom", kind=PartyKind.COMPANY, country="RU"), "TM"),
    lambda c: c.meetings(with_="Lavrov"),
    lambda c: c.meetings(with_=["Lavrov", "Meredov"], since="2021-05-07", until="2021-05-08"),
    lambda c: c.meetings(between=("TM", "RU"), mode="phone"),
    lambda c: c.visits(by="RU", head="Putin"),
    lambda c: c.sessions("intergovernmental_commission", until=2021),
    lambda c: c.trade(exporter="TM", commodity="gas", period=2021),
    lambda c: c.events("forum"),
    lambda c: c.person("Berdimuhamedov", since=2021),
    lambda c: c.timeline(since="2021-05", until="2021-06"),
]


class TestIndexes:
    """The indexes only narrow the search: answers equal those of scanning every entry."""

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(report_lists(12))
    def test_same_as_scanning_everything(self, reports: list[AnyRecord]) -> None:
        """Each query gives the same entries with and without posting lists."""
        chronicle = Chronicle.from_records(reports)
        with_index = [list(query(chronicle)) for query in _QUERIES]
        original = Index.scan

        def scan_all(self: Index, postings: object, dates: object, kinds: object = ()) -> object:
            return original(self, [], dates)  # type: ignore[arg-type]

        Index.scan = scan_all  # type: ignore[method-assign]
        try:
            without = [list(query(chronicle)) for query in _QUERIES]
        finally:
            Index.scan = original  # type: ignore[method-assign]
        assert with_index == without
