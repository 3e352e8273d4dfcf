"""Small synthetic reports for the chronicle tests (no article text: our own examples).

Like the pipeline, each report is bounded by the publication date of its source.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from turkru import (
    Agreement,
    BodyKind,
    Commission,
    CommissionSession,
    Direction,
    DocType,
    Event,
    Evidence,
    LifecycleStep,
    Meeting,
    MeetingMode,
    PartialDate,
    Party,
    PartyKind,
    Person,
    Place,
    Quantity,
    Source,
    Stage,
    Status,
    TradeFlow,
    Visit,
)

SIDES = {
    "Lavrov": "RU", "Lavrow": "RU", "Putin": "RU", "Overchuk": "RU", "Khusnullin": "RU", "Minnikhanov": "RU",
    "Meredov": "TM", "Meredow": "TM", "Berdimuhamedov": "TM", "Berdymukhammedov": "TM", "Atagulyev": "TM",
}
TATARSTAN = Party(name="Republic of Tatarstan", kind=PartyKind.REGION, country="RU")
GAZPROM = Party(name="Gazprom", kind=PartyKind.COMPANY, country="RU")


def source(article_id: str, published: str | None = None, outlet: str | None = None) -> Source:
    """A source named *article_id*."""
    when = PartialDate.parse(published) if published else None
    return Source(article_id=article_id, outlet=outlet, published=when)


def person(name: str) -> Person:
    """A person by surname (or given names and surname), on the side SIDES says."""
    *given, surname = name.split()
    return Person(surname=surname, given_names=" ".join(given) or None, country=SIDES.get(surname))


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


Sources = Source | tuple[Source, ...]


def _common(src: Sources, date: str | None, place: str | None, **extra: Any) -> dict[str, Any]:
    sources = src if isinstance(src, tuple) else (src,)
    published = [s.published for s in sources if s.published is not None]
    return {
        "date": _date(date),
        "place": Place(name=place) if place else None,
        "reported_by": min(published, key=lambda day: day.latest) if published else None,
        "evidence": tuple(Evidence(source=s, start=10, end=20, text="span") for s in sources),
        **extra,
    }


def meeting(
    src: Sources,
    *,
    date: str | None = "2021-05-07",
    people: tuple[str, ...] = ("Lavrov", "Meredov"),
    place: str | None = "Moscow",
    mode: MeetingMode = MeetingMode.IN_PERSON,
    status: Status = Status.HELD,
    topics: tuple[str, ...] = (),
    **extra: Any,
) -> Meeting:
    """A meeting of *people*."""
    return Meeting(
        **_common(src, date, place, **extra),
        status=status,
        mode=mode,
        participants=tuple(person(name) for name in people),
        topics=topics,
    )


def visit(
    src: Sources,
    *,
    date: str | None = "2021-05-07",
    by: str = "TM",
    to: str = "RU",
    head: str | None = "Meredov",
    place: str | None = "Moscow",
    status: Status = Status.HELD,
    **extra: Any,
) -> Visit:
    """A visit by *by* to *to*."""
    return Visit(
        **_common(src, date, place, **extra),
        status=status,
        delegation_of=by,
        host=to,
        head=person(head) if head else None,
    )


def session(
    src: Sources,
    *,
    date: str | None = "2021-05-07",
    number: int | None = 11,
    body: BodyKind = BodyKind.INTERGOVERNMENTAL_COMMISSION,
    chairs: tuple[str, ...] = (),
    place: str | None = "Ashgabat",
    status: Status = Status.HELD,
) -> CommissionSession:
    """A sitting of *body*."""
    return CommissionSession(
        **_common(src, date, place),
        status=status,
        commission=Commission(body=body),
        session_number=number,
        co_chairs=tuple(person(name) for name in chairs),
    )


def agreement(
    src: Sources,
    *,
    date: str | None = "2021-05-07",
    title: str | None = "programme of economic cooperation for 2021-2023",
    doc_type: DocType = DocType.PROGRAMME,
    parties: tuple[Party, ...] = (Party.of_country("TM"), Party.of_country("RU")),
    stage: Stage = Stage.SIGNED,
    count: int | None = None,
    signatories: tuple[str, ...] = (),
    place: str | None = None,
) -> Agreement:
    """A document at *stage* on *date*."""
    common = _common(src, date, place)
    return Agreement(
        doc_type=doc_type,
        title=title,
        count=count,
        parties=parties,
        signatories=tuple(person(name) for name in signatories),
        lifecycle=(LifecycleStep(stage=stage, date=common["date"]),),
        place=common["place"],
        reported_by=common["reported_by"],
        evidence=common["evidence"],
    )


def trade(
    src: Sources,
    *,
    date: str | None = "2023",
    direction: Direction = Direction.TURNOVER,
    exporter: str | None = None,
    importer: str | None = None,
    goods: tuple[str, ...] = (),
    amount: str | None = "1600000000",
    unit: str = "USD",
    region: Party | None = None,
) -> TradeFlow:
    """A trade figure for the period *date*."""
    return TradeFlow(
        **_common(src, date, None),
        direction=direction,
        exporter=exporter,
        importer=importer,
        commodities=goods,
        amounts=(Quantity(amount=Decimal(amount), unit=unit),) if amount else (),
        region=region,
    )


def event(
    src: Sources,
    *,
    name: str = "Caspian Economic Forum",
    date: str | None = "2021-08-12",
    place: str | None = "Moscow",
    status: Status = Status.HELD,
) -> Event:
    """A named event."""
    return Event(**_common(src, date, place), status=status, name=name)
