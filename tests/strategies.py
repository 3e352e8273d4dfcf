"""Hypothesis strategies for every model class: valid values only, invariants respected."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from turkru.model.actors import Office, Party, PartyKind, Person, Place, Term
from turkru.model.article import Article
from turkru.model.dates import DateSpan, PartialDate, Precision
from turkru.model.provenance import Evidence, Reprint, Source
from turkru.model.records import (
    Agreement,
    AnyRecord,
    BodyKind,
    Commission,
    CommissionSession,
    Direction,
    DocType,
    Event,
    LifecycleStep,
    Meeting,
    MeetingMode,
    Quantity,
    SessionFormat,
    Stage,
    Status,
    TradeFlow,
    Visit,
)

__all__ = [
    "agreements",
    "any_record",
    "articles",
    "commission_sessions",
    "commissions",
    "country_codes",
    "date_spans",
    "decimals",
    "events",
    "evidence",
    "json_values",
    "lifecycle_steps",
    "lifecycles",
    "meetings",
    "offices",
    "partial_dates",
    "parties",
    "people",
    "places",
    "quantities",
    "sources",
    "terms",
    "texts",
    "trade_flows",
    "visits",
]

_FIRST_DAY = dt.date(1, 1, 1)
_LAST_DAY = dt.date(9999, 12, 31)


def texts(max_size: int = 20) -> st.SearchStrategy[str]:
    """Non-empty strings with some non-blank character (what ``check_text`` accepts)."""
    return st.text(min_size=1, max_size=max_size).filter(lambda text: bool(text.strip()))


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 shaped codes, weighted towards the two sides."""
    return st.sampled_from(["TM", "RU"]) | st.from_regex(r"[A-Z]{2}", fullmatch=True)


def partial_dates(
    min_value: dt.date = _FIRST_DAY, max_value: dt.date = _LAST_DAY
) -> st.SearchStrategy[PartialDate]:
    """Partial dates at any precision whose days all lie after *min_value*.

    Built from a day truncated to a random precision, so ``earliest <= day <= latest``.
    """
    return st.builds(
        lambda day, precision: PartialDate.from_date(day).truncate(precision),
        st.dates(min_value=min_value, max_value=max_value),
        st.sampled_from(Precision),
    )


@st.composite
def _start_and_end(draw: st.DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    """A start (maybe None) and an end (None, or not before the start)."""
    start = draw(st.none() | partial_dates())
    if start is None or draw(st.booleans()):
        return start, None
    return start, draw(partial_dates(min_value=start.earliest))


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """Spans whose end (if any) is not before their start."""
    start = draw(partial_dates())
    end = draw(st.none() | partial_dates(min_value=start.earliest))
    return DateSpan(start=start, end=end)


def places() -> st.SearchStrategy[Place]:
    """Named places with an optional country."""
    return st.builds(Place, name=texts(), country=st.none() | country_codes())


def parties() -> st.SearchStrategy[Party]:
    """Parties of every kind; whole countries are named by their code."""
    return country_codes().map(Party.of_country) | st.builds(
        Party, name=texts(), kind=st.sampled_from(PartyKind), country=st.none() | country_codes()
    )


def people() -> st.SearchStrategy[Person]:
    """People with a surname, maybe given names, a side and spelling variants."""
    return st.builds(
        Person,
        surname=texts(),
        given_names=st.none() | texts(),
        country=st.none() | country_codes(),
        variants=st.lists(texts(), max_size=2).map(tuple),
    )


def offices() -> st.SearchStrategy[Office]:
    """Offices with an optional country."""
    return st.builds(Office, title=texts(), country=st.none() | country_codes())


@st.composite
def terms(draw: st.DrawFn) -> Term:
    """Terms whose end (if any) follows a start."""
    start, end = draw(_start_and_end())
    return Term(office=draw(offices()), person=draw(people()), start=start, end=end)


def reprints() -> st.SearchStrategy[Reprint]:
    """Other appearances of a text: article id, optional address, outlet and date."""
    return st.builds(
        Reprint,
        article_id=st.text(max_size=20),
        url=st.none() | st.text(max_size=30),
        outlet=st.none() | st.text(max_size=10),
        published=st.none() | partial_dates(),
    )


def sources() -> st.SearchStrategy[Source]:
    """Sources with optional address, outlet, publication date, hash and reprints."""
    return st.builds(
        Source,
        article_id=st.text(max_size=20),
        url=st.none() | st.text(max_size=30),
        outlet=st.none() | st.text(max_size=10),
        published=st.none() | partial_dates(),
        content_hash=st.none() | st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
        reprints=st.lists(reprints(), max_size=2).map(tuple),
    )


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    """Evidence spans ``[start, end)`` with ``0 <= start <= end``."""
    start = draw(st.integers(min_value=0, max_value=10**6))
    end = draw(st.integers(min_value=start, max_value=start + 10**4))
    return Evidence(source=draw(sources()), start=start, end=end, text=draw(st.text(max_size=20)))


def _evidence_tuples() -> st.SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidence(), max_size=2).map(tuple)


def decimals(*, min_value: Decimal | None = None) -> st.SearchStrategy[Decimal]:
    """Finite decimals (any exponent), optionally bounded below."""
    return st.decimals(min_value=min_value, allow_nan=False, allow_infinity=False)


def quantities() -> st.SearchStrategy[Quantity]:
    """Non-negative exact amounts with a unit."""
    return st.builds(
        Quantity,
        amount=decimals(min_value=Decimal(0)),
        unit=st.sampled_from(["USD", "RUB", "t", "units"]) | texts(5),
    )


def lifecycle_steps() -> st.SearchStrategy[LifecycleStep]:
    """A single step at any stage, dated or not."""
    return st.builds(LifecycleStep, stage=st.sampled_from(Stage), date=st.none() | partial_dates())


@st.composite
def lifecycles(draw: st.DrawFn) -> tuple[LifecycleStep, ...]:
    """Non-empty lifecycles: stages strictly increasing, dated steps in date order."""
    stages = sorted(draw(st.sets(st.sampled_from(Stage), min_size=1)), key=lambda stage: stage.rank)
    dates = [draw(st.none() | partial_dates()) for _ in stages]
    ordered = iter(sorted(date for date in dates if date is not None))
    dates = [None if date is None else next(ordered) for date in dates]
    return tuple(LifecycleStep(stage=stage, date=date) for stage, date in zip(stages, dates, strict=True))


def _strings(max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.text(max_size=12), max_size=max_size).map(tuple)


@st.composite
def _common(draw: st.DrawFn) -> dict[str, Any]:
    """The fields every ``Record`` has, consistent with each other."""
    date, end_date = draw(_start_and_end())
    return {
        "status": draw(st.sampled_from(Status)),
        "date": date,
        "end_date": end_date,
        "place": draw(st.none() | places()),
        "reported_by": draw(st.none() | partial_dates()),
        "evidence": draw(_evidence_tuples()),
    }


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """Meetings in any mode."""
    return Meeting(
        **draw(_common()),
        mode=draw(st.sampled_from(MeetingMode)),
        participants=tuple(draw(st.lists(people(), max_size=3))),
        roles=draw(_strings()),
        occasion=draw(st.none() | st.text(max_size=12)),
        topics=draw(_strings()),
        region=draw(st.none() | parties()),
    )


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    """Visits whose delegation and host are different countries."""
    delegation_of, host = draw(st.lists(country_codes(), min_size=2, max_size=2, unique=True))
    return Visit(
        **draw(_common()),
        delegation_of=delegation_of,
        host=host,
        head=draw(st.none() | people()),
        region=draw(st.none() | parties()),
        purpose=draw(st.none() | st.text(max_size=12)),
        visit_type=draw(st.none() | st.text(max_size=12)),
    )


def commissions() -> st.SearchStrategy[Commission]:
    """Standing bodies, named or not."""
    return st.builds(Commission, body=st.sampled_from(BodyKind), name=st.none() | st.text(max_size=20))


@st.composite
def commission_sessions(draw: st.DrawFn) -> CommissionSession:
    """Sessions in any format, numbered or not."""
    return CommissionSession(
        **draw(_common()),
        commission=draw(commissions()),
        session_number=draw(st.none() | st.integers(min_value=0, max_value=100)),
        format=draw(st.sampled_from(SessionFormat)),
        co_chairs=tuple(draw(st.lists(people(), max_size=2))),
        documents=draw(_strings()),
    )


@st.composite
def agreements(draw: st.DrawFn) -> Agreement:
    """Agreements with an ordered lifecycle and, maybe, a first-last year period."""
    period = draw(st.none() | st.tuples(st.integers(1900, 2100), st.integers(0, 10)))
    return Agreement(
        doc_type=draw(st.sampled_from(DocType)),
        title=draw(st.none() | st.text(max_size=20)),
        count=draw(st.none() | st.integers(min_value=0, max_value=50)),
        parties=tuple(draw(st.lists(parties(), max_size=3))),
        signatories=tuple(draw(st.lists(people(), max_size=2))),
        region=draw(st.none() | parties()),
        period=None if period is None else (period[0], period[0] + period[1]),
        lifecycle=draw(lifecycles()),
        place=draw(st.none() | places()),
        reported_by=draw(st.none() | partial_dates()),
        evidence=draw(_evidence_tuples()),
    )


@st.composite
def trade_flows(draw: st.DrawFn) -> TradeFlow:
    """Exports (with optional exporter/importer) and turnovers (with neither)."""
    direction = draw(st.sampled_from(Direction))
    exporter = importer = None
    if direction is Direction.EXPORT:
        exporter = draw(st.none() | country_codes())
        importer = draw(st.none() | country_codes())
    return TradeFlow(
        **draw(_common()),
        direction=direction,
        exporter=exporter,
        importer=importer,
        region=draw(st.none() | parties()),
        commodities=draw(_strings()),
        amounts=tuple(draw(st.lists(quantities(), max_size=2))),
        change_percent=draw(st.none() | decimals()),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Named events."""
    return Event(**draw(_common()), name=draw(texts()))


def any_record() -> st.SearchStrategy[AnyRecord]:
    """A record of any kind."""
    return st.one_of(meetings(), visits(), commission_sessions(), agreements(), trade_flows(), events())


def articles() -> st.SearchStrategy[Article]:
    """Articles with a source, some text and a few records of any kind."""
    return st.builds(
        Article,
        source=sources(),
        text=st.text(max_size=40),
        records=st.lists(any_record(), max_size=4).map(tuple),
    )


def json_values() -> st.SearchStrategy[Any]:
    """Arbitrary JSON values (what ``json.loads`` may return), for "only our error" properties."""
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10)
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=20,
    )


# --- Chronicle reports ------------------------------------------------------------------------
# Records drawn from tiny pools (three sources, a few people in several spellings, nearby
# dates, similar titles), so that generated reports often describe the same event and
# merging has work to do. Used by tests/chronicle.

__all__ += ["chronicle_reports", "report_lists"]

_REPORT_SOURCES = (
    Source(article_id="a", outlet="Trend", published=PartialDate(2021, 5, 9)),
    Source(article_id="b", outlet="TASS", published=PartialDate(2021, 5, 8)),
    Source(article_id="c", outlet="nCa"),
)
_REPORT_PEOPLE = (
    Person(surname="Lavrov", country="RU"),
    Person(surname="Lavrow", given_names="Sergey", country="RU", variants=("Lavrow",)),
    Person(surname="Meredov", country="TM"),
    Person(surname="Meredow", given_names="Rashid", country="TM"),
    Person(surname="Putin", given_names="Vladimir", country="RU"),
    Person(surname="Berdymukhamedov", given_names="Serdar", country="TM"),
    Person(surname="Berdimuhamedov", given_names="Gurbanguly", country="TM"),
)
_REPORT_DATES = (
    None,
    PartialDate(2021),
    PartialDate(2021, 5),
    PartialDate(2021, 5, 7),
    PartialDate(2021, 5, 8),
    PartialDate(2021, 6, 1),
    PartialDate(2022, 5, 7),
)
_REPORT_PLACES = (None, Place(name="Moscow", country="RU"), Place(name="Ashgabat", country="TM"))
_REPORT_TITLES = (
    None,
    "programme of economic cooperation for 2021-2023",
    "program of economic cooperation 2021-2023",
    "memorandum on education",
    "agreement on education and science",
)
_REPORT_AMOUNTS = ((), (Quantity(amount=Decimal(5), unit="USD"),), (Quantity(amount=Decimal(6), unit="USD"),))
_REPORT_PARTIES = (
    Party.of_country("TM"),
    Party.of_country("RU"),
    Party(name="Tatarstan", kind=PartyKind.REGION, country="RU"),
    Party(name="Gazprom", kind=PartyKind.COMPANY, country="RU"),
)


_SPELLINGS = {"Lavrov": "Lavrow", "Meredov": "Meredow", "Berdimuhamedov": "Berdymukhamedov"}
_KINDS = ("meeting", "visit", "session", "agreement", "trade", "event")


def _nearby(date: PartialDate | None) -> st.SearchStrategy[PartialDate | None]:
    """The same date mostly; sometimes the next day, its month, or no date at all."""
    if date is None:
        return st.sampled_from([None, None, PartialDate(2021, 5, 7)])
    options: list[PartialDate | None] = [date, date, date, None, date.truncate(Precision.MONTH)]
    if date.day is not None:
        options.append(PartialDate.from_date(date.earliest + dt.timedelta(days=1)))
    return st.sampled_from(options)


def _respell(people: tuple[Person, ...]) -> st.SearchStrategy[tuple[Person, ...]]:
    """The same people, perhaps spelled otherwise, perhaps one fewer."""
    respelled = tuple(
        Person(
            surname=_SPELLINGS.get(person.surname, person.surname),
            given_names=person.given_names,
            country=person.country,
        )
        for person in people
    )
    return st.sampled_from([people, people, respelled, people[:-1]])


@st.composite
def _report(draw: st.DrawFn, base: dict[str, Any]) -> AnyRecord:
    """A report of the event *base* describes, as one outlet might give it."""
    date = draw(_nearby(base["date"]))
    end_date = None
    if date is not None and date.day is not None and draw(st.booleans()):
        end_date = PartialDate.from_date(date.earliest + dt.timedelta(days=draw(st.integers(0, 2))))
    one, two, three = _REPORT_SOURCES
    sources = draw(st.sampled_from([(one,), (two,), (three,), (one,), (two,), (three,), (one, two)]))
    span = draw(st.integers(0, 3))
    common: dict[str, Any] = {
        "status": base["status"],
        "date": date,
        "end_date": end_date,
        "place": draw(st.sampled_from([base["place"], base["place"], None])),
        "evidence": tuple(Evidence(source=s, start=span, end=span + 5, text="x") for s in sources),
    }
    people = draw(_respell(base["people"]))
    kind = base["kind"]
    if kind == "meeting":
        return Meeting(**common, mode=base["mode"], participants=people, topics=draw(_topics()))
    if kind == "visit":
        head = draw(st.sampled_from([people[0] if people else None, None]))
        side = base["side"]
        return Visit(**common, delegation_of=side, host="RU" if side == "TM" else "TM", head=head)
    if kind == "session":
        return CommissionSession(
            **common,
            commission=Commission(
                body=BodyKind.INTERGOVERNMENTAL_COMMISSION, name=draw(st.sampled_from([None, "IGC"]))
            ),
            session_number=draw(st.sampled_from([base["number"], base["number"], None])),
            co_chairs=people,
        )
    if kind == "agreement":
        stage = base["stage"]
        steps = [LifecycleStep(stage=stage, date=date)]
        if stage is Stage.SIGNED and draw(st.booleans()):
            steps.insert(0, LifecycleStep(stage=Stage.PLANNED, date=None))
        return Agreement(
            doc_type=base["doc_type"],
            title=draw(st.sampled_from([base["title"], base["title"], *_REPORT_TITLES])),
            count=draw(st.sampled_from([base["count"], None])),
            parties=tuple(draw(st.lists(st.sampled_from(_REPORT_PARTIES), max_size=2, unique=True))),
            lifecycle=tuple(steps),
            place=common["place"],
            evidence=common["evidence"],
        )
    if kind == "trade":
        return TradeFlow(
            **common,
            direction=base["direction"],
            exporter=base["ends"][0],
            importer=base["ends"][1],
            commodities=draw(st.sampled_from([base["goods"], base["goods"], ("natural gas",)])),
            amounts=draw(st.sampled_from([base["amounts"], base["amounts"], *_REPORT_AMOUNTS])),
        )
    names = ["Caspian Economic Forum", "the Caspian Economic Forum", "KazanForum"]
    return Event(**common, name=draw(st.sampled_from(names)))


def _topics() -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(["trade", "energy", "culture"]), max_size=2).map(tuple)


@st.composite
def _event_base(draw: st.DrawFn) -> dict[str, Any]:
    """What a real event is, before outlets report it."""
    direction = draw(st.sampled_from(Direction))
    export = direction is Direction.EXPORT
    ends = st.sampled_from([("TM", "RU"), ("RU", "TM")]) if export else st.just((None, None))
    return {
        "kind": draw(st.sampled_from(_KINDS)),
        "status": draw(st.sampled_from([Status.HELD, Status.HELD, Status.PLANNED])),
        "date": draw(st.sampled_from(_REPORT_DATES)),
        "place": draw(st.sampled_from(_REPORT_PLACES)),
        "people": tuple(draw(st.lists(st.sampled_from(_REPORT_PEOPLE), min_size=1, max_size=3, unique=True))),
        "mode": draw(st.sampled_from([MeetingMode.IN_PERSON, MeetingMode.PHONE])),
        "side": draw(st.sampled_from(["TM", "RU"])),
        "number": draw(st.sampled_from([None, 10, 11])),
        "stage": draw(st.sampled_from([Stage.PLANNED, Stage.SIGNED])),
        "doc_type": draw(st.sampled_from([DocType.PROGRAMME, DocType.DOCUMENTS])),
        "title": draw(st.sampled_from(_REPORT_TITLES)),
        "count": draw(st.sampled_from([None, 15])),
        "direction": direction,
        "ends": draw(ends),
        "goods": draw(st.sampled_from([(), ("gas",), ("pasta",)])),
        "amounts": draw(st.sampled_from(_REPORT_AMOUNTS)),
    }


@st.composite
def chronicle_reports(draw: st.DrawFn) -> AnyRecord:
    """One report of some event, from small pools of sources, people, dates and titles."""
    return draw(_report(draw(_event_base())))


@st.composite
def report_lists(draw: st.DrawFn, max_size: int = 8) -> list[AnyRecord]:
    """Reports of a few events, each reported by one to three outlets, shuffled together."""
    reports: list[AnyRecord] = []
    for base in draw(st.lists(_event_base(), max_size=max(1, max_size // 2))):
        reports.extend(draw(st.lists(_report(base), min_size=1, max_size=3)))
    return draw(st.permutations(reports[:max_size]))
