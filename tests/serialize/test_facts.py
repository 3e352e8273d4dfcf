"""Tests for turkru.serialize.facts: the flat facts v1 view read by the corpus scorer."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import articles
from turkru.errors import SerializationError
from turkru.model.actors import Party, PartyKind, Person, Place
from turkru.model.article import Article
from turkru.model.dates import PartialDate
from turkru.model.provenance import Source
from turkru.model.records import (
    Agreement,
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
from turkru.serialize.facts import check_facts, dumps_facts, to_facts

_TM, _RU = Party.of_country("TM"), Party.of_country("RU")
_REGION = Party(name="Kazan region", kind=PartyKind.REGION, country="RU")
_PUBLISHED = PartialDate(2021, 3, 31)


def _article(*records: Any, published: PartialDate | None = _PUBLISHED) -> Article:
    return Article(source=Source(article_id="x1", published=published), records=records)


def _only_fact(record: Any) -> dict[str, Any]:
    facts = to_facts(_article(record))["facts"]
    assert len(facts) == 1
    return dict(facts[0])


class TestArticle:
    """The article-level keys."""

    def test_keys(self) -> None:
        """Article id, publication day, and one fact per record in order."""
        facts = to_facts(_article(Event(name="Forum"), Event(name="Fair")))
        assert facts["article"] == "x1"
        assert facts["published"] == "2021-03-31"
        assert [fact["name"] for fact in facts["facts"]] == ["Forum", "Fair"]

    def test_unknown_publication(self) -> None:
        """No publication date is null."""
        assert to_facts(_article(published=None)) == {"article": "x1", "published": None, "facts": []}

    def test_not_an_article(self) -> None:
        """Only articles have facts."""
        with pytest.raises(SerializationError) as caught:
            to_facts("x1")  # type: ignore[arg-type]
        assert str(caught.value) == "$: 'x1' is not an Article"


class TestKinds:
    """One hand-built record per kind, mapped field by field."""

    def test_meeting(self) -> None:
        """People become surnames; a region its name; the place its name; dates ISO."""
        meeting = Meeting(
            date=PartialDate(2021, 3, 30),
            place=Place(name="Ashgabat", country="TM"),
            mode=MeetingMode.VIDEO,
            participants=[Person(surname="Meredov", given_names="Rashid"), Person(surname="Lavrov")],
            roles=["Governor"],
            topics=["trade"],
            region=_REGION,
        )
        assert _only_fact(meeting) == {
            "kind": "meeting",
            "status": "held",
            "date": "2021-03-30",
            "end_date": None,
            "place": "Ashgabat",
            "mode": "video",
            "participants": ["Meredov", "Lavrov"],
            "roles": ["Governor"],
            "topics": ["trade"],
            "region": "Kazan region",
        }

    def test_visit_span(self) -> None:
        """A visit over several days has an end date; its head is a surname."""
        visit = Visit(
            status=Status.PLANNED,
            date=PartialDate(2019, 2, 4),
            end_date=PartialDate(2019, 2, 6),
            delegation_of="TM",
            host="RU",
            head=Person(surname="Berdimuhamedov"),
        )
        assert _only_fact(visit) == {
            "kind": "visit",
            "status": "planned",
            "date": "2019-02-04",
            "end_date": "2019-02-06",
            "place": None,
            "delegation_of": "TM",
            "host": "RU",
            "head": "Berdimuhamedov",
            "region": None,
        }

    def test_commission_session(self) -> None:
        """The body is its kind's value; format and number as given; co-chairs as surnames."""
        session = CommissionSession(
            date=PartialDate(2023, 10),
            commission=Commission(body=BodyKind.INTERGOVERNMENTAL_COMMISSION, name="the commission"),
            session_number=11,
            format=SessionFormat.CO_CHAIRS_MEETING,
            co_chairs=[Person(surname="Chuychenko")],
        )
        fact = _only_fact(session)
        assert (fact["body"], fact["session_number"], fact["format"], fact["co_chairs"]) == (
            "intergovernmental_commission",
            11,
            "co_chairs_meeting",
            ["Chuychenko"],
        )
        assert fact["date"] == "2023-10"

    def test_agreement(self) -> None:
        """Status and date come from the latest step; countries as codes, others by name."""
        agreement = Agreement(
            doc_type=DocType.PROGRAMME,
            title="programme of economic cooperation",
            parties=[_TM, _RU, Party(name="Gazprom", kind=PartyKind.COMPANY, country="RU")],
            signatories=[Person(surname="Meredov")],
            period=(2021, 2023),
            lifecycle=[
                LifecycleStep(stage=Stage.PLANNED, date=PartialDate(2020)),
                LifecycleStep(stage=Stage.SIGNED, date=PartialDate(2021, 3, 30)),
            ],
            place=Place(name="Moscow"),
        )
        assert _only_fact(agreement) == {
            "kind": "agreement",
            "status": "signed",
            "date": "2021-03-30",
            "end_date": None,
            "place": "Moscow",
            "doc_type": "programme",
            "title": "programme of economic cooperation",
            "count": None,
            "parties": ["TM", "RU", "Gazprom"],
            "signatories": ["Meredov"],
            "region": None,
            "period": [2021, 2023],
        }

    def test_agreement_batch_has_no_period(self) -> None:
        """A counted batch without a period has no period key."""
        batch = Agreement(doc_type=DocType.DOCUMENTS, count=15, lifecycle=[LifecycleStep(stage=Stage.SIGNED)])
        fact = _only_fact(batch)
        assert (fact["count"], fact["title"], fact["date"]) == (15, None, None)
        assert "period" not in fact

    def test_trade_flow(self) -> None:
        """The first amount is the value, as a float; a growth rate is a percent."""
        flow = TradeFlow(
            date=PartialDate(2023),
            direction=Direction.TURNOVER,
            amounts=[Quantity(amount=Decimal("1.6E+9"), unit="USD"), Quantity(amount=165, unit="t")],
            change_percent=Decimal("13"),
        )
        fact = _only_fact(flow)
        assert fact["value"] == {"amount": 1.6e9, "unit": "USD"}
        assert fact["change"] == {"percent": 13}
        assert isinstance(fact["change"]["percent"], int)
        assert (fact["direction"], fact["exporter"], fact["importer"], fact["commodities"]) == (
            "turnover",
            None,
            None,
            [],
        )

    def test_trade_flow_export(self) -> None:
        """An export names its sides and goods; no value or change keys without figures."""
        flow = TradeFlow(
            direction=Direction.EXPORT, exporter="RU", importer="TM", commodities=["pasta"], region=_REGION
        )
        fact = _only_fact(flow)
        assert (fact["exporter"], fact["importer"], fact["commodities"], fact["region"]) == (
            "RU",
            "TM",
            ["pasta"],
            "Kazan region",
        )
        assert "value" not in fact and "change" not in fact

    def test_fractional_change(self) -> None:
        """A fractional growth rate stays fractional."""
        flow = TradeFlow(direction=Direction.TURNOVER, change_percent=Decimal("-2.5"))
        assert _only_fact(flow)["change"] == {"percent": -2.5}

    def test_event(self) -> None:
        """An event keeps its name."""
        fact = _only_fact(
            Event(name="Forum", date=PartialDate(2024, 10, 15), end_date=PartialDate(2024, 10, 17))
        )
        assert (fact["name"], fact["date"], fact["end_date"]) == ("Forum", "2024-10-15", "2024-10-17")


class TestFactsShape:
    """check_facts reads gold and predictions alike."""

    @settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(articles())
    def test_generated(self, article: Article) -> None:
        """Facts of any article are JSON and pass the shape check, one line each in JSONL."""
        line = dumps_facts([article])
        assert line.endswith("\n") and line.count("\n") == 1
        assert check_facts(json.loads(line)) == to_facts(article)

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ([], "$: [] is not an object"),
            ({"article": "a", "facts": []}, "$.published: required field missing"),
            (
                {"article": "a", "published": "31 March", "facts": []},
                "$.published: Invalid partial date: '31 March' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            ),
            (
                {"article": "a", "published": None, "facts": [{"kind": "talks"}]},
                "$.facts[0].kind: 'talks' is not "
                "one of 'meeting', 'visit', 'commission_session', 'agreement', 'trade_flow', 'event'",
            ),
            (
                {"article": "a", "published": None, "facts": [{"kind": "event", "date": [None, 2021]}]},
                "$.facts[0].date[1]: 2021 is not an ISO date or null",
            ),
        ],
    )
    def test_invalid(self, data: Any, message: str) -> None:
        """Shape errors are located by JSON path."""
        with pytest.raises(SerializationError) as caught:
            check_facts(data)
        assert str(caught.value) == message

    def test_gold_files(self, corpus: Path) -> None:
        """Every gold file of the corpus passes the shape check and names its own article."""
        paths = sorted((corpus / "gold").glob("*.json"))
        assert paths
        for path in paths:
            data = check_facts(json.loads(path.read_text(encoding="utf-8")))
            assert data["article"] == path.stem
