"""Round-trip properties and the pinned wire format of turkru.serialize.jsonio."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import any_record, articles
from turkru.model.actors import Person, Place
from turkru.model.article import Article
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import AnyRecord, Direction, Meeting, MeetingMode, Quantity, TradeFlow
from turkru.serialize import dumps, dumps_jsonl, loads, loads_jsonl, structure, unstructure

_SLOW = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _same(left: object, right: object) -> None:
    """Equal, and equal in every field, including those kept out of equality."""
    assert left == right
    assert unstructure(left) == unstructure(right)


class TestRoundTrip:
    """loads(dumps(x)) == x, evidence and out-of-equality fields included."""

    @_SLOW
    @given(any_record())
    def test_record(self, record: AnyRecord) -> None:
        """A record survives JSON, with its evidence."""
        back = loads(dumps(record))
        _same(back, record)
        assert isinstance(back, type(record))
        assert back.evidence == record.evidence

    @_SLOW
    @given(articles())
    def test_article(self, article: Article) -> None:
        """An article survives JSON: source, text, records and their evidence."""
        back = loads(dumps(article, indent=2))
        _same(back, article)
        assert isinstance(back, Article)
        assert back.text == article.text
        assert [item.evidence for item in back.records] == [item.evidence for item in article.records]

    @_SLOW
    @given(st.lists(any_record() | articles(), max_size=3))
    def test_list(self, objs: list[Article | AnyRecord]) -> None:
        """A list of articles and records survives JSON and JSON Lines."""
        _same(loads(dumps(objs)), objs)
        _same(loads_jsonl(dumps_jsonl(objs)), objs)

    @_SLOW
    @given(any_record())
    def test_structure_by_class(self, record: AnyRecord) -> None:
        """structure(unstructure(x), type(x)) rebuilds the record."""
        _same(structure(unstructure(record), type(record)), record)


def _meeting() -> Meeting:
    source = Source(article_id="a1", published=PartialDate(2021, 3, 31))
    return Meeting(
        date=PartialDate(2021, 3),
        place=Place(name="Ashgabat", country="TM"),
        mode=MeetingMode.PHONE,
        participants=[Person(surname="Meredov", country="TM")],
        reported_by=PartialDate(2021, 3, 31),
        evidence=[Evidence(source=source, start=10, end=20, text="phone talks")],
    )


class TestWireFormat:
    """The wire format itself: tags, version, ISO dates, decimal strings, arrays."""

    def test_meeting(self) -> None:
        """A meeting's JSON, key by key and in order."""
        assert json.loads(dumps(_meeting())) == {
            "schema_version": 1,
            "kind": "meeting",
            "status": "held",
            "date": "2021-03",
            "end_date": None,
            "place": {"name": "Ashgabat", "country": "TM"},
            "reported_by": "2021-03-31",
            "evidence": [
                {
                    "source": {
                        "article_id": "a1",
                        "url": None,
                        "outlet": None,
                        "published": "2021-03-31",
                        "content_hash": None,
                    },
                    "start": 10,
                    "end": 20,
                    "text": "phone talks",
                }
            ],
            "mode": "phone",
            "participants": [{"surname": "Meredov", "given_names": None, "country": "TM", "variants": []}],
            "roles": [],
            "occasion": None,
            "topics": [],
            "region": None,
        }
        assert list(json.loads(dumps(_meeting())))[:2] == ["schema_version", "kind"]

    def test_decimals_are_exact_strings(self) -> None:
        """Amounts keep every digit and their exponent."""
        flow = TradeFlow(
            direction=Direction.TURNOVER,
            amounts=[
                Quantity(amount=Decimal("1.50"), unit="USD"),
                Quantity(amount=Decimal("2E+9"), unit="RUB"),
            ],
            change_percent=Decimal("-13.25"),
        )
        data = json.loads(dumps(flow))
        assert [item["amount"] for item in data["amounts"]] == ["1.50", "2E+9"]
        assert data["change_percent"] == "-13.25"
        assert str(loads(dumps(flow)).amounts[0].amount) == "1.50"  # type: ignore[union-attr]

    def test_article_tag_and_nested_records(self) -> None:
        """An article is tagged 'article'; its records carry kinds but no schema_version."""
        data = json.loads(dumps(Article(source=Source(article_id="a1"), records=[_meeting()])))
        assert (data["schema_version"], data["kind"]) == (1, "article")
        assert data["records"][0]["kind"] == "meeting"
        assert "schema_version" not in data["records"][0]

    def test_jsonl_one_object_per_line(self) -> None:
        """JSON Lines: one versioned object per line, newline-terminated; blank lines skipped."""
        text = dumps_jsonl([_meeting(), _meeting()])
        lines = text.split("\n")
        assert lines[2] == "" and len(lines) == 3
        assert all(json.loads(line)["schema_version"] == 1 for line in lines[:2])
        assert loads_jsonl("\n" + text + "\n\n") == [_meeting(), _meeting()]

    def test_non_ascii_kept(self) -> None:
        """Names are written as UTF-8, not escaped; bytes are read as UTF-8."""
        text = dumps(Article(source=Source(article_id="Aşgabat")))
        assert "Aşgabat" in text
        assert loads(text.encode("utf-8")) == Article(source=Source(article_id="Aşgabat"))

    def test_line_separators_inside_strings(self) -> None:
        """A U+2028 inside a string does not split a JSON Lines record."""
        article = Article(source=Source(article_id="a\u2028b"), text="x\u2029y\u0085z")
        assert loads_jsonl(dumps_jsonl([article])) == [article]
