"""The Chronicle collection: constructors, add/merge, JSON Lines, and their errors."""

from __future__ import annotations

import json

import pytest

from turkru import Article, Evidence, InvalidRecordError, PartialDate, SerializationError
from turkru.chronicle import Chronicle
from turkru.serialize import dumps_jsonl

from .reports import meeting, source, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")


class TestConstructors:
    """from_records, from_articles, add, merge; the chronicle never changes."""

    def test_from_articles_credits_the_article(self) -> None:
        """A record with no evidence from its article still lists the article as a source."""
        bare = meeting(source("elsewhere"))
        bare = type(bare)(**{**{f: getattr(bare, f) for f in ("date", "place", "participants")}})
        chronicle = Chronicle.from_articles([Article(source=A, records=(bare,))])
        entry = chronicle.entries[0]
        assert [item.article_id for item in entry.sources] == ["a"]
        assert entry.evidence == (Evidence(source=A, start=0, end=0),)

    def test_add_returns_a_new_chronicle(self) -> None:
        """add() merges records, articles, entries and chronicles into a new chronicle."""
        first = Chronicle.from_records([meeting(A)])
        second = first.add(meeting(B, date="2021-05-08"), Article(source=source("c"), records=(visit(A),)))
        assert len(first) == 1
        assert len(second) == 2
        assert [item.article_id for item in second.entries[0].sources] == ["a", "b"]
        assert second.add(*first.entries) == second
        assert second.add(first) == second.merge(first) == second

    def test_records_and_reports(self) -> None:
        """records: one merged record per entry; reports(): one per variant."""
        chronicle = Chronicle.from_records([meeting(A), meeting(B, date="2021-05-08")])
        assert len(chronicle.records) == 1
        assert chronicle.records[0].date == PartialDate(2021, 5, 7)
        assert len(list(chronicle.reports())) == 2
        assert bool(chronicle) and not Chronicle()

    def test_not_records(self) -> None:
        """Anything but records is refused with its position."""
        with pytest.raises(InvalidRecordError) as caught:
            Chronicle.from_records([meeting(A), "meeting"])  # type: ignore[list-item]
        assert str(caught.value) == "records[1]: 'meeting' is not a record"
        with pytest.raises(InvalidRecordError, match=r"^articles\[0\]: 3 is not an Article$"):
            Chronicle.from_articles([3])  # type: ignore[list-item]
        with pytest.raises(InvalidRecordError, match=r"^other: \[\] is not a Chronicle$"):
            Chronicle().merge([])  # type: ignore[arg-type]


class TestJsonLines:
    """to_jsonl / from_jsonl: entry lines; also article and record lines; located errors."""

    def test_entry_line(self) -> None:
        """An entry line: id, conflicts, sources, the merged record (no evidence) and variants."""
        chronicle = Chronicle.from_records([meeting(A), meeting(B, date="2021-05-08")])
        line = json.loads(chronicle.to_jsonl())
        assert list(line) == ["schema_version", "kind", "id", "conflicts", "sources", "record", "variants"]
        assert line["kind"] == "chronicle_entry"
        assert line["conflicts"] == ["date"]
        assert line["sources"] == ["a", "b"]
        assert line["record"]["evidence"] == []
        assert [variant["sources"] for variant in line["variants"]] == [["a"], ["b"]]
        assert line["variants"][1]["record"]["evidence"][0]["source"]["article_id"] == "b"

    def test_record_and_article_lines(self) -> None:
        """Lines of records and articles (as dumps_jsonl writes them) load and merge too."""
        text = dumps_jsonl([meeting(A), Article(source=B, records=(meeting(B, date="2021-05-08"),))])
        entry = Chronicle.from_jsonl(text).entries[0]
        assert [item.article_id for item in entry.sources] == ["a", "b"]

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                "{",
                "line 1: invalid JSON: Expecting property name enclosed in double quotes: "
                "line 1 column 2 (char 1)",
            ),
            (
                '\n{"schema_version": 1, "kind": "chronicle_entry", "variants": []}',
                "line 2: $.variants: [] is not a non-empty array",
            ),
            (
                '{"schema_version": 2, "kind": "chronicle_entry", "variants": []}',
                "line 1: $.schema_version: 2 is not a supported schema version (expected 1)",
            ),
            (
                '{"schema_version": 1, "kind": "chronicle_entry", "variants": [], "extra": 1}',
                "line 1: $: unknown field 'extra'",
            ),
            (
                '{"schema_version": 1, "kind": "chronicle_entry", "variants": [{"sources": []}]}',
                "line 1: $.variants[0].record: required field missing",
            ),
            (
                '{"schema_version": 1, "kind": "chronicle_entry", "variants": [{"record": {"kind": "event", '
                '"name": "Forum", "date": "2021-13"}}]}',
                "line 1: $.variants[0].record.date: Invalid partial date: '2021-13' "
                "(month: 13 is not between 1 and 12)",
            ),
            ("[1, 2]", "line 1: $: [1, 2] is not an object"),
        ],
    )
    def test_errors(self, text: str, message: str) -> None:
        """Each error names the line and the JSON path."""
        with pytest.raises(SerializationError) as caught:
            Chronicle.from_jsonl(text)
        assert str(caught.value) == message

    def test_bytes(self) -> None:
        """Bytes are read as UTF-8; other bytes are an error."""
        chronicle = Chronicle.from_records([visit(A)])
        assert Chronicle.from_jsonl(chronicle.to_jsonl().encode()) == chronicle
        with pytest.raises(SerializationError, match=r"^invalid JSON Lines: not UTF-8"):
            Chronicle.from_jsonl(b"\xff")
