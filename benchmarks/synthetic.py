"""Synthetic reports for benchmarks and demonstrations: many outlets reporting the same events.

Not hypothesis: a seeded generator that makes realistic volumes. Each synthetic event is
reported by one to three outlets; their reports vary as real ones do (a date a day off,
a coarser date, a different spelling of a name, fewer topics, another trade figure).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
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
from turkru.model.records import AnyRecord

FIRST_YEAR, LAST_YEAR = 1995, 2025

# (surname, spelling variant, given names, country, office title)
PEOPLE = [
    ("Niyazov", "Niyazow", "Saparmurat", "TM", "President of Turkmenistan"),
    ("Berdimuhamedov", "Berdymukhamedov", "Gurbanguly", "TM", "President of Turkmenistan"),
    ("Berdimuhamedov", "Berdymukhammedov", "Serdar", "TM", "President of Turkmenistan"),
    ("Putin", "Puttin", "Vladimir", "RU", "President of Russia"),
    ("Medvedev", "Medvedew", "Dmitry", "RU", "Prime Minister of Russia"),
    ("Mishustin", "Mishusstin", "Mikhail", "RU", "Prime Minister of Russia"),
    ("Lavrov", "Lavrow", "Sergey", "RU", "Minister of Foreign Affairs of Russia"),
    ("Meredov", "Meredow", "Rashid", "TM", "Minister of Foreign Affairs of Turkmenistan"),
    ("Overchuk", "Owerchuk", "Alexey", "RU", "Deputy Prime Minister of Russia"),
    ("Khusnullin", "Husnullin", "Marat", "RU", "Deputy Prime Minister of Russia"),
    ("Atagulyev", "Atagulyew", "Batyr", "TM", "Deputy Chairman of the Cabinet of Ministers of Turkmenistan"),
    ("Minnikhanov", "Minnihanov", "Rustam", "RU", "Head of the Republic of Tatarstan"),
    ("Galuzin", "Galuzzin", "Mikhail", "RU", "Deputy Minister of Foreign Affairs of Russia"),
    ("Hajiyev", "Hajiyew", "Vepa", "TM", "Deputy Minister of Foreign Affairs of Turkmenistan"),
    ("Chuychenko", "Chuichenko", "Konstantin", "RU", "Minister of Justice of Russia"),
    ("Belozerov", "Belozerow", "Oleg", "RU", "Director General of Russian Railways"),
    ("Elizarov", "Elizarow", "Andrei", "RU", "Trade Representative of Russia in Turkmenistan"),
    ("Atamuradov", "Atamuradow", "Azat", "TM", "Head of Turkmendemiryollary"),
]
PLACES = [("Ashgabat", "TM"), ("Avaza", "TM"), ("Moscow", "RU"), ("Kazan", "RU"), ("Sochi", "RU"),
          ("Saint Petersburg", "RU"), ("Astrakhan", "RU")]
REGIONS = [Party("Tatarstan", PartyKind.REGION, "RU"), Party("Astrakhan oblast", PartyKind.REGION, "RU"),
           Party("Vladimir oblast", PartyKind.REGION, "RU"), Party("Lebap velayat", PartyKind.REGION, "TM")]
COMPANIES = [Party("Gazprom", PartyKind.COMPANY, "RU"), Party("Turkmengaz", PartyKind.COMPANY, "TM"),
             Party("Russian Railways", PartyKind.COMPANY, "RU"), Party("KAMAZ", PartyKind.COMPANY, "RU")]
TOPICS = ["trade", "energy", "security", "culture", "education", "transport", "health", "agriculture"]
SUBJECTS = ["economic cooperation", "cultural exchange", "transport corridors", "gas supplies", "education",
            "customs", "migration", "fisheries", "plant quarantine", "information security", "tourism",
            "healthcare", "science", "sport", "banking", "railways", "civil aviation", "standards"]
GOODS = [["gas"], ["oil"], ["wheat"], ["cotton"], ["textiles"], ["trucks"], ["pasta", "confectionery"],
         ["electric motors"], ["helicopters"], ["timber"], ["fertilisers"], ["polypropylene"]]
EVENTS = ["Caspian Economic Forum", "KazanForum", "St. Petersburg International Economic Forum",
          "Days of Russian Culture", "Turkmen Gas Congress", "Oil and Gas of Turkmenistan exhibition",
          "Russian Education Fair", "Industry Exhibition"]
OUTLETS = ["Trend", "nCa", "TASS", "Interfax", "Turkmenportal", "mid.ru", "kremlin.ru", "Orient"]
KINDS = ["meeting"] * 35 + ["visit"] * 20 + ["session"] * 5 + ["agreement"] * 20
KINDS += ["trade"] * 15 + ["event"] * 5


def offices_of(person: Person, _day: PartialDate | None) -> list[str]:
    """The synthetic people's offices (an office lookup for the timeline chart)."""
    return [office for surname, _, given, _, office in PEOPLE if person.key == Person(surname).key
            and (person.given_names in (None, given))]


class Generator:
    """Seeded synthetic reports; ``reports(n)`` yields about *n* records."""

    def __init__(self, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.article = 0
        self.places = [Place(name, country) for name, country in PLACES]
        self.figures: dict[tuple[Any, ...], Decimal] = {}

    def _person(self, index: int, *, variant: bool = False) -> Person:
        surname, spelling, given, country, _office = PEOPLE[index]
        return Person(spelling if variant else surname, given_names=given, country=country)

    def _day(self) -> dt.date:
        start = dt.date(FIRST_YEAR, 1, 1).toordinal()
        return dt.date.fromordinal(self.random.randint(start, dt.date(LAST_YEAR, 12, 31).toordinal()))

    def _source(self, outlet: str, day: dt.date) -> Source:
        self.article += 1
        return Source(f"{outlet.lower().replace('.', '')}-{self.article:07d}", outlet=outlet,
                      published=PartialDate.from_date(day + dt.timedelta(days=self.random.randint(0, 2))))

    def _report_date(self, day: dt.date) -> PartialDate | None:
        roll = self.random.random()
        if roll < 0.03:
            return None
        if roll < 0.08:
            return PartialDate(day.year, day.month)
        if roll < 0.10:
            return PartialDate(day.year)
        if roll < 0.12:
            return PartialDate.from_date(day + dt.timedelta(days=1))
        return PartialDate.from_date(day)

    def _event(self) -> tuple[str, dict[str, Any], dt.date]:
        """One real event: its kind, its fields and its day."""
        r = self.random
        kind = r.choice(KINDS)
        day = self._day()
        fields: dict[str, Any] = {"place": r.choice(self.places), "status": Status.HELD}
        if kind == "meeting":
            people = r.sample(range(len(PEOPLE)), r.choice([2, 2, 2, 3]))
            fields.update(participants=people, mode=r.choice([MeetingMode.IN_PERSON] * 4 + [MeetingMode.PHONE,
                          MeetingMode.VIDEO]), topics=r.sample(TOPICS, 3))
        elif kind == "visit":
            head = r.randrange(len(PEOPLE))
            country = PEOPLE[head][3]
            fields.update(head=head, delegation_of=country, host="RU" if country == "TM" else "TM",
                          region=r.choice([None, None, None, *REGIONS]))
        elif kind == "session":
            body = r.choice(list(BodyKind))
            number = day.year - FIRST_YEAR + 1 + 100 * list(BodyKind).index(body)
            fields.update(body=body, number=r.choice([None, None, number]),
                          co_chairs=r.sample(range(8, 11), 2))
        elif kind == "agreement":
            doc_type = r.choice([DocType.AGREEMENT, DocType.MEMORANDUM, DocType.PROGRAMME, DocType.CONTRACT])
            subject = r.choice(SUBJECTS)
            other = r.choice([Party.of_country("RU"), *REGIONS[:3], *COMPANIES[:1]])
            title = f"{doc_type.value} on {subject} {day.year}"
            fields.update(doc_type=doc_type, title=title, parties=[Party.of_country("TM"), other])
        elif kind == "trade":
            direction = r.choice([Direction.EXPORT, Direction.TURNOVER])
            exporter = r.choice(["TM", "RU"]) if direction is Direction.EXPORT else None
            importer = None if exporter is None else ("RU" if exporter == "TM" else "TM")
            fields.update(direction=direction, exporter=exporter, importer=importer,
                          commodities=[] if direction is Direction.TURNOVER else r.choice(GOODS),
                          year=day.year)
            key = (direction, exporter, tuple(fields["commodities"]), day.year)
            fields["amount"] = self.figures.setdefault(key, Decimal(r.randint(1, 5000)) * 10**6)
        else:
            fields.update(name=f"{r.choice(EVENTS)} {day.year}")
        return kind, fields, day

    def _record(self, kind: str, fields: dict[str, Any], day: dt.date, source: Source) -> AnyRecord:
        r = self.random
        date = self._report_date(day)
        evidence = (Evidence(source, r.randint(0, 3000), r.randint(3001, 3400), ""),)
        common = {"date": date, "place": fields["place"], "status": fields["status"], "evidence": evidence}
        variant = r.random() < 0.2
        if kind == "meeting":
            people = [self._person(i, variant=variant) for i in fields["participants"]]
            topics = tuple(fields["topics"])[: r.randint(1, 3)]
            return Meeting(**common, mode=fields["mode"], participants=people, topics=topics)
        if kind == "visit":
            return Visit(**common, delegation_of=fields["delegation_of"], host=fields["host"],
                         head=self._person(fields["head"], variant=variant), region=fields["region"])
        if kind == "session":
            chairs = [self._person(i) for i in fields["co_chairs"]]
            return CommissionSession(**common, commission=Commission(body=fields["body"]),
                                     session_number=fields["number"], co_chairs=chairs)
        if kind == "agreement":
            stage = Stage.SIGNED
            return Agreement(doc_type=fields["doc_type"], title=str(fields["title"]),
                             parties=fields["parties"], place=fields["place"],
                             lifecycle=(LifecycleStep(stage=stage, date=date),), evidence=evidence)
        if kind == "trade":
            amount = fields["amount"] if r.random() > 0.1 else fields["amount"] * Decimal("1.1")
            return TradeFlow(status=Status.HELD, date=PartialDate(fields["year"]),
                             direction=fields["direction"], exporter=fields["exporter"],
                             importer=fields["importer"], commodities=fields["commodities"],
                             amounts=(Quantity(amount=amount, unit="USD"),), evidence=evidence)
        return Event(**common, name=str(fields["name"]))

    def reports(self, count: int) -> Iterator[AnyRecord]:
        """About *count* reports of synthetic events, each event reported by 1-3 outlets."""
        made = 0
        while made < count:
            kind, fields, day = self._event()
            outlets = self.random.sample(OUTLETS, self.random.choice([1, 1, 2, 2, 3]))
            for outlet in outlets:
                yield self._record(kind, fields, day, self._source(outlet, day))
                made += 1
